"""Pages of the third blind screenshot set (samples/fresh/screens-3, seed screens-fresh-3).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from:
Keycloak's login-theme catalogs (themes/.../login/messages/messages_fr.properties and messages_en.properties),
FranceConnect's own French error and chooser texts (france-connect sources, fr-FR.i18n), the French error pages of
Debian's Chromium 156 (read off the browser itself: ERR_NAME_NOT_RESOLVED, ERR_CONNECTION_REFUSED, ERR_EMPTY_RESPONSE,
HTTP ERROR 504, NET::ERR_CERT_*) and Firefox ESR's French netError.ftl / certError.ftl (langpack-fr).  ANEF facts
(DSFR screens, séjour and naturalisation steps, attestations, notifications) come from
/work/shared/reference/anef-domain.md; the sentences built on them are written here in the style of the site and are
not verified wordings.  Only the DSFR skeleton of anef_html.py (header, footer, alert, field, upload, timeline,
table, badge, tile, login form) and make_screens' dsfr_doc / plain_doc are reused; the toast, modal, cookie banner,
spinner, browser error pages and other administrations' pages have their own small markup here.

build_pages() returns the registry entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc,
and optionally dark (page and frame in dark mode), translated / bubble_txt / bubble_rtl (a page the browser
translated), browsers (a browser's own error page is drawn only in a browser of that family).
"""
import anef_html as H
import make_screens as M

PORTAL = H.USAGERS
ESP = H.PORTAL
SSO_ACT = H.SSO_ACT
CHROMIUM = H.CHROMIUM_FAMILY
FIREFOX = H.FIREFOX_FAMILY
RTL_CSS = H.RTL_CSS
CYR_CSS = H.CYR_CSS

# A Pashto browser translation of the French header and footer, the way the translator renders them (the skeleton
# has the other languages; this set is the first to need Pashto).
H.HEADER_TXT.setdefault("ps", dict(
    title="په فرانسه کې بهرنيان", tag="په فرانسه کې د بهرنيانو لپاره ډیجیټل اداره", login="ننوتل",
    create="حساب جوړ کړئ", logout="وتل", lang="FR", logo="د فرانسې<br>جمهوریت",
    nav=["کور", "زما ګامونه", "زما اسناد", "زما خبرتیاوې", "زما حساب"]))
H.FOOTER_TXT.setdefault("ps", (
    "د فرانسې د بهرنيانو ویب پاڼه تاسو ته اجازه درکوي چې د استوګنې اجازه لیک، تابعیت او د سفر سند کړنلارې آنلاین ترسره کړئ.",
    ["اړیکه", "د سایټ نقشه", "لاسرسی: په جزوي ډول مطابق", "قانوني خبرتیا", "شخصي معلومات", "د کوکیز مدیریت", "مرسته / FAQ"]))


_p = H.page_entry


def anef(inner, lang="fr", user=None, active=0, narrow=False, pre="", dark=False, rtl=False, title=None, post=""):
    """a page of the personal space (DSFR header with the user's name and tabs, footer)."""
    css = RTL_CSS if rtl else (CYR_CSS if lang in ("ru", "uk") else "")
    body = H.page_anef(inner, lang=lang, user=user, active=active, narrow=narrow, pre=pre) + post
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=css,
                      title=title or H.HEADER_TXT[lang]["title"])


def sso(inner, lang="fr", dark=False, rtl=False, post=""):
    """a page of the sign-in server (Keycloak, portail-anef theme): the header without tabs or tools."""
    css = RTL_CSS if rtl else (CYR_CSS if lang in ("ru", "uk") else "")
    body = H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False) + post
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=css, title=H.HEADER_TXT[lang]["title"])


# ----------------------------------------------------------------------------- overlays drawn on top of a page
TOAST_CSS = ("position:fixed;top:{top}px;right:16px;left:auto;max-width:min(440px,calc(100vw - 32px));z-index:1000;"
             "background:var(--background-default-grey);box-shadow:0 6px 18px rgba(0,0,18,.28)")


def toast(kind, title, text, top=88):
    """a notification that slides in over the page (the Angular app's snack bar, DSFR alert styling)."""
    t = f'<h3 class="fr-alert__title">{title}</h3>' if title else ""
    return (f'<div class="fr-alert fr-alert--{kind} fr-alert--sm" role="alert" style="{TOAST_CSS.format(top=top)}">'
            f'{t}<p>{text}</p><button class="fr-btn--close fr-btn" title="Masquer le message">Masquer le message</button></div>')


def modal(title, inner, buttons_html, close="Fermer"):
    """a DSFR modal dialog opened over the page (with its dark backdrop)."""
    return (f'<div style="position:fixed;inset:0;background:rgba(22,22,22,.64);z-index:900"></div>'
            f'<div style="position:fixed;inset:0;display:flex;align-items:center;justify-content:center;z-index:901;padding:16px">'
            f'<div class="fr-modal__body" style="background:var(--background-lifted-grey);max-width:640px;width:100%;'
            f'box-shadow:0 6px 18px rgba(0,0,18,.3)"><div class="fr-modal__header" style="display:flex;justify-content:flex-end;'
            f'padding:1rem 1rem 0"><button class="fr-btn--close fr-btn" title="{close}">{close}</button></div>'
            f'<div class="fr-modal__content" style="padding:0 2rem 1rem"><h1 class="fr-modal__title fr-h4">{title}</h1>{inner}</div>'
            f'<div class="fr-modal__footer" style="padding:1rem 2rem 2rem">{buttons_html}</div></div></div>')


def cookie_banner(lang="fr"):
    """the consent banner at the bottom of a first visit (no message class: it is not the page's message)."""
    if lang == "fr":
        t, x, a, r, c = ("À propos des cookies sur Étrangers en France",
                         "Bienvenue ! Nous utilisons des cookies pour améliorer votre expérience et les services disponibles sur "
                         "ce site. Pour en savoir plus, visitez la page Données personnelles et cookies. Vous pouvez, à tout "
                         "moment, avoir le contrôle sur les cookies que vous souhaitez activer.",
                         "Tout accepter", "Tout refuser", "Personnaliser")
    else:
        t, x, a, r, c = ("About cookies on Foreigners in France",
                         "Welcome! We use cookies to improve your experience and the services available on this site. You can "
                         "choose at any time which cookies you want to allow.", "Accept all", "Refuse all", "Customise")
    return (f'<div style="position:fixed;left:0;right:0;bottom:0;z-index:800;background:var(--background-lifted-grey);'
            f'box-shadow:0 -4px 16px rgba(0,0,18,.18);padding:1.25rem 1.5rem;max-height:42vh;overflow:hidden">'
            f'<div class="fr-container"><h2 class="fr-h6 fr-mb-1w">{t}</h2><p class="fr-text--sm fr-mb-2w">{x}</p>'
            f'<ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--right"><li><button class="fr-btn">{a}</button></li>'
            f'<li><button class="fr-btn">{r}</button></li><li><button class="fr-btn fr-btn--secondary">{c}</button></li></ul>'
            f'</div></div>')


