"""Pages of the ninth blind screenshot set (samples/fresh/screens-9, seed screens-fresh-9).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from
Keycloak's login-theme catalogs (messages_fr.properties under themes/src/main/resources-community/... and
messages_en.properties under themes/src/main/resources/... of keycloak/keycloak, read for this set), keys the
screens-6, screens-7 and screens-8 READMEs do not list.  Everything else (ANEF's own notices, callouts, dialogs,
tables of pieces, status pages, the other sites, and the sentences standing for the browser's machine translations)
is written here in the style of those sites and is not a verified wording.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt, browsers.
"""
import anef_html as H
import make_screens as M

ESP = H.PORTAL
USAGERS = H.USAGERS
SSO_ACT = H.SSO_ACT
SSO_AUTH = H.SSO_AUTH
SSO_BROKER = "https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/"

USER_A = "Mme Fatoumata KEITA"
USER_B = "M. Oleksandr KOVAL"
USER_C = "M. Reza MOHAMMADI"
USER_D = "Mme Samira HADDAD"
USER_E = "M. Dmitri SOKOLOV"
USER_F = "Mme Grace OKAFOR"


def _entry(name, situation, lang, url, doc, step="", tab=None, **kw):
    """H.page_entry; a browser-translated page's tab title is translated too."""
    if kw.get("translated") and tab is None:
        tab = H.HEADER_TXT[lang]["title"]
    return H.page_entry(name, situation, lang, url, doc, step=step, tab=tab, **kw)


TARGETS = {"ar": "arabe", "fa": "persan", "ru": "russe", "uk": "ukrainien"}


def tr(lang):
    """what a French-speaking Chrome says once it has translated the page."""
    return dict(translated=True, bubble_txt=("Cette page a été traduite", "français", TARGETS[lang]))


def act(path, q="session_code=Rb7tQ2&execution=c41e9a07&client_id=anef-usagers&tab_id=Zk8wN3"):
    return SSO_ACT + path + "?" + q


def doc(body, lang="fr", dark=False, css=""):
    rtl = lang in ("ar", "fa")
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=H.translation_css(lang, rtl) + css,
                      title=H.HEADER_TXT[lang]["title"])


def espace(inner, lang="fr", user=USER_A, active=1, dark=False, pre="", post="", narrow=False, foot=""):
    return doc(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow) + foot + post, lang, dark)


def public(inner, lang="fr", dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=None, pre=pre, narrow=narrow) + post, lang, dark)


def sso(inner, lang="fr", dark=False, post="", pre=""):
    return doc(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False, pre=pre) + post, lang, dark)


# ----------------------------------------------------------------------------- layouts of this set
def callout(title, text, colour="", btn=None, key=True):
    """DSFR callout (mise en avant); the message when key."""
    mark = ' data-key="callout"' if key else ""
    c = f" fr-callout--{colour}" if colour else ""
    t = f'<h3 class="fr-callout__title">{title}</h3>' if title else ""
    b = H.button(btn) if btn else ""
    return f'<div class="fr-callout{c} fr-mb-4w"{mark}>{t}<p class="fr-callout__text">{text}</p>{b}</div>'


def tags(items):
    lis = "".join(f'<li><p class="fr-tag fr-tag--sm">{x}</p></li>' for x in items)
    return f'<ul class="fr-tags-group fr-mb-2w">{lis}</ul>'


def consent(lang="fr"):
    """cookie banner pinned at the bottom (noise, no message class)."""
    t = {"fr": ("À propos des cookies sur Étrangers en France",
                "Bienvenue ! Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience du site.",
                "Tout accepter", "Tout refuser", "Personnaliser"),
         "en": ("About cookies on Foreigners in France",
                "Welcome! We use cookies to improve your experience and measure the audience of the site.",
                "Accept all", "Refuse all", "Customise")}[lang if lang in ("fr", "en") else "en"]
    return ('<div style="position:fixed;left:0;right:0;bottom:0;z-index:800;background:var(--background-lifted-grey);'
            'box-shadow:0 -4px 14px rgba(0,0,0,.22);padding:.7rem 1.2rem .4rem">'
            f'<p class="fr-text--bold fr-text--sm fr-mb-1v">{t[0]}</p><p class="fr-text--xs fr-mb-1w">{t[1]}</p>'
            f'<ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0"><li>{H.button(t[2])}</li>'
            f'<li>{H.button(t[3])}</li><li>{H.button(t[4], "tertiary")}</li></ul></div>')


def band(text, colour="var(--background-alt-blue-france)"):
    """a coloured band under the header, without the notice class (noise)."""
    return (f'<div style="background:{colour};padding:.55rem 1rem"><div class="fr-container">'
            f'<p class="fr-mb-0 fr-text--sm">{text}</p></div></div>')


def dcard(title, desc, badge=None, kind="info", detail="", key=False):
    mark = ' data-key="card"' if key else ""
    b = f'<div class="fr-card__start"><ul class="fr-badges-group"><li>{H.badge(badge, kind)}</li></ul></div>' if badge else ""
    d = f'<p class="fr-card__detail">{detail}</p>' if detail else ""
    return (f'<div class="fr-col-12 fr-col-md-6"><div class="fr-card fr-card--no-arrow"{mark}><div class="fr-card__body"><div class="fr-card__content">'
            f'<h3 class="fr-card__title"><a href="#">{title}</a></h3><p class="fr-card__desc">{desc}</p>{b}{d}</div></div></div></div>')


def grid(*cols):
    return f'<div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">{"".join(cols)}</div>'


def tiles(items):
    return '<div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">' + "".join(H.tile(t, d) for t, d in items) + "</div>"


def dialog(title, text, btns, icon="⚠", close="Fermer"):
    """a DSFR-looking modal over a greyed page."""
    bs = "".join(f"<li>{b}</li>" for b in btns)
    return ('<div style="position:fixed;inset:0;background:rgba(22,22,22,.64);z-index:900"></div>'
            '<div id="crop" role="dialog" style="position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);'
            'width:min(600px,92vw);z-index:901;background:var(--background-default-grey);padding:1rem 2rem 1.5rem;'
            'box-shadow:0 8px 28px rgba(0,0,0,.4)">'
            f'<p class="fr-text--sm" style="text-align:right;margin:0 0 .5rem;color:var(--text-action-high-blue-france)">{close} ×</p>'
            f'<h1 class="fr-h5"><span aria-hidden="true">{icon}</span> {title}</h1><p>{text}</p>'
            f'<ul class="fr-btns-group fr-btns-group--inline-md fr-mb-0">{bs}</ul></div>')


