"""Pages of the second blind screenshot set (samples/fresh/screens-2, seed screens-fresh-2).

Written without seeing the assistant's rules nor the other sets' page texts.  Wordings come from
/work/shared/reference/anef-domain.md (ANEF screens, DSFR since June 2026, statuses, attestations), from Keycloak's
login-theme catalogs (messages_fr/en.properties), from FranceConnect's own French error texts, and from Chromium's and
Firefox's network-error pages; the rest is written in the style of those sites.  Only the DSFR skeleton of anef_html.py
(header, footer, alert, field, upload, stepper, timeline, table, tile) and make_screens' dsfr_doc / plain_doc are reused.

build_pages() returns the registry entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc,
and optionally translated / bubble_txt / bubble_rtl (a page the browser translated), browsers (a browser's own error
page is drawn only in a browser of that family).
"""
import anef_html as H
import make_screens as M

PORTAL = "https://" + H.HOST + "/usagers/#/"
ESP = H.PORTAL
SSO_ACT = H.SSO_ACT
CHROMIUM = {"chrome", "edge", "android-chrome", "samsung", "none"}
FIREFOX = {"firefox", "firefox-android", "none"}
RTL_FONT = "body,.fr-header,.fr-footer,h1,h2,h3,p,a,button,label,td,th,li{font-family:'Noto Sans Arabic','DejaVu Sans',Marianne,sans-serif}"


def _p(name, situation, lang, url, body, tab=None, step="", doc=None, **kw):
    d = dict(name=name, situation=situation, step=step, lang=lang, url=url,
             tab=tab or ("Foreigners in France" if lang == "en" else "Étrangers en France"),
             doc=doc or M.dsfr_doc(body, lang=lang, title=tab or "Étrangers en France"))
    d.update(kw)
    return d


def sso(inner, lang="fr"):
    """the sign-in server's pages (Keycloak theme portail-anef): DSFR header without the account tools."""
    return H.page_anef(inner, lang=lang, narrow=True, tools=False)


def links_box(lang="fr"):
    t = H.LOGIN_TXT[lang]
    return (f'<p class="fr-mt-2w"><a class="fr-link fr-text--sm" href="#">{t["forgot"]}</a></p>'
            f'<p><a class="fr-link fr-text--sm" href="#">{t["first"]} {t["create"]}</a></p>')


# ----------------------------------------------------------------------------- browser error pages (own markup)
CHROME_CSS = """body{background:#fff;margin:0;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#202124}
.w{max-width:600px;margin:14vh auto 0;padding:0 24px}.ic{width:72px;height:72px;border-radius:6px;background:#bdc1c6;margin-bottom:36px;
position:relative}.ic:after{content:'';position:absolute;left:18px;top:22px;width:36px;height:6px;background:#fff;box-shadow:0 12px 0 #fff}
h1{font-size:24px;font-weight:500;margin:0 0 16px}p,li{font-size:15px;line-height:1.6;color:#5f6368}ul{padding-left:22px;margin:4px 0}
.code{font-size:12px;color:#5f6368;text-transform:uppercase;margin-top:14px}.b{margin-top:40px;text-align:right}
.b span{background:#1a73e8;color:#fff;border-radius:4px;padding:9px 18px;font-size:14px}.dark body{background:#202124}"""

FIREFOX_CSS = """body{background:#f9f9fb;margin:0;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#15141a}
.w{max-width:640px;margin:16vh auto 0;padding:0 24px 0 96px;position:relative}.w:before{content:'!';position:absolute;left:12px;top:2px;
width:52px;height:52px;border-radius:50%;background:#ffa436;color:#fff;font-size:34px;font-weight:700;text-align:center;line-height:52px}
h1{font-size:26px;font-weight:300;margin:0 0 22px}p,li{font-size:15px;line-height:1.55}ul{padding-left:20px}
.b{margin-top:28px}.b span{background:#0061e0;color:#fff;border-radius:4px;padding:9px 18px;font-size:14px;font-weight:600}"""


def chrome_error(title, lines, tips, code, button):
    tip = ("<p>" + tips[0] + "</p><ul>" + "".join(f"<li>{t}</li>" for t in tips[1:]) + "</ul>") if tips else ""
    body = (f'<div class="w" id="crop"><div class="ic"></div><h1>{title}</h1>' + "".join(f"<p>{x}</p>" for x in lines) +
            f'{tip}<div class="code">{code}</div><div class="b"><span>{button}</span></div></div>')
    return M.plain_doc(body, css=CHROME_CSS)