SPIN_CSS = ("@keyframes spin{to{transform:rotate(360deg)}}.spin{width:56px;height:56px;border-radius:50%;"
            "border:6px solid var(--border-default-grey);border-top-color:var(--border-action-high-blue-france);"
            "margin:0 auto 1.25rem;transform:rotate(120deg)}")


def spinner(text, sub):
    return (f'<div id="crop" style="text-align:center;padding:4rem 0 5rem"><style>{SPIN_CSS}</style><div class="spin"></div>'
            f'<p class="fr-text--lead fr-mb-1w">{text}</p><p class="fr-text--sm" style="color:var(--text-mention-grey)">{sub}</p></div>')


def callout(title, text):
    """a DSFR callout (mise en avant): page content, not a message."""
    return (f'<div class="fr-callout fr-mb-3w"><h3 class="fr-callout__title">{title}</h3>'
            f'<p class="fr-callout__text">{text}</p></div>')


def filler(paras):
    return "".join(f"<p>{x}</p>" for x in paras)


# ----------------------------------------------------------------------------- browsers' own error pages
CHROME_CSS = """body{margin:0;background:#fff;color:#202124;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:15px}
.w{max-width:600px;margin:14vh auto 0;padding:0 24px}.ic{width:44px;height:44px;border-radius:6px;background:#dadce0;
margin-bottom:36px;position:relative}.ic:after{content:'';position:absolute;left:13px;top:11px;width:18px;height:22px;
background:#9aa0a6;border-radius:2px}h1{font-size:24px;font-weight:500;margin:0 0 16px;line-height:1.25}
p{line-height:1.55;color:#5f6368;margin:0 0 12px}ul{color:#5f6368;line-height:1.8;padding-left:22px;margin:0 0 12px}
.code{font-size:12px;color:#5f6368;text-transform:uppercase;margin:14px 0 0}.b{display:flex;justify-content:space-between;
margin-top:44px}.btn{background:#1a73e8;color:#fff;border-radius:4px;padding:9px 22px;font-weight:500}
.lnk{color:#1a73e8;padding:9px 0}.red .ic{background:#d93025}.red .ic:after{background:#fff;left:20px;width:4px}
body.red{background:#fff}"""


def chrome_error(title, intro, tips, code, button="Actualiser", details=True, red=False):
    tip = (f'<p>Voici quelques conseils :</p><ul>{"".join(f"<li>{t}</li>" for t in tips)}</ul>' if tips else "")
    d = '<span class="lnk">Détails</span>' if details else ""
    body = (f'<body class="{"red" if red else ""}"><div class="w"><div class="ic"></div><div data-key="1"><h1>{title}</h1>'
            f'<p>{intro}</p>{tip}<p class="code">{code}</p></div><div class="b">{d}<span class="btn">{button}</span></div></div></body>')
    return f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>{CHROME_CSS}</style></head>{body}</html>'


FIREFOX_CSS = """body{margin:0;background:#f9f9fb;color:#15141a;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:15px}
.w{max-width:640px;margin:12vh auto 0;padding:0 28px;border-inline-start:0}.t{display:flex;gap:18px;align-items:flex-start}
.ic{flex:none;width:40px;height:40px;border-radius:50%;background:#e0e0e6;position:relative}
.ic:after{content:'!';position:absolute;left:16px;top:6px;font-weight:700;color:#5b5b66;font-size:22px}
h1{font-size:24px;font-weight:300;margin:4px 0 18px;line-height:1.3}p,li{line-height:1.55}
ul{padding-left:20px}.btn{display:inline-block;background:#0061e0;color:#fff;border-radius:4px;padding:8px 18px;font-weight:600;
margin-top:18px}.grey{color:#5b5b66;font-size:13px}"""


def firefox_error(title, paras, bullets=None, button="Réessayer", small=None):
    ul = f'<ul>{"".join(f"<li>{b}</li>" for b in bullets)}</ul>' if bullets else ""
    sm = f'<p class="grey">{small}</p>' if small else ""
    body = (f'<body><div class="w"><div class="t"><div class="ic"></div><div data-key="1"><h1>{title}</h1>'
            f'{"".join(f"<p>{x}</p>" for x in paras)}{ul}{sm}</div></div>'
            f'<div style="text-align:right"><span class="btn">{button}</span></div></div></body>')
    return f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>{FIREFOX_CSS}</style></head>{body}</html>'


