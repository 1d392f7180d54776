"""Pages of the fifth blind screenshot set (samples/fresh/screens-5, seed screens-fresh-5).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from
Keycloak's login-theme catalogs (themes/src/main/resources-community/theme/base/login/messages/messages_fr, _ru,
_uk, _ar, _fa.properties of keycloak/keycloak, plus the English catalog's well-known sentences), the French error
pages of Debian's Chromium (strings read from /usr/lib/chromium/locales/fr.pak: ERR_NAME_NOT_RESOLVED,
ERR_CONNECTION_TIMED_OUT, ERR_CONNECTION_REFUSED) and Firefox ESR's French langpack (netError.ftl titles and
load-error hints, appstrings.properties: connectionFailure, serverError, dnsNotFound).  Everything else (ANEF's own
steppers, modals, toasts, notices, status pages, other sites) is written here in the style of those sites and is not
a verified wording.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt / bubble_rtl (a page the browser translated), browsers (a browser's own
error page is drawn only in a browser of that family).
"""
import anef_html as H
import make_screens as M

USAGERS = H.USAGERS
ESP = H.PORTAL
SSO_ACT = H.SSO_ACT
SSO_AUTH = H.SSO_AUTH
HOST = H.HOST
CHROMIUM = H.CHROMIUM_FAMILY
FIREFOX = H.FIREFOX_FAMILY

USER = "M. Karim HADDAD"
USER2 = "Mme Olena KOVAL"


_p = H.page_entry


_css = H.translation_css


def _doc(body, lang, dark=False, rtl=False, css=""):
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=_css(lang, rtl) + css,
                      title=H.HEADER_TXT[lang]["title"])


def space(inner, lang="fr", user=USER, active=1, dark=False, rtl=False, pre="", post="", narrow=False):
    """a page of the signed-in personal space; post: fixed layers (modal, toast, panel) drawn over it."""
    return _doc(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow) + post, lang, dark, rtl)


def portal(inner, lang="fr", dark=False, pre="", post=""):
    return _doc(H.page_anef(inner, lang=lang, user=None, pre=pre) + post, lang, dark)


def kc(inner, lang="fr", dark=False, rtl=False):
    """a page of the sign-in server (portail-anef Keycloak theme)."""
    return _doc(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False), lang, dark, rtl)


def bubble(target, rtl_words=None):
    if rtl_words:
        return dict(translated=True, bubble_txt=rtl_words, bubble_rtl=True)
    return dict(translated=True, bubble_txt=("Cette page a été traduite", "français", target))


# ----------------------------------------------------------------------------- layouts of this set
def modal(title, inner, close="Fermer"):
    """a centred dialog over a dimmed page."""
    return ('<div style="position:fixed;inset:0;background:rgba(22,22,22,.55);z-index:900"></div>'
            '<div id="crop" role="dialog" style="position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);'
            'width:min(520px,calc(100vw - 28px));z-index:901;background:var(--background-lifted-grey);'
            'box-shadow:0 8px 24px rgba(0,0,18,.35);padding:1.25rem 1.5rem 1.5rem">'
            f'<div style="display:flex;justify-content:flex-end"><button class="fr-btn--close fr-btn" title="{close}">{close}</button></div>'
            f'<h1 class="fr-modal__title fr-h5">{title}</h1>{inner}</div>')


def toast_top(kind, text, title=None):
    """a notification pinned to the top right corner."""
    t = f'<h3 class="fr-alert__title">{title}</h3>' if title else ""
    return (f'<div class="fr-alert fr-alert--{kind} fr-alert--sm" role="alert" style="position:fixed;top:14px;right:14px;'
            f'width:min(400px,calc(100vw - 28px));z-index:1000;background:var(--background-default-grey);'
            f'box-shadow:0 6px 18px rgba(0,0,18,.3)">{t}<p>{text}</p></div>')


def panel_left(title, inner):
    """a side panel opened from the left."""
    return ('<div style="position:fixed;inset:0;background:rgba(22,22,22,.45);z-index:900"></div>'
            '<aside id="crop" style="position:fixed;top:0;left:0;bottom:0;width:min(400px,90vw);z-index:901;'
            'background:var(--background-lifted-grey);box-shadow:6px 0 18px rgba(0,0,18,.3);padding:1.5rem">'
            f'<h2 class="fr-h5">{title}</h2>{inner}</aside>')


