"""Pages of the fourth blind screenshot set (samples/fresh/screens-4, seed screens-fresh-4).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from:
Keycloak's login-theme catalogs (themes/.../login/messages/messages_fr, _en, _ar, _fa, _ru, _uk.properties of
keycloak/keycloak), FranceConnect's French error catalog (france-connect's fr-FR i18n map: Account, Rnipp, Core and
OidcProvider exceptions), the French error pages of Debian's Chromium (strings read from its locales/fr.pak:
ERR_TOO_MANY_REDIRECTS, ERR_CONNECTION_RESET, HTTP ERROR 500, ERR_CACHE_MISS, ERR_NETWORK_CHANGED) and Firefox ESR's
French langpack (certError.ftl titles, netError.ftl, browser/appstrings.properties: redirectLoop, netTimeout,
notCached).  ANEF facts (DSFR screens, séjour and naturalisation steps, attestations, notifications) come from
/work/shared/reference/anef-domain.md; the sentences built on them are written here in the style of the site and are
not verified wordings.  Only the DSFR skeleton of anef_html.py and make_screens' dsfr_doc / plain_doc are reused;
the drawer, notification list, stepper pages, browser error pages, FranceConnect pages, webmail and other
administrations' pages have their own small markup here.

build_pages() returns the registry entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc,
and optionally dark (page and frame in dark mode), translated / bubble_txt / bubble_rtl (a page the browser
translated), browsers (a browser's own error page is drawn only in a browser of that family).
"""
import anef_html as H
import make_screens as M

PORTAL = H.USAGERS
ESP = H.PORTAL
SSO_ACT = H.SSO_ACT
SSO_AUTH = H.SSO_AUTH
FC_HOST = "https://app.franceconnect.gouv.fr"
CHROMIUM = H.CHROMIUM_FAMILY
FIREFOX = H.FIREFOX_FAMILY
RTL_CSS = H.RTL_CSS
CYR_CSS = H.CYR_CSS

# A Pashto browser translation of the French header and footer (the skeleton has the other languages).  Written for
# this set; setdefault keeps any other module's version when both are loaded in one process.
H.HEADER_TXT.setdefault("ps", dict(
    title="په فرانسه کې بهرنيان", tag="په فرانسه کې د بهرنيانو لپاره ډیجیټل اداره", login="ننوتل",
    create="حساب جوړ کړئ", logout="وتل", lang="FR", logo="د فرانسې<br>جمهوریت",
    nav=["کور", "زما کړنلارې", "زما اسناد", "زما خبرتیاوې", "زما حساب"]))
H.FOOTER_TXT.setdefault("ps", (
    "د فرانسې د بهرنيانو ویب پاڼه تاسو ته اجازه درکوي چې د استوګنې د اجازې، تابعیت او د سفر د سند کړنلارې آنلاین ترسره کړئ.",
    ["اړیکه", "د سایټ نقشه", "لاسرسی: په جزوي ډول مطابق", "حقوقي یادونې", "شخصي معلومات", "د کوکیو مدیریت", "مرسته"]))

USER = "Mme Amina BENSALEM"


_p = H.page_entry


_css = H.translation_css


def anef(inner, lang="fr", user=USER, active=0, narrow=False, pre="", dark=False, rtl=False, post=""):
    """a page of the personal space (DSFR header with the user's name and tabs, footer)."""
    body = H.page_anef(inner, lang=lang, user=user, active=active, narrow=narrow, pre=pre) + post
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=_css(lang, rtl), title=H.HEADER_TXT[lang]["title"])


def public(inner, lang="fr", pre="", dark=False, post=""):
    """a public page of the portal (header with Se connecter / Créer un compte)."""
    body = H.page_anef(inner, lang=lang, user=None, pre=pre) + post
    return M.dsfr_doc(body, dark=dark, lang=lang, css_extra=_css(lang, False), title=H.HEADER_TXT[lang]["title"])


def sso(inner, lang="fr", dark=False, rtl=False):
    """a page of the sign-in server (Keycloak, portail-anef theme): the header without tabs or tools."""
    body = H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False)
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=_css(lang, rtl), title=H.HEADER_TXT[lang]["title"])


def tr_bubble(target):
    return ("Cette page a été traduite", "français", target)


# ----------------------------------------------------------------------------- layouts of this set
TOAST_CSS = ("position:fixed;bottom:20px;left:50%;transform:translateX(-50%);width:min(460px,calc(100vw - 24px));"
             "z-index:1000;background:var(--background-default-grey);box-shadow:0 6px 18px rgba(0,0,18,.3)")


def toast_bottom(kind, text, title=None):
    """a snack bar at the bottom centre of the screen."""
    t = f'<h3 class="fr-alert__title">{title}</h3>' if title else ""
    return (f'<div class="fr-alert fr-alert--{kind} fr-alert--sm" role="alert" style="{TOAST_CSS}">{t}<p>{text}</p>'
            f'<button class="fr-btn--close fr-btn" title="Fermer">Fermer</button></div>')


def drawer(title, inner, close="Fermer"):
    """a side panel opened from the right over a dimmed page."""
    return (f'<div style="position:fixed;inset:0;background:rgba(22,22,22,.5);z-index:900"></div>'
            f'<aside style="position:fixed;top:0;right:0;bottom:0;width:min(430px,92vw);z-index:901;overflow:hidden;'
            f'background:var(--background-lifted-grey);box-shadow:-6px 0 18px rgba(0,0,18,.3);padding:1.25rem 1.5rem">'
            f'<div style="display:flex;justify-content:flex-end"><button class="fr-btn--close fr-btn" title="{close}">{close}</button></div>'
            f'<h2 class="fr-h5 fr-mt-1w">{title}</h2>{inner}</aside>')


def notif_list(rows, crop_index):
    """the "Mes notifications" list: one row per notification, unread ones in bold with a blue dot."""
    out = []
    for i, (date, typ, text, unread) in enumerate(rows):
        ident = ' id="crop"' if i == crop_index else ""
        dot = ('<span style="display:inline-block;width:.6rem;height:.6rem;border-radius:50%;'
               'background:var(--background-action-high-blue-france);margin-right:.5rem"></span>') if unread else ""
        w = "700" if unread else "400"
        out.append(f'<li{ident} style="list-style:none;border-bottom:1px solid var(--border-default-grey);padding:.9rem 0">'
                   f'<p class="fr-text--sm fr-mb-1v" style="color:var(--text-mention-grey)">{dot}{date} · {typ}</p>'
                   f'<p class="fr-mb-0" style="font-weight:{w}">{text}</p></li>')
    return f'<ul class="fr-pl-0 fr-mb-3w">{"".join(out)}</ul>'