# ----------------------------------------------------------------------------- other administrations' pages
def other_site(brand, colour, nav, inner, foot, extra_css=""):
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    body = (f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav>{links}</nav></div>'
            f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>')
    return M.plain_doc(body, css=extra_css)


# ----------------------------------------------------------------------------- the pages
def build_pages():
    P = []
    add = P.append

    # ------------------------------------------------------------------ login_failure
    add(_p("sso OTP code refused (Keycloak invalidTotpMessage)", "login_failure", "fr",
           SSO_ACT + "authenticate?execution=otp-form&client_id=anef-usagers&tab_id=Vx3kQ1",
           sso('<h1 class="fr-h3">Connexion à votre espace personnel</h1>'
               '<p>Saisissez le code à usage unique affiché par votre application d’authentification.</p>'
               + H.field("Code à usage unique", "482 913", hint="6 chiffres", error="Le code d’authentification est invalide.")
               + H.buttons(H.button("Se connecter")) + '<p class="fr-mt-3w"><a class="fr-link" href="#">Essayer une autre méthode</a></p>')))
    add(_p("sso account temporarily disabled, dark mode (Keycloak fr)", "login_failure", "fr", H.SSO_AUTH,
           sso(H.login_form("fr", alert_html=H.alert("error", None, "Ce compte est temporairement désactivé, contactez votre "
                                                     "administrateur ou bien réessayez plus tard."), ident="7512046839"), dark=True),
           dark=True))
    add(_p("English sign-in, 'Invalid username.' under the identifier among the fields", "login_failure", "en", H.SSO_AUTH,
           sso(H.login_form("en", ident="75120468", ident_err="Invalid username."), lang="en")))
    add(_p("toast: wrong identifier or password, attempts left (over the sign-in page)", "login_failure", "fr", H.SSO_AUTH,
           sso(H.login_form("fr", ident="amina.diallo@exemple.fr"),
               post=toast("error", "Connexion impossible", "Identifiant ou mot de passe incorrect. Il vous reste 2 tentatives "
                          "avant le blocage temporaire de votre compte."))))
    add(_p("sign-in translated into Russian: invalid username or password", "login_failure", "ru", H.SSO_AUTH,
           sso(H.login_form("ru", alert_html=H.alert("error", None, "Неверное имя пользователя или пароль."),
                            ident="rustam.karimov@exemple.com"), lang="ru"),
           translated=True, bubble_txt=("Страница переведена", "французский", "русский")))

    # ------------------------------------------------------------------ password_reset
    add(_p("update password: must not equal the last 3 passwords (Keycloak invalidPasswordHistoryMessage)", "password_reset", "fr",
           SSO_ACT + "required-action?execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=pQ7aZ2",
           sso('<h1 class="fr-h3">Mise à jour du mot de passe</h1><p>Vous devez changer votre mot de passe.</p>'
               + H.field("Nouveau mot de passe", "••••••••••••", typ="password",
                         error="Mot de passe invalide : ne doit pas être égal aux 3 derniers mots de passe.")
               + H.field("Confirmation du nouveau mot de passe", "••••••••••••", typ="password")
               + '<div class="fr-checkbox-group fr-mb-2w"><input type="checkbox" checked id="o"><label class="fr-label" for="o">'
               'Se déconnecter des autres appareils</label></div>' + H.buttons(H.button("Soumettre")))))
    add(_p("required action: change password to activate, special character missing", "password_reset", "fr",
           SSO_ACT + "required-action?execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=Lm20xe",
           sso('<h1 class="fr-h3">Mise à jour du mot de passe</h1>'
               + '<p>Vous devez changer votre mot de passe pour activer votre compte.</p>'
               + H.field("Nouveau mot de passe", "••••••••••••••", typ="password",
                         hint="12 caractères minimum, dont une majuscule, une minuscule, un chiffre et un caractère spécial",
                         error="Mot de passe invalide : doit contenir au moins 1 caractère(s) spéciaux.")
               + H.field("Confirmation du nouveau mot de passe", "••••••••••••••", typ="password")
               + H.buttons(H.button("Valider")))))
    add(_p("English: the password reset link is no longer valid", "password_reset", "en",
           SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.k3&client_id=anef-usagers",
           sso('<h1 class="fr-h3">Forgot Your Password?</h1>'
               + H.alert("warning", "This link can no longer be used", "The link to reset your password has expired or has "
                         "already been used. Enter your username again to receive a new link.")
               + H.field("Username", "", hint="Foreign national number (10 digits) or email address")
               + H.buttons(H.button("Submit")) + '<p class="fr-mt-2w"><a class="fr-link" href="#">« Back to Login</a></p>',
               lang="en")))
    add(_p("sign-in page: temporary password has expired", "password_reset", "fr", H.SSO_AUTH,
           sso(H.login_form("fr", alert_html=H.alert("warning", "Mot de passe provisoire expiré",
                                                     "Le mot de passe provisoire reçu par courriel n’est plus valable. Utilisez le "
                                                     "lien « Mot de passe oublié ? » pour en recevoir un nouveau."),
                            ident="7698120543", fc=False))))
    add(_p("update password translated into Ukrainian: confirmation does not match", "password_reset", "uk",
           SSO_ACT + "required-action?execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=Ua81Qw",
           sso('<h1 class="fr-h3">Оновлення пароля</h1><p>Ви повинні змінити свій пароль.</p>'
               + H.field("Новий пароль", "••••••••••••", typ="password")
               + H.field("Підтвердження нового пароля", "•••••••••••", typ="password",
                         error="Пароль для підтвердження не збігається.")
               + H.buttons(H.button("Надіслати")), lang="uk"),
           translated=True, bubble_txt=("Сторінку перекладено", "французька", "українська")))

    # ------------------------------------------------------------------ account_creation
    add(_p("Keycloak stale e-mail verification link (its own wording)", "account_creation", "fr",
           SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.vf&client_id=anef-usagers",
           sso('<h1 class="fr-h3">Nous sommes désolés…</h1>'
               + H.alert("error", None, "Le lien que vous avez cliqué est périmé et n’est plus valide. Peut-être avez vous déjà "
                         "vérifié votre mot de passe ?")
               + '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    long_intro = [
        "Pour créer votre compte, munissez-vous de votre titre de séjour, de votre récépissé ou de votre visa long séjour. "
        "Les informations demandées figurent sur ce document.",
        "Le numéro étranger comporte 10 chiffres. Il est imprimé au dos de votre titre de séjour, au-dessus de votre "
        "signature, ou en haut de votre récépissé.",
        "Les dates à saisir sont celles de la période de validité du document, pas sa date de délivrance.",
    ]
    add(_p("account creation form, several fields, date error mid-page (long page)", "account_creation", "fr",
           PORTAL + "espace-personnel/creation-compte/titre-sejour",
           anef('<h1>Créer mon compte</h1>' + filler(long_intro)
                + callout("Vous avez un visa long séjour ?", "Choisissez plutôt « J’ai un visa » : votre compte sera confirmé par "
                          "un agent.")
                + H.field("Numéro étranger", "7512046839", hint="10 chiffres")
                + H.field("Date de début de validité", "14/03/2025", hint="Format attendu : JJ/MM/AAAA")
                + H.field("Date de fin de validité", "13/03/2024", hint="Format attendu : JJ/MM/AAAA",
                          error="La date de fin de validité doit être postérieure à la date de début de validité.")
                + H.field("Adresse électronique", "farid.hamidi@exemple.fr")
                + H.field("Confirmation de l’adresse électronique", "farid.hamidi@exemple.fr")
                + H.buttons(H.button("Créer mon compte"), H.button("Annuler", "secondary")), narrow=True)))
    add(_p("account via visa: waiting for an agent to confirm it", "account_creation", "fr",
           PORTAL + "espace-personnel/creation-compte/visa/confirmation",
           anef('<h1>Création de compte</h1>'
                + H.alert("info", "Votre demande de création de compte est enregistrée",
                          "Un agent doit vérifier les informations de votre visa avant d’ouvrir votre compte. Vous recevrez "
                          "ensuite un courriel avec votre identifiant et un mot de passe provisoire. Pensez à consulter vos "
                          "courriers indésirables.")
                + H.buttons(H.button("Retour à l’accueil", "secondary")), narrow=True)))
    add(_p("English: foreign national number not recognised at account creation", "account_creation", "en",
           PORTAL + "espace-personnel/creation-compte/titre-sejour",
           anef('<h1>Create my account</h1><p>All fields are mandatory.</p>'
                + H.field("Foreign national number", "7512064389", hint="10 digits",
                          error="This foreign national number is not recognised. Check the 10 digits printed on your "
                                "residence permit.")
                + H.field("Validity start date", "02/09/2025") + H.field("Validity end date", "01/09/2026")
                + H.field("Email address", "kofi.mensah@example.com")
                + H.buttons(H.button("Create my account")), lang="en", narrow=True)))
    add(_p("account creation translated into Persian: visa number refused", "account_creation", "fa",
           PORTAL + "espace-personnel/creation-compte/visa",
           anef('<h1>حساب کاربری من را ایجاد کنید</h1><p>همه فیلدها اجباری هستند.</p>'
                + H.field("شماره ویزا", "FRA2025119834", hint="در بالا سمت راست برچسب ویزا",
                          error="شماره ویزا نامعتبر است. شماره ای را که در بالا سمت راست برچسب ویزای شما قرار دارد وارد کنید.")
                + H.field("تاریخ شروع اعتبار", "01/10/2025") + H.field("تاریخ پایان اعتبار", "30/09/2026")
                + H.buttons(H.button("حساب کاربری من را ایجاد کنید")), lang="fa", narrow=True, rtl=True),
           translated=True, bubble_txt=("این صفحه ترجمه شده است", "فرانسوی", "فارسی"), bubble_rtl=True))

    # ------------------------------------------------------------------ franceconnect
    fc_css = """body{margin:0;background:#f6f6f6;font-family:Marianne,'DejaVu Sans',sans-serif;color:#161616}
.h{background:#fff;border-bottom:1px solid #ddd;padding:14px 24px;display:flex;align-items:center;gap:14px}
.h b{font-size:20px;color:#000091}.c{max-width:760px;margin:28px auto;padding:0 18px}.box{background:#fff;padding:26px;
border:1px solid #ddd}.g{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:14px;margin-top:16px}
.t{border:1px solid #ddd;padding:22px 12px;text-align:center;font-weight:700;background:#fff}
.fr-alert{margin-bottom:18px}h1{font-size:26px;margin:0 0 8px}.m{color:#666;font-size:14px}"""

    def fc_page(inner):
        return M.dsfr_doc(f'<div class="h"><span class="fr-logo" style="font-size:.7rem">République<br>Française</span>'
                          f'<b>FranceConnect</b></div><div class="c">{inner}</div>', css_extra=fc_css, title="FranceConnect")
    add(_p("FranceConnect chooser: the connection to La Poste's identity failed", "franceconnect", "fr",
           "https://app.franceconnect.gouv.fr/api/v2/interaction/6d1f93a0-51be-4c1e-9a7b-2f0c84e1d5aa",
           fc_page('<div class="box"><p class="m">Connexion en cours sur Étrangers en France</p>'
                   + H.alert("error", None, "La connexion à <b>L’Identité Numérique La Poste</b> n’a pas été possible. Veuillez "
                             "réessayer ou choisir un autre moyen de connexion.")
                   + '<h1>Choisissez un compte pour vous connecter :</h1><div class="g">'
                   + "".join(f'<div class="t">{x}</div>' for x in ["impots.gouv.fr", "ameli.fr", "L’Identité Numérique La Poste",
                                                                    "MSA", "France Identité", "Yris"])
                   + '</div><p class="fr-mt-3w"><a class="fr-link" href="#">Revenir sur Étrangers en France</a></p></div>'),
           tab="Connexion - Choix du compte - FranceConnect"))
    add(_p("FranceConnect error page: identity data problem", "franceconnect", "fr",
           "https://app.franceconnect.gouv.fr/api/v2/interaction/0b2a77e1/error",
           fc_page('<div class="box"><h1>Une erreur s’est produite</h1>'
                   + H.alert("error", None, "Un problème lié à vos données d’identité empêche la connexion d’aboutir. Nous vous "
                             "invitons à nous contacter pour corriger le problème.")
                   + '<h2 class="fr-h5">Que faire ?</h2>' + H.buttons(H.button("Contactez-nous", "secondary"))
                   + '<p class="fr-mt-3w"><a class="fr-link" href="#">Revenir sur Étrangers en France</a></p></div>'),
           tab="Connexion - Erreur - FranceConnect"))
    add(_p("FranceConnect: you blocked this identity provider in your preferences", "franceconnect", "fr",
           "https://app.franceconnect.gouv.fr/api/v2/interaction/9e4c01d2/error",
           fc_page('<div class="box"><h1>Une erreur s’est produite</h1>'
                   + H.alert("warning", None, "Vous avez bloqué l’utilisation de ce fournisseur d’identité. Pour pouvoir l’utiliser, "
                             "merci de vous rendre dans vos préférences FranceConnect pour l’autoriser.")
                   + "<h2 class=\"fr-h5\">Besoin d'aide ?</h2><p>Merci de consulter notre page d’aide FranceConnect.</p>"
                   + H.buttons(H.button("Consulter la page d’aide", "secondary")) + '</div>'),
           tab="Connexion - Erreur - FranceConnect"))
    add(_p("Keycloak: the FranceConnect identity is already linked to another user", "franceconnect", "fr",
           "https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/endpoint?state=Zx81",
           sso('<h1 class="fr-h3">Nous sommes désolés…</h1>'
               + H.alert("error", None, "L’identité fédérée retournée par FranceConnect est déjà liée à un autre utilisateur.")
               + '<p><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    add(_p("English Keycloak: e-mail sent to link the FranceConnect account", "franceconnect", "en",
           SSO_ACT + "first-broker-login?client_id=anef-usagers&tab_id=Fc19aa",
           sso('<h1 class="fr-h3">Link FranceConnect</h1>'
               + H.alert("info", None, "An email with instructions to link FranceConnect account olena.shevchenko with your "
                         "Foreigners in France account has been sent to you.")
               + "<p>Haven't received a verification code in your email? <a href=\"#\">Click here</a> to re-send the email.</p>"
               + '<p>If you already verified the email in different browser <a href="#">Click here</a> to continue.</p>',
               lang="en")))
    add(_p("Keycloak: authentication with the identity provider failed, dark mode", "franceconnect", "fr",
           "https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/endpoint?code=Qp0&state=Tn4",
           sso(H.login_form("fr", alert_html=H.alert("error", None, "L’authentification a échouée. Impossible de s’authentifier "
                                                     "avec le fournisseur d’identité.")), dark=True),
           dark=True))

    # ------------------------------------------------------------------ blocked_page: browsers' own pages
    add(_p("Chromium: ERR_NAME_NOT_RESOLVED for the portal", "blocked_page", "fr", PORTAL + "espace-personnel/mon-compte",
           chrome_error("Ce site est inaccessible", f"Impossible de trouver l’adresse IP du serveur de {H.HOST}.",
                        ["Vérifier la connexion", "Vérifier les configurations du proxy, du pare-feu et du DNS"],
                        "ERR_NAME_NOT_RESOLVED"),
           tab=H.HOST, browsers=CHROMIUM))
    add(_p("Chromium: ERR_CONNECTION_REFUSED for the sign-in server", "blocked_page", "fr", H.SSO_AUTH,
           chrome_error("Ce site est inaccessible", f"{H.SSO} n’autorise pas la connexion.",
                        ["Vérifier la connexion", "Vérifier le proxy et le pare-feu"], "ERR_CONNECTION_REFUSED"),
           tab=H.SSO, browsers=CHROMIUM))
    add(_p("Chromium: HTTP ERROR 504 on the portal", "blocked_page", "fr", PORTAL + "espace-personnel/mes-demarches",
           chrome_error("Cette page ne fonctionne pas", f"{H.HOST} a mis trop de temps à répondre.", [], "HTTP ERROR 504",
                        details=False),
           tab=H.HOST, browsers=CHROMIUM))
    add(_p("Chromium: ERR_EMPTY_RESPONSE from the sign-in server", "blocked_page", "fr", H.SSO_AUTH,
           chrome_error("Cette page ne fonctionne pas", f"{H.SSO} n’a envoyé aucune donnée.", [], "ERR_EMPTY_RESPONSE",
                        details=False),
           tab=H.SSO, browsers=CHROMIUM))
    add(_p("Chromium: connection not private, NET::ERR_CERT_DATE_INVALID", "blocked_page", "fr", PORTAL,
           chrome_error("Votre connexion n’est pas privée",
                        f"Des pirates informatiques tentent peut-être de voler vos informations sur {H.HOST} (mots de passe, "
                        "messages ou cartes de crédit, par exemple). En savoir plus sur cet avertissement", [],
                        "NET::ERR_CERT_DATE_INVALID", button="Revenir en lieu sûr", details=False, red=True),
           tab="Erreur de confidentialité", browsers=CHROMIUM))
    add(_p("Firefox: DNS not found for the portal", "blocked_page", "fr", PORTAL + "espace-personnel/mon-compte",
           firefox_error("Hum, nous ne parvenons pas à trouver ce site.",
                         [f"Firefox ne peut pas se connecter au serveur à l’adresse <strong>{H.HOST}</strong>.",
                          "<strong>Si l’adresse saisie était correcte, vous pouvez :</strong>"],
                         ["Réessayer plus tard", "Veuillez vérifier votre connexion réseau.",
                          "Vérifiez que Firefox a l’autorisation d’accéder au Web (votre connexion pourrait être effective, mais "
                          "protégée par un pare-feu)."]),
           tab="Adresse introuvable", browsers=FIREFOX))
    add(_p("Firefox: secure connection failed on the sign-in server", "blocked_page", "fr", H.SSO_AUTH,
           firefox_error("Échec de la connexion sécurisée",
                         [f"Une erreur est survenue pendant une connexion à {H.SSO}. Le pair a réinitialisé la connexion.",
                          "Code d’erreur : PR_CONNECT_RESET_ERROR"],
                         ["La page que vous essayez de consulter ne peut pas être affichée car l’authenticité des données "
                          "reçues ne peut être vérifiée.",
                          "Veuillez contacter les propriétaires du site web pour les informer de ce problème."],
                         small="En savoir plus…"),
           tab="Erreur de chargement de la page", browsers=FIREFOX))
    add(_p("Firefox: the server returned 502 Bad Gateway", "blocked_page", "fr", PORTAL + "espace-personnel/mes-documents",
           firefox_error("Il semble y avoir un problème sur ce site",
                         [f"Le serveur à l’adresse <strong>{H.HOST}</strong> a renvoyé une erreur : 502 Bad Gateway",
                          "Le site est peut-être temporairement indisponible ou surchargé. Réessayez plus tard ;"],
                         small="Code d’erreur : 502 Bad Gateway"),
           tab="Erreur de chargement de la page", browsers=FIREFOX))

    # ------------------------------------------------------------------ blocked_page: the site's own pages
    add(_p("personal space stuck on a spinner 'Chargement en cours…', dark mode", "blocked_page", "fr",
           PORTAL + "espace-personnel/mes-demarches",
           anef(spinner("Chargement en cours…", "Merci de patienter, vos démarches s’affichent."), user="Mariam AHMADZAI",
                active=1, dark=True), dark=True))
    add(_p("DSFR modal: technical error while saving a step of the renewal", "blocked_page", "fr",
           PORTAL + "espace-personnel/demarche/titre-sejour/renouvellement/etape-5",
           anef('<h1>Je demande ou renouvelle un titre de séjour</h1><p class="fr-text--sm">Étape 5 sur 8 — Informations '
                'personnelles</p>' + H.field("Adresse", "12 rue des Lilas") + H.field("Code postal", "69008")
                + H.field("Commune", "Lyon"),
                user="Samir BENALI", active=1,
                post=modal("Enregistrement impossible",
                           H.alert("error", None, "Une erreur technique est survenue lors de l’enregistrement de cette étape. "
                                   "Veuillez réessayer ultérieurement. (Code : ERR-500)"),
                           H.buttons(H.button("Réessayer"), H.button("Fermer", "secondary"))))))
    add(_p("toast over My applications: session expired, sign in again", "blocked_page", "fr",
           PORTAL + "espace-personnel/mes-demarches",
           anef('<h1>Mes démarches</h1><p>Retrouvez ici les démarches que vous avez commencées ou déposées.</p>'
                + H.table("Mes démarches", ["Démarche", "Date", "État"],
                          [["Renouvellement de titre de séjour", "—", "—"]]),
                user="Lucía PÉREZ", active=1,
                post=toast("warning", "Session expirée", "Votre session a expiré après une période d’inactivité. Veuillez "
                           "vous reconnecter pour continuer."))))
    add(_p("Keycloak: cookie not found (cookies disabled)", "blocked_page", "fr",
           SSO_ACT + "authenticate?session_code=Yk2&execution=auth-form&client_id=anef-usagers",
           sso('<h1 class="fr-h3">Nous sommes désolés…</h1>'
               + H.alert("error", None, "Cookie introuvable. Assurez-vous que les cookies soient activés dans votre navigateur.")
               + '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    add(_p("Keycloak: login timed out, the process restarts (warning on the sign-in form)", "blocked_page", "fr", H.SSO_AUTH,
           sso(H.login_form("fr", alert_html=H.alert("warning", None, "Le temps imparti pour la connexion est écoulé. Le "
                                                     "processus de connexion redémarre depuis le début.")))))
    add(_p("English Keycloak: login timeout, sign in again", "blocked_page", "en", H.SSO_AUTH,
           sso(H.login_form("en", alert_html=H.alert("error", None, "Login timeout. Please sign in again."), fc=False),
               lang="en")))
    add(_p("service unavailable page translated into Arabic", "blocked_page", "ar", PORTAL + "espace-personnel/mon-compte",
           anef('<h1>الخدمة غير متاحة مؤقتًا</h1>'
                + H.alert("error", None, "نظرًا لحجم الاتصالات الكبير، لا يمكن الوصول إلى الموقع حاليًا. يرجى المحاولة مرة أخرى "
                          "لاحقًا. نعتذر عن الإزعاج.")
                + '<p>لا يتم فقدان أي من البيانات المدخلة بالفعل.</p>', lang="ar", rtl=True),
           translated=True, bubble_txt=("تمت ترجمة هذه الصفحة", "الفرنسية", "العربية"), bubble_rtl=True))
    add(_p("session-expired page translated into Pashto", "blocked_page", "ps", PORTAL + "espace-personnel/session-expiree",
           anef('<h1>ستاسو ناسته پای ته رسیدلې</h1>'
                + H.alert("warning", None, "د امنیت لپاره، ستاسو ناسته د غیر فعالیت وروسته بنده شوه. مهرباني وکړئ بیا ننوځئ ترڅو "
                          "خپل کړنلارې ته دوام ورکړئ.")
                + H.buttons(H.button("بیا ننوتل")), lang="ps", rtl=True),
           translated=True, bubble_txt=("دا پاڼه ژباړل شوې", "فرانسوي", "پښتو"), bubble_rtl=True))

    # ------------------------------------------------------------------ upload_error
    up_pieces = [("Passeport", "Pages d’identité, en couleur", "passeport_KARIMOV.pdf (1,1 Mo)"),
                 ("Justificatif de domicile de moins de 6 mois", "Facture, quittance de loyer ou attestation d’hébergement",
                  "quittance_octobre.pdf (0,4 Mo)")]
    up_html = "".join(H.upload(a, b, filename_note=c) for a, b, c in up_pieces)
    add(_p("long upload page, size error under the third document (mid-page)", "upload_error", "fr",
           PORTAL + "espace-personnel/demarche/titre-sejour/renouvellement/etape-7",
           anef('<h1>Je demande ou renouvelle un titre de séjour</h1><p class="fr-text--sm">Étape 7 sur 8 — Pièces justificatives</p>'
                + filler(["Ajoutez un fichier par pièce. Chaque pièce doit être lisible, complète et en cours de validité.",
                          "Formats acceptés : PDF, JPG, PNG."]) + up_html
                + H.upload("Justificatifs de ressources des 3 derniers mois", "Bulletins de salaire ou relevés",
                           error="Le fichier « releves_aout_sept_oct.pdf » (14,2 Mo) dépasse la taille maximale autorisée de 10 Mo.")
                + H.upload("Photo d’identité", "Code e-photo ou photo numérique", filename_note="code e-photo enregistré")
                + H.buttons(H.button("Étape suivante"), H.button("Enregistrer le brouillon", "secondary")),
                user="Rustam KARIMOV", active=1)))
    add(_p("toast: upload failed, file empty or damaged", "upload_error", "fr",
           PORTAL + "espace-personnel/demarche/naturalisation/pieces",
           anef('<h1>Demande d’accès à la Nationalité Française</h1><p>Pièces à joindre à votre demande.</p>'
                + H.upload("Acte de naissance", "Copie intégrale, avec sa traduction si besoin", filename_note="acte_naissance.pdf")
                + H.upload("Avis d’imposition", "Des 3 dernières années", filename_note="Aucun fichier sélectionné"),
                user="Tran Thi HOA", active=1,
                post=toast("error", "Échec de l’envoi", "Le fichier « acte_naissance.pdf » est vide ou endommagé. Enregistrez-le "
                           "de nouveau puis ajoutez-le."))))
    add(_p("modal: maximum number of files reached for this document", "upload_error", "fr",
           PORTAL + "espace-personnel/demarche/titre-sejour/renouvellement/etape-7",
           anef('<h1>Pièces justificatives</h1>' + H.upload("Justificatifs de ressources", "Bulletins de salaire",
                                                           filename_note="5 fichiers ajoutés"),
                user="Kofi MENSAH", active=1,
                post=modal("Ajout impossible",
                           H.alert("error", None, "Vous avez atteint le nombre maximal de fichiers (5) pour cette pièce. "
                                   "Supprimez un fichier avant d’en ajouter un autre, ou regroupez vos pages dans un seul PDF."),
                           H.buttons(H.button("J’ai compris"))))))
    add(_p("English: .docx file type refused under the upload field", "upload_error", "en",
           PORTAL + "espace-personnel/demarche/titre-sejour/renouvellement/etape-7",
           anef('<h1>I apply for or renew a residence permit</h1><p class="fr-text--sm">Step 7 of 8 — Supporting documents</p>'
                + H.upload("Proof of address less than 6 months old", "Accepted formats: PDF, JPEG, PNG",
                           error="The file type .docx is not accepted. Accepted formats: PDF, JPEG, PNG.", lang="en")
                + H.buttons(H.button("Next step")), lang="en", user="Olena SHEVCHENKO", active=1)))
    add(_p("file name with special characters refused", "upload_error", "fr",
           PORTAL + "espace-personnel/demarche/titre-sejour/renouvellement/etape-7",
           anef('<h1>Pièces justificatives</h1>'
                + H.upload("Attestation d’hébergement", "Signée par l’hébergeant, avec la copie de sa pièce d’identité",
                           error="Le nom du fichier « attestation d’hébergement n°2 & CNI.pdf » contient des caractères non "
                                 "autorisés. Renommez-le (lettres, chiffres, - et _ uniquement) puis réessayez.")
                + H.buttons(H.button("Étape suivante")), user="Farid HAMIDI", active=1, narrow=True)))
    add(_p("upload interrupted, dark mode", "upload_error", "fr",
           PORTAL + "espace-personnel/demarche/titre-sejour/renouvellement/etape-7",
           anef('<h1>Pièces justificatives</h1>'
                + H.upload("Passeport", "Pages d’identité", error="Le téléversement du fichier a été interrompu. Vérifiez votre "
                           "connexion, puis ajoutez de nouveau le fichier.", filename_note="scan_passeport.pdf — 37 %")
                + H.buttons(H.button("Étape suivante")), user="Amina DIALLO", active=1, narrow=True, dark=True), dark=True))

    # ------------------------------------------------------------------ missing_document
    add(_p("notification detail: the prefecture asks for a proof of address (long page, mid-page)", "missing_document", "fr",
           PORTAL + "espace-personnel/mes-notifications/8f2c",
           anef('<h1>Mes notifications</h1>'
                + H.table("Notifications", ["Date", "Objet", ""],
                          [["28/10/2026", "Votre attestation de dépôt est disponible", "Lue"],
                           ["05/11/2026", "Rendez-vous de remise de titre", "Lue"]])
                + filler(["Les notifications des 12 derniers mois sont affichées ci-dessous. Cliquez sur une notification pour "
                          "en lire le détail."])
                + '<h2 class="fr-h4 fr-mt-4w">Détail de la notification du 19/11/2026</h2>'
                + H.alert("warning", "Votre dossier doit être complété",
                          "La préfecture a besoin d’un justificatif de domicile de moins de 6 mois pour poursuivre l’examen de "
                          "votre demande. Transmettez-le avant le 12/12/2026 depuis « Mes démarches ».")
                + filler(["Passé ce délai, votre demande pourra être classée sans suite."]),
                user="Lucía PÉREZ", active=3)))
    add(_p("personal space home: action required, additional documents expected", "missing_document", "fr",
           PORTAL + "espace-personnel/mon-compte",
           anef('<h1>Bonjour Kofi MENSAH</h1>'
                + H.alert("warning", "Action requise", "Des pièces complémentaires sont attendues pour votre demande de titre de "
                          "séjour n° 7503-2026-0148822. Consultez votre notification pour savoir lesquelles.")
                + '<div class="fr-grid-row fr-grid-row--gutters">'
                + H.tile("Mes démarches", "1 démarche en cours") + H.tile("Mes documents", "3 documents")
                + H.tile("Mes notifications", "1 non lue") + '</div>', user="Kofi MENSAH")))
    add(_p("English: additional document requested (proof of resources)", "missing_document", "en",
           PORTAL + "espace-personnel/mes-notifications/1a9d",
           anef('<h1>My notifications</h1>'
                + H.alert("warning", "Additional document requested",
                          "To continue processing your application, the prefecture needs proof of your resources for the last "
                          "3 months. Send it before 15/12/2026 with the “Complete my application” button.")
                + H.buttons(H.button("Complete my application")), lang="en", user="Olena SHEVCHENKO", active=3)))
    add(_p("naturalisation: list of documents to complete", "missing_document", "fr",
           PORTAL + "espace-personnel/demarche/naturalisation/complements",
           anef('<h1>Demande d’accès à la Nationalité Française</h1>'
                + H.table("Compléments demandés par la plateforme de naturalisation", ["Pièce", "Motif", "À fournir avant"],
                          [["Acte de naissance traduit", "Traduction par un traducteur agréé manquante", "20/12/2026"],
                           ["Avis d’imposition 2025", "Pièce absente du dossier", "20/12/2026"]], crop=True)
                + H.buttons(H.button("Transmettre les pièces")), user="Tran Thi HOA", active=1)))
    add(_p("documents list: passport refused by the agent, send a new copy", "missing_document", "fr",
           PORTAL + "espace-personnel/demarche/titre-sejour/pieces",
           anef('<h1>Pièces de ma demande</h1>'
                + H.table("Pièces transmises", ["Pièce", "État"],
                          [["Passeport", H.badge("À remplacer", "error")], ["Justificatif de domicile", H.badge("Acceptée", "success")],
                           ["Photo (code e-photo)", H.badge("Acceptée", "success")]])
                + H.alert("error", "Pièce à remplacer", "L’agent a indiqué que la copie de votre passeport est illisible. "
                          "Merci de transmettre une nouvelle copie, complète et nette.")
                + H.buttons(H.button("Remplacer la pièce")), user="Samir BENALI", active=1)))
    add(_p("notification translated into Arabic: documents to complete", "missing_document", "ar",
           PORTAL + "espace-personnel/mes-notifications/77b0",
           anef('<h1>إشعاراتي</h1>'
                + H.alert("warning", "طلب مستندات إضافية", "تطلب المحافظة منك إرسال عقد الإيجار أو شهادة الإيواء لإكمال ملفك. "
                          "يرجى إرسالها قبل 10/12/2026 من قسم «إجراءاتي».")
                + H.buttons(H.button("إكمال ملفي")), lang="ar", user="Farid HAMIDI", active=3, rtl=True),
           translated=True, bubble_txt=("تمت ترجمة هذه الصفحة", "الفرنسية", "العربية"), bubble_rtl=True))

    # ------------------------------------------------------------------ request_status
    add(_p("My applications: several procedures, one being examined", "request_status", "fr",
           PORTAL + "espace-personnel/mes-demarches", step="in_progress",
           doc=anef('<h1>Mes démarches</h1>'
                    + '<h2 class="fr-h5">Renouvellement de titre de séjour — n° 6902-2026-0093317</h2>'
                    + H.timeline(["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"], 1,
                                 ["12/08/2026", "03/09/2026", "", ""], crop=True)
                    + '<h2 class="fr-h5">Demande de document de circulation pour étranger mineur</h2>'
                    + f'<p>{H.badge("Brouillon", "new")} Non déposée — dernière modification le 02/11/2026</p>'
                    + '<h2 class="fr-h5">Validation du VLS-TS</h2>'
                    + f'<p>{H.badge("Terminée", "success")} Validée le 15/09/2024</p>',
                    user="Samir BENALI", active=1)))
    add(_p("My documents: attestation de prolongation d'instruction to download", "request_status", "fr",
           PORTAL + "espace-personnel/mes-documents", step="in_progress",
           doc=anef('<h1>Mes documents</h1>'
                    + H.table("Documents disponibles", ["Document", "Date", "Validité", ""],
                              [["Attestation de prolongation d’instruction d’une demande de titre de séjour", "14/11/2026",
                                "jusqu’au 13/02/2027", "Télécharger (PDF, 182 Ko)"],
                               ["Attestation de dépôt", "12/08/2026", "—", "Télécharger (PDF, 96 Ko)"]], crop=True),
                    user="Amina DIALLO", active=2)))
    add(_p("deposit attestation download page right after sending", "request_status", "fr",
           PORTAL + "espace-personnel/demarche/titre-sejour/confirmation", step="submitted",
           doc=anef('<h1>Confirmation du dépôt</h1>'
                    + H.alert("success", "Votre demande a été transmise à la préfecture",
                              "Votre demande de première carte de séjour pluriannuelle a été enregistrée le 21/10/2026 à 10:42. "
                              "Téléchargez votre attestation de dépôt : elle prouve que vous avez déposé votre demande.")
                    + H.buttons(H.button("Télécharger l’attestation de dépôt")),
                    user="Rustam KARIMOV", active=1)))
    add(_p("naturalisation frise: assimilation interview scheduled", "request_status", "fr",
           PORTAL + "espace-personnel/demarche/naturalisation", step="in_progress",
           doc=anef('<h1>Demande d’accès à la Nationalité Française</h1>'
                    + H.timeline(["Demande envoyée", "Examen des pièces en cours", "Réception du récépissé de complétude",
                                  "Entretien d’assimilation", "Décision statuée"], 3,
                                 ["02/02/2026", "10/03/2026", "22/06/2026", "convocation le 08/12/2026 à 14h00", ""], crop=True)
                    + callout("Votre convocation", "Présentez-vous à la préfecture avec l’original de vos pièces d’identité."),
                    user="Tran Thi HOA", active=1)))
    add(_p("unfavourable decision notified, appeal within two months", "request_status", "fr",
           PORTAL + "espace-personnel/demarche/titre-sejour", step="decision_made",
           doc=anef('<h1>Ma demande de titre de séjour</h1>'
                    + H.alert("error", "Décision défavorable", "La préfecture a refusé votre demande de changement de statut "
                              "le 30/10/2026. Vous pouvez télécharger la décision. Un recours est possible dans un délai de deux "
                              "mois à compter de sa notification.")
                    + H.buttons(H.button("Télécharger la décision")),
                    user="Farid HAMIDI", active=1)))
    add(_p("English: residence card produced, wait for the SMS to collect it", "request_status", "en",
           PORTAL + "espace-personnel/demarche/titre-sejour", step="document_available",
           doc=anef('<h1>My residence permit application</h1>'
                    + H.timeline(["Application submitted", "Application being processed", "Decision made", "Document available"],
                                 3, ["04/06/2026", "19/06/2026", "21/10/2026", "17/11/2026"], crop=True)
                    + callout("Collecting your card", "Your residence card is ready. Wait for the SMS from your prefecture and "
                              "bring the tax stamp (timbre fiscal) when you collect it."),
                    lang="en", user="Kofi MENSAH", active=1)))
    add(_p("naturalisation decree published in the Journal officiel", "request_status", "fr",
           PORTAL + "espace-personnel/demarche/naturalisation", step="decision_made",
           doc=anef('<h1>Demande d’accès à la Nationalité Française</h1>'
                    + H.alert("success", "Décret de naturalisation publié", "Votre nom figure au décret publié au Journal officiel "
                              "du 03/10/2026. La préfecture vous convoquera à une cérémonie d’accueil dans la citoyenneté française.")
                    , user="Mariam AHMADZAI", active=1)))
    add(_p("My applications translated into Russian: under examination", "request_status", "ru",
           PORTAL + "espace-personnel/mes-demarches", step="in_progress",
           doc=anef('<h1>Мои шаги</h1><h2 class="fr-h5">Продление вида на жительство — № 7501-2026-0120455</h2>'
                    + H.timeline(["Подача заявки", "Идет рассмотрение", "Решение принято", "Документ доступен"], 1,
                                 ["09/07/2026", "30/07/2026", "", ""], crop=True)
                    + '<p>Ваша заявка рассматривается префектурой. С вашей стороны никаких действий не требуется.</p>',
                    lang="ru", user="Rustam KARIMOV", active=1),
           translated=True, bubble_txt=("Страница переведена", "французский", "русский")))
    add(_p("request sent, waiting for the prefecture to take it up", "request_status", "fr",
           PORTAL + "espace-personnel/demarche/titre-sejour", step="submitted",
           doc=anef('<h1>Ma demande de titre de séjour</h1>'
                    + H.alert("info", "Demande envoyée", "Votre demande a été envoyée le 26/11/2026. Elle est en attente de prise "
                              "en charge par le service instructeur de la préfecture du Rhône.")
                    , user="Lucía PÉREZ", active=1)))
    add(_p("card collection appointment letter, dark mode", "request_status", "fr",
           PORTAL + "espace-personnel/mes-documents", step="document_available", dark=True,
           doc=anef('<h1>Mes documents</h1>'
                    + H.alert("success", "Votre titre de séjour est prêt", "Présentez-vous le 18/12/2026 à 09h30 à la préfecture de "
                              "la Haute-Garonne, guichet 4, muni de cette convocation et d’un timbre fiscal de 225 €.")
                    + H.buttons(H.button("Télécharger la convocation")),
                    user="Olena SHEVCHENKO", active=2, dark=True)))

    # ------------------------------------------------------------------ unknown
    add(_p("Keycloak success: your e-mail has been verified", "unknown", "fr",
           SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.ok&client_id=anef-usagers",
           sso('<h1 class="fr-h3">Vérification du courriel</h1>'
               + H.alert("success", None, "Votre courriel a été vérifié.")
               + '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    add(_p("ANEF public home page with the cookie banner (first visit)", "unknown", "fr", "https://" + H.HOST + "/",
           anef('<h1>Bienvenue sur le site Étrangers en France</h1>'
                + '<p class="fr-text--lead">Faites vos démarches de titre de séjour, de naturalisation et de document de voyage '
                  'en ligne.</p><div class="fr-grid-row fr-grid-row--gutters">'
                + H.tile("Je valide mon VLS-TS", "Visa de long séjour valant titre de séjour")
                + H.tile("Je demande ou renouvelle un titre de séjour", "Étudiant, salarié, famille…")
                + H.tile("Je demande la nationalité française", "Par décret ou par déclaration") + '</div>',
                post=cookie_banner("fr")), tab="Accueil | Administration numérique pour les étrangers en France (ANEF)"))
    add(_p("My account: contact details updated (success)", "unknown", "fr", PORTAL + "espace-personnel/mon-compte/coordonnees",
           anef('<h1>Mon compte</h1>' + H.alert("success", None, "Vos coordonnées ont été mises à jour.")
                + H.field("Téléphone portable", "06 12 34 56 78") + H.field("Adresse électronique", "m.ahmadzai@exemple.fr"),
                user="Mariam AHMADZAI", active=4, narrow=True)))
    add(_p("English: draft saved", "unknown", "en", PORTAL + "espace-personnel/demarche/titre-sejour/renouvellement/etape-3",
           anef('<h1>I apply for or renew a residence permit</h1>'
                + H.alert("success", None, "Your draft has been saved. You can finish it later from My applications.")
                + H.buttons(H.button("Continue"), H.button("Back to My applications", "secondary")),
                lang="en", user="Olena SHEVCHENKO", active=1)))
    add(_p("préfecture appointment booking site: no slot available", "unknown", "fr",
           "https://www.rdv-prefecture.interieur.gouv.fr/rdvpref/reservation/demarche/4021/creneau/",
           other_site("Rendez-vous en préfecture", "#000091", ["Accueil", "Mes rendez-vous"],
                      '<div class="box"><h1>Préfecture de Seine-Saint-Denis — Remise de titre de séjour</h1>'
                      '<div class="err">Aucun créneau disponible pour le moment. De nouveaux créneaux sont ouverts régulièrement : '
                      'veuillez réessayer ultérieurement.</div><p class="muted">Étape 2 sur 4 : choix du créneau</p></div>',
                      "rdv-prefecture.interieur.gouv.fr — Ministère de l’Intérieur"),
           tab="Choix du créneau - Rendez-vous en préfecture"))
    add(_p("ameli: session expired (another administration)", "unknown", "fr",
           "https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure?_somtc=true",
           other_site("ameli", "#0c419a", ["Mes paiements", "Mes démarches", "Mes messages"],
                      '<div class="box"><h1>Mon compte ameli</h1><div class="err">Votre session a expiré, veuillez vous reconnecter.'
                      '</div><p>Pour des raisons de sécurité, vous avez été déconnecté après 20 minutes d’inactivité.</p>'
                      '<span class="btn" style="background:#0c419a">Me reconnecter</span></div>',
                      "ameli.fr — l’Assurance Maladie"),
           tab="Mon compte ameli"))
    add(_p("France-Visas: visa application registered", "unknown", "fr",
           "https://application-form.france-visas.gouv.fr/fv-fo-dde/accueil.xhtml",
           other_site("France-Visas", "#1f4e9c", ["Mes demandes", "Aide"],
                      '<div class="box"><h1>Ma demande de visa</h1><div class="info">Votre demande de visa a été enregistrée. '
                      'Référence : FRA1DZ20261234567. Imprimez le formulaire et prenez rendez-vous auprès du prestataire.</div></div>',
                      "France-Visas — Le site officiel des visas pour la France"),
           tab="France-Visas"))
    add(_p("ANTS driving-licence site: technical error (another administration)", "unknown", "fr",
           "https://permisdeconduire.ants.gouv.fr/tableau-de-bord",
           other_site("ANTS — Permis de conduire", "#2a3f5f", ["Mon espace", "Mes demandes"],
                      '<div class="box"><h1>Mon espace permis de conduire</h1><div class="err">Une erreur technique est survenue. '
                      'Veuillez réessayer ultérieurement.</div></div>', "ants.gouv.fr — Agence nationale des titres sécurisés"),
           tab="Tableau de bord - ANTS"))
    add(_p("timbres.impots.gouv.fr: tax stamp bought (success)", "unknown", "fr",
           "https://timbres.impots.gouv.fr/pages/achat/confirmation.jsp",
           other_site("timbres.impots.gouv.fr", "#000091", ["Acheter un timbre", "Mes timbres"],
                      '<div class="box"><h1>Paiement accepté</h1><div class="info">Votre timbre électronique de 225 € (titre de '
                      'séjour) a bien été acheté. Il vous a été envoyé par courriel avec son numéro à 16 chiffres.</div></div>',
                      "Direction générale des Finances publiques"),
           tab="Achat de timbre électronique"))
    add(_p("service-public.fr information page about a residence card (no problem)", "unknown", "fr",
           "https://www.service-public.fr/particuliers/vosdroits/F2209",
           other_site("Service-Public.fr", "#000091", ["Particuliers", "Professionnels", "Associations"],
                      '<div class="box"><h1>Carte de séjour temporaire « salarié »</h1><p>Vérifié le 01 octobre 2026 - Direction '
                      'de l’information légale et administrative (Premier ministre)</p><p>La carte de séjour temporaire '
                      '« salarié » permet à un étranger de travailler en France en contrat à durée indéterminée. Elle est '
                      'valable 1 an et peut être renouvelée.</p></div>', "service-public.fr — Le site officiel de l’administration française",
                      extra_css=""),
           tab="Carte de séjour temporaire salarié | service-public.fr"))
    return P