def banner(kind, text):
    """a full-width coloured band under the header."""
    col = {"warning": "var(--background-contrast-warning)", "error": "var(--background-contrast-error)",
           "info": "var(--background-contrast-info)"}[kind]
    return (f'<div class="fr-notice" style="background:{col}"><div class="fr-container fr-py-2w">'
            f'<p class="fr-mb-0 fr-text--bold">{text}</p></div></div>')


def filler_fields(pairs):
    return "".join(H.field(a, b) for a, b in pairs)


def status_card(title, rows, badge=None, crop=True):
    b = H.badge(*badge) if badge else ""
    dl = "".join(f'<p class="fr-mb-1w"><span class="fr-text--bold">{k}</span> {v}</p>' for k, v in rows)
    return H.card(b + dl, title=title, crop=crop)


# ----------------------------------------------------------------------------- browsers' own error pages
CHROME_CSS = """body{margin:0;background:#fff;color:#202124;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:15px}
.w{max-width:600px;margin:15vh auto 0;padding:0 24px}.ic{width:42px;height:42px;margin-bottom:30px;border:3px solid #9aa0a6;border-radius:4px}
h1{font-size:24px;font-weight:500;margin:0 0 16px}p{line-height:1.55;color:#5f6368;margin:0 0 12px}
ul{color:#5f6368;line-height:1.8;padding-left:22px}.code{font-size:12px;color:#5f6368;margin-top:14px}
.bar{display:flex;justify-content:space-between;margin-top:36px}.btn{background:#1a73e8;color:#fff;border-radius:4px;padding:9px 22px}
.lnk{color:#1a73e8;padding:9px 0}"""


def chrome_page(title, paras, code, tips=None):
    tip = f'<p>Voici quelques conseils :</p><ul>{"".join(f"<li>{t}</li>" for t in tips)}</ul>' if tips else ""
    return ('<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><style>{CHROME_CSS}</style></head><body><div class="w"><div class="ic"></div>'
            f'<div data-key="1"><h1>{title}</h1>{"".join(f"<p>{x}</p>" for x in paras)}{tip}<p class="code">{code}</p></div>'
            '<div class="bar"><span class="lnk">Détails</span><span class="btn">Actualiser</span></div></div></body></html>')


FF_CSS = """body{margin:0;background:#f9f9fb;color:#15141a;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:15px}
.w{max-width:640px;margin:13vh auto 0;padding:0 26px}h1{font-size:25px;font-weight:300;margin:0 0 18px}p,li{line-height:1.55}
.btn{display:inline-block;background:#0061e0;color:#fff;border-radius:4px;padding:8px 18px;font-weight:600;margin-top:16px}"""


def firefox_page(title, paras, bullets=None):
    ul = f'<ul>{"".join(f"<li>{b}</li>" for b in bullets)}</ul>' if bullets else ""
    return ('<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><style>{FF_CSS}</style></head><body><div class="w"><div data-key="1"><h1>{title}</h1>'
            f'{"".join(f"<p>{x}</p>" for x in paras)}{ul}</div><div style="text-align:right"><span class="btn">Réessayer</span>'
            '</div></div></body></html>')