def sidemenu(title, items, cur, inner):
    lis = "".join(f'<li class="fr-sidemenu__item{" fr-sidemenu__item--active" if i == cur else ""}">'
                  f'<a class="fr-sidemenu__link" href="#"{H.CUR if i == cur else ""}>{x}</a></li>' for i, x in enumerate(items))
    return (f'<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-4">'
            f'<nav class="fr-sidemenu"><div class="fr-sidemenu__inner"><div class="fr-collapse"><p class="fr-sidemenu__title">{title}</p>'
            f'<ul class="fr-sidemenu__list">{lis}</ul></div></div></nav></div><div class="fr-col-12 fr-col-md-8">{inner}</div></div>')


def kc_box(title, msg, links=(), kind="error"):
    """the ANEF Keycloak theme's message page: a title and one alert."""
    ls = "".join(f'<p class="fr-mt-2w">{H.link(x)}</p>' for x in links)
    return f'<h1 class="fr-h3">{title}</h1>' + H.alert(kind, None, msg) + ls


def progress(pct, label):
    return (f'<div class="fr-mb-2w"><p class="fr-text--xs fr-mb-1v">{label}</p><div style="height:8px;background:var(--background-contrast-grey)">'
            f'<div style="height:8px;width:{pct}%;background:var(--background-action-high-blue-france)"></div></div></div>')


def dl(pairs):
    """a definition list of a request's facts (noise)."""
    out = "".join(f'<div class="fr-col-12 fr-col-md-6 fr-mb-1w"><p class="fr-text--xs fr-mb-0" style="color:var(--text-mention-grey)">{k}</p>'
                  f'<p class="fr-text--bold fr-mb-0">{v}</p></div>' for k, v in pairs)
    return f'<div class="fr-grid-row fr-mb-3w">{out}</div>'


def bigfoot(lang="fr"):
    """the long top part of a footer (link columns), drawn under the portal's footer."""
    cols = {"fr": [("Titres de séjour", ["Première demande", "Renouvellement", "Changement de statut", "Duplicata"]),
                   ("Naturalisation", ["Conditions", "Constituer son dossier", "Suivre sa demande"]),
                   ("Aide", ["Questions fréquentes", "Contacter le CCC", "Points d’accueil numérique", "Accessibilité"])],
            "en": [("Residence permits", ["First application", "Renewal", "Change of status", "Duplicate"]),
                   ("Naturalisation", ["Requirements", "Preparing your file", "Following your application"]),
                   ("Help", ["FAQ", "Contact the CCC", "Digital help points", "Accessibility"])]}[lang if lang in ("fr", "en") else "fr"]
    out = "".join(f'<div class="fr-col-12 fr-col-md-4"><p class="fr-text--bold fr-text--sm fr-mb-1w">{h}</p>'
                  + "".join(f'<p class="fr-text--xs fr-mb-1v"><a href="#">{x}</a></p>' for x in xs) + "</div>" for h, xs in cols)
    return f'<div style="background:var(--background-alt-grey);padding:1.5rem 0"><div class="fr-container"><div class="fr-grid-row fr-grid-row--gutters">{out}</div></div></div>'