def firefox_error(title, lines, bullets, button):
    ul = ("<ul>" + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>") if bullets else ""
    body = f'<div class="w" id="crop"><h1>{title}</h1>' + "".join(f"<p>{x}</p>" for x in lines) + f'{ul}<div class="b"><span>{button}</span></div></div>'
    return M.plain_doc(body, css=FIREFOX_CSS)


# ----------------------------------------------------------------------------- other sites (plain markup)
def other_site(brand, colour, nav, inner, foot):
    top = (f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav>' +
           "".join(f'<a href="#">{n}</a>' for n in nav) + '</nav></div>')
    return M.plain_doc(top + f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>')


def build_pages():
    P = []

    # ======================================================================= English UI of ANEF
    P.append(_p("en sign-in, alert: invalid username or password", "login_failure", "en", H.SSO_AUTH,
                sso(H.login_form("en", alert_html=H.alert("error", None, "Invalid username or password.", sm=True),
                                 ident="0912345678"), "en")))
    P.append(_p("en sign-in, alert: account temporarily disabled", "login_failure", "en", H.SSO_AUTH,
                sso(H.login_form("en", alert_html=H.alert("error", "Sign-in impossible",
                                 "Account is temporarily disabled; contact your administrator or retry later."),
                                 ident="7503981126", fc=False), "en")))
    P.append(_p("en forgot password, email sent notice", "password_reset", "en", SSO_ACT + "reset-credentials?client_id=anef-usagers",
                sso('<h1 class="fr-h3">Forgot your password?</h1>' +
                    H.alert("info", None, "You should receive an email shortly with further instructions.", sm=True) +
                    '<p class="fr-text--sm">Enter your username (foreign national number, or email address if you have none) '
                    'and we will send you instructions on how to create a new password.</p>' +
                    H.field("Username", "0756612390") + H.buttons(H.button("Submit")) +
                    '<p class="fr-mt-2w"><a class="fr-link" href="#">« Back to Login</a></p>', "en")))
    P.append(_p("en update password, error under the new password", "password_reset", "en", SSO_ACT + "required-action?execution=UPDATE_PASSWORD",
                sso('<h1 class="fr-h3">Update Password</h1>' +
                    H.alert("warning", None, "You need to change your password to activate your account.", sm=True) +
                    H.field("New Password", "••••••••••", typ="password",
                            error="Invalid password: must contain at least 1 upper case characters.") +
                    H.field("Confirm password", "••••••••••", typ="password") +
                    H.buttons(H.button("Submit")), "en")))
    P.append(_p("en create account, foreign number refused under the field", "account_creation", "en", PORTAL + "espace-personnel/creation-compte",
                H.page_anef('<h1 class="fr-h3">Create your account</h1>' +
                            H.stepper("Your residence document", 1, 3, "Your contact details", state_lbl="Step {c} of {t}", next_lbl="Next step:") +
                            H.field("Foreign national number or long-stay visa number", "09876543", hint="10 digits, on your residence permit",
                                    error="The number entered is not recognised. Check that it has 10 digits.") +
                            H.field("Validity start date", "12/09/2025", hint="Format: DD/MM/YYYY") +
                            H.field("Validity end date", "11/09/2026") + H.buttons(H.button("Continue"), H.button("Cancel", "secondary")),
                            lang="en", narrow=True)))
    P.append(_p("en home page, no problem", "unknown", "en", "https://" + H.HOST + "/usagers/#/?lang=en",
                H.page_anef('<h1>Digital administration for foreigners in France</h1><p class="fr-text--lead">Carry out your '
                            'residence, naturalisation and travel document procedures online.</p><div class="fr-grid-row fr-grid-row--gutters">' +
                            H.tile("I validate my VLS-TS", "Long-stay visa equivalent to a residence permit") +
                            H.tile("I apply for or renew a residence permit", "Students, workers, family, visitors") +
                            H.tile("French Nationality application", "Naturalisation by decree") + '</div>', lang="en")))
    P.append(_p("en my applications, instruction in progress", "request_status", "en", ESP + "mes-demandes",
                H.page_anef('<h1 class="fr-h3">My applications</h1><p>Residence permit renewal — « salarié » — no. 7501-2026-004318</p>' +
                            H.timeline(["Submission of the request", "Instruction in progress", "Decision made", "Document available"], 1,
                                       ["05/07/2026", "since 18/07/2026", "", ""], crop=True) +
                            '<p class="fr-text--sm">The prefecture is examining your application. You will be notified of any change.</p>',
                            lang="en", user="Nadia BENSALEM", active=1), step="in_progress"))
    P.append(_p("en my documents, attestation de prolongation d'instruction", "request_status", "en", ESP + "mes-documents",
                H.page_anef('<h1 class="fr-h3">My documents</h1>' +
                            H.table("Documents issued", ["Document", "Issued on", "Valid until", ""],
                                    [["Attestation de prolongation d'instruction (extension of examination)", "02/10/2026", "01/01/2027", "Download"],
                                     ["Confirmation du dépôt", "14/07/2026", "—", "Download"]], crop=True),
                            lang="en", user="Ahmad RASULI", active=2), step="in_progress"))
    P.append(_p("en notification, additional documents required", "missing_document", "en", ESP + "mes-notifications",
                H.page_anef('<h1 class="fr-h3">My notifications</h1>' +
                            H.alert("warning", "Additional documents are required",
                                    "<p>The prefecture needs the following document to continue examining your application: "
                                    "<b>proof of address less than 3 months old</b>.</p><p>Please send it before 18/12/2026.</p>") +
                            H.buttons(H.button("Send the requested document")), lang="en", user="Olena KOVAL", active=3)))
    P.append(_p("en upload refused, file too large", "upload_error", "en", ESP + "demande/pieces-justificatives",
                H.page_anef('<h1 class="fr-h3">Supporting documents</h1>' +
                            H.stepper("Supporting documents", 4, 6, "Summary", state_lbl="Step {c} of {t}", next_lbl="Next step:") +
                            H.upload("Passport (pages with your identity)", "PDF, JPG or PNG — 2 MB maximum",
                                     error="The file exceeds the maximum size allowed (2 MB).", filename_note="passport_scan.pdf (7.9 MB)", lang="en") +
                            H.upload("Proof of address", "PDF, JPG or PNG — 2 MB maximum", lang="en"), lang="en", user="Samuel OKAFOR")))
    P.append(_p("en session expired page", "blocked_page", "en", PORTAL + "session-expiree",
                H.page_anef(H.alert("error", "Your session has expired",
                                    "For your security you have been signed out after a period of inactivity. The data you had not "
                                    "saved has been lost.") + H.buttons(H.button("Sign in again")), lang="en", narrow=True)))
    P.append(_p("en FranceConnect link: account already exists", "franceconnect", "en", SSO_ACT + "first-broker-login?client_id=anef-usagers",
                sso('<h1 class="fr-h3">Account already exists</h1>' +
                    H.alert("warning", None, "User with email k.mensah@example.com already exists. How do you want to continue?", sm=True) +
                    H.buttons(H.button("Review profile", "secondary"), H.button("Add to existing account")), "en")))

    # ======================================================================= sign-in server, French
    P.append(_p("fr connexion, erreur sous le champ identifiant", "login_failure", "fr", H.SSO_AUTH,
                sso(H.login_form("fr", ident="", ident_err="Veuillez entrer votre nom d’utilisateur.", pw="••••••••", fc=False))))
    P.append(_p("fr connexion, compte désactivé dans l'encadré, liens autour", "login_failure", "fr", H.SSO_AUTH,
                sso('<h1 class="fr-h3">Connexion à votre espace personnel</h1>' +
                    H.alert("error", None, "Compte désactivé, contactez votre administrateur.", sm=True) +
                    H.field("Identifiant", "0412873309", hint="Numéro étranger (10 chiffres) ou adresse électronique") +
                    H.field("Mot de passe", "", typ="password") + H.buttons(H.button("Se connecter")) + links_box())))
    P.append(_p("fr mot de passe oublié, erreur d'envoi du courriel", "password_reset", "fr", SSO_ACT + "reset-credentials?client_id=anef-usagers",
                sso('<h1 class="fr-h3">Mot de passe oublié ?</h1>' +
                    H.alert("error", None, "Erreur lors de l’envoi du courriel, veuillez essayer plus tard.", sm=True) +
                    '<p class="fr-text--sm">Entrez votre nom d’utilisateur ou votre courriel ; un courriel va vous être envoyé vous '
                    'permettant de créer un nouveau mot de passe.</p>' + H.field("Identifiant", "1102938475") +
                    H.buttons(H.button("Soumettre")) + '<p class="fr-mt-2w"><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    P.append(_p("fr mise à jour du mot de passe, confirmations différentes", "password_reset", "fr", SSO_ACT + "required-action?execution=UPDATE_PASSWORD",
                sso('<h1 class="fr-h3">Mise à jour du mot de passe</h1>' +
                    H.alert("info", None, "Vous devez changer votre mot de passe pour activer votre compte.", sm=True) +
                    H.field("Nouveau mot de passe", "•••••••••••••", typ="password") +
                    H.field("Confirmation du nouveau mot de passe", "••••••••••••", typ="password",
                            error="Les mots de passe ne sont pas identiques.") + H.buttons(H.button("Valider")))))
    P.append(_p("fr lien de réinitialisation expiré", "password_reset", "fr", SSO_ACT + "action-token?key=eyJhbGciOi",
                sso('<h1 class="fr-h3">Réinitialisez votre mot de passe</h1>' +
                    H.alert("error", None, "Action expirée. Merci de recommencer.", sm=True) +
                    '<p>Le lien reçu par courriel n’est valable que pour une durée limitée.</p>' +
                    H.buttons(H.button("Recevoir un nouveau lien")) + '<p class="fr-mt-2w"><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    P.append(_p("fr mot de passe refusé : longueur minimale", "password_reset", "fr", SSO_ACT + "required-action?execution=UPDATE_PASSWORD",
                sso('<h1 class="fr-h3">Choisissez votre mot de passe</h1><p class="fr-text--sm">Vous vous connectez pour la première '
                    'fois avec le mot de passe temporaire reçu par courriel.</p>' +
                    H.field("Nouveau mot de passe", "••••••••", typ="password",
                            error="Mot de passe invalide : longueur minimale requise de 12.") +
                    H.field("Confirmation du mot de passe", "••••••••", typ="password") + H.buttons(H.button("Valider")))))

    # ======================================================================= account creation, French
    P.append(_p("fr création de compte, date de fin refusée", "account_creation", "fr", PORTAL + "espace-personnel/creation-compte",
                H.page_anef('<h1 class="fr-h3">Créer mon compte</h1>' +
                            H.stepper("Votre document de séjour", 1, 3, "Vos coordonnées") +
                            H.field("Numéro étranger ou numéro de visa long séjour", "7512034968") +
                            H.field("Date de début de validité", "03/02/2026", hint="Format attendu : JJ/MM/AAAA") +
                            H.field("Date de fin de validité", "02/02/2025", error="La date de fin de validité doit être postérieure à la date de début de validité.") +
                            H.buttons(H.button("Continuer"), H.button("Annuler", "secondary")), narrow=True)))
    P.append(_p("fr vérification du courriel à l'inscription", "account_creation", "fr", SSO_ACT + "required-action?execution=VERIFY_EMAIL",
                sso('<h1 class="fr-h3">Vérification du courriel</h1>' +
                    H.alert("warning", None, "Vous devez vérifier votre courriel pour activer votre compte.", sm=True) +
                    '<p>Un courriel avec des instructions à suivre vous a été envoyé.</p><p>Vous n’avez pas reçu de code dans le '
                    'courriel ? <a href="#">Cliquez ici</a> pour renvoyer le courriel.</p>')))
    P.append(_p("fr création de compte, courriel existe déjà", "account_creation", "fr", PORTAL + "espace-personnel/creation-compte",
                H.page_anef('<h1 class="fr-h3">Créer mon compte</h1>' +
                            H.stepper("Vos coordonnées", 2, 3, "Votre mot de passe") +
                            H.field("Adresse électronique", "moussa.diallo@exemple.fr", error="Le courriel existe déjà.") +
                            H.field("Confirmation de l’adresse électronique", "moussa.diallo@exemple.fr") +
                            H.field("Téléphone portable", "06 12 34 56 78") +
                            H.buttons(H.button("Continuer"), H.button("Retour", "secondary")), narrow=True)))

    # ======================================================================= FranceConnect
    P.append(_p("fr lier le compte avec FranceConnect (Keycloak)", "franceconnect", "fr", SSO_ACT + "first-broker-login?client_id=anef-usagers",
                sso('<h1 class="fr-h3">Ce compte existe déjà</h1>' +
                    H.alert("info", None, "Identifiez vous afin de lier votre compte avec FranceConnect", sm=True) +
                    H.field("Identifiant", "0598123476", hint="Numéro étranger ou adresse électronique") +
                    H.field("Mot de passe", "", typ="password") + H.buttons(H.button("Se connecter")))))
    P.append(_p("FranceConnect, page d'erreur de session", "franceconnect", "fr", "https://app.franceconnect.gouv.fr/api/v2/interaction/8c1f",
                "", tab="Connexion - Erreur - FranceConnect",
                doc=M.dsfr_doc('<header class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">'
                               '<div class="fr-header__brand"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div></div>'
                               '<div class="fr-header__service"><p class="fr-header__service-title">FranceConnect</p></div></div></div></div></div></header>' +
                               H.main('<h1 class="fr-h3">Une erreur s’est produite</h1>' +
                                      H.alert("error", "Erreur Y150003", "Votre session a expiré ou est invalide, fermez l’onglet de votre navigateur et reconnectez-vous.") +
                                      '<h2 class="fr-h5">Que faire ?</h2>' + H.buttons(H.button("Contactez-nous", "secondary")) +
                                      '<h2 class="fr-h5 fr-mt-3w">Besoin d\'aide ?</h2><p>Merci de consulter notre page d’aide FranceConnect.</p>', narrow=True),
                               title="Connexion - Erreur - FranceConnect")))
    P.append(_p("FranceConnect, connexion au fournisseur impossible", "franceconnect", "fr", "https://app.franceconnect.gouv.fr/api/v2/interaction/41de",
                "", tab="Connexion - Choix du compte - FranceConnect",
                doc=M.dsfr_doc(H.main('<p class="fr-text--sm">Connexion en cours sur Étrangers en France</p>' +
                                      H.alert("error", None, "La connexion à <b>ameli.fr</b> n’a pas été possible. Veuillez réessayer ou choisir un autre moyen de connexion.", sm=True) +
                                      '<h1 class="fr-h4">Choisissez un compte pour vous connecter :</h1><div class="fr-grid-row fr-grid-row--gutters">' +
                                      H.tile("impots.gouv.fr", "") + H.tile("ameli.fr", "") + H.tile("L’Identité Numérique La Poste", "") + H.tile("MSA", "") +
                                      '</div>', narrow=False), title="Connexion - Choix du compte - FranceConnect")))
    P.append(_p("fr espace personnel vide après FranceConnect", "franceconnect", "fr", ESP + "mon-compte",
                H.page_anef('<h1 class="fr-h3">Mes démarches</h1>' +
                            H.alert("info", "Vous êtes connecté avec FranceConnect",
                                    "Aucune démarche n’est rattachée à cette identité. Si vous avez déjà un compte Étrangers en France, "
                                    "liez-le à FranceConnect pour retrouver vos demandes.") +
                            H.buttons(H.button("Lier mon compte existant"), H.button("Commencer une démarche", "secondary")),
                            user="Fatoumata TRAORÉ")))

    # ======================================================================= blocked pages
    P.append(_p("fr erreur 500 DSFR", "blocked_page", "fr", PORTAL + "erreur",
                H.page_anef('<div class="fr-grid-row" id="crop"><div class="fr-col-12"><h1>Erreur inattendue</h1>'
                            '<p class="fr-text--sm fr-mb-3w">Erreur 500</p><p class="fr-text--lead">Désolé, le service rencontre un problème, '
                            'nous travaillons pour le résoudre le plus rapidement possible.</p><p>Essayez de rafraîchir la page ou bien '
                            'réessayez plus tard.</p>' + H.buttons(H.button("Page d’accueil")) + '</div></div>')))
    P.append(_p("fr maintenance, service momentanément indisponible", "blocked_page", "fr", "https://" + H.HOST + "/usagers/",
                H.page_anef(H.alert("warning", "Service momentanément indisponible",
                                    "<p>Le site Étrangers en France fait l’objet d’une opération de maintenance le mardi 17 novembre "
                                    "de 20 h à 23 h.</p><p>Nous vous prions de nous excuser pour la gêne occasionnée.</p>"), narrow=True)))
    P.append(_p("fr demande invalide dans une démarche", "blocked_page", "fr", ESP + "demande/renouvellement",
                H.page_anef('<h1 class="fr-h3">Je demande ou renouvelle un titre de séjour</h1>' +
                            H.stepper("Votre situation", 2, 7, "Vos documents") +
                            H.alert("error", "Demande invalide", "Vous ne pouvez pas poursuivre cette démarche. "
                                    "Vous n’êtes pas reconnu bénéficiaire de la protection internationale.") +
                            H.buttons(H.button("Précédent", "secondary"), H.button("Suivant")), user="Yonas TESFAYE")))
    P.append(_p("Chromium fr, connexion réinitialisée (ANEF)", "blocked_page", "fr", "https://" + H.HOST + "/usagers/",
                "", tab=H.HOST, browsers=CHROMIUM,
                doc=chrome_error("Ce site est inaccessible", ["La connexion a été réinitialisée."],
                                 ["Essayez de :", "Vérifier la connexion", "Vérifier le proxy et le pare-feu", "Exécuter les diagnostics réseau de Windows"],
                                 "ERR_CONNECTION_RESET", "Actualiser")))
    P.append(_p("Chromium fr, trop de redirections (SSO)", "blocked_page", "fr", H.SSO_AUTH,
                "", tab=H.SSO, browsers=CHROMIUM,
                doc=chrome_error("Cette page ne fonctionne pas", [f"<b>{H.SSO}</b> vous a redirigé à de trop nombreuses reprises."],
                                 ["Essayez de :", "Supprimer les cookies"], "ERR_TOO_MANY_REDIRECTS", "Actualiser")))
    P.append(_p("Chromium fr, HTTP ERROR 503 (ANEF)", "blocked_page", "fr", ESP + "mes-demandes",
                "", tab=H.HOST, browsers=CHROMIUM,
                doc=chrome_error("Cette page ne fonctionne pas", [f"<b>{H.HOST}</b> ne parvient pas à traiter cette demande pour le moment."],
                                 [], "HTTP ERROR 503", "Actualiser")))
    P.append(_p("Firefox fr, la page n'est pas redirigée correctement (SSO)", "blocked_page", "fr", H.SSO_AUTH,
                "", tab="Problème de chargement de la page", browsers=FIREFOX,
                doc=firefox_error("La page n’est pas redirigée correctement",
                                  [f"Une erreur est survenue pendant une connexion à {H.SSO}."],
                                  ["La cause de ce problème peut être la désactivation ou le refus des cookies."], "Réessayer")))
    P.append(_p("Firefox fr, délai d'attente dépassé (ANEF)", "blocked_page", "fr", "https://" + H.HOST + "/usagers/",
                "", tab="Problème de chargement de la page", browsers=FIREFOX,
                doc=firefox_error("Le délai d’attente est dépassé",
                                  [f"Le serveur à l’adresse {H.HOST} met trop de temps à répondre."],
                                  ["Le site est peut-être temporairement indisponible ou surchargé. Réessayez plus tard.",
                                   "Si vous n’arrivez à naviguer sur aucun site, vérifiez la connexion au réseau de votre ordinateur."], "Réessayer")))
    P.append(_p("Keycloak fr, la page a expiré", "blocked_page", "fr", SSO_ACT + "authenticate?execution=4f2a",
                sso('<h1 class="fr-h3" id="crop">La page a expiré</h1><p>Pour recommencer le processus d’authentification '
                    '<a href="#">Cliquez ici</a>.</p><p>Pour continuer le processus d’authentification <a href="#">Cliquez ici</a>.</p>')))
    P.append(_p("fr paiement du timbre, erreur sous le bouton", "blocked_page", "fr", ESP + "demande/paiement",
                H.page_anef('<h1 class="fr-h3">Paiement</h1>' + H.stepper("Paiement du timbre fiscal", 6, 7, "Confirmation") +
                            H.field("Numéro du timbre fiscal électronique", "4821 0937 5516 2840", hint="16 chiffres") +
                            H.buttons(H.button("Payer et transmettre ma demande")) +
                            '<p class="fr-error-text fr-mt-1w">Le paiement n’a pas pu aboutir. Votre demande n’a pas été transmise. Veuillez réessayer ultérieurement.</p>',
                            user="Ali HASSANI")))

    # ======================================================================= missing documents
    P.append(_p("fr notifications, demande de pièces non lue", "missing_document", "fr", ESP + "mes-notifications",
                H.page_anef('<h1 class="fr-h3">Mes notifications</h1>' +
                            H.table("Vos notifications", ["", "Date", "Objet", "Démarche"],
                                    [[H.badge("Non lue", "new"), "24/11/2026", "<b>Demande de pièces complémentaires</b>", "Titre de séjour — renouvellement"],
                                     ["Lue", "02/09/2026", "Confirmation du dépôt de votre demande", "Titre de séjour — renouvellement"]], crop=True),
                            user="Mariam KONATÉ", active=3)))
    P.append(_p("fr pièce demandée par la préfecture avec champ d'ajout", "missing_document", "fr", ESP + "demande/complement",
                H.page_anef('<h1 class="fr-h3">Compléter ma demande</h1>' +
                            H.alert("warning", "La préfecture vous demande un document",
                                    "<p>Pièce demandée : <b>justificatif de ressources des 6 derniers mois</b>.</p>"
                                    "<p>Date limite de réponse : 05/01/2027. Si vous ne disposez pas de ce document, joignez un courrier explicatif.</p>") +
                            H.upload("Justificatif de ressources", "Formats acceptés : PDF, JPG, PNG") + H.buttons(H.button("Transmettre")),
                            user="Hamid OUALI")))
    P.append(_p("fr naturalisation, mise en demeure", "missing_document", "fr", ESP + "nationalite/dossier",
                H.page_anef('<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>' +
                            H.alert("error", "Mise en demeure de compléter votre dossier",
                                    "Il manque la copie intégrale de votre acte de naissance. Vous disposez de 15 jours pour la transmettre ; "
                                    "à défaut, votre demande pourra être classée sans suite.") +
                            H.buttons(H.button("Ajouter le document")), user="Irina PETRENKO")))

    # ======================================================================= upload refusals
    P.append(_p("fr pièce refusée : taille", "upload_error", "fr", ESP + "demande/pieces-justificatives",
                H.page_anef('<h1 class="fr-h3">Pièces justificatives</h1>' + H.stepper("Vos justificatifs", 4, 7, "Photo et signature") +
                            H.upload("Justificatif de domicile de moins de 6 mois", "Taille maximale : 2 Mo. Formats supportés : pdf, jpg, png.",
                                     error="Le fichier dépasse la taille maximale autorisée (2 Mo).", filename_note="facture_edf_scan.pdf (6,4 Mo)") +
                            H.upload("Acte de naissance", "Taille maximale : 2 Mo. Formats supportés : pdf, jpg, png."), user="Kamal RAHMAN")))
    P.append(_p("fr pièce refusée : format heic", "upload_error", "fr", ESP + "demande/pieces-justificatives",
                H.page_anef('<h1 class="fr-h3">Pièces justificatives</h1>' +
                            H.upload("Passeport", "Taille maximale : 2 Mo. Formats supportés : pdf, jpg, png.",
                                     error="Format de fichier non accepté (.heic). Formats acceptés : PDF, JPG, PNG.", filename_note="IMG_4471.HEIC") +
                            H.buttons(H.button("Enregistrer et continuer")), user="Leila KARIMI")))
    P.append(_p("fr code e-photo refusé sous le champ", "upload_error", "fr", ESP + "demande/photo",
                H.page_anef('<h1 class="fr-h3">Photo et signature</h1>' + H.stepper("Photo et signature", 5, 7, "Paiement") +
                            H.field("Code e-photo", "F7K2-9QXM-44TB", hint="Code à 22 caractères remis par la cabine ou le photographe agréé",
                                    error="Le code e-photo a expiré ou a déjà été utilisé.") +
                            H.buttons(H.button("Valider le code")), user="Bilal AHMADI")))
    P.append(_p("fr PDF protégé par mot de passe", "upload_error", "fr", ESP + "demande/pieces-justificatives",
                H.page_anef('<h1 class="fr-h3">Pièces justificatives</h1>' +
                            H.upload("Relevés bancaires (3 derniers mois)", "PDF uniquement, non protégé",
                                     error="Le fichier est protégé par un mot de passe et ne peut pas être lu.", filename_note="releves_banque.pdf") +
                            H.buttons(H.button("Enregistrer et continuer")), user="Sara MOHAMMADI")))

    # ======================================================================= request status
    P.append(_p("fr suivi séjour : décision prise", "request_status", "fr", ESP + "mes-demandes",
                H.page_anef('<h1 class="fr-h3">Mes démarches</h1><p>Demande de carte de séjour pluriannuelle — n° 9301-2026-118274</p>' +
                            H.timeline(["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"], 2,
                                       ["21/04/2026", "02/05/2026", "19/11/2026", ""], crop=True) +
                            '<p>Une décision a été prise sur votre demande. Vous serez informé de la suite par courriel.</p>',
                            user="Djibril SOW", active=1), step="decision_made"))
    P.append(_p("fr naturalisation : entretien d'assimilation", "request_status", "fr", ESP + "nationalite",
                H.page_anef('<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>' +
                            H.timeline(["Demande envoyée", "Examen des pièces en cours", "Dépôt de la demande", "Réception du récépissé de complétude",
                                        "Entretien d’assimilation", "Décision statuée", "Cérémonie de remise du livret"], 4,
                                       ["12/01/2025", "", "03/03/2025", "28/08/2025", "", "", ""], crop=True),
                            user="Oksana MELNYK", active=1), step="in_progress"))
    P.append(_p("fr mes documents : attestation de décision favorable", "request_status", "fr", ESP + "mes-documents",
                H.page_anef('<h1 class="fr-h3">Mes documents</h1>' +
                            H.alert("success", None, "Document disponible : votre attestation de décision favorable peut être téléchargée.", sm=True) +
                            H.table("Documents", ["Document", "Date", ""],
                                    [["Attestation de décision favorable", "26/11/2026", "Télécharger"],
                                     ["Attestation de prolongation d’instruction", "30/08/2026", "Télécharger"]]),
                            user="Reza AKBARI", active=2), step="document_available"))
    P.append(_p("fr confirmation du dépôt", "request_status", "fr", ESP + "demande/confirmation",
                H.page_anef(H.alert("success", "Votre demande a bien été déposée",
                                    "<p>Numéro de demande : 6901-2026-330512. Votre attestation de dépôt est disponible dans Mes documents.</p>"
                                    "<p>Ce document ne vaut pas titre de séjour.</p>") +
                            H.timeline(["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"], 0, ["27/11/2026", "", "", ""]),
                            user="Chen WEI"), step="submitted"))
    P.append(_p("fr demande classée sans suite", "request_status", "fr", ESP + "mes-demandes",
                H.page_anef('<h1 class="fr-h3">Mes démarches</h1>' +
                            H.table("Historique de vos demandes", ["Démarche", "Déposée le", "Statut"],
                                    [["Changement de statut étudiant → salarié", "11/03/2026", H.badge("Classée sans suite", "error")],
                                     ["Titre de séjour étudiant", "02/08/2025", H.badge("Clôturée", "info")]], crop=True),
                            user="Anh NGUYEN", active=1), step="decision_made"))

    # ======================================================================= no problem / other administrations
    P.append(_p("fr catalogue des démarches", "unknown", "fr", "https://" + H.HOST + "/usagers/#/demarches",
                H.page_anef('<h1>Les démarches en ligne</h1><div class="fr-grid-row fr-grid-row--gutters">' +
                            H.tile("Je valide mon VLS-TS", "Visa de long séjour valant titre de séjour") +
                            H.tile("Je demande ou renouvelle un titre de séjour", "Étudiant, salarié, vie privée et familiale…") +
                            H.tile("Je demande un document de voyage", "Réfugiés, apatrides, protection subsidiaire") +
                            H.tile("Demande d’accès à la Nationalité Française", "Naturalisation par décret") +
                            H.tile("Je déclare un changement d’adresse", "Mettre à jour mes coordonnées") +
                            H.tile("J’achète un timbre fiscal", "Sur timbres.impots.gouv.fr") + '</div>')))
    P.append(_p("fr accueil ANEF connecté, rien à signaler", "unknown", "fr", ESP + "mon-compte",
                H.page_anef('<h1 class="fr-h3">Bonjour Mme Aïcha BALDÉ</h1><p>Vous n’avez aucune nouvelle notification.</p>'
                            '<div class="fr-grid-row fr-grid-row--gutters">' +
                            H.tile("Mes démarches", "1 demande déposée") + H.tile("Mes documents", "3 documents") +
                            H.tile("Mon compte", "Coordonnées, mot de passe") + '</div>', user="Aïcha BALDÉ", active=0)))
    P.append(_p("fr mot de passe mis à jour (ça a marché)", "unknown", "fr", ESP + "mon-compte/securite",
                H.page_anef('<h1 class="fr-h3">Mon compte</h1>' +
                            H.alert("success", None, "Votre mot de passe a été mis à jour.", sm=True) +
                            '<p>Identifiant : 0834719265</p><p>Adresse électronique : y.benali@exemple.fr</p>', user="Youssef BENALI", active=4)))
    P.append(_p("impots.gouv.fr, service indisponible", "unknown", "fr", "https://cfspart.impots.gouv.fr/monprofil-webapp/connexion",
                "", tab="impots.gouv.fr - Service indisponible",
                doc=other_site("impots.gouv.fr", "#000091", ["Particulier", "Professionnel", "Partenaire"],
                               '<div class="box"><h1>Service momentanément indisponible</h1><div class="err">Votre espace particulier est '
                               'temporairement inaccessible en raison d’une opération de maintenance. Veuillez vous reconnecter ultérieurement.</div>'
                               '<p class="muted">Pour toute question, consultez la rubrique Aide.</p></div>', "Direction générale des Finances publiques")))
    P.append(_p("France Travail, actualisation en maintenance", "unknown", "fr", "https://candidat.francetravail.fr/actualisation",
                "", tab="Actualisation - France Travail",
                doc=other_site("France Travail", "#1c2a56", ["Mon espace", "Offres d’emploi", "Mes droits"],
                               '<div class="box"><h1>Actualisation mensuelle</h1><div class="info">Le service d’actualisation est en cours de '
                               'maintenance. Il sera de nouveau disponible à partir de 14 h.</div><span class="btn" style="background:#e2001a">Retour à l’accueil</span></div>',
                               "francetravail.fr")))
    P.append(_p("Chromium fr, site ANTS inaccessible", "unknown", "fr", "https://moncompte.ants.gouv.fr/connexion",
                "", tab="moncompte.ants.gouv.fr", browsers=CHROMIUM,
                doc=chrome_error("Ce site est inaccessible", ["<b>moncompte.ants.gouv.fr</b> a mis trop de temps à répondre."],
                                 ["Essayez de :", "Vérifier la connexion", "Vérifier le proxy et le pare-feu"], "ERR_CONNECTION_TIMED_OUT", "Actualiser")))
    P.append(_p("Démarches simplifiées, dossier en instruction", "unknown", "fr", "https://www.demarches-simplifiees.fr/dossiers/2284519",
                "", tab="Dossier n° 2284519 · demarches-simplifiees.fr",
                doc=other_site("demarches-simplifiees.fr", "#000091", ["Mes dossiers", "Aide"],
                               '<div class="box"><h1>Demande de rendez-vous — Remise de titre de séjour</h1><p>Dossier n° 2284519</p>'
                               '<div class="info">Votre dossier est passé en instruction. L’administration examine les informations transmises.</div>'
                               '<p class="muted">Déposé le 18 novembre 2026</p></div>', "Préfecture — service des étrangers")))

    # ======================================================================= pages the browser translated
    P.append(_p("ar (traduction du navigateur) connexion, identifiant invalide", "login_failure", "ar", H.SSO_AUTH, "",
                translated=True, bubble_txt=("تمت ترجمة هذه الصفحة", "الفرنسية", "العربية"), bubble_rtl=True,
                doc=M.dsfr_doc(sso(H.login_form("ar", alert_html=H.alert("error", None, "اسم المستخدم أو كلمة المرور غير صالحة.", sm=True),
                                                ident="0623918475"), "ar"), lang="ar", rtl=True, css_extra=RTL_FONT)))
    P.append(_p("ru (перевод браузера) статус: рассмотрение", "request_status", "ru", ESP + "mes-demandes", "", step="in_progress",
                translated=True, bubble_txt=("Страница переведена", "французский", "русский"),
                doc=M.dsfr_doc(H.page_anef('<h1 class="fr-h3">Мои шаги</h1><p>Продление вида на жительство — № 1301-2026-072291</p>' +
                                           H.timeline(["Подача заявки", "Рассмотрение продолжается", "Решение принято", "Документ доступен"], 1,
                                                      ["09/06/2026", "с 23/06/2026", "", ""], crop=True), lang="ru", user="Dmitri IVANOV", active=1),
                               lang="ru")))
    P.append(_p("uk (переклад браузера) файл завеликий", "upload_error", "uk", ESP + "demande/pieces-justificatives", "",
                translated=True, bubble_txt=("Сторінку перекладено", "французька", "українська"),
                doc=M.dsfr_doc(H.page_anef('<h1 class="fr-h3">Підтверджувальні документи</h1>' +
                                           H.upload("Підтвердження місця проживання", "Максимальний розмір: 2 МБ. Підтримувані формати: pdf, jpg, png.",
                                                    error="Файл перевищує максимально дозволений розмір (2 МБ).", filename_note="dovidka.pdf (5,2 МБ)", lang="uk"),
                                           lang="uk", user="Olha SHEVCHENKO"), lang="uk")))
    P.append(_p("fa (ترجمه مرورگر) سرویس موقتاً در دسترس نیست", "blocked_page", "fa", "https://" + H.HOST + "/usagers/", "",
                translated=True, bubble_txt=("این صفحه ترجمه شد", "فرانسوی", "فارسی"), bubble_rtl=True,
                doc=M.dsfr_doc(H.page_anef(H.alert("warning", "سرویس موقتاً در دسترس نیست",
                                                   "سایت خارجی ها در فرانسه در حال تعمیر و نگهداری است. لطفا بعدا دوباره امتحان کنید."), lang="fa", narrow=True),
                               lang="fa", rtl=True, css_extra=RTL_FONT)))
    return P