def other(brand, colour, nav, inner, foot, css=""):
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    return M.plain_doc(f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav>{links}</nav></div>'
                       f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>', css=css)


def update_pw(lang="fr", err_new=None, err_conf=None, top=""):
    lbl = {"fr": ("Mise à jour du mot de passe", "Nouveau mot de passe", "Confirmation du nouveau mot de passe", "Soumettre"),
           "uk": ("Оновлення пароля", "Новий пароль", "Підтвердження нового пароля", "Надіслати")}[lang]
    return (f'<h1 class="fr-h3">{lbl[0]}</h1>{top}' + H.field(lbl[1], "••••••••••", error=err_new, typ="password") +
            H.field(lbl[2], "••••••••••", error=err_conf, typ="password") + H.buttons(H.button(lbl[3])))


# ----------------------------------------------------------------------------- the pages
def build_pages():
    P = []
    fr_only = dict(browsers=CHROMIUM)
    ff_only = dict(browsers=FIREFOX)

    # ------------------------------------------------------------------ login_failure
    P.append(_p("kc-invalid-user", "login_failure", "fr", SSO_ACT + "authenticate?execution=91ab&client_id=anef-usagers",
                kc(H.login_form("fr", ident="6203917458", alert_html=H.alert(
                    "error", text="Nom d’utilisateur ou mot de passe invalide.", sm=True)))))
    P.append(_p("kc-temporarily-disabled", "login_failure", "fr", SSO_ACT + "authenticate?client_id=anef-usagers&tab_id=q7Rw",
                kc(H.login_form("fr", ident="k.haddad@outlook.fr", fc=False, alert_html=H.alert(
                    "warning", text="Ce compte est temporairement désactivé, contactez votre administrateur ou bien "
                                    "réessayez plus tard.", sm=True)))))
    P.append(_p("kc-invalid-password-field", "login_failure", "fr", SSO_AUTH,
                kc(H.login_form("fr", ident="3390128746", pw="•••••••••", pw_err="Mot de passe invalide."))))
    P.append(_p("kc-invalid-user-en-dark", "login_failure", "en", SSO_AUTH + "&ui_locales=en", kc(H.login_form(
        "en", ident="olena.koval@ukr.net", alert_html=H.alert("error", text="Invalid username or password.", sm=True)),
        lang="en", dark=True), dark=True))
    P.append(_p("kc-invalid-user-ru", "login_failure", "ru", SSO_AUTH, kc(H.login_form(
        "ru", ident="5510293847", alert_html=H.alert("error", text="Неправильное имя пользователя или пароль.", sm=True)),
        lang="ru"), **bubble("russe")))

    # ------------------------------------------------------------------ password_reset
    P.append(_p("kc-pw-uppercase", "password_reset", "fr", SSO_ACT + "required-action?execution=UPDATE_PASSWORD&client_id=anef-usagers",
                kc(update_pw("fr", err_new="Mot de passe invalide : doit contenir au moins 1 lettre(s) en majuscule.",
                             top=H.alert("warning", text="Vous devez changer votre mot de passe pour activer votre compte.", sm=True)))))
    P.append(_p("kc-pw-history", "password_reset", "fr", SSO_ACT + "reset-credentials?client_id=anef-usagers&tab_id=Lm3c",
                kc(update_pw("fr", top=H.alert("error", text="Mot de passe invalide : ne doit pas être égal aux 3 derniers "
                                                             "mots de passe.", sm=True)))))
    P.append(_p("kc-reset-link-expired", "password_reset", "fr", SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.x7&client_id=anef-usagers",
                kc('<h1 class="fr-h3">Mot de passe oublié ?</h1>' + H.alert(
                    "error", text="Action expirée. Merci de recommencer.", sm=True) +
                   '<p>Entrez votre nom d’utilisateur ou votre courriel ; un courriel va vous être envoyé vous permettant de '
                   'créer un nouveau mot de passe.</p>' + H.field("Nom d’utilisateur ou courriel", "k.haddad@outlook.fr") +
                   H.buttons(H.button("Soumettre")) + '<p class="fr-mt-2w"><a href="#">« Retour à la connexion</a></p>')))
    P.append(_p("kc-pw-not-match", "password_reset", "fr", SSO_ACT + "required-action?execution=UPDATE_PASSWORD",
                kc(update_pw("fr", err_conf="Les mots de passe ne sont pas identiques."))))
    P.append(_p("kc-pw-special-uk", "password_reset", "uk", SSO_ACT + "required-action?execution=UPDATE_PASSWORD",
                kc(update_pw("uk", err_new="Невірний пароль: пароль має містити щонайменше 1 спеціальних символів(а)."),
                   lang="uk"), **bubble("ukrainien")))

    # ------------------------------------------------------------------ account_creation
    long_form = filler_fields([("Nom", "HADDAD"), ("Prénom(s)", "Karim"), ("Date de naissance", "12/04/1994"),
                               ("Nationalité", "Libanaise"), ("Pays de naissance", "Liban")])
    P.append(_p("create-foreign-number-taken-long", "account_creation", "fr", USAGERS + "creation-compte/informations",
                portal('<h1>Créer mon compte</h1><p>Tous les champs sont obligatoires sauf mention contraire.</p>' + long_form +
                       H.field("Numéro étranger", "6203917458", hint="10 chiffres, figurant sur votre titre de séjour",
                               error="Un compte existe déjà pour ce numéro étranger. Connectez-vous ou utilisez "
                                     "« Mot de passe oublié ».") +
                       filler_fields([("Adresse électronique", "k.haddad@outlook.fr"), ("Confirmation de l’adresse électronique", "")]) +
                       H.buttons(H.button("Continuer")))))
    P.append(_p("create-stepper-visa", "account_creation", "fr", USAGERS + "creation-compte/etape-1",
                portal('<h1>Création de compte</h1>' + H.stepper("Votre visa", 1, 3, nxt="Vos coordonnées") +
                       H.field("Numéro de visa", "FRA1234567890", hint="Il figure en haut à droite de la vignette visa",
                               error="Le numéro de visa saisi ne correspond à aucun visa long séjour délivré.") +
                       H.field("Date de délivrance du visa", "03/08/2026") + H.buttons(H.button("Suivant"), H.button("Annuler", "secondary")))))
    P.append(_p("create-activation-expired-toast", "account_creation", "fr", USAGERS + "activation?token=8f2c91",
                portal('<h1>Activation de votre compte</h1><p>Pour finaliser la création de votre compte, cliquez sur le lien '
                       'reçu par courriel.</p>' + H.buttons(H.button("Recevoir un nouveau lien d’activation")),
                       post=toast_top("error", "Le lien d’activation a expiré. Demandez un nouveau lien d’activation.",
                                      title="Lien expiré"))))
    P.append(_p("kc-verify-email-fa", "account_creation", "fa", SSO_ACT + "required-action?execution=VERIFY_EMAIL",
                kc('<h1 class="fr-h3">تأیید ایمیل</h1>' + H.alert(
                    "warning", text="برای فعال کردن حساب خود باید آدرس ایمیل خود را تأیید کنید.", sm=True) +
                   '<p>شما باید به زودی یک ایمیل با دستورالعمل های بیشتر دریافت کنید.</p>', lang="fa", rtl=True),
                **bubble(None, rtl_words=("این صفحه ترجمه شده است", "فرانسوی", "فارسی"))))
    P.append(_p("create-entry-date-en-long", "account_creation", "en", USAGERS + "creation-compte/informations?lang=en",
                portal('<h1>Create my account</h1>' + filler_fields(
                    [("Surname", "KOVAL"), ("Given name(s)", "Olena"), ("Date of birth", "21/09/1988"),
                     ("Nationality", "Ukrainian")]) +
                    H.field("Date of entry into France", "14/12/2026", error="The date of entry into France cannot be later "
                            "than today’s date.") + H.field("Email address", "olena.koval@ukr.net") +
                    H.buttons(H.button("Continue")), lang="en")))

    # ------------------------------------------------------------------ franceconnect
    P.append(_p("kc-idp-auth-failed", "franceconnect", "fr", SSO_ACT + "first-broker-login?client_id=anef-usagers",
                kc(H.login_form("fr", alert_html=H.alert(
                    "error", text="L’authentification a échouée. Impossible de s’authentifier avec le fournisseur "
                                  "d’identité.", sm=True)))))
    P.append(_p("kc-idp-response-ar", "franceconnect", "ar", "https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect/endpoint?state=c81f2e&code=9a0b",
                kc(H.login_form("ar", alert_html=H.alert(
                    "error", text="خطأ غير متوقع عند التعامل مع الاستجابة من مزود الحسابات.", sm=True)), lang="ar", rtl=True),
                **bubble(None, rtl_words=("تمت ترجمة هذه الصفحة", "الفرنسية", "العربية"))))
    P.append(_p("space-fc-not-linked-panel", "franceconnect", "fr", ESP + "accueil",
                space('<h1>Mes démarches</h1><p>Vous n’avez aucune démarche en cours.</p>',
                      post=panel_left("Vos démarches n’apparaissent pas ?",
                                      '<p>Vous vous êtes connecté avec FranceConnect. Votre identité FranceConnect n’est pas '
                                      'encore rattachée au compte Étrangers en France sur lequel votre demande a été déposée.</p>'
                                      '<p>Connectez-vous une fois avec votre numéro étranger et votre mot de passe pour '
                                      'rattacher les deux comptes.</p>' + H.buttons(H.button("Rattacher mon compte"))))))
    P.append(_p("kc-idp-already-linked", "franceconnect", "fr", SSO_ACT + "first-broker-login?client_id=anef-usagers&tab_id=Zp0",
                kc('<h1 class="fr-h3">Nous sommes désolés...</h1>' + H.alert(
                    "error", text="L’identité fédérée retournée par FranceConnect est déjà liée à un autre utilisateur.") +
                   '<p><a href="#">« Revenir à l’application</a></p>')))

    # ------------------------------------------------------------------ blocked_page
    P.append(_p("chrome-name-not-resolved", "blocked_page", "fr", "https://" + HOST + "/usagers/",
                chrome_page("Ce site est inaccessible", [f"Impossible de trouver l'adresse IP du serveur de {HOST}."],
                            "ERR_NAME_NOT_RESOLVED", tips=["Vérifier la connexion",
                                                           "Vérifier les configurations du proxy, du pare-feu et du DNS"]),
                tab=HOST, **fr_only))
    P.append(_p("chrome-timed-out", "blocked_page", "fr", ESP + "mes-demarches",
                chrome_page("Ce site est inaccessible", [f"<strong>{HOST}</strong> a mis trop de temps à répondre."],
                            "ERR_CONNECTION_TIMED_OUT", tips=["Vérifier la connexion",
                                                              "Vérifier les configurations du proxy, du pare-feu et du DNS"]),
                tab=HOST, **fr_only))
    P.append(_p("chrome-refused-sso", "blocked_page", "fr", SSO_AUTH,
                chrome_page("Ce site est inaccessible", [f"<strong>{H.SSO}</strong> n'autorise pas la connexion."],
                            "ERR_CONNECTION_REFUSED"), tab=H.SSO, **fr_only))
    P.append(_p("firefox-connection-failure", "blocked_page", "fr", ESP + "accueil",
                firefox_page("La connexion a échoué", [f"Firefox ne peut établir de connexion avec le serveur à l’adresse {HOST}."],
                             bullets=["Le site est peut-être temporairement indisponible ou surchargé. Réessayez plus tard ;",
                                      "Si vous n’arrivez à naviguer sur aucun site, vérifiez la connexion au réseau de votre ordinateur ;"]),
                tab="Problème de chargement de la page", **ff_only))
    P.append(_p("firefox-server-error", "blocked_page", "fr", USAGERS,
                firefox_page("Il semble y avoir un problème sur ce site",
                             [f"Il est possible que {HOST} connaisse un problème temporaire ou ait été déplacé."]),
                tab="Problème de chargement de la page", **ff_only))
    P.append(_p("kc-cookie-not-found", "blocked_page", "fr", SSO_ACT + "authenticate?client_id=anef-usagers",
                kc('<h1 class="fr-h3">Nous sommes désolés...</h1>' + H.alert(
                    "error", text="Cookie introuvable. Assurez-vous que les cookies soient activés dans votre navigateur."))))
    P.append(_p("kc-stale-code-dark", "blocked_page", "fr", SSO_ACT + "authenticate?session_code=Q2h&client_id=anef-usagers",
                kc('<h1 class="fr-h3">Nous sommes désolés...</h1>' + H.alert(
                    "error", text="Cette page n’est plus valide, merci de retourner à votre application et de vous "
                                  "connecter à nouveau.") + '<p><a href="#">« Revenir à l’application</a></p>', dark=True),
                dark=True))
    P.append(_p("kc-page-expired", "blocked_page", "fr", SSO_ACT + "restart?client_id=anef-usagers",
                kc('<h1 class="fr-h3">La page a expiré</h1><div id="crop"><p>Pour recommencer le processus '
                   'd’authentification <a href="#">Cliquez ici</a>.</p><p>Pour continuer le processus d’authentification '
                   '<a href="#">Cliquez ici</a>.</p></div>')))
    P.append(_p("space-modal-503-stepper", "blocked_page", "fr", ESP + "demande/titre-sejour/etape-4",
                space('<h1>Renouvellement de titre de séjour</h1>' + H.stepper("Vos justificatifs", 4, 6, nxt="Récapitulatif") +
                      '<p>Ajoutez les pièces demandées puis cliquez sur « Enregistrer et continuer ».</p>' +
                      H.buttons(H.button("Enregistrer et continuer")),
                      post=modal("Service momentanément indisponible", H.alert(
                          "error", text="Une erreur technique est survenue lors de l’enregistrement de votre demande. "
                                        "Veuillez réessayer ultérieurement. (Erreur 503)", sm=True) +
                          H.buttons(H.button("Réessayer"))))))
    P.append(_p("portal-maintenance-uk", "blocked_page", "uk", USAGERS,
                portal(H.alert("warning", title="Технічне обслуговування",
                               text="Сайт тимчасово недоступний через технічне обслуговування. Будь ласка, поверніться "
                                    "пізніше.", crop=True), lang="uk"), **bubble("ukrainien")))

    # ------------------------------------------------------------------ missing_document
    P.append(_p("space-complement-modal", "missing_document", "fr", ESP + "mes-demarches/dossier/2026-0914",
                space('<h1>Ma demande de titre de séjour</h1><p>Demande n° 2026-0914-77251</p>',
                      post=modal("Nouveau message de la préfecture", '<p>La préfecture vous demande de compléter votre '
                                 'dossier. Pièce attendue : <strong>justificatifs de ressources des trois derniers mois</strong>.</p>'
                                 '<p>Vous avez jusqu’au 28/11/2026 pour la transmettre.</p>' +
                                 H.buttons(H.button("Ajouter la pièce"), H.button("Plus tard", "secondary"))))))
    P.append(_p("space-complement-banner-dark", "missing_document", "fr", ESP + "mes-demarches",
                space('<h1>Mes démarches</h1>' + H.card('<p>Titre de séjour pluriannuel « passeport talent » — déposée le '
                                                        '02/09/2026</p>' + H.badge("Action requise", "warning"),
                                                        title="Demande n° 2026-0902-11873"),
                      pre=banner("warning", "Action requise : des pièces complémentaires sont à transmettre avant le "
                                            "14/11/2026. Sans elles, votre demande ne pourra pas être instruite."),
                      dark=True), dark=True))
    P.append(_p("space-docs-table", "missing_document", "fr", ESP + "mes-demarches/dossier/2026-0811/pieces",
                space('<h1>Pièces de mon dossier</h1>' + H.alert("info", text="Votre dossier est incomplet.", sm=True) +
                      H.table("Pièces justificatives", ["Pièce", "État"],
                              [["Passeport", H.badge("Validée", "success")],
                               ["Justificatif de domicile de moins de 6 mois", H.badge("À fournir", "error")],
                               ["Acte de naissance traduit", H.badge("À fournir", "error")],
                               ["Photographie (code e-photo)", H.badge("Validée", "success")]], crop=True))))
    P.append(_p("space-complement-en", "missing_document", "en", ESP + "mes-demarches?lang=en",
                space('<h1>My applications</h1>' + H.alert("warning", title="Additional documents requested",
                                                           text="The prefecture needs an additional document to continue "
                                                                "examining your application: a certificate of enrolment "
                                                                "for the 2026-2027 academic year."), lang="en")))
    P.append(_p("space-complement-ar", "missing_document", "ar", ESP + "mes-notifications",
                space('<h1>إشعاراتي</h1>' + H.alert("warning", title="مطلوب مستند إضافي",
                                                  text="ملفك غير مكتمل. تطلب منك المحافظة إرسال شهادة سكن حديثة."),
                      lang="ar", rtl=True, active=3),
                **bubble(None, rtl_words=("تمت ترجمة هذه الصفحة", "الفرنسية", "العربية"))))

    # ------------------------------------------------------------------ upload_error
    up_lbl = "Justificatif de domicile"
    up_hint = "Formats acceptés : pdf, jpg, png. Taille maximale : 10 Mo."
    P.append(_p("upload-too-big-toast", "upload_error", "fr", ESP + "demande/titre-sejour/etape-3",
                space('<h1>Vos justificatifs</h1>' + H.upload(up_lbl, up_hint, filename_note="facture_edf_scan.pdf"),
                      post=toast_top("error", "Le fichier « facture_edf_scan.pdf » (18,4 Mo) dépasse la taille maximale "
                                              "autorisée (10 Mo).", title="Envoi impossible"))))
    P.append(_p("upload-heic", "upload_error", "fr", ESP + "demande/titre-sejour/etape-3",
                space('<h1>Vos justificatifs</h1>' + H.upload("Passeport (pages d’identité)", up_hint,
                                                            error="Format non accepté : seuls les fichiers PDF, JPG et PNG "
                                                                  "sont acceptés.", filename_note="IMG_4821.HEIC"))))
    P.append(_p("upload-damaged-modal", "upload_error", "fr", ESP + "demande/naturalisation/pieces",
                space('<h1>Demande de naturalisation</h1><p>Ajoutez vos pièces justificatives.</p>',
                      post=modal("Le fichier n’a pas pu être ajouté",
                                 H.alert("error", text="Le fichier « acte_naissance.pdf » est illisible ou endommagé. "
                                                       "Enregistrez-le à nouveau puis réessayez.", sm=True) +
                                 H.buttons(H.button("Choisir un autre fichier"))))))
    P.append(_p("upload-protected-ru", "upload_error", "ru", ESP + "demande/titre-sejour/etape-3",
                space('<h1>Ваши подтверждающие документы</h1>' + H.upload(
                    "Подтверждение адреса", "Принимаемые форматы: pdf, jpg, png. Максимальный размер: 10 МБ.",
                    error="Не удалось добавить файл: документ защищен паролем.", filename_note="kvitantsiya.pdf",
                    lang="ru"), lang="ru"), **bubble("russe")))
    P.append(_p("upload-max-files", "upload_error", "fr", ESP + "demande/titre-sejour/etape-3",
                space('<h1>Vos justificatifs</h1>' + H.upload("Bulletins de salaire", up_hint,
                                                            error="Nombre maximal de fichiers atteint (3) pour cette pièce. "
                                                                  "Supprimez un fichier avant d’en ajouter un autre.",
                                                            filename_note="3 fichiers ajoutés"))))
    P.append(_p("ephoto-code-invalid", "upload_error", "fr", ESP + "demande/titre-sejour/etape-2",
                space('<h1>Photo et signature</h1>' + H.stepper("Photo et signature", 2, 6, nxt="Vos justificatifs") +
                      H.field("Code e-photo", "7K3P-Q9XW-2M", hint="Il figure sur la planche remise par le photographe agréé",
                              error="Le code e-photo saisi est invalide ou a expiré.") + H.buttons(H.button("Valider")))))

    # ------------------------------------------------------------------ request_status
    P.append(_p("status-stepper-instruction", "request_status", "fr", ESP + "mes-demarches/dossier/2026-0722",
                space('<h1>Suivi de ma demande</h1>' + H.stepper("En cours d’instruction", 2, 4, nxt="Décision",
                                                               crop=True) +
                      '<p>Votre demande est examinée par les services de la préfecture du Rhône.</p>'),
                step="in_progress"))
    P.append(_p("status-submitted-attestation", "request_status", "fr", ESP + "mes-demarches/dossier/2026-1003",
                space('<h1>Ma demande</h1>' + status_card("Demande de titre de séjour « vie privée et familiale »",
                                                         [("Statut :", "Transmise à la préfecture"),
                                                          ("Date de dépôt :", "03/10/2026")], badge=("Déposée", "info")) +
                      H.link("Télécharger l’attestation de dépôt", "download-line")),
                step="submitted"))
    P.append(_p("status-favourable-dark", "request_status", "fr", ESP + "mes-demarches/dossier/2026-0519",
                space('<h1>Ma demande</h1>' + H.alert("success", title="Décision favorable",
                                                      text="Une décision favorable a été prise sur votre demande. Votre "
                                                           "titre de séjour est en cours de fabrication.", crop=True),
                      dark=True), step="decision_made", dark=True))
    P.append(_p("status-card-ready-en", "request_status", "en", ESP + "mes-demarches?lang=en",
                space('<h1>My application</h1>' + H.alert("success", title="Your residence permit is ready",
                                                          text="Your residence permit is available. Go to the prefecture "
                                                               "counter with your passport and the collection notice.",
                                                          crop=True), lang="en", user=USER2),
                step="document_available"))
    P.append(_p("status-interview-fa", "request_status", "fa", ESP + "mes-demarches/naturalisation",
                space('<h1>درخواست تابعیت من</h1>' + H.timeline(
                    ["ثبت درخواست", "رسید کامل بودن پرونده", "مصاحبه جذب برنامه ریزی شده است", "تصمیم"], 2,
                    dates=["12/03/2026", "30/06/2026", "18/11/2026", ""], crop=True), lang="fa", rtl=True),
                step="in_progress", **bubble(None, rtl_words=("این صفحه ترجمه شده است", "فرانسوی", "فارسی"))))
    P.append(_p("status-refusal", "request_status", "fr", ESP + "mes-demarches/dossier/2026-0301",
                space('<h1>Ma demande</h1>' + status_card("Demande de carte de résident",
                                                         [("Statut :", "Décision défavorable"),
                                                          ("Date de la décision :", "21/10/2026")],
                                                         badge=("Refusée", "error")) +
                      H.link("Télécharger la décision de refus", "download-line")), step="decision_made"))
    P.append(_p("status-no-news", "request_status", "fr", ESP + "mes-demarches/dossier/2026-0415",
                space('<h1>Ma demande</h1>' + H.alert("info", text="Aucune mise à jour de votre demande depuis le "
                                                                   "03/07/2026.", sm=True) +
                      '<p>Demande de titre de séjour « salarié » n° 2026-0415-30981</p>')))
    P.append(_p("status-prolongation-table", "request_status", "fr", ESP + "mes-documents",
                space('<h1>Mes documents</h1>' + H.table("Attestations", ["Document", "Valable jusqu’au", ""],
                                                         [["Attestation de prolongation d’instruction", "05/01/2027",
                                                           H.link("Télécharger")],
                                                          ["Attestation de dépôt", "—", H.link("Télécharger")]], crop=True),
                      active=2), step="in_progress"))
    P.append(_p("status-uk-submitted", "request_status", "uk", ESP + "mes-demarches",
                space('<h1>Мої кроки</h1>' + status_card("Запит на посвідку на проживання",
                                                        [("Статус:", "Подано, очікує розгляду"),
                                                         ("Дата подання:", "09/11/2026")], badge=("Подано", "info")),
                      lang="uk", user=USER2), step="submitted", **bubble("ukrainien")))

    # ------------------------------------------------------------------ unknown
    P.append(_p("rdv-prefecture-no-slot", "unknown", "fr", "https://www.val-de-marne.gouv.fr/booking/create/4455/1",
                other("Préfecture du Val-de-Marne", "#000091", ["Démarches", "Prendre rendez-vous"],
                      '<div class="box"><h1>Remise de titre de séjour</h1><div class="err">Aucun créneau n’est disponible '
                      'pour le moment. Nous vous invitons à réessayer dans quelques jours.</div></div>',
                      "Préfecture du Val-de-Marne — 21-29 avenue du Général de Gaulle, Créteil"),
                tab="Prendre un rendez-vous - Val-de-Marne"))
    P.append(_p("ameli-login-error", "unknown", "fr", "https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure",
                other("ameli", "#0c419a", ["Mon compte", "Aide"],
                      '<div class="box"><h1>Connexion à mon compte ameli</h1><div class="err">Le numéro de sécurité '
                      'sociale ou le mot de passe est incorrect.</div><label>Numéro de sécurité sociale</label>'
                      '<input class="t" value="1 94 04 99 ..."></div>', "ameli.fr — l’Assurance Maladie"),
                tab="Compte ameli"))
    P.append(_p("france-visas-status", "unknown", "fr", "https://france-visas.gouv.fr/web/france-visas/mon-compte",
                other("France-Visas", "#1d2b5e", ["Mes demandes", "Mon compte"],
                      '<div class="box"><h1>Mes demandes de visa</h1><div class="info">Votre demande de visa long séjour '
                      'est en cours de traitement par le consulat.</div></div>', "France-Visas — le site officiel des "
                                                                                "visas pour la France"),
                tab="France-Visas"))
    P.append(_p("anef-home-ok", "unknown", "fr", USAGERS + "accueil",
                portal('<h1>Bienvenue sur le site Étrangers en France</h1><p>Réalisez en ligne vos démarches de titre de '
                       'séjour, de naturalisation et de document de voyage.</p><div class="fr-grid-row fr-grid-row--gutters">' +
                       H.tile("Titre de séjour", "Demander ou renouveler un titre") +
                       H.tile("Naturalisation", "Déposer une demande de nationalité") +
                       H.tile("Document de voyage", "Demander un titre de voyage") + '</div>')))
    P.append(_p("ants-unavailable", "unknown", "fr", "https://immatriculation.ants.gouv.fr/",
                other("ANTS", "#2a3e7c", ["Permis", "Immatriculation", "Mon espace"],
                      '<div class="box"><div class="err">Le service est temporairement indisponible. Veuillez réessayer '
                      'plus tard.</div></div>', "Agence nationale des titres sécurisés"), tab="ANTS"))
    P.append(_p("ds-dossier-depose", "unknown", "fr", "https://www.demarches-simplifiees.fr/dossiers/18273645",
                other("demarches-simplifiees.fr", "#000091", ["Mes dossiers"],
                      '<div class="box"><h1>Dossier n° 18273645</h1><div class="info">Votre dossier a bien été déposé. '
                      'Il sera examiné par le service instructeur.</div></div>', "Démarches simplifiées"),
                tab="Dossier 18273645 · demarches-simplifiees.fr"))
    return P