def filler(paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def side_menu(items, active):
    lis = "".join(f'<li class="fr-sidemenu__item"><a class="fr-sidemenu__link" href="#"'
                  f'{H.CUR if i == active else ""}>{x}</a></li>' for i, x in enumerate(items))
    return (f'<nav class="fr-sidemenu" aria-label="Menu"><div class="fr-sidemenu__inner"><ul class="fr-sidemenu__list">'
            f'{lis}</ul></div></nav>')


def with_menu(menu, content):
    return (f'<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-4">{menu}</div>'
            f'<div class="fr-col-12 fr-col-md-8">{content}</div></div>')


# ----------------------------------------------------------------------------- browsers' own error pages
CHROME_CSS = """body{margin:0;background:#fff;color:#202124;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:15px}
.w{max-width:600px;margin:14vh auto 0;padding:0 24px}.ic{width:46px;height:46px;margin-bottom:34px;position:relative}
.ic:before{content:'';position:absolute;left:6px;top:2px;width:30px;height:40px;border:3px solid #9aa0a6;border-radius:3px}
.ic:after{content:'';position:absolute;left:16px;top:20px;width:12px;height:3px;background:#9aa0a6}
h1{font-size:24px;font-weight:500;margin:0 0 16px;line-height:1.25}p{line-height:1.55;color:#5f6368;margin:0 0 12px}
ul{color:#5f6368;line-height:1.8;padding-left:22px;margin:0 0 12px}a{color:#1a73e8;text-decoration:none}
.code{font-size:12px;color:#5f6368;text-transform:uppercase;margin:14px 0 0}
.b{display:flex;justify-content:space-between;margin-top:40px}.btn{background:#1a73e8;color:#fff;border-radius:4px;padding:9px 22px;font-weight:500}
.lnk{color:#1a73e8;padding:9px 0}"""


def chrome_error(title, paras, code, tips=None, button="Actualiser", details=True):
    tip = (f'<p>Voici quelques conseils :</p><ul>{"".join(f"<li>{t}</li>" for t in tips)}</ul>' if tips else "")
    d = '<span class="lnk">Détails</span>' if details else "<span></span>"
    body = (f'<body><div class="w"><div class="ic"></div><div data-key="1"><h1>{title}</h1>'
            f'{"".join(f"<p>{x}</p>" for x in paras)}{tip}<p class="code">{code}</p></div>'
            f'<div class="b">{d}<span class="btn">{button}</span></div></div></body>')
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><style>{CHROME_CSS}</style></head>{body}</html>')


FIREFOX_CSS = """body{margin:0;background:#f9f9fb;color:#15141a;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:15px}
.w{max-width:660px;margin:12vh auto 0;padding:0 28px}.t{display:flex;gap:18px;align-items:flex-start}
.ic{flex:none;width:40px;height:40px;border-radius:50%;border:3px solid #8f8f9d;position:relative;box-sizing:border-box}
.ic:after{content:'i';position:absolute;left:13px;top:3px;font-weight:700;color:#8f8f9d;font-size:22px;font-family:serif}
h1{font-size:25px;font-weight:300;margin:4px 0 18px;line-height:1.3}p,li{line-height:1.55}
ul{padding-left:20px}.btn{display:inline-block;background:#0061e0;color:#fff;border-radius:4px;padding:8px 18px;font-weight:600;margin-top:18px}"""


def firefox_error(title, paras, bullets=None, button="Réessayer"):
    ul = f'<ul>{"".join(f"<li>{b}</li>" for b in bullets)}</ul>' if bullets else ""
    body = (f'<body><div class="w"><div class="t"><div class="ic"></div><div data-key="1"><h1>{title}</h1>'
            f'{"".join(f"<p>{x}</p>" for x in paras)}{ul}</div></div>'
            f'<div style="text-align:right"><span class="btn">{button}</span></div></div></body>')
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><style>{FIREFOX_CSS}</style></head>{body}</html>')


# ----------------------------------------------------------------------------- FranceConnect and other sites
def fc_page(inner, dark=False):
    """a page of app.franceconnect.gouv.fr (DSFR header with the FranceConnect service name)."""
    head = ('<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">'
            '<div class="fr-header__brand"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div></div>'
            '<div class="fr-header__service"><p class="fr-header__service-title">FranceConnect</p>'
            '<p class="fr-header__service-tagline">Identifiez-vous en toute sécurité</p></div></div></div></div></div></header>')
    return M.dsfr_doc(head + H.main(inner, narrow=True), dark=dark, title="FranceConnect")


def other_site(brand, colour, nav, inner, foot, extra_css=""):
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    body = (f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav>{links}</nav></div>'
            f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>')
    return M.plain_doc(body, css=extra_css)


WEBMAIL_CSS = """.mail{display:flex;gap:0;min-height:100vh}.side{width:210px;flex:none;background:#eef1f6;padding:18px 14px;font-size:14px}
.side p{margin:0 0 12px}.side .on{font-weight:700;color:#0b57d0}.msg{flex:1;padding:22px 28px;background:#fff;min-width:0}
.from{color:#555;font-size:14px;margin:4px 0 16px}@media (max-width:700px){.side{display:none}.msg{padding:16px}}"""


# ----------------------------------------------------------------------------- the pages
def build_pages():
    P = []

    # ------------------------------------------------------------------ login_failure
    P.append(_p("kc-account-disabled", "login_failure", "fr", SSO_AUTH, sso(H.login_form(
        "fr", alert_html=H.alert("error", text="Compte désactivé, contactez votre administrateur.", sm=True),
        ident="7512039846"))))
    P.append(_p("kc-invalid-username-or-email", "login_failure", "fr", SSO_ACT + "authenticate?execution=4c1e&client_id=anef-usagers",
                sso(H.login_form("fr", ident="amina.bensalem@gmail.com",
                                 ident_err="Nom d’utilisateur ou courriel invalide.", fc=False))))
    P.append(_p("kc-missing-password", "login_failure", "fr", SSO_ACT + "authenticate?client_id=anef-usagers&tab_id=Xk2P",
                sso(H.login_form("fr", ident="8801254473", pw_err="Veuillez entrer votre mot de passe."))))
    P.append(_p("kc-account-disabled-en", "login_failure", "en", SSO_AUTH + "&ui_locales=en", sso(H.login_form(
        "en", alert_html=H.alert("error", text="Account is disabled, contact your administrator.", sm=True),
        ident="7512039846"), lang="en")))
    P.append(_p("kc-account-disabled-uk", "login_failure", "uk", SSO_AUTH, sso(H.login_form(
        "uk", alert_html=H.alert("error", text="Обліковий запис заблоковано, зверніться до адміністратора.", sm=True),
        ident="7512039846"), lang="uk"), translated=True, bubble_txt=tr_bubble("ukrainien")))
    P.append(_p("locked-15-min-dark", "login_failure", "fr", SSO_ACT + "authenticate?client_id=anef-usagers", sso(H.login_form(
        "fr", alert_html=H.alert("error", title="Connexion impossible",
                                 text="Trop de tentatives de connexion ont échoué. Votre compte est verrouillé pendant "
                                      "15 minutes ; réessayez ensuite avec votre numéro étranger et votre mot de passe.", sm=False),
        ident="9903127758"), dark=True), dark=True))

    # ------------------------------------------------------------------ password_reset
    def update_pw(err_field=None, alert_html="", lang="fr", dark=False, rtl=False, t=None):
        t = t or dict(h="Mise à jour du mot de passe", intro="Vous devez changer votre mot de passe.",
                      new="Nouveau mot de passe", conf="Confirmation du nouveau mot de passe", btn="Soumettre",
                      other="Se déconnecter des autres appareils")
        new_err, conf_err = err_field if err_field else (None, None)
        inner = (f'<h1 class="fr-h3">{t["h"]}</h1>{alert_html}<p>{t["intro"]}</p>' +
                 H.field(t["new"], "••••••••••", typ="password", error=new_err) +
                 H.field(t["conf"], "••••••••••", typ="password", error=conf_err) +
                 f'<div class="fr-checkbox-group fr-mb-2w"><input type="checkbox" checked><label class="fr-label">{t["other"]}</label></div>' +
                 H.buttons(H.button(t["btn"])))
        return sso(inner, lang=lang, dark=dark, rtl=rtl)

    P.append(_p("kc-pw-min-digits", "password_reset", "fr", SSO_ACT + "required-action?execution=UPDATE_PASSWORD&client_id=anef-usagers",
                update_pw(("Mot de passe invalide : doit contenir au moins 2 chiffre(s).", None))))
    P.append(_p("kc-pw-blacklisted-dark", "password_reset", "fr", SSO_ACT + "required-action?execution=UPDATE_PASSWORD",
                update_pw(("Mot de passe invalide : ce mot de passe est blacklisté.", None), dark=True), dark=True))
    P.append(_p("kc-pw-not-email-en", "password_reset", "en", SSO_ACT + "required-action?execution=UPDATE_PASSWORD&ui_locales=en",
                update_pw(alert_html=H.alert("error", text="Invalid password: must not be equal to the email.", sm=True), lang="en",
                          t=dict(h="Update password", intro="You need to change your password.", new="New Password",
                                 conf="Confirm password", btn="Submit", other="Sign out from other devices"))))
    P.append(_p("kc-pw-min-length-ru", "password_reset", "ru", SSO_ACT + "required-action?execution=UPDATE_PASSWORD",
                update_pw(("Некорректный пароль: длина пароля должна быть не менее 12 символов(а).", None), lang="ru",
                          t=dict(h="Обновление пароля", intro="Вам необходимо сменить пароль.", new="Новый пароль",
                                 conf="Подтверждение нового пароля", btn="Отправить", other="Выйти на других устройствах")),
                translated=True, bubble_txt=tr_bubble("russe")))
    P.append(_p("kc-forgot-email-send-error", "password_reset", "fr", SSO_ACT + "reset-credentials?client_id=anef-usagers",
                sso('<h1 class="fr-h3">Mot de passe oublié ?</h1>' +
                    H.alert("error", text="Erreur lors de l’envoi du courriel, veuillez essayer plus tard.", sm=True) +
                    '<p>Entrez votre nom d’utilisateur ou votre courriel ; un courriel va vous être envoyé vous permettant de '
                    'créer un nouveau mot de passe.</p>' +
                    H.field("Nom d’utilisateur ou courriel", "8801254473") + H.buttons(H.button("Soumettre")) +
                    '<p class="fr-mt-3w"><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    sec_menu = side_menu(["Mes informations", "Mes coordonnées", "Sécurité et mot de passe", "Mes préférences"], 2)
    P.append(_p("account-pw-confirm-mismatch", "password_reset", "fr", ESP + "mon-compte/securite", anef(
        H.breadcrumb(["Accueil", "Mon compte", "Sécurité et mot de passe"]) + with_menu(sec_menu,
            '<h1 class="fr-h3">Modifier mon mot de passe</h1>'
            '<p class="fr-text--sm">Votre mot de passe doit contenir au moins 12 caractères, dont une majuscule, un chiffre '
            'et un caractère spécial.</p>' +
            H.field("Mot de passe actuel", "••••••••••", typ="password") +
            H.field("Nouveau mot de passe", "••••••••••••", typ="password") +
            H.field("Confirmation du nouveau mot de passe", "•••••••••••", typ="password",
                    error="Le mot de passe de confirmation ne correspond pas.") +
            H.buttons(H.button("Enregistrer"), H.button("Annuler", "secondary"))), active=4)))

    # ------------------------------------------------------------------ account_creation
    creation_form = (
        H.breadcrumb(["Accueil", "Créer mon compte"]) +
        '<h1 class="fr-h2">Créer mon compte</h1><p>Les champs marqués d’un astérisque (*) sont obligatoires.</p>' +
        '<h2 class="fr-h5">Votre situation</h2>'
        '<fieldset class="fr-fieldset"><div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio" checked>'
        '<label class="fr-label">J’ai un titre de séjour ou un récépissé</label></div></div>'
        '<div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio"><label class="fr-label">J’ai un visa de long séjour</label></div></div>'
        '<div class="fr-fieldset__element"><div class="fr-radio-group"><input type="radio"><label class="fr-label">Je n’ai ni titre ni visa</label></div></div></fieldset>' +
        H.field("Numéro étranger *", "7512039846", hint="10 chiffres, au recto de votre titre de séjour") +
        H.field("Date de début de validité *", "14/03/2025", hint="JJ/MM/AAAA") +
        H.field("Date de fin de validité *", "13/03/2027", hint="JJ/MM/AAAA") +
        '<h2 class="fr-h5 fr-mt-4w">Vos coordonnées</h2>' +
        H.field("Nom *", "BENSALEM") + H.field("Prénom(s) *", "Amina") +
        H.field("Courriel *", "amina.bensalem@gmail.com", error="Le courriel existe déjà.") +
        H.field("Confirmation du courriel *", "amina.bensalem@gmail.com") +
        H.field("Téléphone portable", "06 12 34 56 78") +
        '<h2 class="fr-h5 fr-mt-4w">Conditions d’utilisation</h2>' +
        '<div class="fr-checkbox-group fr-mb-2w"><input type="checkbox" checked><label class="fr-label">J’accepte les conditions '
        'générales d’utilisation du téléservice</label></div>' + H.buttons(H.button("Créer mon compte"), H.button("Annuler", "secondary")))
    P.append(_p("create-email-exists-long", "account_creation", "fr", PORTAL + "espace-personnel/creation-compte",
                public(creation_form)))
    P.append(_p("kc-verify-email", "account_creation", "fr", SSO_ACT + "required-action?execution=VERIFY_EMAIL&client_id=anef-usagers",
                sso('<h1 class="fr-h3">Vérification du courriel</h1>' +
                    H.alert("warning", text="Vous devez vérifier votre courriel pour activer votre compte.", sm=True) +
                    '<p>Un courriel avec des instructions à suivre vous a été envoyé.</p>'
                    '<p>Vous n’avez pas reçu de code dans le courriel ? <a href="#">Cliquez ici</a> pour renvoyer le courriel.</p>'
                    '<p class="fr-mt-3w"><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    P.append(_p("create-stepper-dates", "account_creation", "fr", PORTAL + "espace-personnel/creation-compte/etape-2", public(
        H.stepper("Créer mon compte", 2, 3, nxt="Vos coordonnées") +
        '<h1 class="fr-h4">Votre document de séjour</h1>' +
        H.field("Numéro étranger", "9903127758") +
        H.field("Date de début de validité", "02/10/2026", hint="JJ/MM/AAAA") +
        H.field("Date de fin de validité", "01/10/2025", hint="JJ/MM/AAAA",
                error="La date de fin de validité ne peut pas être antérieure à la date de début de validité.") +
        H.buttons(H.button("Étape précédente", "secondary"), H.button("Étape suivante")))))
    P.append(_p("create-email-exists-ar", "account_creation", "ar", PORTAL + "espace-personnel/creation-compte", M.dsfr_doc(
        H.page_anef('<h1 class="fr-h2">قم بإنشاء حسابك</h1>' +
                    H.alert("error", text="البريد الإلكتروني مستخدم مسبقًا.", sm=True) +
                    H.field("الرقم الأجنبي", "7512039846") + H.field("البريد الإلكتروني", "amina.bensalem@gmail.com") +
                    H.buttons(H.button("قم بإنشاء حسابك")), lang="ar", narrow=True),
        lang="ar", rtl=True, css_extra=RTL_CSS, title=H.HEADER_TXT["ar"]["title"]),
        translated=True, bubble_txt=("تمت ترجمة هذه الصفحة", "الفرنسية", "العربية"), bubble_rtl=True))
    P.append(_p("create-visa-path-en", "account_creation", "en", PORTAL + "espace-personnel/creation-compte?lang=en", public(
        '<h1 class="fr-h3">Create your account</h1><p>I hold a long-stay visa</p>' +
        H.field("Visa number", "FRA2K0918734", hint="The number printed at the top right of your visa sticker",
                error="No visa matches the details you entered. Check the visa number and its validity dates.") +
        H.field("Visa valid from", "12/09/2026") + H.field("Visa valid until", "11/09/2027") +
        H.buttons(H.button("Create my account")), lang="en")))

    # ------------------------------------------------------------------ franceconnect
    fc_err = ('<div class="fr-mb-2w" style="display:flex;gap:.5rem;align-items:center"><span class="fr-badge fr-badge--error">Erreur</span></div>')
    P.append(_p("fc-account-blocked", "franceconnect", "fr", FC_HOST + "/api/v2/interaction/7b1f0c3e/identity/select", fc_page(
        fc_err + '<h1 class="fr-h3">Connexion impossible</h1>' +
        H.alert("error", text="Votre accès a été désactivé. Pour le réactiver merci de nous contacter.") +
        '<p class="fr-text--sm">Code d’erreur : Y180001</p>' +
        H.buttons(H.button("Revenir sur Étrangers en France", "secondary"))), tab="FranceConnect"))
    P.append(_p("fc-rnipp-deceased", "franceconnect", "fr", FC_HOST + "/api/v2/interaction/2d9a41ef/verify", fc_page(
        '<h1 class="fr-h3">Une erreur est survenue</h1>' +
        H.alert("error", text="Les identifiants utilisés correspondent à une identité qui ne permet plus la connexion.") +
        '<p>Vous pouvez vous connecter à Étrangers en France avec votre identifiant et votre mot de passe.</p>' +
        H.buttons(H.button("Retour au service"))), tab="FranceConnect"))
    P.append(_p("fc-technical-reconnect-dark", "franceconnect", "fr", FC_HOST + "/api/v2/authorize?client_id=anef&acr_values=eidas1", fc_page(
        '<h1 class="fr-h3">Oups, une erreur</h1>' +
        H.alert("error", text="Une erreur technique est survenue, fermez l’onglet de votre navigateur et reconnectez-vous") +
        H.buttons(H.button("Fermer")), dark=True), tab="FranceConnect", dark=True))
    P.append(_p("kc-confirm-link-fc", "franceconnect", "fr", SSO_ACT + "first-broker-login?client_id=anef-usagers&tab_id=q8Lm",
                sso('<h1 class="fr-h3">Ce compte existe déjà</h1>' +
                    H.alert("warning", text="L’utilisateur avec courriel amina.bensalem@gmail.com existe déjà. Que souhaitez-vous faire ?", sm=True) +
                    '<p>Vous vous êtes identifié avec FranceConnect.</p>' +
                    H.buttons(H.button("Vérifiez vos informations de profil", "secondary"),
                              H.button("Souhaitez-vous lier franceconnect-particulier à votre compte existant")))))
    P.append(_p("kc-idp-unexpected-fa", "franceconnect", "fa", SSO_ACT + "first-broker-login?client_id=anef-usagers", M.dsfr_doc(
        H.page_anef(H.login_form("fa", alert_html=H.alert("error", text="خطای غیرمنتظره هنگام احراز هویت با ارائه دهنده هویت", sm=True)),
                    lang="fa", narrow=True, nav=False, tools=False),
        lang="fa", rtl=True, css_extra=RTL_CSS, title=H.HEADER_TXT["fa"]["title"]),
        translated=True, bubble_txt=("این صفحه ترجمه شده است", "فرانسوی", "فارسی"), bubble_rtl=True))
    P.append(_p("kc-reauth-link-en", "franceconnect", "en", SSO_ACT + "first-broker-login?client_id=anef-usagers&ui_locales=en",
                sso('<h1 class="fr-h3">Link your account</h1>' +
                    H.alert("info", text="Authenticate to link your account with FranceConnect", sm=True) +
                    H.field("Username", "7512039846") + H.field("Password", "", typ="password") +
                    H.buttons(H.button("Sign in")), lang="en")))
    P.append(_p("dash-banner-fc-not-linked", "franceconnect", "fr", ESP + "mon-compte", anef(
        '<h1 class="fr-h2">Bonjour Amina</h1><p>Vous êtes connecté avec FranceConnect.</p>' +
        '<h2 class="fr-h4">Mes démarches</h2><p>Aucune démarche à afficher.</p>' +
        '<div class="fr-grid-row fr-grid-row--gutters">' +
        H.tile("Je demande ou renouvelle un titre de séjour", "Première demande, renouvellement, changement de statut") +
        H.tile("Nationalité française", "Demande de naturalisation") + H.tile("Document de voyage", "Titre d’identité et de voyage") + '</div>',
        pre=H.notice("Votre compte FranceConnect n’est pas encore relié à votre compte Étrangers en France : vos démarches "
                     "n’apparaissent pas. Reliez vos comptes depuis « Mon compte »."))))

    # ------------------------------------------------------------------ blocked_page
    P.append(_p("chrome-too-many-redirects", "blocked_page", "fr", ESP + "mon-compte", chrome_error(
        "Cette page ne fonctionne pas", [f"<strong>{H.HOST}</strong> vous a redirigé à de trop nombreuses reprises."],
        "ERR_TOO_MANY_REDIRECTS", tips=['<a href="#">Essayez de supprimer vos cookies</a>.'], button="Actualiser"),
        tab=H.HOST, browsers=CHROMIUM))
    P.append(_p("chrome-connection-reset", "blocked_page", "fr", SSO_AUTH, chrome_error(
        "Ce site est inaccessible", ["La connexion a été réinitialisée."], "ERR_CONNECTION_RESET",
        tips=["Vérifier la connexion", '<a href="#">Vérifier les configurations du proxy, du pare-feu et du DNS</a>']),
        tab=H.SSO, browsers=CHROMIUM))
    P.append(_p("chrome-http-500", "blocked_page", "fr", PORTAL + "demarches/titre-sejour/renouvellement", chrome_error(
        "Cette page ne fonctionne pas", [f"Impossible de traiter cette demande via <strong>{H.HOST}</strong> à l'heure actuelle."],
        "HTTP ERROR 500", details=False), tab=H.HOST, browsers=CHROMIUM))
    P.append(_p("chrome-cache-miss", "blocked_page", "fr", PORTAL + "demarches/titre-sejour/recapitulatif", chrome_error(
        "Confirmer le nouvel envoi du formulaire",
        ["Pour s'afficher correctement, cette page Web a besoin des données que vous avez saisies précédemment. Vous pouvez "
         "envoyer de nouveau ces données. Cependant, en procédant ainsi, vous répéterez toute action déjà effectuée sur cette page.",
         "Appuyez sur le bouton d'actualisation pour renvoyer les données nécessaires au chargement de la page."],
        "ERR_CACHE_MISS"), tab=H.HOST, browsers=CHROMIUM))
    P.append(_p("firefox-redirect-loop", "blocked_page", "fr", ESP + "mon-compte", firefox_error(
        "La page n’est pas redirigée correctement",
        ["Firefox a détecté que le serveur redirige la demande pour cette adresse d’une manière qui n’aboutira pas."],
        ["La cause de ce problème peut être la désactivation ou le refus des cookies."]),
        tab="Erreur de chargement de la page", browsers=FIREFOX))
    P.append(_p("firefox-net-timeout", "blocked_page", "fr", SSO_AUTH, firefox_error(
        "Le délai d’attente est dépassé", [f"Le serveur à l’adresse {H.SSO} met trop de temps à répondre."],
        ["Le site est peut-être temporairement indisponible ou surchargé. Réessayez plus tard ;",
         "Si vous n’arrivez à naviguer sur aucun site, vérifiez la connexion au réseau de votre ordinateur ;",
         "Si votre ordinateur ou votre réseau est protégé par un pare-feu ou un proxy, assurez-vous que Firefox est autorisé à accéder au Web."]),
        tab="Erreur de chargement de la page", browsers=FIREFOX))
    P.append(_p("kc-expired-code", "blocked_page", "fr", SSO_ACT + "authenticate?session_code=Zr4&client_id=anef-usagers",
                sso(H.login_form("fr", alert_html=H.alert("warning", text="Connexion expirée. Veuillez vous reconnecter.", sm=True)))))
    P.append(_p("stepper-payment-unavailable", "blocked_page", "fr", PORTAL + "demarches/titre-sejour/renouvellement/etape-5", anef(
        H.breadcrumb(["Accueil", "Mes démarches", "Renouvellement de titre de séjour"]) +
        H.stepper("Renouvellement de ma carte de séjour pluriannuelle", 5, 6, nxt="Récapitulatif et dépôt") +
        '<h1 class="fr-h4">Paiement du timbre fiscal</h1>' +
        H.alert("error", title="Paiement indisponible",
                text="Le service de paiement est momentanément indisponible. Votre demande n’a pas été transmise. "
                     "Réessayez dans quelques minutes.") +
        H.field("Numéro du timbre fiscal électronique", "1234 5678 9012 3456", hint="16 chiffres") +
        H.buttons(H.button("Étape précédente", "secondary"), H.button("Valider le paiement")), active=1)))
    P.append(_p("long-form-502-dark", "blocked_page", "fr", PORTAL + "demarches/titre-sejour/premiere-demande/etape-3", anef(
        H.stepper("Première demande de titre de séjour — salarié", 3, 7, nxt="Pièces justificatives") +
        '<h1 class="fr-h4">Votre activité professionnelle</h1>' +
        H.field("Nom de l’employeur", "SARL Boulangerie du Marché") + H.field("SIRET", "812 345 678 00017") +
        H.field("Intitulé du poste", "Boulanger") + H.field("Date d’embauche", "01/09/2026") +
        H.field("Salaire brut mensuel (€)", "2 150") +
        H.buttons(H.button("Enregistrer le brouillon", "secondary"), H.button("Valider et continuer")) +
        '<p class="fr-error-text fr-mt-2w">Une erreur inattendue est survenue (code 502). Vos réponses n’ont pas été enregistrées.</p>',
        dark=True), dark=True))
    P.append(_p("maintenance-ps", "blocked_page", "ps", PORTAL, M.dsfr_doc(
        H.page_anef('<h1 class="fr-h2">ویب پاڼه د ساتنې لاندې ده</h1>' +
                    H.alert("warning", text="د فرانسې د بهرنيانو ویب پاڼه اوس مهال د ساتنې لاندې ده. خدمت په لنډمهاله توګه شتون نه لري. "
                                            "مهرباني وکړئ وروسته بیا هڅه وکړئ.") +
                    '<p>موږ د دې ستونزې له امله بخښنه غواړو.</p>', lang="ps", user=None, narrow=True),
        lang="ps", rtl=True, css_extra=RTL_CSS, title=H.HEADER_TXT["ps"]["title"]),
        translated=True, bubble_txt=("دا پاڼه ژباړل شوې ده", "فرانسوي", "پښتو"), bubble_rtl=True))
    P.append(_p("kc-internal-error-en", "blocked_page", "en", SSO_ACT + "authenticate?client_id=anef-usagers&ui_locales=en",
                sso('<h1 class="fr-h3">We are sorry...</h1>' +
                    H.alert("error", text="An internal server error has occurred", sm=True) +
                    '<p><a class="fr-link" href="#">« Back to Application</a></p>', lang="en")))

    # ------------------------------------------------------------------ missing_document
    P.append(_p("notif-list-complement", "missing_document", "fr", ESP + "mes-notifications", anef(
        '<h1 class="fr-h2">Mes notifications</h1><p class="fr-text--sm">3 notifications, dont 1 non lue</p>' +
        notif_list([("28/11/2026", "Titre de séjour", "Demande de pièces complémentaires : la préfecture attend un justificatif de "
                     "domicile de moins de 3 mois avant le 12/12/2026.", True),
                    ("03/10/2026", "Titre de séjour", "Votre attestation de dépôt est disponible.", False),
                    ("03/10/2026", "Titre de séjour", "Confirmation du dépôt de votre demande.", False)], 0), active=3)))
    P.append(_p("drawer-pieces-demandees", "missing_document", "fr", ESP + "mes-demarches/TS-2026-0412877", anef(
        '<h1 class="fr-h3">Renouvellement de titre de séjour</h1><p>Demande n° TS-2026-0412877</p>' +
        filler(["Déposée le 03/10/2026 auprès de la préfecture du Rhône."]) +
        H.buttons(H.button("Voir les pièces demandées")),
        post=drawer("Pièces demandées par la préfecture",
                    '<div id="crop"><p>Pour poursuivre l’instruction de votre demande, la préfecture vous demande de transmettre :</p>'
                    '<ul><li>un justificatif de domicile de moins de 3 mois ;</li><li>vos trois derniers bulletins de salaire.</li></ul>'
                    '<p class="fr-text--sm">À transmettre avant le 15/12/2026.</p></div>' +
                    H.buttons(H.button("Ajouter les documents"))), active=1)))
    P.append(_p("status-stepper-complements", "missing_document", "fr", ESP + "mes-demarches/TS-2026-0388120/suivi", anef(
        '<h1 class="fr-h3">Suivi de ma demande</h1>' +
        H.timeline(["Dépôt de la demande", "Compléments demandés", "Instruction", "Décision", "Document disponible"], 1,
                   dates=["03/10/2026", "21/11/2026", "", "", ""]) +
        H.alert("warning", title="Votre dossier est incomplet",
                text="Il manque une pièce : copie intégrale de votre acte de naissance traduite. Ajoutez-la depuis l’onglet « Mes documents »."),
        active=1)))
    P.append(_p("complement-en", "missing_document", "en", ESP + "mes-demarches?lang=en", anef(
        '<h1 class="fr-h3">My applications</h1>' +
        H.alert("warning", title="Action required",
                text="The prefecture has asked for an additional document: proof of resources for the last 6 months. "
                     "Please upload it before 20/12/2026.") +
        H.card('<p>Residence permit renewal — submitted on 03/10/2026</p>', title="Renewal"), lang="en")))
    P.append(_p("complement-uk", "missing_document", "uk", ESP + "mes-demarches", anef(
        '<h1 class="fr-h3">Мої кроки</h1>' +
        H.alert("warning", title="Запит на додаткові документи",
                text="Префектура просить вас надати додатковий документ: підтвердження адреси не старше 3 місяців.") +
        H.buttons(H.button("Надіслати документи")), lang="uk", active=1),
        translated=True, bubble_txt=tr_bubble("ukrainien")))
    P.append(_p("webmail-action-requise", "missing_document", "fr", "https://mail.laposte.net/webmail/inbox/msg/48211", M.plain_doc(
        '<div class="mail"><div class="side"><p class="on">Boîte de réception (3)</p><p>Envoyés</p><p>Brouillons</p><p>Spam</p><p>Corbeille</p></div>'
        '<div class="msg"><h1 style="font-size:21px">Votre démarche sur Étrangers en France : une action de votre part est nécessaire</h1>'
        '<p class="from">ne-pas-repondre@interieur.gouv.fr · 28 nov. 2026</p>'
        '<div class="info" id="crop">Madame, Monsieur,<br><br>La préfecture vous demande de compléter votre dossier : une pièce '
        'complémentaire est attendue. Connectez-vous à votre espace personnel sur le site Administration numérique pour les '
        'étrangers en France pour la transmettre.</div><p class="muted">Ceci est un message automatique, merci de ne pas y répondre.</p></div></div>',
        css=WEBMAIL_CSS), tab="Boîte de réception - La Poste"))

    # ------------------------------------------------------------------ upload_error
    P.append(_p("stepper-upload-protected", "upload_error", "fr", PORTAL + "demarches/titre-sejour/renouvellement/etape-4", anef(
        H.stepper("Renouvellement de ma carte de séjour", 4, 6, nxt="Paiement du timbre fiscal") +
        '<h1 class="fr-h4">Pièces justificatives</h1>' +
        H.upload("Justificatif de ressources *", "Relevés bancaires des 3 derniers mois. Formats pdf, jpg, png.",
                 error="Le fichier « releve_banque.pdf » est protégé par un mot de passe. Retirez la protection puis déposez-le à nouveau.",
                 filename_note="releve_banque.pdf") +
        H.buttons(H.button("Étape précédente", "secondary"), H.button("Étape suivante")), active=1)))
    uploads = "".join([
        H.upload("Passeport (pages d’identité) *", "pdf, jpg, jpeg ou png", filename_note="passeport.pdf"),
        H.upload("Justificatif de domicile *", "de moins de 6 mois", filename_note="facture_edf.pdf"),
        H.upload("Acte de naissance *", "copie intégrale avec filiation",
                 error="Format non pris en charge (.docx). Formats acceptés : pdf, jpg, jpeg, png.", filename_note="acte_naissance.docx"),
        H.upload("Photographie d’identité", "ou code e-photo à l’étape suivante"),
        H.upload("Contrat de travail", "si vous êtes salarié"),
        H.upload("Derniers bulletins de salaire", "les trois derniers")])
    P.append(_p("upload-list-middle-docx", "upload_error", "fr", PORTAL + "demarches/naturalisation/pieces", anef(
        '<h1 class="fr-h3">Demande de naturalisation — pièces justificatives</h1>' +
        filler(["Chaque fichier doit peser moins de 10 Mo.", "Ajoutez une pièce par rubrique."]) + uploads +
        H.buttons(H.button("Enregistrer")), active=1)))
    P.append(_p("ephoto-code-used", "upload_error", "fr", PORTAL + "demarches/titre-sejour/renouvellement/etape-3", anef(
        H.stepper("Renouvellement de ma carte de séjour", 3, 6, nxt="Pièces justificatives") +
        '<h1 class="fr-h4">Photo et signature numérisées</h1>'
        '<p>Saisissez le code e-photo figurant sur la planche remise par le photographe ou la cabine agréée.</p>' +
        H.field("Code e-photo", "7F3K-92QD-LM4A", error="Le code e-photo saisi n’existe pas ou a déjà été utilisé pour une autre demande.") +
        H.buttons(H.button("Vérifier le code")), active=1)))
    P.append(_p("toast-upload-interrupted", "upload_error", "fr", PORTAL + "mes-demarches/TS-2026-0412877/documents", anef(
        '<h1 class="fr-h3">Mes documents</h1>' +
        H.upload("Justificatif de domicile", "pdf, jpg ou png, 10 Mo maximum", filename_note="quittance_loyer.jpg") +
        H.buttons(H.button("Envoyer")), active=2,
        post=toast_bottom("error", "Téléversement interrompu à 63 % : le fichier « quittance_loyer.jpg » n’a pas été ajouté. Réessayez."))))
    P.append(_p("upload-too-large-en", "upload_error", "en", PORTAL + "demarches/titre-sejour/renouvellement/etape-4?lang=en", anef(
        '<h1 class="fr-h4">Supporting documents</h1>' +
        H.upload("Proof of address *", "pdf, jpg or png", error="This file is larger than 10 MB. Compress it or scan it again at a lower resolution.",
                 filename_note="IMG_20261128_0912.jpg", lang="en") +
        H.buttons(H.button("Next step")), lang="en", active=1)))
    P.append(_p("upload-too-large-ar", "upload_error", "ar", PORTAL + "demarches/titre-sejour/renouvellement/etape-4", anef(
        '<h1 class="fr-h4">المستندات الداعمة</h1>' +
        H.upload("إثبات العنوان *", "pdf أو jpg أو png",
                 error="يتجاوز حجم الملف الحد الأقصى المسموح به (10 ميغابايت). لم تتم إضافة الملف.", filename_note="scan_0001.pdf", lang="ar") +
        H.buttons(H.button("الخطوة التالية")), lang="ar", rtl=True, active=1),
        translated=True, bubble_txt=("تمت ترجمة هذه الصفحة", "الفرنسية", "العربية"), bubble_rtl=True))

    # ------------------------------------------------------------------ request_status
    steps = ["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"]
    P.append(_p("timeline-instruction", "request_status", "fr", ESP + "mes-demarches/TS-2026-0412877/suivi", anef(
        '<h1 class="fr-h3">Suivi de ma demande</h1><p>Renouvellement de carte de séjour pluriannuelle — ' + H.badge("En cours d’instruction") + '</p>' +
        H.timeline(steps, 1, dates=["03/10/2026", "depuis le 17/10/2026", "", ""], crop=True) +
        '<p class="fr-text--sm">Vous serez informé par courriel de chaque étape.</p>', active=1), step="in_progress"))
    P.append(_p("api-table-validity", "request_status", "fr", ESP + "mes-documents", anef(
        '<h1 class="fr-h3">Mes documents</h1>' +
        H.table("Documents liés à ma demande", ["Document", "Date", "Validité", ""],
                [["Attestation de prolongation d’instruction", "14/11/2026", "jusqu’au 13/02/2027", H.link("Télécharger", "download-line")],
                 ["Attestation de dépôt", "03/10/2026", "—", H.link("Télécharger", "download-line")]], crop=True), active=2),
        step="in_progress"))
    P.append(_p("natu-frise-completude", "request_status", "fr", ESP + "nationalite/suivi", anef(
        '<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>' +
        H.timeline(["Demande envoyée", "Examen des pièces en cours", "Réception du récépissé de complétude",
                    "Entretien d'assimilation", "Décision statuée"], 2, dates=["12/02/2026", "", "09/11/2026", "", ""], crop=True),
        active=1), step="in_progress"))
    P.append(_p("decision-prise-download", "request_status", "fr", ESP + "mes-demarches/TS-2026-0388120", anef(
        '<h1 class="fr-h3">Changement de statut étudiant → salarié</h1>' +
        H.alert("info", title="Décision prise", text="Une décision a été prise sur votre demande le 25/11/2026. Téléchargez-la pour en connaître le contenu.") +
        H.buttons(H.button("Télécharger la décision", icon="download-line")), active=1), step="decision_made"))
    P.append(_p("classee-sans-suite", "request_status", "fr", ESP + "mes-demarches/TS-2026-0301554", anef(
        '<h1 class="fr-h3">Ma demande</h1>' +
        H.card('<p>Statut : ' + H.badge("Clôturée", "warning") + '</p>'
               '<p id="crop">Votre demande a été classée sans suite le 18/11/2026, faute de réponse à la demande de compléments '
               'dans le délai imparti.</p><p class="fr-text--sm">Vous pouvez déposer une nouvelle demande.</p>', title="Titre de séjour étudiant"),
        active=1), step="decision_made"))
    P.append(_p("attestation-decision-favorable", "request_status", "fr", ESP + "mes-documents", anef(
        '<h1 class="fr-h3">Mes documents</h1>' +
        H.alert("success", title="Document disponible",
                text="Votre attestation de décision favorable est disponible. Votre carte est en cours de fabrication ; vous recevrez un SMS "
                     "pour la retirer en préfecture.") +
        H.buttons(H.button("Télécharger l’attestation", icon="download-line")), active=2), step="document_available"))
    P.append(_p("card-ready-dashboard", "request_status", "fr", ESP + "mon-compte", anef(
        '<h1 class="fr-h3">Bonjour Amina</h1>' +
        H.card('<p>' + H.badge("Document disponible", "success") + '</p><p id="crop">Votre titre de séjour est disponible à la préfecture du '
               'Val-de-Marne. Présentez-vous avec votre convocation, votre ancien titre et le timbre fiscal.</p>', title="Carte de séjour temporaire")),
        step="document_available"))
    P.append(_p("depot-confirmation-attestation", "request_status", "fr", ESP + "mes-demarches/TS-2026-0412877", anef(
        '<h1 class="fr-h3">Confirmation du dépôt</h1>' +
        H.alert("success", text="Votre demande a bien été déposée le 03/10/2026. Elle est en attente de prise en charge par la préfecture.") +
        '<p>Conservez votre attestation de dépôt : elle ne vaut pas titre de séjour provisoire.</p>' +
        H.buttons(H.button("Télécharger l’attestation de dépôt", icon="download-line")), active=1), step="submitted"))
    P.append(_p("submitted-en", "request_status", "en", ESP + "mes-demarches?lang=en", anef(
        '<h1 class="fr-h3">My applications</h1>' +
        H.card('<p>' + H.badge("Submitted") + '</p><p id="crop">Your application was submitted on 3 October 2026. It will be examined by the '
               'prefecture; you will be notified of each step.</p>', title="Residence permit renewal"), lang="en", active=1), step="submitted"))
    P.append(_p("instruction-fa", "request_status", "fa", ESP + "mes-demarches/TS-2026-0412877/suivi", anef(
        '<h1 class="fr-h3">پیگیری درخواست من</h1>' +
        H.timeline(["ثبت درخواست", "در حال بررسی", "تصمیم گرفته شد", "سند موجود است"], 1, dates=["03/10/2026", "", "", ""], crop=True) +
        '<p>درخواست شما توسط استانداری در حال بررسی است.</p>', lang="fa", rtl=True, active=1),
        step="in_progress", translated=True, bubble_txt=("این صفحه ترجمه شده است", "فرانسوی", "فارسی"), bubble_rtl=True))
    P.append(_p("notif-entretien-assimilation", "request_status", "fr", ESP + "mes-notifications", anef(
        '<h1 class="fr-h2">Mes notifications</h1>' +
        notif_list([("30/11/2026", "Nationalité", "Votre entretien d’assimilation est fixé au 14/01/2027 à 9 h 30, plateforme de Lyon. "
                     "Votre convocation est disponible.", True),
                    ("09/11/2026", "Nationalité", "Récépissé de complétude envoyé.", False),
                    ("12/02/2026", "Nationalité", "Votre demande a bien été envoyée.", False)], 0), active=3), step="in_progress"))
    P.append(_p("no-news-status", "request_status", "fr", ESP + "mes-demarches", anef(
        '<h1 class="fr-h3">Mes démarches</h1>' +
        H.card('<p id="crop">Demande n° TS-2026-0198803 — dernière mise à jour le 02/06/2026. Aucune nouvelle information n’est '
               'disponible pour le moment.</p>', title="Admission exceptionnelle au séjour"), active=1)))

    # ------------------------------------------------------------------ unknown
    P.append(_p("home-dark", "unknown", "fr", "https://" + H.HOST + "/usagers/#/", public(
        '<h1 class="fr-h2">Bienvenue sur le site Étrangers en France</h1>'
        '<p class="fr-text--lead">Effectuez vos démarches de séjour, de naturalisation et de document de voyage en ligne.</p>'
        '<div class="fr-grid-row fr-grid-row--gutters">' +
        H.tile("Je valide mon VLS-TS", "Visa de long séjour valant titre de séjour") +
        H.tile("Je demande ou renouvelle un titre de séjour", "Étudiants, salariés, famille…") +
        H.tile("Je demande la nationalité française", "Naturalisation par décret") + '</div>', dark=True), dark=True))
    P.append(_p("kc-logged-out", "unknown", "fr", SSO_ACT + "logout?client_id=anef-usagers",
                sso('<h1 class="fr-h3">Déconnexion</h1>' + H.alert("success", text="Vous êtes déconnecté", sm=True) +
                    '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    P.append(_p("prefecture-booking-no-slot", "unknown", "fr",
                "https://www.seine-saint-denis.gouv.fr/booking/create/9829/1", other_site(
                    "PRÉFET DE LA SEINE-SAINT-DENIS", "#000091", ["Accueil", "Démarches", "Prendre un rendez-vous"],
                    '<div class="box"><h1>Remise d’un titre de séjour — prise de rendez-vous</h1>'
                    '<div class="err">Il n’existe plus de plage horaire libre pour votre demande de rendez-vous. Veuillez recommencer ultérieurement.</div>'
                    '<p class="muted">Étape 2 sur 6 : choix du guichet</p></div>', "Préfecture de la Seine-Saint-Denis — rendez-vous en ligne"),
                tab="Prendre un rendez-vous - Préfecture"))
    P.append(_p("caf-unavailable", "unknown", "fr", "https://wwwd.caf.fr/wps/portal/caffr/moncompte", other_site(
        "caf.fr", "#0d5aa7", ["Mon Compte", "Mes démarches", "Aides et démarches"],
        '<div class="box"><h1>Mon Compte</h1><div class="err">Service momentanément indisponible. Veuillez nous excuser pour la gêne '
        'occasionnée et réessayer plus tard.</div></div>', "Caisse d’allocations familiales"), tab="Mon Compte - caf.fr"))
    P.append(_p("impots-wrong-password", "unknown", "fr", "https://cfspart.impots.gouv.fr/LoginAccess", other_site(
        "impots.gouv.fr", "#000091", ["Particulier", "Professionnel", "Collectivité"],
        '<div class="box"><h1>Connexion à mon espace particulier</h1><label>Numéro fiscal</label><input class="t" value="1234567890123">'
        '<label>Mot de passe</label><input class="t" type="password" value="password">'
        '<div class="err">Votre mot de passe est incorrect. Il vous reste 4 essais.</div>'
        '<span class="btn" style="background:#000091">Connexion</span></div>', "Direction générale des Finances publiques"),
        tab="impots.gouv.fr"))
    P.append(_p("ants-permis-instruction", "unknown", "fr", "https://permisdeconduire.ants.gouv.fr/tableau-de-bord", other_site(
        "ANTS — Permis de conduire", "#1f4e9c", ["Mon espace", "Mes demandes", "Aide"],
        '<div class="box"><h1>Mes demandes en cours</h1><div class="info">Demande de titre de permis de conduire — Votre demande est en '
        'cours d’instruction. Vous serez informé par courriel dès que votre titre sera en production.</div></div>',
        "Agence nationale des titres sécurisés"), tab="Mon espace - ANTS"))
    P.append(_p("demarches-simplifiees-draft", "unknown", "fr", "https://www.demarches-simplifiees.fr/dossiers/18472211", other_site(
        "demarches-simplifiees.fr", "#1d2b5e", ["Mes dossiers", "Aide"],
        '<div class="box"><h1>Dossier n° 18472211</h1><p>Demande de rendez-vous — Préfecture du Nord</p>'
        '<div class="info">Votre dossier est en construction. Vous pouvez encore le modifier avant de le déposer.</div></div>',
        "demarches-simplifiees.fr"), tab="Dossier 18472211 · demarches-simplifiees.fr"))
    P.append(_p("campusfrance-en", "unknown", "en", "https://pastel.diplomatie.gouv.fr/etudesenfrance/dyn/public/authentification/login.html",
                other_site("Études en France", "#c8102e", ["My file", "Catalogue", "Help"],
                           '<div class="box"><h1>My file</h1><div class="info">Your file has been submitted to Campus France. Your '
                           'interview appointment will be offered shortly.</div></div>', "Campus France"), tab="Études en France"))
    return P