def site(brand, colour, nav, inner, foot, css=""):
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    return M.plain_doc(f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav>{links}</nav></div>'
                       f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>', css)


def chromium_error(title, lines, code, btn):
    body = "".join(f"<p>{x}</p>" for x in lines)
    css = ("body{background:#fff;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#202124}"
           ".box{max-width:600px;margin:14vh auto 0;padding:0 24px}.ic{width:44px;height:44px;border-radius:6px;"
           "background:#9aa0a6;margin-bottom:26px}h1{font-size:24px;font-weight:500;margin:0 0 14px}p{font-size:15px;color:#5f6368;margin:0 0 8px}"
           ".code{font-size:12px;color:#5f6368;margin-top:18px;text-transform:uppercase}.b{margin-top:34px;display:inline-block;"
           "background:#1a73e8;color:#fff;border-radius:4px;padding:9px 22px;font-size:14px}")
    return ('<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<style>{css}</style></head><body><div class="box" id="crop"><div class="ic"></div><h1>{title}</h1>{body}'
            f'<p class="code">{code}</p><span class="b">{btn}</span></div></body></html>')


def pw(lbl, err=None, hint=None):
    return H.field(lbl, "••••••••••••••", typ="password", error=err, hint=hint)


ANEF_ACCOUNT = ["Mes informations personnelles", "Identifiants de connexion", "Mes préférences de contact", "Comptes liés"]
CREATE = "Créer mon compte"


# ----------------------------------------------------------------------------- the pages
def build_pages():
    P = []
    add = P.append

    # ============================================================ account_creation (fr 4, en 1, ru 1, uk 1)
    add(_entry("creation: nom et prénom manquants (stepper 2/3, cookies)", "account_creation", "fr", USAGERS + "creation-compte/identite",
               public(H.breadcrumb(["Accueil", "Créer un compte"]) + '<h1 class="fr-h2">Créer mon compte</h1>'
                      + H.stepper("Votre identité", 2, 3, "Vos identifiants de connexion")
                      + '<div id="crop">' + H.field("Nom de naissance", "", error="Veuillez entrer votre nom.")
                      + H.field("Prénom(s)", "", hint="Tous vos prénoms, dans l’ordre de votre passeport", error="Veuillez entrer votre prénom.") + "</div>"
                      + H.field("Date de naissance", "14/03/1994", hint="Format attendu : JJ/MM/AAAA")
                      + H.buttons(H.button("Précédent", "secondary"), H.button("Continuer")), narrow=True, post=consent())))
    add(_entry("creation: numero etranger trop long", "account_creation", "fr", USAGERS + "creation-compte/titre",
               public('<h1 class="fr-h2">Créer mon compte</h1>' + H.stepper("Votre titre ou votre visa", 1, 3, "Votre identité")
                      + '<p class="fr-text--sm">Vous possédez un titre de séjour, un récépissé ou une autorisation provisoire de séjour.</p>'
                      + '<div id="crop">' + H.field("Numéro étranger", "75012345678", hint="10 chiffres, en haut de votre titre de séjour",
                                                    error="La longueur maximale est 10.") + "</div>"
                      + H.field("Date de début de validité", "02/09/2025") + H.field("Date de fin de validité", "01/09/2027")
                      + H.buttons(H.button("Continuer")), narrow=True)))
    add(_entry("creation: conditions d'utilisation non acceptées (3/3)", "account_creation", "fr", USAGERS + "creation-compte/validation",
               public('<h1 class="fr-h2">Créer mon compte</h1>' + H.stepper("Récapitulatif et validation", 3, 3)
                      + dl([("Nom", "HADDAD"), ("Prénom", "Samira"), ("Adresse électronique", "s.haddad@laposte.net"), ("Titre", "Carte de séjour temporaire")])
                      + '<div class="fr-checkbox-group fr-checkbox-group--error fr-mb-3w" id="crop"><input type="checkbox" id="cgu">'
                        '<label class="fr-label" for="cgu">J’ai lu et j’accepte les conditions générales d’utilisation du téléservice</label>'
                        '<p class="fr-error-text">Vous devez accepter les termes et conditions.</p></div>'
                      + H.buttons(H.button("Modifier", "secondary"), H.button(CREATE)), narrow=True)))
    add(_entry("creation: lien d'activation expiré (dark)", "account_creation", "fr", act("action-token", "key=eyJhbGciOiJIUzI1NiJ9.c2t5&client_id=anef-usagers"),
               sso('<h1 class="fr-h3">Activation de votre compte</h1>'
                   + H.alert("warning", "Ce lien d’activation n’est plus valable",
                             "Le lien reçu par courriel n’est valable que 24 heures et il a déjà expiré. Votre compte n’a pas encore été activé.", crop=True)
                   + '<p class="fr-text--sm">Saisissez l’adresse électronique utilisée lors de la création pour recevoir un nouveau lien.</p>'
                   + H.field("Adresse électronique", "g.okafor@gmail.com") + H.buttons(H.button("Recevoir un nouveau lien")), dark=True), dark=True))
    add(_entry("creation en: email missing", "account_creation", "en", USAGERS + "create-account/contact",
               public('<h1 class="fr-h2">Create my account</h1>'
                      + H.stepper("Your contact details", 2, 3, "Confirmation", state_lbl="Step {c} of {t}", next_lbl="Next step:")
                      + H.alert("error", "The form contains an error", "Please check the field marked in red.", sm=True)
                      + H.field("Email address", "", hint="A confirmation link will be sent to this address", error="Please specify email.")
                      + H.field("Mobile phone", "+33 6 12 48 90 77") + H.buttons(H.button("Back", "secondary"), H.button("Continue")),
                      lang="en", narrow=True)))
    add(_entry("creation ru: номер визы не найден", "account_creation", "ru", USAGERS + "creation-compte/visa",
               public('<h1 class="fr-h2">Создать мою учетную запись</h1>'
                      + H.stepper("Ваша виза", 1, 3, "Ваша личность", state_lbl="Шаг {c} из {t}", next_lbl="Следующий шаг:")
                      + '<div id="crop">' + H.field("Номер визы", "FRA2K0093417", hint="Номер, напечатанный в правом верхнем углу визы",
                                                    error="Этот номер визы не найден. Проверьте номер или повторите попытку через 48 часов после выдачи визы.") + "</div>"
                      + H.field("Дата начала действия", "05/08/2026") + H.buttons(H.button("Продолжить")), lang="ru", narrow=True), **tr("ru")))
    add(_entry("creation uk: обліковий запис уже існує", "account_creation", "uk", USAGERS + "creation-compte/identifiants",
               public('<h1 class="fr-h2">Створити мій обліковий запис</h1>'
                      + H.alert("error", "Обліковий запис уже існує",
                                "Для цього іноземного номера вже створено обліковий запис. Увійдіть за допомогою свого ідентифікатора або скористайтеся посиланням «Забули пароль?».", crop=True)
                      + H.field("Іноземний номер", "7501928374") + H.field("Електронна адреса", "o.koval@ukr.net")
                      + H.buttons(H.button("Підключитися", "secondary"), H.button("Продовжити")), lang="uk", narrow=True), **tr("uk")))

    # ============================================================ login_failure (fr 3, en 2, ar 1, fa 1)
    add(_entry("login: connexion expirée (Keycloak expiredCodeMessage)", "login_failure", "fr", act("authenticate"),
               sso(H.login_form(alert_html=H.alert("warning", None, "Connexion expirée. Veuillez vous reconnecter.", sm=True), ident="7504418273"))))
    add(_entry("login: déjà authentifié avec un autre utilisateur", "login_failure", "fr", act("authenticate"),
               sso(H.login_form(alert_html=H.alert("error", None, "Vous êtes déjà authentifié avec un autre utilisateur ’f.keita@outlook.fr’ "
                                                   "dans cette session. Merci de vous déconnecter.", sm=True), ident="7509981120", fc=False))))
    add(_entry("login: compte bloqué 20 minutes, page longue avec pied de page", "login_failure", "fr", act("authenticate"),
               doc(H.page_anef(H.login_form(alert_html=H.alert("error", "Compte momentanément bloqué",
                                                                "Suite à 5 saisies erronées du mot de passe, l’accès à votre compte est suspendu pendant 20 minutes. "
                                                                "Vous pourrez ensuite réessayer ou réinitialiser votre mot de passe."),
                                            ident="sokolov.d@yandex.ru"), narrow=True, nav=False, tools=False) + bigfoot())))
    add(_entry("login en: login timeout", "login_failure", "en", act("authenticate"),
               sso(H.login_form("en", alert_html=H.alert("warning", None, "Login timeout. Please sign in again.", sm=True), ident="7502231984"), lang="en")))
    add(_entry("login en: wrong password, attempts left (dark)", "login_failure", "en", act("authenticate"),
               sso(H.login_form("en", ident="grace.okafor@yahoo.com",
                                pw_err="Incorrect username or password. You have 2 attempts left before your account is locked.", fc=False),
                   lang="en", dark=True), dark=True))
    add(_entry("login ar: الحساب معطل", "login_failure", "ar", act("authenticate"),
               sso(H.login_form("ar", alert_html=H.alert("error", "تم تعطيل حسابك",
                                                        "لم يعد بإمكانك تسجيل الدخول باستخدام هذا المعرف. للمزيد من المعلومات، اتصل بمركز الاتصال المواطن (CCC)."),
                                ident="7503318822"), lang="ar"), **tr("ar")))
    add(_entry("login fa: شناسه یا رمز عبور نادرست", "login_failure", "fa", act("authenticate"),
               sso(H.login_form("fa", ident="7506612045", ident_err="شناسه یا رمز عبور نادرست است. لطفاً دوباره امتحان کنید."), lang="fa"), **tr("fa")))

    # ============================================================ password_reset (fr 3, en 2, ru 1, fa 1)
    add(_entry("reset: nouveau mot de passe identique au courriel", "password_reset", "fr", act("reset-credentials"),
               sso('<h1 class="fr-h3">Choisir un nouveau mot de passe</h1>'
                   + '<p class="fr-text--sm">Votre mot de passe doit contenir au moins 12 caractères, dont une majuscule, une minuscule, un chiffre et un caractère spécial.</p>'
                   + pw("Nouveau mot de passe", "Mot de passe invalide: ne doit pas être identique au courriel.")
                   + pw("Confirmation du nouveau mot de passe") + H.buttons(H.button("Valider")))))
    add(_entry("reset: confirmation différente", "password_reset", "fr", act("reset-credentials"),
               sso('<h1 class="fr-h3">Réinitialisation de votre mot de passe</h1>'
                   + pw("Nouveau mot de passe", hint="12 caractères minimum")
                   + pw("Confirmation du nouveau mot de passe", "Le mot de passe de confirmation ne correspond pas.")
                   + H.buttons(H.button("Enregistrer")) + f'<p class="fr-mt-3w">{H.link("« Retour à la connexion")}</p>')))
    add(_entry("reset: mot de passe temporaire à changer (première connexion)", "password_reset", "fr", act("required-action", "execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=Zk8wN3"),
               sso('<h1 class="fr-h3">Mettre à jour votre mot de passe</h1>'
                   + H.alert("info", None, "Vous devez changer votre mot de passe pour activer votre compte.", sm=True)
                   + '<p class="fr-text--sm">Vous vous êtes connecté avec le mot de passe temporaire reçu par courriel. Choisissez maintenant votre mot de passe personnel.</p>'
                   + pw("Nouveau mot de passe") + pw("Confirmation du nouveau mot de passe")
                   + '<div class="fr-checkbox-group fr-mb-2w"><input type="checkbox" id="o"><label class="fr-label" for="o">Se déconnecter des autres appareils</label></div>'
                   + H.buttons(H.button("Valider")))))
    add(_entry("reset en: maximum length", "password_reset", "en", act("reset-credentials"),
               sso('<h1 class="fr-h3">Update Password</h1>'
                   + pw("New Password", "Invalid password: maximum length 64.") + pw("Confirm password")
                   + H.buttons(H.button("Submit")), lang="en")))
    add(_entry("reset en: reset link opened twice", "password_reset", "en", act("action-token", "key=eyJhbGciOiJIUzUxMiJ9.reset&client_id=anef-usagers"),
               sso('<h1 class="fr-h3">Reset your password</h1>'
                   + H.alert("error", None, "Action expired. Please start again.", crop=True)
                   + '<p class="fr-text--sm">For your security, a password reset link can only be used once and for a limited time. Request a new link from the sign-in page.</p>'
                   + H.buttons(H.button("Request a new link")), lang="en")))
    add(_entry("reset ru: письмо не пришло (callout)", "password_reset", "ru", act("reset-credentials"),
               sso('<h1 class="fr-h3">Забыли пароль?</h1>'
                   + callout("Вы не получили письмо для сброса пароля?",
                             "Письмо может прийти с опозданием до 30 минут. Проверьте папку «Спам». Если письмо так и не пришло, убедитесь, что вы ввели тот же идентификатор, что и при создании учетной записи.",
                             "blue-ecume")
                   + H.field("Идентификатор", "7507741236") + H.buttons(H.button("Отправить снова")), lang="ru"), **tr("ru")))
    add(_entry("reset fa: رمز عبور جدید با قوانین مطابقت ندارد", "password_reset", "fa", act("reset-credentials"),
               sso('<h1 class="fr-h3">یک رمز عبور جدید انتخاب کنید</h1>'
                   + pw("رمز عبور جدید", "رمز عبور نامعتبر است: باید حداقل شامل یک نویسه خاص (! ? @ # …) باشد.")
                   + pw("تأیید رمز عبور جدید") + H.buttons(H.button("تأیید کنید")), lang="fa"), **tr("fa")))

    # ============================================================ franceconnect (fr 4, en 1, uk 1, ar 1)
    add(_entry("fc: identifiez-vous afin de lier votre compte", "franceconnect", "fr", act("first-broker-login"),
               sso(H.login_form(heading="Lier votre compte",
                                extra_top=H.alert("info", None, "Identifiez vous afin de lier votre compte avec FranceConnect", sm=True),
                                ident="7504418273", fc=False, first=False))))
    add(_entry("fc: vérifier le courriel pour lier", "franceconnect", "fr", act("first-broker-login"),
               sso('<h1 class="fr-h3">Association avec FranceConnect</h1>'
                   + H.alert("warning", None, "Vous devez vérifier votre courriel pour lier votre compte avec franceconnect-particulier.", crop=True)
                   + '<p class="fr-text--sm">Ouvrez le message envoyé à f.k*****@outlook.fr puis cliquez sur le lien qu’il contient. '
                     'Vous serez ensuite renvoyé vers votre espace.</p>' + f'<p>{H.link("Renvoyer le courriel")}</p>')))
    add(_entry("fc: jeton non récupéré (page d'erreur)", "franceconnect", "fr", SSO_BROKER + "endpoint?state=9c2e&code=Q1hz",
               sso('<h1 class="fr-h3">Connexion avec FranceConnect impossible</h1>'
                   + H.alert("error", None, "Impossible de récupérer le jeton du fournisseur d’identité.", crop=True)
                   + f'<p class="fr-mt-2w">{H.link("Se connecter avec mon identifiant et mon mot de passe")}</p>')))
    add(_entry("fc: consentement refusé chez FranceConnect", "franceconnect", "fr", SSO_BROKER + "endpoint?error=access_denied",
               sso(H.login_form(alert_html=H.alert("error", "Connexion via FranceConnect interrompue",
                                                   "Consentement refusé. Pour utiliser FranceConnect, vous devez accepter la transmission de vos données d’identité à Étrangers en France."),
                                first=False))))
    add(_entry("fc en: broker link already exists (override)", "franceconnect", "en", act("first-broker-login"),
               sso('<h1 class="fr-h3">Broker link already exists</h1>'
                   + H.alert("warning", None, "You are trying to link your account 7502231984 with the franceconnect-particulier account "
                             "grace.okafor@yahoo.com. But your account is already linked with different franceconnect-particulier account "
                             "g.okafor@gmail.com. Can you confirm if you want to replace the existing link with the new account?", crop=True)
                   + H.buttons(H.button("Yes, override link with current account"), H.button("Cancel", "secondary")), lang="en")))
    add(_entry("fc uk: порожній простір, пов'язати обліковий запис", "franceconnect", "uk", ESP + "mon-compte",
               espace('<h1 class="fr-h2">Мій особистий простір</h1>'
                      + callout("Ваш простір порожній",
                                "Ви увійшли через FranceConnect, але ваш обліковий запис «Іноземці у Франції» ще не пов’язаний із цією ідентичністю. "
                                "Щоб побачити свої запити, пов’яжіть обліковий запис, вказавши свій іноземний номер.", "blue-cumulus", btn="Пов’язати мій обліковий запис")
                      + '<p class="fr-text--sm">Мої запити: немає</p>', lang="uk", user="Oleksandr KOVAL", active=0), **tr("uk")))
    add(_entry("fc ar: فشل الاتصال عبر FranceConnect", "franceconnect", "ar", SSO_BROKER + "endpoint?state=71ad",
               sso('<h1 class="fr-h3">نحن آسفون...</h1>'
                   + H.alert("error", None, "تعذر إكمال الاتصال عبر FranceConnect: معلمة الحالة مفقودة في استجابة مزود الهوية. يرجى المحاولة مرة أخرى من صفحة تسجيل الدخول.", crop=True)
                   + f'<p class="fr-mt-2w">{H.link("« العودة إلى تسجيل الدخول")}</p>', lang="ar"), **tr("ar")))

    # ============================================================ upload_error (fr 4, en 1, fa 1, ru 1)
    add(_entry("upload: tableau des pièces, fichier de 7,9 Mo refusé", "upload_error", "fr", ESP + "demarches/sejour/pieces",
               espace(H.breadcrumb(["Accueil", "Mes démarches", "Renouvellement de titre de séjour"])
                      + '<h1 class="fr-h2">Pièces justificatives</h1>' + H.stepper("Pièces justificatives", 3, 5, "Récapitulatif")
                      + H.table("Pièces à joindre", ["Pièce", "Fichier", "État"],
                                [["Passeport", "passeport_keita.pdf", H.badge("Ajouté", "success")],
                                 ["Justificatif de domicile", "facture_edf.pdf", H.badge("Ajouté", "success")],
                                 ["Avis d’imposition 2026", "avis_impot_scan.pdf (7,9 Mo)", H.badge("Refusé", "error")]])
                      + H.alert("error", None, "Le fichier « avis_impot_scan.pdf » n’a pas été ajouté : il pèse 7,9 Mo alors que la taille maximale est de 5 Mo par fichier.", sm=True))))
    add(_entry("upload: PDF protégé par mot de passe", "upload_error", "fr", ESP + "demarches/sejour/pieces",
               espace('<h1 class="fr-h2">Changement de statut étudiant → salarié</h1>' + H.stepper("Pièces justificatives", 4, 6, "Paiement")
                      + H.upload("Contrat de travail", "Formats acceptés : PDF, JPG, PNG. 10 Mo maximum.",
                                 error="Ce PDF est protégé par un mot de passe et ne peut pas être ouvert. Enregistrez-le sans protection, puis ajoutez-le de nouveau.",
                                 filename_note="contrat_CDI_signe.pdf")
                      + H.upload("Dernières fiches de paie", "3 fichiers maximum"), user=USER_F)))
    add(_entry("upload: e-photo au nom d'une autre personne", "upload_error", "fr", ESP + "demarches/sejour/photo",
               espace('<h1 class="fr-h2">Photo et signature</h1>'
                      + '<p class="fr-text--sm">Saisissez le code figurant sur la planche photo remise par le photographe ou la cabine agréée ANTS.</p>'
                      + H.field("Code photo-signature numérique (e-photo)", "C8K2 9PLX 3QWT 7MZA", hint="22 caractères, avec ou sans espaces",
                                error="Ce code e-photo est rattaché à une autre identité. Vérifiez que la photo a été prise à votre nom.")
                      + H.buttons(H.button("Précédent", "secondary"), H.button("Valider le code")), user=USER_D, narrow=True)))
    add(_entry("upload: limite de 2 fichiers (dialogue)", "upload_error", "fr", ESP + "demarches/naturalisation/pieces",
               espace('<h1 class="fr-h2">Demande d’accès à la Nationalité Française</h1>'
                      + H.upload("Justificatifs de ressources des 3 dernières années", "PDF uniquement", filename_note="avis_2024.pdf, avis_2025.pdf")
                      + H.upload("Acte de naissance", "Avec sa traduction par un traducteur agréé"), user=USER_E,
                      post=dialog("Fichier non ajouté", "Vous ne pouvez pas joindre plus de 2 fichiers pour cette pièce. "
                                  "Regroupez vos documents dans un seul PDF ou supprimez un fichier déjà ajouté.", [H.button("J’ai compris")]))))
    add(_entry("upload en: file type not accepted (.pages)", "upload_error", "en", ESP + "applications/residence/documents",
               espace('<h1 class="fr-h2">Supporting documents</h1>'
                      + H.upload("Proof of address (less than 3 months old)", "Accepted formats: PDF, JPEG, PNG", lang="en",
                                 error="This type of file is not accepted (.pages). Export your document as PDF and try again.",
                                 filename_note="attestation_hebergement.pages")
                      + H.buttons(H.button("Save and continue")), lang="en", user=USER_F)))
    add(_entry("upload fa: فایل آسیب دیده", "upload_error", "fa", ESP + "demarches/sejour/pieces",
               espace('<h1 class="fr-h2">مدارک پشتیبان</h1>'
                      + H.upload("گذرنامه (صفحات هویت)", "فرمت های پذیرفته شده: PDF، JPG، PNG", lang="fa",
                                 error="فایل خوانده نشد: به نظر می رسد آسیب دیده است. یک نسخه جدید از سند اسکن کنید و دوباره امتحان کنید.",
                                 filename_note="passport_scan.pdf"), lang="fa", user=USER_C), **tr("fa")))
    add(_entry("upload ru: файл слишком большой (dark)", "upload_error", "ru", ESP + "demarches/sejour/pieces",
               espace('<h1 class="fr-h2">Подтверждающие документы</h1>'
                      + H.upload("Свидетельство о рождении", "PDF, JPG или PNG, не более 10 МБ", lang="ru",
                                 error="Размер файла (18,3 МБ) превышает допустимый максимум 10 МБ. Уменьшите его размер и повторите попытку.",
                                 filename_note="svidetelstvo.jpg"), lang="ru", user=USER_E, dark=True), dark=True, **tr("ru")))

    # ============================================================ missing_document (fr 3, en 2, ar 1, uk 1)
    add(_entry("pieces: callout parmi les tuiles de l'accueil", "missing_document", "fr", ESP + "accueil",
               espace('<h1 class="fr-h2">Bonjour Fatoumata</h1>'
                      + callout("Votre dossier est incomplet",
                                "La préfecture du Val-de-Marne attend votre justificatif de domicile de moins de 3 mois. "
                                "Vous avez jusqu’au 14/12/2026 pour le transmettre.", "brown-caramel", btn="Transmettre le document")
                      + tiles([("Je demande ou renouvelle un titre de séjour", "Première demande, renouvellement"),
                               ("Je valide mon VLS-TS", "Visa de long séjour valant titre de séjour"),
                               ("Je demande un document de voyage", "Pour les réfugiés et apatrides")]), active=0, foot=bigfoot())))
    add(_entry("pieces: courrier de la préfecture dans mes notifications", "missing_document", "fr", ESP + "notifications/8841",
               espace(H.breadcrumb(["Accueil", "Mes notifications", "Message du 27/08/2026"])
                      + '<h1 class="fr-h3">Message de la préfecture de la Gironde</h1>' + tags(["Titre de séjour", "Renouvellement", "Non lu"])
                      + '<div data-key="msg" class="fr-p-3w fr-mb-3w" style="border-left:4px solid var(--border-plain-warning);background:var(--background-alt-grey)">'
                        '<p>Madame, Monsieur,</p><p>L’examen de votre demande ne peut pas se poursuivre en l’état. Merci de déposer dans votre espace, dans un délai de 30 jours :</p>'
                        '<ul><li>vos trois derniers bulletins de salaire ;</li><li>une attestation de votre employeur datée de moins d’un mois.</li></ul>'
                        '<p class="fr-mb-0">Sans réponse de votre part, votre demande pourra être classée sans suite.</p></div>'
                      + H.buttons(H.button("Ajouter les documents")), active=3, user=USER_B)))
    add(_entry("pieces: naturalisation, onglet compléments avec tags", "missing_document", "fr", ESP + "demarches/naturalisation",
               espace('<h1 class="fr-h2">Demande d’accès à la Nationalité Française</h1>'
                      + '<div class="fr-tabs"><ul class="fr-tabs__list"><li><button class="fr-tabs__tab">Ma demande</button></li>'
                        '<li><button class="fr-tabs__tab" aria-selected="true">Compléments</button></li><li><button class="fr-tabs__tab">Documents</button></li></ul>'
                        '<div class="fr-tabs__panel fr-tabs__panel--selected" style="padding:1.5rem">'
                      + H.alert("warning", "2 documents à fournir", "Votre agent instructeur demande : la copie intégrale de votre acte de mariage, "
                                "et l’extrait de casier judiciaire de votre pays de naissance. Date limite : 18/12/2026.")
                      + tags(["Acte de mariage", "Casier judiciaire étranger"]) + "</div></div>", user=USER_D)))
    add(_entry("pieces en: additional documents requested (band + list)", "missing_document", "en", ESP + "applications/residence",
               espace('<h1 class="fr-h2">My residence permit application</h1>'
                      + H.alert("warning", "Action required: documents missing",
                                "The prefecture needs more documents to continue examining your application. Please send them before 11/12/2026.")
                      + H.table("Requested documents", ["Document", "Status"],
                                [["Proof of health insurance", H.badge("To be provided", "warning")],
                                 ["Birth certificate with sworn translation", H.badge("To be provided", "warning")],
                                 ["Passport", H.badge("Received", "success")]]), lang="en", user=USER_F, pre=band("Your application · reference 2026-69-R-004812"))))
    add(_entry("pieces en: last reminder before closing (phone-like card)", "missing_document", "en", ESP + "notifications",
               espace('<h1 class="fr-h3">My notifications</h1>'
                      + grid(dcard("Reminder: your file is still incomplete", "You have not yet sent the school enrolment certificate requested on 08/07/2026. "
                                   "Without it, your application will be closed on 15/12/2026.", "Urgent", "error", "Received on 25/08/2026", key=True),
                             dcard("Your account details were updated", "Your phone number has been changed.", "Read", "info", "Received on 02/08/2026")),
                      lang="en", active=3, user=USER_B)))
    add(_entry("pieces ar: طلب مستندات إضافية", "missing_document", "ar", ESP + "demarches/sejour",
               espace('<h1 class="fr-h2">طلب تجديد تصريح الإقامة</h1>'
                      + H.alert("warning", "ملفك غير مكتمل",
                                "تطلب منك المحافظة تقديم عقد الإيجار أو شهادة الإيواء باسمك. لديك مهلة حتى 08/01/2027 لإضافته في مساحتك.")
                      + H.buttons(H.button("أضف المستند")), lang="ar", user=USER_D), **tr("ar")))
    add(_entry("pieces uk: запит на додаткові документи", "missing_document", "uk", ESP + "demarches/sejour",
               espace('<h1 class="fr-h2">Мої кроки</h1>'
                      + grid(dcard("Запит на додаткові документи", "Префектура просить надіслати довідку про навчання за 2026–2027 навчальний рік до 22/12/2026.",
                                   "Потрібна дія", "warning", "Отримано 21/08/2026", key=True),
                             dcard("Посвідка на проживання «студент»", "Подання заяви: 04/06/2026", "Триває", "info")), lang="uk", user=USER_B), **tr("uk")))

    # ============================================================ blocked_page (fr 4, en 1, ru 1, fa 1)
    add(_entry("blocked: requête invalide (Keycloak)", "blocked_page", "fr", act("authenticate", "execution=&client_id=anef-usagers"),
               sso(kc_box("Une erreur est survenue", "Requête invalide", ["« Revenir à l’application"]))))
    add(_entry("blocked: maintenance programmée, page pleine", "blocked_page", "fr", USAGERS,
               doc('<div class="fr-container fr-py-8w" style="max-width:760px"><p class="fr-logo fr-mb-4w">République<br>Française</p>'
                   '<div id="crop"><h1>Site en maintenance</h1><p class="fr-text--lead">Le site Étrangers en France est indisponible en raison d’une opération de maintenance.</p>'
                   '<p>Il sera de nouveau accessible dès la fin de l’opération, prévue demain à 7 h. Vos démarches en cours sont conservées.</p></div>'
                   '<p class="fr-text--sm" style="color:var(--text-mention-grey)">Nous vous prions de nous excuser pour la gêne occasionnée.</p></div>')))
    add(_entry("blocked: enregistrement de la demande qui tourne", "blocked_page", "fr", ESP + "demarches/sejour/recapitulatif",
               espace('<h1 class="fr-h2">Récapitulatif de votre demande</h1>' + H.stepper("Récapitulatif", 6, 6)
                      + dl([("Démarche", "Carte de séjour pluriannuelle"), ("Préfecture", "Seine-Saint-Denis"), ("Pièces jointes", "9"), ("Timbre fiscal", "Payé")])
                      + '<style>@keyframes sp{to{transform:rotate(360deg)}}</style><div id="crop" class="fr-p-3w" style="background:var(--background-alt-grey);text-align:center">'
                        '<div style="width:40px;height:40px;margin:0 auto .8rem;border-radius:50%;border:5px solid var(--background-contrast-grey);'
                        'border-right-color:var(--border-active-blue-france)"></div><p class="fr-text--bold fr-mb-1v">Enregistrement de votre demande en cours…</p>'
                        '<p class="fr-text--sm fr-mb-0">Cette opération prend plus de temps que prévu. Ne fermez pas cette page.</p></div>', user=USER_A)))
    add(_entry("blocked: Chromium ERR_SSL_PROTOCOL_ERROR sur le portail", "blocked_page", "fr", "https://" + H.HOST + "/usagers/",
               chromium_error("Ce site ne peut pas fournir de connexion sécurisée", [f"{H.HOST} a envoyé une réponse incorrecte."],
                              "ERR_SSL_PROTOCOL_ERROR", "Actualiser"), tab=H.HOST, browsers=H.CHROMIUM_FAMILY))
    add(_entry("blocked en: unexpected error 500", "blocked_page", "en", ESP + "applications",
               espace('<div id="crop"><h1>Unexpected error</h1><p class="fr-text--sm">Error 500</p>'
                      '<p class="fr-text--lead">Sorry, the service is experiencing a problem. We are working to resolve it as quickly as possible.</p>'
                      '<p>Try refreshing the page or come back later.</p></div>' + H.buttons(H.button("Back to home")), lang="en", user=USER_F)))
    add(_entry("blocked ru: технический сбой", "blocked_page", "ru", ESP + "demarches",
               espace(H.alert("error", "Техническая ошибка", "Ваш запрос не может быть обработан в данный момент. Повторите попытку позже. "
                                                              "Если проблема не исчезнет, обратитесь в Контактный центр (CCC)."), lang="ru", user=USER_E), **tr("ru")))
    add(_entry("blocked fa: مرحله بعد باز نمی شود", "blocked_page", "fa", ESP + "demarches/sejour/etape-3",
               espace('<h1 class="fr-h2">درخواست اجازه اقامت</h1>' + H.stepper("اطلاعات شخصی", 2, 5, "مدارک پشتیبان", state_lbl="مرحله {c} از {t}", next_lbl="مرحله بعد:")
                      + H.alert("error", None, "در حال حاضر امکان ادامه این مراحل وجود ندارد: خطایی در همگام سازی پرونده شما مانع از دسترسی به مرحله بعد می شود. لطفاً بعداً دوباره امتحان کنید.", sm=True)
                      + H.buttons(H.button("قبلی", "secondary"), H.button("ادامه دهید")), lang="fa", user=USER_C), **tr("fa")))

    # ============================================================ request_status (fr 4, en 1, ar 1, ru 1, uk 1)
    add(_entry("status submitted: confirmation du dépôt, tableau des attestations", "request_status", "fr", ESP + "demarches/sejour/confirmation",
               espace(H.alert("success", "Votre demande a été transmise à la préfecture",
                              "Vous la retrouvez dans « Mes démarches ». L’attestation de dépôt est disponible ci-dessous ; conservez-la.")
                      + H.table("Documents", ["Document", "Date", ""], [["Attestation de dépôt", "24/08/2026", H.link("Télécharger")],
                                                                         ["Récapitulatif de la demande", "24/08/2026", H.link("Télécharger")]]),
                      user=USER_A), step="submitted"))
    add(_entry("status in_progress: stepper instruction 2/4", "request_status", "fr", ESP + "demarches/sejour/suivi",
               espace(H.breadcrumb(["Accueil", "Mes démarches", "Suivi de ma demande"]) + '<h1 class="fr-h2">Suivi de ma demande</h1>'
                      + H.stepper("Instruction en cours", 2, 4, "Décision prise", crop=True)
                      + '<p class="fr-text--sm">Votre demande est examinée par les services de la préfecture du Rhône. Vous serez prévenu par courriel à chaque étape.</p>'
                      + dl([("Numéro de demande", "69-2026-0038811"), ("Déposée le", "22/07/2026")]), user=USER_B, foot=bigfoot()), step="in_progress"))
    add(_entry("status decision_made: carte avec badge décision prise", "request_status", "fr", ESP + "demarches",
               espace('<h1 class="fr-h2">Mes démarches</h1>'
                      + grid(dcard("Renouvellement de carte de séjour", "Une décision a été prise le 26/08/2026. Le courrier de décision est disponible dans « Mes documents ».",
                                   "Décision prise", "new", "Mis à jour le 26/08/2026", key=True),
                             dcard("Validation du VLS-TS", "Terminée le 14/10/2024", "Clôturée", "success")), user=USER_D), step="decision_made"))
    add(_entry("status none: aide 'où en est ma demande', délais", "request_status", "fr", USAGERS + "aide/suivi-demande",
               public(H.breadcrumb(["Accueil", "Aide", "Suivre ma demande"]) + '<h1 class="fr-h2">Où en est ma demande ?</h1>'
                      + '<div data-key="faq"><p>Le délai d’examen d’une demande de titre de séjour varie selon la préfecture et le type de titre. '
                        'Tant qu’aucune décision n’a été prise, aucune nouvelle information n’apparaît dans votre espace.</p>'
                        '<p>Si votre titre expire avant la fin de l’examen, une attestation vous permet de justifier de la régularité de votre séjour.</p></div>'
                      + callout(None, "Sans nouvelle depuis plus de 4 mois ? Contactez le Centre de contact citoyen.", key=False),
                      post=consent())))
    add(_entry("status en document_available: ready to collect", "request_status", "en", ESP + "notifications/9120",
               espace(H.alert("success", "Your residence permit is ready",
                              "Your card has been produced and is waiting for you at the prefecture of Hauts-de-Seine. Book an appointment to collect it, "
                              "and bring the tax stamp (225 €) and your current permit.")
                      + H.buttons(H.button("Book an appointment")), lang="en", user=USER_F, active=3), step="document_available"))
    add(_entry("status ar document_available: بطاقة جاهزة", "request_status", "ar", ESP + "demarches/sejour/suivi",
               espace('<h1 class="fr-h2">متابعة طلبي</h1>'
                      + H.timeline(["إيداع الطلب", "التحقيق جارٍ", "تم اتخاذ القرار", "المستند متاح"], 3,
                                   ["03/03/2026", "18/03/2026", "09/07/2026", "27/08/2026"], crop=True)
                      + '<p class="fr-text--sm">بطاقة إقامتك جاهزة للاستلام من المحافظة. ستتلقى رسالة نصية قصيرة تحتوي على موعدك.</p>',
                      lang="ar", user=USER_D), step="document_available", **tr("ar")))
    add(_entry("status ru in_progress: истекла справка о продлении", "request_status", "ru", ESP + "mes-documents",
               espace('<h1 class="fr-h2">Мои документы</h1>'
                      + '<div id="crop" class="fr-mb-3w">'
                      + "".join(f'<div class="fr-py-2w" style="border-bottom:1px solid var(--border-default-grey)"><p class="fr-text--bold fr-mb-1v">{t}</p>'
                                f'<p class="fr-text--sm fr-mb-1v">{d}</p>{H.badge(b, k)}</div>'
                                for t, d, b, k in [("Справка о подаче", "Выдана 14/04/2026", "Доступен", "success"),
                                                   ("Справка о продлении рассмотрения", "Действительна до 02/08/2026", "Срок действия истек", "error")]) + "</div>"
                      + '<p class="fr-text--sm">Ваш запрос все еще находится на рассмотрении в префектуре.</p>', lang="ru", user=USER_E, active=2),
               step="in_progress", **tr("ru")))
    add(_entry("status uk none: без новин з травня", "request_status", "uk", ESP + "demarches/sejour",
               espace('<h1 class="fr-h2">Мій запит</h1>'
                      + dl([("Тип запиту", "Поновлення посвідки на проживання"), ("Номер", "13-2026-0071204"), ("Префектура", "Буш-дю-Рон")])
                      + '<p data-key="last" class="fr-p-2w" style="background:var(--background-alt-grey)">Останнє оновлення: 11/05/2026. Нової інформації немає.</p>',
                      lang="uk", user=USER_B), **tr("uk")))

    # ============================================================ unknown (fr 4, en 1, fa 1, uk 1)
    add(_entry("unknown: vous êtes déjà connecté", "unknown", "fr", act("authenticate"),
               sso(kc_box("Étrangers en France", "Vous êtes déjà connecté.", ["« Revenir à l’application"], kind="info"))))
    add(_entry("unknown: France Travail actualisation impossible", "unknown", "fr", "https://candidat.francetravail.fr/actualisation/",
               site("France Travail", "#1c2f6b", ["Mon espace", "Offres", "Formations"],
                    '<div class="box"><h1>M’actualiser</h1><div class="err">Votre actualisation n’a pas pu être enregistrée. '
                    'Vous pourrez la faire à partir du 28 du mois.</div><p class="muted">Période d’actualisation : du 28 du mois au 15 du mois suivant</p></div>',
                    "© France Travail · Mentions légales"), tab="M’actualiser | France Travail"))
    add(_entry("unknown: Études en France dossier incomplet", "unknown", "fr", "https://pastel.diplomatie.gouv.fr/etudesenfrance/dossier",
               site("Études en France", "#00537a", ["Mon dossier", "Mes candidatures", "Messagerie"],
                    '<div class="box"><h1>Mon dossier</h1><div class="info">Votre dossier est incomplet : ajoutez votre relevé de notes du baccalauréat '
                    'avant de soumettre vos candidatures.</div><table><tr><td>Identité</td><td>Complet</td></tr><tr><td>Parcours</td><td>Incomplet</td></tr></table></div>',
                    "Campus France · Ministère de l’Europe et des Affaires étrangères"), tab="Études en France"))
    add(_entry("unknown: messervices.etudiant identifiant incorrect", "unknown", "fr", "https://www.messervices.etudiant.gouv.fr/envole/",
               site("messervices.etudiant.gouv.fr", "#5b3cc4", ["Dossier social étudiant", "Logement", "Aides"],
                    '<div class="box" style="max-width:460px"><h1>Connexion</h1><div class="err">Identifiant ou mot de passe incorrect.</div>'
                    '<label>Adresse e-mail</label><input class="t" value="r.mohammadi@gmail.com"><label>Mot de passe</label><input class="t" type="password" value="xxxxxxxx">'
                    '<span class="btn" style="background:#5b3cc4">Se connecter</span></div>', "Crous · Ministère de l’Enseignement supérieur")))
    add(_entry("unknown en: ANEF home in English (no problem)", "unknown", "en", USAGERS,
               public('<h1 class="fr-h1">Welcome to Foreigners in France</h1>'
                      '<p class="fr-text--lead">Carry out your residence permit, naturalisation and travel document procedures online.</p>'
                      + tiles([("I validate my VLS-TS", "Long-stay visa equivalent to a residence permit"),
                               ("I apply for or renew a residence permit", "First application or renewal"),
                               ("I apply for French nationality", "Naturalisation by decree")]), lang="en", post=consent("en"))))
    add(_entry("unknown fa: تنظیمات اعلان ذخیره شد", "unknown", "fa", ESP + "mon-compte/preferences",
               espace(sidemenu("حساب من", ["اطلاعات شخصی من", "شناسه های ورود", "تنظیمات تماس من", "حساب های مرتبط"], 2,
                               '<h1 class="fr-h3">تنظیمات تماس من</h1>' + H.alert("success", None, "تنظیمات تماس شما ثبت شد. از این پس اعلان ها را از طریق پیامک و ایمیل دریافت خواهید کرد.", sm=True)
                               + '<div class="fr-toggle fr-mb-2w"><input type="checkbox" class="fr-toggle__input" checked id="t1"><label class="fr-toggle__label" for="t1">پیامک</label></div>'),
                      lang="fa", user=USER_C, active=4), **tr("fa")))
    add(_entry("unknown uk: service-public, хто може подати заяву (law question)", "unknown", "uk", "https://www.service-public.fr/particuliers/vosdroits/F2209",
               doc('<div style="border-bottom:1px solid var(--border-default-grey);padding:1rem 0"><div class="fr-container">'
                   '<p class="fr-logo fr-mb-1w">Французька<br>Республіка</p><p class="fr-text--bold fr-mb-0">Service-public.fr</p>'
                   '<p class="fr-text--xs fr-mb-0">Офіційний сайт французької адміністрації</p></div></div>'
                   '<div class="fr-container fr-py-4w">' + H.breadcrumb(["Головна", "Іноземці", "Посвідка на проживання"])
                   + '<h1 class="fr-h2">Багаторічна посвідка на проживання: хто може її отримати?</h1>'
                   + '<p data-key="law">Багаторічну посвідку на проживання може отримати іноземець, який уже прожив у Франції щонайменше 1 рік з тимчасовою посвідкою '
                     'і дотримується республіканських принципів. Тривалість посвідки залежить від вашої ситуації (максимум 4 роки).</p>'
                   + callout("Перевірено 01/07/2026", "Дирекція правової та адміністративної інформації (прем’єр-міністр)", key=False) + "</div>", "uk"),
               tab="Service-public.fr", **tr("uk")))
    return P
