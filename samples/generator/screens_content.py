"""The sample list: page text + presentation of every screenshot (labels come from here).

Every page text is hand-written; wording is varied on purpose.  Labels never appear in the pages.
"""
import datetime as dt

import anef_html as H
from anef_html import (
    PORTAL,
    SSO_ACT,
    SSO_AUTH,
    alert,
    badge,
    breadcrumb,
    button,
    buttons,
    card,
    fc_button,
    field,
    link,
    login_form,
    page_anef,
    stepper,
    table,
    tile,
    timeline,
    upload,
)

HOSTS_URL = "https://" + H.HOST
_S = []


# languages of the later "translated" samples (browser machine translation of the French page)
TR_LANGS = ("ar", "ru", "uk", "fa")
# fonts the translated text falls back to after Marianne (no Arabic script) and arial (Liberation Sans: Cyrillic)
TR_FONTS = {"ar": "Marianne,arial,'Noto Sans Arabic',sans-serif", "fa": "Marianne,arial,'Noto Naskh Arabic',sans-serif"}


def _dsfr_doc(body, dark, lang):
    from make_screens import dsfr_doc
    if lang in TR_FONTS:
        css = f" html.translated-rtl body,html.translated-rtl input,html.translated-rtl textarea{{font-family:{TR_FONTS[lang]}}}"
        return dsfr_doc(body, dark=dark, lang=lang, rtl=True, css_extra=css)
    return dsfr_doc(body, dark=dark, lang="fr" if lang == "tr" else lang)


def _plain_doc(body, css=""):
    from make_screens import plain_doc
    return plain_doc(body, css)


def S(situation, pres, frame, lang, body, url=None, step="", plain=False, css="", dark=False, tab=None,
      no_taskbar=False, **kw):
    """register one sample. lang: fr / en / tr (tr = machine-translated English) / ar, ru, uk, fa (machine-translated too)."""
    d = dict(situation=situation, presentation=pres, frame=frame, step=step, url=url, dark=dark,
             lang="en" if lang == "tr" else lang, translated=(lang == "tr" or lang in TR_LANGS), no_taskbar=no_taskbar, **kw)
    d["tab"] = tab or ("Étrangers en France" if lang == "fr" else "Foreigners in France")
    d["_body"], d["_plain"], d["_css"], d["_lang"] = body, plain, css, lang
    _S.append(d)


def _finish(rng):
    start = dt.date(2025, 1, 6)
    out = []
    for d in _S:
        if d["_plain"]:
            d["doc"] = _plain_doc(d["_body"], d["_css"])
        else:
            d["doc"] = _dsfr_doc(d["_body"], d["dark"], d["_lang"])
        day = start + dt.timedelta(days=rng.randint(0, 700))
        hh, mm = rng.randint(7, 23), rng.randint(0, 59)
        t = f"{hh:02d}:{mm:02d}"
        crop = d["presentation"] == "crop"
        if crop or d["frame"] == "desk_bare":
            d["url"] = None
        if d["frame"] == "desk_chrome" and not crop:
            if not d["no_taskbar"]:
                d["time"], d["date"] = t, day.isoformat()
        elif d["frame"] == "phone" and not crop:
            d["time"] = t
            d["clock_date"] = False
            d["date"] = ""
        if d.get("url"):
            d["site"] = d["url"].split("://", 1)[-1].split("/", 1)[0]
        for k in ("_body", "_plain", "_css", "_lang"):
            d.pop(k)
        out.append(d)
    # neutral order: ordinary desktop/phone screenshots first, harder presentations after; shuffled inside
    easy = [d for d in out if d["presentation"] in ("desktop", "phone")]
    hard = [d for d in out if d["presentation"] not in ("desktop", "phone")]
    rng.shuffle(easy)
    rng.shuffle(hard)
    return easy + hard


USERS = ["Amina KONATÉ", "Rahul SHARMA", "Olena KOVALENKO", "Mamadou DIALLO", "Wei LI", "Carlos MENDOZA",
         "Fatima EL AMRANI", "Ahmad RAHIMI", "Yasmine BENALI", "Thi Lan NGUYEN", "Ibrahim TRAORÉ", "Sofia IVANOVA"]


def side(title, text):
    return f'<div class="fr-callout fr-mt-3w"><h3 class="fr-callout__title">{title}</h3><p class="fr-callout__text">{text}</p></div>'


def two_cols(left, right):
    return (f'<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-7">{left}</div>'
            f'<div class="fr-col-12 fr-col-md-5">{right}</div></div>')


# =============================================================================== login_failure
def login_failure():
    L = "login_failure"
    S(L, "desktop", "desk_chrome", "fr", url=SSO_AUTH, tab="Connexion - Étrangers en France",
      body=page_anef(login_form("fr", alert("error", None, "Nom d’utilisateur ou mot de passe invalide.", sm=True),
                                ident="7512043398"), narrow=True, tools=False))
    S(L, "desktop", "desk_chrome", "fr", url=PORTAL + "connexion-inscription",
      body=page_anef(two_cols(
          login_form("fr", alert("error", "Connexion impossible", "Votre identifiant ou votre mot de passe est incorrect. Veuillez réessayer.")
                     , ident="anna.petrenko@gmail.com", fc=False, heading="Se connecter"),
          side("Quel identifiant utiliser ?", "Votre identifiant est votre numéro étranger (10 chiffres, au-dessus de votre signature sur le titre de séjour). Si vous n’avez pas de numéro étranger, utilisez votre adresse électronique.")
          + side("Vous avez validé votre VLS-TS en ligne ?", "Utilisez la référence figurant dans la confirmation de validation de votre VLS-TS."))))
    S(L, "desktop", "desk_bare", "fr",
      body=page_anef(login_form("fr", "", ident="751204339", ident_err="Identifiant inconnu. Vérifiez votre numéro étranger (10 chiffres).",
                                pw="xxxxxxxxxx"), narrow=True))
    S(L, "desktop", "desk_chrome", "en", url=SSO_AUTH.replace("anef-usagers&", "anef-usagers&ui_locales=en&"),
      tab="Sign in - Foreigners in France",
      body=page_anef(login_form("en", alert("error", None, "Invalid username or password.", sm=True), ident="7603318842"), lang="en", narrow=True, tools=False))
    S(L, "phone", "phone", "fr", url=SSO_AUTH,
      body=page_anef(login_form("fr", alert("error", "Compte temporairement bloqué",
                                            "Suite à plusieurs tentatives de connexion infructueuses, votre compte est bloqué. Réessayez dans 15 minutes."),
                                ident="7409981230", fc=False), narrow=True, tools=False, foot=False))
    S(L, "phone", "phone", "fr", url=None,
      body=page_anef(login_form("fr", alert("error", None, "Compte désactivé, contactez votre administrateur.", sm=True),
                                ident="fatou.ndiaye@yahoo.fr", fc=True, first=False), narrow=True, tools=False))
    S(L, "phone", "phone", "en", url=PORTAL + "connexion-inscription",
      body=page_anef(login_form("en", alert("error", "Account locked", "Your account has been locked after too many failed sign-in attempts. Please try again later."),
                                ident="7711204455", fc=False), lang="en", narrow=True, tools=False))
    S(L, "photo", "desk_chrome", "fr", url=SSO_ACT + "authenticate?session_code=Qm3dX0aL&execution=2b1e&client_id=anef-usagers",
      body=page_anef(login_form("fr", alert("warning", "Erreur d’authentification", "Vérifiez votre identifiant et votre mot de passe puis recommencez."),
                                ident="7800123456"), narrow=True, tools=False))
    S(L, "photo", "phone", "fr", url=SSO_AUTH,
      body=page_anef(login_form("fr", alert("error", None, "Adresse électronique ou mot de passe invalide.", sm=True),
                                ident="m.hassan@outlook.fr", fc=False,
                                extra_bottom=alert("info", None, "Vous avez validé votre VLS-TS ? Votre identifiant est la référence indiquée dans la confirmation de validation, pas votre numéro de visa.", sm=True)),
                     narrow=True, tools=False))
    S(L, "dark", "desk_chrome", "fr", url=PORTAL + "connexion-inscription", dark=True,
      body=page_anef(login_form("fr", "", ident="7512990011", pw_err="Le mot de passe saisi est incorrect. Il vous reste 2 tentatives.",
                                pw="motdepasse"), narrow=True))
    S(L, "lowres", "desk_chrome", "fr", url=SSO_AUTH, scale=0.6,
      body=page_anef(login_form("fr", alert("error", None, "Connexion échouée : identifiants incorrects.", sm=True), ident="7499001122"), narrow=True, tools=False))
    S(L, "crop", "desk_bare", "fr",
      body=page_anef(login_form("fr", alert("error", "Nombre maximal de tentatives atteint",
                                            "Par mesure de sécurité, l’accès à votre compte est verrouillé pendant 30 minutes. Passé ce délai, saisissez à nouveau votre numéro étranger et votre mot de passe.",
                                            crop=True)), narrow=True))
    S(L, "translated", "desk_chrome", "tr", url=SSO_AUTH, bubble=True, tab="Connection - Foreigners in France",
      body=page_anef(login_form("tr", alert("error", None, "Identifier or incorrect password. Thank you to check your entry.", sm=True),
                                ident="7533019876"), lang="tr", narrow=True, tools=False))


# =============================================================================== password_reset
def password_reset():
    P = "password_reset"
    S(P, "desktop", "desk_chrome", "fr", url=SSO_ACT + "reset-credentials?client_id=anef-usagers&tab_id=k2Pq",
      tab="Mot de passe oublié - Étrangers en France",
      body=page_anef('<h1 class="fr-h3">Mot de passe oublié</h1>' +
                     alert("success", None, "Un message a été envoyé à l’adresse électronique correspondant à l’identifiant saisi.", sm=True) +
                     "<p>Saisissez votre identifiant (numéro étranger, ou adresse électronique si vous n’avez pas de numéro étranger) pour recevoir un lien de réinitialisation.</p>" +
                     field("Identifiant", "7420087713") + buttons(button("Valider"), button("Retour à la connexion", "secondary")),
                     narrow=True, tools=False))
    S(P, "desktop", "desk_chrome", "fr", url=SSO_ACT + "required-action?execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=Zx81",
      body=page_anef('<h1 class="fr-h3">Réinitialisez votre mot de passe</h1>' +
                     alert("warning", None, "Vous devez changer votre mot de passe pour activer votre compte.", sm=True) +
                     field("Nouveau mot de passe", "", typ="password", hint="12 caractères minimum, dont une majuscule, un chiffre et un caractère spécial") +
                     field("Confirmation du mot de passe", "", typ="password") + buttons(button("Valider")),
                     narrow=True, tools=False))
    S(P, "phone", "phone", "fr", url=SSO_ACT + "required-action?execution=UPDATE_PASSWORD",
      body=page_anef('<h1 class="fr-h3">Mise à jour du mot de passe</h1><p>Votre mot de passe temporaire doit être remplacé lors de votre première connexion.</p>' +
                     field("Nouveau mot de passe", "Paris2026!abc", typ="password") +
                     field("Confirmation du mot de passe", "Paris2026!ab", typ="password", error="Les mots de passe ne sont pas identiques.") +
                     buttons(button("Enregistrer")), narrow=True, tools=False, foot=False))
    S(P, "desktop", "desk_chrome", "en", url=SSO_ACT + "required-action?execution=UPDATE_PASSWORD&ui_locales=en",
      tab="Update password - Foreigners in France",
      body=page_anef('<h1 class="fr-h3">Update password</h1>' +
                     alert("warning", None, "You need to change your password to activate your account.", sm=True) +
                     field("New password", "short1!", typ="password", error="Invalid password: minimum length 12.") +
                     field("Confirm password", "short1!", typ="password") + buttons(button("Submit")),
                     lang="en", narrow=True, tools=False))
    S(P, "photo", "desk_chrome", "fr", url=SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3&client_id=anef-usagers",
      body=page_anef('<h1 class="fr-h3">Lien expiré</h1>' +
                     alert("error", None, "Le lien de réinitialisation de votre mot de passe a expiré. Veuillez renouveler votre demande depuis la page de connexion.") +
                     "<p>Pour des raisons de sécurité, ce lien n’est valable que pendant une durée limitée.</p>" +
                     buttons(button("Faire une nouvelle demande"), button("Retour à l’accueil", "tertiary")), narrow=True, tools=False))
    rules = ('<ul class="fr-text--sm"><li style="color:var(--text-default-success)">✓ 12 caractères minimum</li>'
             '<li style="color:var(--text-default-error)">✗ Au moins une lettre majuscule</li>'
             '<li style="color:var(--text-default-success)">✓ Au moins un chiffre</li>'
             '<li style="color:var(--text-default-error)">✗ Au moins un caractère spécial (!, @, #…)</li></ul>')
    S(P, "photo", "phone", "fr", url=SSO_ACT + "required-action?execution=UPDATE_PASSWORD",
      body=page_anef('<h1 class="fr-h3">Changement de mot de passe</h1>' +
                     alert("info", None, "Votre mot de passe a expiré. Veuillez en choisir un nouveau.", sm=True) +
                     field("Nouveau mot de passe", "bonjour2026", typ="password") + '<p class="fr-text--sm fr-mb-1w">Votre mot de passe doit contenir :</p>' + rules +
                     field("Confirmez le nouveau mot de passe", "", typ="password") + buttons(button("Valider")), narrow=True, tools=False))
    S(P, "dark", "phone", "fr", url=SSO_ACT + "required-action?execution=UPDATE_PASSWORD", dark=True,
      body=page_anef('<h1 class="fr-h3">Réinitialisez votre mot de passe</h1>' +
                     field("Nouveau mot de passe", "Bienvenue2026A", typ="password",
                           error="Mot de passe invalide : doit contenir au moins 1 caractère(s) spécial(aux).") +
                     field("Confirmation du mot de passe", "Bienvenue2026A", typ="password") + buttons(button("Valider")),
                     narrow=True, tools=False, foot=False))
    S(P, "lowres", "desk_chrome", "fr", url=SSO_ACT + "reset-credentials?client_id=anef-usagers", scale=0.56,
      body=page_anef('<h1 class="fr-h3">Vous avez oublié votre mot de passe ?</h1>' +
                     alert("info", "Demande prise en compte", "Vous devriez recevoir prochainement un courriel avec des instructions supplémentaires. Pensez à vérifier vos courriers indésirables (spams).") +
                     field("Identifiant", "samira.b@laposte.net") + buttons(button("Renvoyer le courriel", "secondary")), narrow=True, tools=False))
    S(P, "crop", "desk_bare", "fr",
      body=page_anef('<h1 class="fr-h3">Modifier mon mot de passe</h1>' +
                     card(field("Ancien mot de passe", "Secret!2024abc", typ="password") +
                          field("Nouveau mot de passe", "Secret!2024abc", typ="password",
                                error="Mot de passe invalide : ne doit pas être égal aux 3 derniers mots de passe.") +
                          field("Confirmation", "Secret!2024abc", typ="password") + buttons(button("Valider")), crop=True),
                     user=USERS[2], narrow=True, active=4))
    S(P, "translated", "desk_chrome", "tr", url=SSO_ACT + "required-action?execution=UPDATE_PASSWORD", tab="Foreigners in France",
      body=page_anef('<h1 class="fr-h3">Reinitialize your password</h1>' +
                     alert("warning", None, "You must change your password to activate your account.", sm=True) +
                     field("New password", "", typ="password", hint="12 characters minimum of which a capital letter, a figure and a special character") +
                     field("Confirmation of the password", "", typ="password") + buttons(button("To validate")),
                     lang="tr", narrow=True, tools=False))


# =============================================================================== account_creation
def creation_form(lang="fr", num="", num_err=None, d1="", d1_err=None, d2="", d2_err=None, top="", btn=None):
    if lang == "fr":
        f = (field("Numéro étranger ou numéro de visa long séjour", num, hint="Numéro à 10 chiffres figurant sur votre titre, ou numéro en haut à droite du visa", error=num_err) +
             field("Date de début de validité du titre, du récépissé ou du visa", d1, hint="Format attendu : JJ/MM/AAAA", error=d1_err) +
             field("Date de fin de validité du titre, du récépissé ou du visa", d2, hint="Format attendu : JJ/MM/AAAA", error=d2_err))
        return '<h1 class="fr-h3">Créer mon compte</h1>' + top + f + '<p>' + link("Où trouver mon numéro étranger ?", "question-line") + '</p>' + buttons(button(btn or "Créer mon compte"))
    f = (field("Foreign national number or long-stay visa number", num, hint="10-digit number on your permit, or the number at the top right of the visa", error=num_err) +
         field("Start date of validity of the permit, receipt or visa", d1, hint="Format: DD/MM/YYYY", error=d1_err) +
         field("End date of validity of the permit, receipt or visa", d2, hint="Format: DD/MM/YYYY", error=d2_err))
    return '<h1 class="fr-h3">Create my account</h1>' + top + f + '<p>' + link("Where can I find my number?", "question-line") + '</p>' + buttons(button("Create account"))


def account_creation():
    A = "account_creation"
    S(A, "desktop", "desk_chrome", "fr", url=PORTAL + "creation-compte",
      body=page_anef(creation_form(num="75120433", num_err="Le numéro étranger doit comporter 10 chiffres.", d1="14/09/2025", d2="13/09/2026"), narrow=True))
    S(A, "desktop", "desk_chrome", "fr", url=PORTAL + "creation-compte/titre",
      body=page_anef(two_cols(creation_form(num="7512043398", d1="02/02/2024", d2="01/02/2028",
                                            top=alert("error", None, "Les informations saisies ne correspondent à aucun titre de séjour connu. Vérifiez le numéro et les dates de validité.", sm=True)),
                              side("Vous n’avez ni numéro étranger ni visa ?", "Faites une première demande de titre de séjour : un identifiant et un mot de passe temporaire vous seront envoyés par courriel."))))
    S(A, "desktop", "desk_bare", "fr",
      body=page_anef('<h1 class="fr-h3">Création de compte — visa long séjour</h1>' +
                     alert("info", "Demande enregistrée", "Votre demande de création de compte a bien été enregistrée. Vous recevrez un courriel contenant votre identifiant et un mot de passe temporaire dès qu’un agent aura traité votre demande.") +
                     "<p>Ce traitement peut prendre plusieurs jours. Pensez à consulter vos courriers indésirables.</p>" + buttons(button("Retour à l’accueil", "secondary")), narrow=True))
    S(A, "phone", "phone", "fr", url=PORTAL + "creation-compte",
      body=page_anef(creation_form(num="7309915522", d1="10/01/2025", d2="09/01/2029",
                                   top=alert("error", None, "Un compte existe déjà pour ce numéro étranger. Connectez-vous ou utilisez « Mot de passe oublié ».", sm=True)),
                     narrow=True, foot=False))
    S(A, "desktop", "desk_chrome", "en", url=PORTAL + "creation-compte?lang=en", tab="Create an account - Foreigners in France",
      body=page_anef(creation_form("en", num="FRA1234567", num_err="The visa number entered is not recognised. Check your entry.", d1="01/09/2025", d2="31/08/2026"),
                     lang="en", narrow=True))
    S(A, "photo", "desk_chrome", "fr", url=PORTAL + "creation-compte/verification",
      body=page_anef('<h1 class="fr-h3">Vérifiez votre adresse électronique</h1>' +
                     alert("info", None, "Un courriel de vérification vous a été envoyé à k.mensah@gmail.com. Cliquez sur le lien qu’il contient pour valider votre adresse électronique et choisir votre mot de passe.") +
                     "<p>Vous n’avez rien reçu ? Vérifiez vos courriers indésirables ou demandez un nouvel envoi.</p>" +
                     buttons(button("Renvoyer le courriel de vérification", "secondary")), narrow=True))
    S(A, "dark", "desk_chrome", "fr", url=PORTAL + "creation-compte", dark=True,
      body=page_anef(creation_form(num="7512043398", d1="15/06/2026", d2="15/06/2025",
                                   d2_err="La date de fin de validité doit être postérieure à la date de début de validité."), narrow=True))
    S(A, "lowres", "desk_chrome", "fr", url=PORTAL + "creation-compte/adresse-electronique", scale=0.58,
      body=page_anef('<h1 class="fr-h3">Créer mon compte — adresse électronique</h1>' +
                     field("Adresse électronique", "jose.alvarez@gmail.com", error="Cette adresse électronique est déjà utilisée par un autre compte.") +
                     field("Confirmation de l’adresse électronique", "jose.alvarez@gmai.com", error="Les adresses électroniques saisies ne correspondent pas.") +
                     buttons(button("Continuer")), narrow=True))
    S(A, "crop", "desk_bare", "fr",
      body=page_anef('<h1 class="fr-h3">Activation de votre compte</h1>' +
                     alert("error", "Lien de vérification expiré", "Le lien de vérification a expiré. Demandez un nouvel envoi du courriel de confirmation pour terminer la création de votre compte.", crop=True),
                     narrow=True))
    S(A, "translated", "desk_chrome", "tr", url=PORTAL + "creation-compte", bubble=True,
      body=page_anef('<h1 class="fr-h3">Create my account</h1>' +
                     field("Foreign number or number of long stay visa", "7544120987", error="The foreign number seized is not recognized. Check your entry.") +
                     field("Date of beginning of validity of the title, of the receipt or of the visa", "03/03/2025") +
                     field("Date of end of validity of the title, of the receipt or of the visa", "02/03/2027") +
                     buttons(button("Create my account")), lang="tr", narrow=True))


# =============================================================================== franceconnect
def franceconnect():
    F = "franceconnect"
    S(F, "desktop", "desk_chrome", "fr", url="https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/endpoint?code=8f2c&state=aQ1",
      body=page_anef(login_form("fr", alert("error", "Connexion FranceConnect", "Une erreur est survenue lors de la connexion avec FranceConnect. Veuillez réessayer ou utiliser votre identifiant et votre mot de passe."),
                                first=False), narrow=True, tools=False))
    S(F, "desktop", "desk_chrome", "fr", url=SSO_ACT + "first-broker-login?client_id=anef-usagers&tab_id=Hh2",
      body=page_anef('<h1 class="fr-h3">Fusion des comptes</h1>' +
                     alert("info", None, "Vous êtes connecté avec FranceConnect. Pour retrouver vos démarches, liez votre compte Étrangers en France.") +
                     "<p>Saisissez l’identifiant et le mot de passe de votre compte Étrangers en France. Cette opération n’est à faire qu’une seule fois.</p>" +
                     field("Identifiant", "", hint="Numéro étranger ou adresse électronique") + field("Mot de passe", "", typ="password") +
                     buttons(button("Lier mon compte"), button("Annuler", "secondary")), narrow=True, tools=False))
    S(F, "desktop", "desk_chrome", "en", url=SSO_ACT + "first-broker-login?ui_locales=en", tab="Link account - Foreigners in France",
      body=page_anef('<h1 class="fr-h3">Link your accounts</h1>' +
                     alert("warning", None, "No Foreigners in France account is linked to your FranceConnect identity yet.") +
                     "<p>If you already have an account, enter your username and password to link it. Otherwise, create an account first.</p>" +
                     field("Username", "7690012345") + field("Password", "", typ="password") + buttons(button("Link my account")), lang="en", narrow=True, tools=False))
    prov = "".join(f'<li style="list-style:none;margin:.5rem 0"><button class="fr-btn fr-btn--secondary" style="width:100%;justify-content:center">{x}</button></li>'
                   for x in ["impots.gouv.fr", "ameli.fr", "L’Identité Numérique La Poste", "MSA", "France Identité"])
    S(F, "phone", "phone", "fr", url="https://app.franceconnect.gouv.fr/api/v1/authorize?response_type=code&acr_values=eidas1",
      body='<main class="fr-container fr-py-4w"><p class="fr-text--bold">FranceConnect</p><h1 class="fr-h4">Je choisis un compte pour me connecter sur :</h1>'
           '<p class="fr-text--lead">Administration numérique pour les étrangers en France</p><ul class="fr-pl-0">' + prov + '</ul>'
           '<p class="fr-text--sm">FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion aux services en ligne.</p></main>')
    S(F, "phone", "phone", "fr", url=SSO_ACT + "first-broker-login",
      body=page_anef('<h1 class="fr-h4">Connexion avec FranceConnect</h1>' +
                     alert("error", None, "Les informations transmises par FranceConnect (nom, prénoms, date et lieu de naissance) ne correspondent pas à celles de votre compte Étrangers en France.") +
                     fc_button("fr") + buttons(button("Se connecter avec mon identifiant", "secondary")), narrow=True, tools=False, foot=False))
    S(F, "photo", "desk_chrome", "fr", url=SSO_ACT + "first-broker-login?client_id=anef-usagers",
      body=page_anef('<h1 class="fr-h3">Compte existant</h1>' +
                     alert("warning", None, "Un compte avec la même adresse électronique existe déjà. Authentifiez-vous pour lier votre compte avec franceconnect-particulier.") +
                     field("Mot de passe", "", typ="password") + buttons(button("Lier les comptes"), button("Mot de passe oublié ?", "tertiary")), narrow=True, tools=False))
    S(F, "dark", "phone", "fr", url="https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/endpoint", dark=True,
      body=page_anef('<h1 class="fr-h4">Une erreur est survenue</h1>' +
                     alert("error", None, "Erreur inattendue lors de l’authentification auprès du fournisseur d’identité FranceConnect.") +
                     buttons(button("Retour au site Étrangers en France", "secondary")), narrow=True, tools=False, foot=False))
    S(F, "lowres", "desk_chrome", "fr", url=SSO_ACT + "first-broker-login", scale=0.6,
      body=page_anef('<h1 class="fr-h3">Fusion de vos comptes</h1>' +
                     alert("error", "La fusion de vos comptes n’a pas pu être réalisée", "Ce compte FranceConnect est déjà lié à un autre compte Étrangers en France.") +
                     fc_button("fr"), narrow=True, tools=False))
    S(F, "translated", "desk_chrome", "tr", url=SSO_ACT + "first-broker-login",
      body=page_anef('<h1 class="fr-h3">Merge your account Foreigners in France with your account FranceConnect</h1>' +
                     alert("error", None, "The merger of your accounts could not be carried out. Thank you to try again later.") +
                     fc_button("tr") + buttons(button("To return to the connection", "secondary")), lang="tr", narrow=True, tools=False))


# =============================================================================== blocked_page
def err_page(code, title, text, lang="fr", extra=""):
    return (f'<div class="fr-grid-row fr-grid-row--middle fr-my-5w"><div class="fr-col-12 fr-col-md-8">'
            f'<h1>{title}</h1><p class="fr-text--sm fr-mb-3w">{code}</p><p class="fr-text--lead fr-mb-3w">{text}</p>{extra}</div></div>')


CHROME_ERR_CSS = "body{background:#fff;font-family:'DejaVu Sans',sans-serif;color:#202124}.c{max-width:600px;margin:120px auto 0 200px}.c h1{font-size:24px;font-weight:400}.c p{font-size:15px;color:#5f6368}"


def blocked_page():
    B = "blocked_page"
    S(B, "desktop", "desk_chrome", "fr", url=PORTAL + "mes-demarches/titre-sejour/recapitulatif",
      body=page_anef(breadcrumb(["Accueil", "Mes démarches", "Récapitulatif"]) +
                     alert("error", "Erreur technique", "Une erreur technique est survenue. Veuillez réessayer ultérieurement.<br>Référence de l’erreur : 5f3a-91c2-7d10") +
                     buttons(button("Réessayer"), button("Retour à mon espace", "secondary")), user=USERS[0], active=1))
    S(B, "desktop", "desk_chrome", "fr", url=HOSTS_URL + "/maintenance.html", tab="Site en maintenance",
      body=page_anef(err_page("", "Site en maintenance", "Le site administration-etrangers-en-france est actuellement en maintenance. Nous vous prions de nous excuser pour la gêne occasionnée.",
                              extra="<p>Le service sera rétabli dans les meilleurs délais. Vos démarches en cours sont conservées.</p>"), tools=False))
    S(B, "desktop", "desk_chrome", "fr", url=HOSTS_URL + "/usagers/", tab=H.HOST, plain=True, css=CHROME_ERR_CSS,
      body='<div class="c"><div style="font-size:48px;color:#5f6368">☹</div><h1>Ce site est inaccessible</h1>'
           f'<p><b>{H.HOST}</b> a mis trop de temps à répondre.</p><p>Voici quelques conseils :</p><ul style="color:#5f6368"><li>Vérifier la connexion</li>'
           '<li>Vérifier le proxy et le pare-feu</li><li>Exécuter les diagnostics réseau de Windows</li></ul><p style="font-size:12px">ERR_CONNECTION_TIMED_OUT</p>'
           '<button style="background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:9px 22px;margin-top:20px">Actualiser</button></div>')
    S(B, "desktop", "desk_chrome", "fr", url=PORTAL + "mon-compte",
      body=page_anef('<h1 class="fr-h3">Session expirée</h1>' +
                     alert("warning", None, "Votre session a expiré. Pour des raisons de sécurité, vous avez été déconnecté après 30 minutes d’inactivité. Veuillez vous reconnecter.") +
                     buttons(button("Se reconnecter")), narrow=True))
    S(B, "desktop", "desk_chrome", "en", url=HOSTS_URL + "/usagers/#/", tab="Service unavailable",
      body=page_anef(err_page("Error 503", "Service unavailable", "Service temporarily unavailable. Please try again later.",
                              extra="<p>We apologise for the inconvenience. If the problem persists, use the contact form.</p>"), lang="en", tools=False))
    S(B, "phone", "phone", "fr", url=PORTAL + "mes-documents/attestation",
      body=page_anef(err_page("Erreur 404", "Page introuvable", "La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.",
                              extra=buttons(button("Page d’accueil"))), tools=False, foot=False))
    S(B, "phone", "phone", "fr", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/nouvelle-demande",
      body=page_anef('<h1 class="fr-h4">Demande de titre de séjour</h1>' +
                     alert("error", "Demande invalide", "Vous n’êtes pas reconnu bénéficiaire de la protection internationale. Vous ne pouvez pas poursuivre cette démarche.") +
                     buttons(button("Retour", "secondary")), user=USERS[7], foot=False))
    S(B, "phone", "phone", "fr", url=PORTAL + "mes-demarches",
      body=page_anef('<div style="height:360px;display:flex;flex-direction:column;align-items:center;justify-content:center">'
                     '<div style="width:54px;height:54px;border:6px solid var(--border-default-grey);border-top-color:var(--border-action-high-blue-france);border-radius:50%"></div>'
                     '<p class="fr-mt-3w">Chargement en cours…</p></div>', user=USERS[4], foot=False))
    S(B, "phone", "phone", "en", url=PORTAL + "mes-demarches?lang=en",
      body=page_anef(err_page("Error 403", "Access denied", "You do not have permission to access this page. Please sign in again.",
                              extra=buttons(button("Sign in"))), lang="en", tools=False, foot=False))
    S(B, "photo", "desk_chrome", "fr", url=PORTAL + "mes-demarches/paiement",
      body=page_anef(err_page("Erreur 500", "Erreur inattendue du serveur", "Désolé, le service rencontre un problème, nous travaillons pour le résoudre le plus rapidement possible.",
                              extra="<p>Essayez de rafraîchir la page ou réessayez plus tard.</p>"), user=USERS[5]))
    S(B, "photo", "phone", "fr", url=HOSTS_URL + "/usagers/#/",
      body=page_anef(alert("warning", "Difficultés techniques", "Nous rencontrons actuellement des difficultés techniques. Merci de réessayer plus tard.") +
                     '<p>Les démarches en ligne sont momentanément indisponibles.</p>', tools=False))
    S(B, "dark", "desk_chrome", "fr", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/paiement", dark=True,
      body=page_anef(breadcrumb(["Accueil", "Ma demande", "Paiement"]) + '<h1 class="fr-h3">Paiement du droit de timbre</h1>' +
                     alert("error", None, "Le paiement n’a pas pu aboutir. Votre demande n’a pas été transmise. Une erreur est survenue lors de l’enregistrement de votre demande.") +
                     field("Numéro de timbre fiscal", "1234 5678 9012 3456") + buttons(button("Valider"), button("Précédent", "secondary")), user=USERS[9], active=1))
    S(B, "lowres", "desk_chrome", "fr", url=HOSTS_URL + "/usagers/api/usager/moi", tab="502 Bad Gateway", plain=True, scale=0.55,
      css="body{background:#fff;font-family:'Liberation Serif',serif}",
      body='<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>')
    S(B, "crop", "desk_bare", "fr",
      body=page_anef('<h1 class="fr-h3">Je demande ou renouvelle un titre de séjour</h1>' +
                     alert("warning", None, "Cette démarche n’est pas disponible pour le moment. Nous vous invitons à réessayer plus tard.", crop=True), user=USERS[1]))
    S(B, "translated", "desk_chrome", "tr", url=PORTAL + "mes-demarches", bubble=True,
      body=page_anef(alert("error", "Error technical", "An error technical occurred. Thank you to try again later. If the problem persists, contact the support.") +
                     buttons(button("To start again")), user=USERS[3], lang="tr", active=1))


# =============================================================================== missing_document
def missing_document():
    M = "missing_document"
    S(M, "desktop", "desk_chrome", "fr", url=PORTAL + "mon-compte",
      body=page_anef('<h1 class="fr-h3">Bonjour Yasmine</h1>' + alert("info", None, "Vous avez une nouvelle notification.", sm=True) +
                     table("Mes notifications", ["Date", "Objet", "Démarche", "État"],
                           [["04/11/2025", "Demande de pièces complémentaires", "Titre de séjour étudiant", badge("Non lue", "new")],
                            ["18/10/2025", "Confirmation du dépôt", "Titre de séjour étudiant", badge("Lue", "info")]]),
                     user=USERS[8], active=3))
    S(M, "desktop", "desk_chrome", "fr", url=PORTAL + "notifications/8841",
      body=page_anef(breadcrumb(["Accueil", "Mes notifications", "Demande de complément"]) + '<h1 class="fr-h3">Demande de complément</h1>' +
                     "<p>Des pièces complémentaires sont nécessaires à l’instruction de votre demande :</p><ul><li>Justificatif de domicile de moins de 6 mois</li>"
                     "<li>Copie intégrale de l’acte de naissance avec traduction</li></ul>" +
                     alert("warning", None, "Vous disposez d’un délai de 15 jours pour transmettre les pièces demandées. À défaut, votre demande pourra être classée sans suite.", sm=True) +
                     buttons(button("Transmettre les pièces demandées")), user=USERS[1], active=3))
    S(M, "desktop", "desk_chrome", "fr", url=PORTAL + "mes-demarches/dossier/2025-0451278",
      body=page_anef('<h1 class="fr-h3">Mise en demeure de compléter votre dossier</h1>' +
                     alert("error", None, "Malgré notre précédente demande, votre dossier est toujours incomplet. Sans réponse de votre part avant le 12/02/2026, votre demande sera considérée comme abandonnée.") +
                     "<p>Pièce attendue : <b>contrat de travail signé et 3 derniers bulletins de salaire</b>.</p>" + buttons(button("Ajouter un document", icon="upload-2-line")),
                     user=USERS[6], active=1))
    S(M, "desktop", "desk_bare", "fr",
      body=page_anef('<h1 class="fr-h3">Ma demande de titre de séjour</h1>' +
                     alert("warning", "Dossier incomplet", "Votre dossier est incomplet. Des documents obligatoires sont manquants ou non conformes.") +
                     table("Pièces justificatives", ["Pièce", "Statut"],
                           [["Passeport", badge("Conforme", "success")], ["Justificatif de domicile", badge("Non conforme", "error")],
                            ["Photo d’identité (e-photo)", badge("Conforme", "success")], ["Attestation d’assurance maladie", badge("Manquante", "warning")]]),
                     user=USERS[10], active=1))
    S(M, "phone", "phone", "fr", url=PORTAL + "notifications",
      body=page_anef('<h1 class="fr-h4">Message de la préfecture</h1>' +
                     card("<p>Bonjour, merci de fournir un justificatif de domicile à votre nom (facture d’électricité, quittance de loyer ou attestation d’hébergement avec pièce d’identité de l’hébergeant).</p>"
                          "<p class=\"fr-text--sm\">Reçu le 21/01/2026 — Préfecture du Rhône</p>" + buttons(button("Ajouter un document"))), user=USERS[3], foot=False))
    S(M, "phone", "phone", "fr", url=None,
      body=page_anef(alert("warning", None, "Votre demande est en attente de pièces complémentaires.", sm=True) +
                     card("<p>La pièce fournie est illisible : <b>avis d’imposition 2025</b>.</p><p>Merci de transmettre un nouveau scan lisible de toutes les pages.</p>" +
                          buttons(button("Remplacer la pièce"))), user=USERS[11], foot=False))
    S(M, "desktop", "desk_chrome", "en", url=PORTAL + "notifications/9902?lang=en", tab="Notifications - Foreigners in France",
      body=page_anef('<h1 class="fr-h3">Request for additional documents</h1>' +
                     alert("warning", None, "Additional documents are required to process your application.") +
                     "<p>Please send the following documents:</p><ul><li>Proof of address less than 3 months old</li><li>Proof of resources (last 3 payslips)</li></ul>" +
                     buttons(button("Send documents")), user=USERS[1], lang="en", active=3))
    S(M, "photo", "desk_chrome", "fr", url=PORTAL + "mes-demarches/complements",
      body=page_anef('<h1 class="fr-h3">Compléments à fournir</h1>' +
                     alert("info", None, "Compléments à fournir avant le 30/04/2026.") +
                     table("Documents demandés par la préfecture", ["Document", "Commentaire de l’agent"],
                           [["Justificatif de ressources", "Relevés bancaires des 6 derniers mois"], ["Attestation d’hébergement", "Signée et datée, avec copie de la pièce d’identité"]]) +
                     buttons(button("Déposer les documents")), user=USERS[5], active=1))
    S(M, "photo", "phone", "fr", url=PORTAL + "mes-demarches",
      body=page_anef('<h1 class="fr-h4">Une action de votre part est nécessaire</h1>' +
                     "<p>La préfecture a demandé des pièces manquantes pour votre demande de carte de séjour pluriannuelle.</p>" +
                     '<ul><li>Avis d’imposition 2025</li><li>Certificat de scolarité de l’année en cours</li></ul>' +
                     buttons(button("Compléter votre dossier")), user=USERS[0], foot=False))
    S(M, "dark", "desk_chrome", "fr", url=PORTAL + "notifications/7720", dark=True,
      body=page_anef(breadcrumb(["Accueil", "Mes notifications"]) + '<h1 class="fr-h3">Complément d’instruction demandé</h1>' +
                     "<p>Pour poursuivre l’instruction de votre demande, merci de transmettre : justificatif de ressources des 3 derniers mois.</p>" +
                     "<p>Si vous ne disposez pas du document demandé, vous pouvez transmettre un courrier explicatif.</p>" +
                     buttons(button("Transmettre"), button("Répondre à la préfecture", "secondary")), user=USERS[9], active=3))
    S(M, "lowres", "desk_chrome", "fr", url=PORTAL + "mes-demarches/pieces", scale=0.6,
      body=page_anef('<h1 class="fr-h3">Pièces manquantes</h1>' +
                     table("", ["Pièce demandée", "Date limite"],
                           [["Copie intégrale de l’acte de naissance", "15/03/2026"], ["Justificatif de domicile de moins de 6 mois", "15/03/2026"]]) +
                     buttons(button("Ajouter un document")), user=USERS[2], active=1))
    S(M, "crop", "desk_bare", "fr",
      body=page_anef(alert("error", "Pièce non conforme", "La pièce fournie n’est pas conforme. Merci de transmettre un nouveau document : passeport (pages d’état civil et de validité).", crop=True),
                     user=USERS[6]))
    S(M, "translated", "desk_chrome", "tr", url=PORTAL + "notifications/8841",
      body=page_anef('<h1 class="fr-h3">Request of complement</h1>' +
                     "<p>Additional pieces are necessary for the instruction of your request. Thank you to transmit them in your personal space.</p>"
                     "<ul><li>Proof of residence of less than 6 months</li><li>Integral copy of the birth certificate</li></ul>" +
                     buttons(button("Transmit the requested pieces")), user=USERS[4], lang="tr", active=3))


# =============================================================================== upload_error
def upload_error():
    U = "upload_error"
    hint_fr = "Taille maximale : 10 Mo. Formats acceptés : pdf, jpg, png."
    S(U, "desktop", "desk_chrome", "fr", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/pieces-justificatives",
      body=page_anef(H.stepper("Pièces justificatives", 3, 5, "Récapitulatif") +
                     upload("Passeport (pages d’état civil)", hint_fr, "Le fichier dépasse la taille maximale autorisée (10 Mo).", filename_note="scan_passeport.pdf — 14,2 Mo") +
                     upload("Justificatif de domicile", hint_fr), user=USERS[2], active=1))
    S(U, "desktop", "desk_chrome", "fr", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/pieces-justificatives",
      body=page_anef('<h1 class="fr-h3">Ajouter vos documents</h1>' +
                     upload("Justificatif de ressources", "Formats acceptés : PDF, JPG, PNG", "Format de fichier non accepté. Formats acceptés : PDF, JPG, PNG.", filename_note="IMG_2034.HEIC") +
                     buttons(button("Enregistrer"), button("Précédent", "secondary")), user=USERS[6], active=1))
    S(U, "desktop", "desk_bare", "fr",
      body=page_anef('<h1 class="fr-h3">Pièces justificatives</h1>' +
                     upload("Relevé d’identité bancaire", "Un seul fichier PDF", "Le fichier est protégé par un mot de passe et ne peut pas être lu. Enregistrez-le sans protection puis recommencez.",
                            filename_note="rib_banque.pdf") + upload("Attestation de l’employeur", "Un seul fichier PDF"), user=USERS[8], active=1))
    S(U, "desktop", "desk_chrome", "en", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/pieces-justificatives?lang=en", tab="Supporting documents",
      body=page_anef('<h1 class="fr-h3">Supporting documents</h1>' +
                     upload("Proof of address", "Maximum size: 10 MB. Accepted formats: pdf, jpg, png.", "File too large. Maximum size: 10 MB.", filename_note="lease_agreement_scan.pdf (23.8 MB)", lang="en") +
                     buttons(button("Continue")), user=USERS[1], lang="en", active=1))
    S(U, "phone", "phone", "fr", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/pieces-justificatives",
      body=page_anef(upload("Acte de naissance", hint_fr, "Échec du téléversement. Veuillez réessayer.", filename_note="acte_naissance.jpg") +
                     buttons(button("Continuer")), user=USERS[11], foot=False))
    S(U, "phone", "phone", "fr", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/photo",
      body=page_anef('<h1 class="fr-h4">Photo et signature</h1>' +
                     field("Code e-photo", "XK7F2PQ9R3ZT", hint="Code à 22 caractères figurant sur la planche de la cabine agréée",
                           error="Le code e-photo saisi est invalide ou a déjà été utilisé.") + buttons(button("Vérifier le code")), user=USERS[7], foot=False))
    S(U, "photo", "desk_chrome", "fr", url=HOSTS_URL + "/usagers/#/demarches/naturalisation/pieces",
      body=page_anef('<h1 class="fr-h3">Déposer vos pièces</h1>' +
                     upload("Avis d’imposition", hint_fr, "Le fichier est vide ou corrompu. Il n’a pas pu être traité.", filename_note="avis_impot_2025.pdf — 0 Ko") +
                     buttons(button("Enregistrer")), user=USERS[10], active=1))
    S(U, "lowres", "desk_chrome", "fr", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/pieces-justificatives", scale=0.58,
      body=page_anef('<h1 class="fr-h3">Justificatifs de ressources</h1>' +
                     upload("Bulletins de salaire", "5 fichiers maximum, 10 Mo chacun", "Nombre maximal de fichiers atteint (5). Supprimez un fichier avant d’en ajouter un autre.") +
                     buttons(button("Enregistrer")), user=USERS[0], active=1))
    S(U, "crop", "desk_bare", "fr",
      body=page_anef(upload("Justificatif de domicile", hint_fr, "Une erreur est survenue lors du dépôt de la pièce justificative : le nom du fichier contient des caractères non autorisés.",
                            filename_note="facture#EDF (novembre).pdf", crop=True), user=USERS[3]))
    S(U, "translated", "desk_chrome", "tr", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/pieces-justificatives", bubble=True,
      body=page_anef('<h1 class="fr-h3">Supporting pieces</h1>' +
                     upload("Passport", "Maximum size: 10 MB. Formats accepted: pdf, jpg, png.", "The file exceeds the maximum authorized size. Format of file not accepted.",
                            filename_note="passport.tiff — 18.4 MB", lang="en") + buttons(button("To record")), user=USERS[5], lang="tr", active=1))


# =============================================================================== request_status
STEPS_FR = ["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"]


def request_status():
    R = "request_status"
    S(R, "desktop", "desk_chrome", "fr", step="submitted", url=PORTAL + "mes-demarches",
      body=page_anef('<h1 class="fr-h3">Mes démarches</h1>' +
                     alert("success", None, "Votre demande a bien été déposée le 12/03/2026. Vous pouvez télécharger votre attestation de dépôt.", sm=True) +
                     card(stepper("Dépôt de la demande", 1, 4, "Instruction en cours") + link("Télécharger l’attestation de dépôt", "download-line"),
                          title="Carte de séjour pluriannuelle « salarié »"), user=USERS[0], active=1))
    S(R, "phone", "phone", "en", step="submitted", url=PORTAL + "mes-demarches?lang=en",
      body=page_anef('<h1 class="fr-h4">My applications</h1>' +
                     card("<p>Your application has been submitted.</p>" +
                          stepper("Application submitted", 1, 4, "Processing in progress", state_lbl="Step {c} of {t}", next_lbl="Next step:"),
                          title="Student residence permit"), user=USERS[4], lang="en", foot=False))
    S(R, "photo", "desk_chrome", "fr", step="submitted", url=PORTAL + "mes-demarches/2026-0187345",
      body=page_anef('<h1 class="fr-h3">Suivi de ma demande n° 2026-0187345</h1>' +
                     two_cols(timeline(STEPS_FR, 0, ["le 03/02/2026", "", "", ""]),
                              card("<p>Confirmation du dépôt</p>" + link("Attestation de dépôt (PDF)", "download-line")))
                     , user=USERS[9], active=1))
    S(R, "desktop", "desk_chrome", "fr", step="in_progress", url=PORTAL + "mes-demarches",
      body=page_anef('<h1 class="fr-h3">Suivi de mes demandes</h1>' +
                     card(stepper("Instruction en cours", 2, 4, "Décision prise") +
                          '<p class="fr-mt-2w">Document disponible dans votre espace :</p>' +
                          link("Attestation de prolongation d’instruction — valable jusqu’au 18/05/2026", "download-line"),
                          title="Renouvellement de titre de séjour « vie privée et familiale »"), user=USERS[6], active=1))
    S(R, "desktop", "desk_bare", "fr", step="in_progress",
      body=page_anef('<h1 class="fr-h3">Ma demande</h1>' +
                     two_cols(timeline(STEPS_FR, 1, ["le 14/10/2025", "depuis le 02/11/2025", "", ""]),
                              alert("info", None, "Votre demande est en cours d’instruction par la préfecture. Vous serez informé par courriel de toute évolution."))
                     , user=USERS[2], active=1))
    S(R, "phone", "phone", "fr", step="in_progress", url=PORTAL + "mes-documents",
      body=page_anef('<h1 class="fr-h4">Mes documents</h1>' +
                     card('<p class="fr-text--bold">Attestation de prolongation d’instruction d’une demande de titre de séjour</p>'
                          '<p class="fr-text--sm">Délivrée le 09/01/2026 — valable 3 mois</p>' + link("Télécharger", "download-line")) +
                     stepper("Instruction en cours", 2, 4, "Décision prise"), user=USERS[11], active=2, foot=False))
    S(R, "dark", "desk_chrome", "fr", step="in_progress", url=PORTAL + "mes-demarches", dark=True,
      body=page_anef('<h1 class="fr-h3">Mes démarches</h1>' +
                     card(stepper("Examen des pièces en cours", 2, 4, "Décision prise") +
                          "<p>Aucune action n’est attendue de votre part pour le moment.</p>", title="Demande de carte de résident"), user=USERS[1], active=1))
    S(R, "desktop", "desk_chrome", "fr", step="decision_made", url=PORTAL + "mes-demarches/2025-0912201",
      body=page_anef('<h1 class="fr-h3">Ma demande de titre de séjour</h1>' +
                     card(stepper("Décision prise", 3, 4, "Document disponible") +
                          alert("info", None, "Une décision a été prise sur votre demande. Consultez votre espace personnel.", sm=True) +
                          buttons(button("Télécharger la décision", icon="download-line"))), user=USERS[3], active=1))
    S(R, "phone", "phone", "fr", step="decision_made", url=PORTAL + "mes-demarches",
      body=page_anef('<h1 class="fr-h4">Suivi</h1>' + timeline(STEPS_FR, 2, ["03/09/2025", "10/09/2025", "22/12/2025", ""]) +
                     "<p>Décision notifiée le 22/12/2025.</p>", user=USERS[8], foot=False))
    S(R, "photo", "phone", "fr", step="decision_made", url=PORTAL + "mes-demarches",
      body=page_anef('<h1 class="fr-h4">Mes démarches</h1>' +
                     card(stepper("Décision prise", 3, 4, "Document disponible") + link("Voir la décision", "eye-line"),
                          title="Titre de séjour étudiant"), user=USERS[10], foot=False))
    S(R, "desktop", "desk_chrome", "fr", step="document_available", url=PORTAL + "mes-documents",
      body=page_anef('<h1 class="fr-h3">Mes démarches</h1>' +
                     card(stepper("Document disponible", 4, 4) +
                          '<p>Votre titre de séjour est en cours de fabrication. Vous recevrez un SMS lorsqu’il pourra être retiré.</p>' +
                          link("Attestation de décision favorable (PDF)", "download-line"),
                          title="Carte de séjour temporaire « étudiant »"), user=USERS[5], active=1))
    S(R, "desktop", "desk_chrome", "fr", step="document_available", url=PORTAL + "mes-demarches/convocation",
      body=page_anef('<h1 class="fr-h3">Remise de votre titre</h1>' +
                     alert("success", "Votre titre de séjour est disponible", "Prenez rendez-vous sur le site de votre préfecture pour le retirer. Timbre fiscal à prévoir : 225 €.") +
                     card("<p>Convocation pour la remise de votre titre de séjour à la préfecture de la Haute-Garonne.</p>" + link("Télécharger la convocation", "download-line")),
                     user=USERS[7], active=1))
    S(R, "crop", "desk_bare", "fr", step="document_available",
      body=page_anef('<h1 class="fr-h3">Mes démarches</h1>' +
                     card(stepper("Document disponible", 4, 4) + link("Attestation de décision favorable", "download-line"),
                          title="Renouvellement — carte de séjour pluriannuelle", crop=True), user=USERS[4], active=1))


# =============================================================================== unknown
def plain_top(color, brand, nav):
    return (f'<div class="top" style="background:{color}"><span class="brand">{brand}</span><nav>' +
            "".join(f'<a href="#">{x}</a>' for x in nav) + '</nav><span style="margin-left:auto;font-size:14px">Mon compte ▾</span></div>')


def other_dsfr(service, tagline, inner, tools=("Se connecter",)):
    links = "".join(f'<li><a class="fr-btn" href="#">{t}</a></li>' for t in tools)
    return (f'''<header class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div></div>
<div class="fr-header__service"><p class="fr-header__service-title">{service}</p><p class="fr-header__service-tagline">{tagline}</p></div></div>
<div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group">{links}</ul></div></div></div></div></div></header>''' + H.main(inner, True))


def unknown():
    X = "unknown"
    S(X, "desktop", "desk_chrome", "fr", url="https://espace-assure.caisse-sante.fr/mon-compte/remboursements", plain=True, tab="Mon espace assuré",
      body=plain_top("#0c6b58", "Mon espace assuré", ["Accueil", "Mes paiements", "Mes démarches", "Messagerie"]) +
           '<div class="wrap"><div class="box"><h1>Bienvenue, Marc</h1><p class="muted">Vos derniers remboursements</p><table>'
           '<tr><th>Date</th><th>Acte</th><th>Montant remboursé</th></tr><tr><td>12/09/2025</td><td>Consultation médecin généraliste</td><td>18,50 €</td></tr>'
           '<tr><td>03/09/2025</td><td>Pharmacie</td><td>7,84 €</td></tr><tr><td>28/08/2025</td><td>Analyses de biologie</td><td>23,10 €</td></tr></table></div>'
           '<div class="box"><h2>Ma carte de santé</h2><p>Votre carte est en cours de fabrication. Vous la recevrez à votre domicile.</p></div></div>')
    S(X, "desktop", "desk_chrome", "fr", url="https://www.allocations-famille.fr/moncompte/ressources", plain=True, tab="Mon Compte - Allocations",
      body=plain_top("#1f4e9c", "Allocations familiales", ["Mon Compte", "Mes droits", "Mes paiements", "Mes courriers"]) +
           '<div class="wrap"><div class="box"><h1>Déclarer mes ressources trimestrielles</h1><div class="info">Vous devez déclarer vos ressources avant le 15 du mois pour continuer à percevoir vos prestations.</div>'
           '<label>Salaires perçus en octobre</label><input class="t" value="1 240,00"><label>Salaires perçus en novembre</label><input class="t" value="">'
           '<button class="btn" style="background:#1f4e9c">Continuer</button></div></div>')
    S(X, "desktop", "desk_bare", "fr", plain=True,
      body=plain_top("#2a3f5f", "Espace particulier — Finances publiques", ["Accueil", "Déclarer", "Payer", "Documents"]) +
           '<div class="wrap"><div class="box"><h1>Votre déclaration de revenus a bien été prise en compte</h1><p>Accusé de réception n° 2025-41AC-8812. Votre avis d’impôt sera disponible dans votre espace à partir de fin juillet.</p>'
           '<p class="muted">Revenus déclarés : 28 430 € — Nombre de parts : 1,5</p><button class="btn" style="background:#2a3f5f">Télécharger l’accusé</button></div></div>')
    S(X, "phone", "phone", "fr", url="https://www.railexpress.fr/mes-billets", plain=True,
      body='<div class="top" style="background:#8a1538;padding:12px 16px"><span class="brand">RailExpress</span></div><div style="padding:16px">'
           '<div class="box"><p class="muted">E-billet — Aller simple</p><h1 style="font-size:22px">Paris Gare de Lyon → Lyon Part-Dieu</h1>'
           '<p>Jeudi 18 décembre · 07:56 → 09:52</p><p>Voiture 14 · Place 63 · 2de classe</p>'
           '<div style="width:180px;height:180px;margin:14px auto;background:repeating-linear-gradient(90deg,#111 0 6px,#fff 6px 10px),#fff;opacity:.9"></div>'
           '<p class="muted">Référence dossier : QZ7K4P</p></div></div>')
    S(X, "phone", "phone", "fr", url=None, plain=True, sb_bg="#0b3d2e",
      body='<div style="background:#0b3d2e;color:#fff;padding:18px 18px 28px"><p style="margin:0;font-size:14px">Compte courant</p><p style="font-size:30px;font-weight:700;margin:6px 0">-12,40 €</p></div>'
           '<div style="padding:14px"><div class="err"><b>Paiement refusé</b><br>Solde insuffisant. Votre paiement de 54,90 € chez SUPERMARCHÉ DU CENTRE a été refusé.</div>'
           '<div class="box"><h2>Dernières opérations</h2><table><tr><td>Virement reçu</td><td>+300,00 €</td></tr><tr><td>Boulangerie</td><td>-3,20 €</td></tr><tr><td>Abonnement téléphone</td><td>-19,99 €</td></tr></table></div></div>')
    S(X, "desktop", "desk_chrome", "en", url="https://www.dailyherald-news.com/world/storm", plain=True, tab="Storm warning - The Daily Herald",
      body=plain_top("#222", "The Daily Herald", ["World", "Politics", "Business", "Sport", "Culture"]) +
           '<div class="wrap"><div class="box"><p class="muted">WEATHER · 6 min read</p><h1>Storm warning issued as heavy rain expected across the north</h1>'
           '<p>Forecasters have issued an amber warning for heavy rain and strong winds, with up to 60mm expected in some areas overnight. Travellers are advised to check before setting out.</p>'
           '<p>Local authorities said emergency teams were on standby and urged residents near rivers to remain vigilant.</p></div></div>')
    S(X, "desktop", "desk_chrome", "fr", url="https://mail.webmel.fr/inbox", plain=True, tab="Boîte de réception (3) - Webmel",
      body=plain_top("#5b3cc4", "Webmel", ["Boîte de réception", "Envoyés", "Brouillons", "Spam"]) +
           '<div class="wrap"><div class="box"><table><tr><th>De</th><th>Objet</th><th>Date</th></tr>'
           '<tr><td><b>Colis Rapide</b></td><td><b>Votre colis a été livré. Merci de votre commande.</b></td><td>10:12</td></tr>'
           '<tr><td><b>Cabinet médical</b></td><td><b>Rappel : rendez-vous mardi à 10h30</b></td><td>09:03</td></tr>'
           '<tr><td>Mode&amp;Co</td><td>-30 % sur toute la collection hiver</td><td>hier</td></tr><tr><td>Karim</td><td>Photos du week-end</td><td>hier</td></tr>'
           '<tr><td>Club de foot</td><td>Entraînement annulé samedi</td><td>lun.</td></tr></table></div></div>')
    home_tiles = ('<div class="fr-grid-row fr-grid-row--gutters">' +
                  tile("Je valide mon VLS-TS", "Visa de long séjour valant titre de séjour") +
                  tile("Je demande ou renouvelle un titre de séjour", "Étudiant, salarié, passeport talent, visiteur…") +
                  tile("Je demande la nationalité française", "Demande d’accès à la nationalité française") +
                  tile("Je demande un document de voyage", "Titre de voyage, document de circulation pour mineur") +
                  tile("Je déclare un changement de situation", "Adresse, état civil, situation familiale") +
                  tile("Je demande un duplicata", "En cas de perte ou de vol de votre titre") + '</div>')
    S(X, "desktop", "desk_chrome", "fr", url=HOSTS_URL + "/usagers/#/", tab="Accueil | Administration numérique pour les étrangers en France (ANEF)",
      body=page_anef('<h1 class="fr-h2">Bienvenue sur le site Étrangers en France</h1><p class="fr-text--lead">Réalisez vos démarches en ligne et suivez l’avancement de votre dossier.</p>' + home_tiles))
    S(X, "phone", "phone", "fr", url=HOSTS_URL + "/usagers/#/",
      body=page_anef('<h1 class="fr-h3">Étrangers en France</h1><p>Validez votre VLS-TS en ligne après votre arrivée en France.</p>' + home_tiles, foot=False))
    # hard negatives: login / session / error wording, no ANEF cue
    S(X, "desktop", "desk_chrome", "fr", url="https://connexion.portail-allocataire.fr/login", tab="Connexion - Mon compte allocataire",
      body=other_dsfr("Mon compte allocataire", "Prestations familiales et sociales",
                      '<h1 class="fr-h3">Connexion</h1>' + alert("error", None, "Identifiant ou mot de passe incorrect.", sm=True) +
                      field("Numéro allocataire", "1234567") + field("Code confidentiel", "", typ="password") +
                      '<p><a class="fr-link" href="#">Code oublié ?</a></p>' + buttons(button("Se connecter"))))
    S(X, "phone", "phone", "fr", url="https://espace-client.energie-plus.fr/session", plain=True,
      body='<div class="top" style="background:#e35d0b;padding:12px 16px"><span class="brand">Énergie Plus</span></div><div style="padding:16px"><div class="box">'
           '<h1 style="font-size:21px">Espace client</h1><div class="err">Votre session a expiré, veuillez vous reconnecter.</div>'
           '<label>Adresse e-mail</label><input class="t" value="l.moreau@free.fr"><label>Mot de passe</label><input class="t" type="password" value="">'
           '<button class="btn" style="background:#e35d0b;width:100%">Me connecter</button><p class="muted">Mot de passe oublié ?</p></div></div>')
    S(X, "desktop", "desk_bare", "fr",
      body=other_dsfr("Espace particulier", "Impôts et finances publiques",
                      '<h1 class="fr-h3">Mot de passe oublié ?</h1>' + alert("error", None, "Une erreur technique est survenue. Veuillez réessayer ultérieurement.", sm=True) +
                      field("Numéro fiscal", "1 23 45 678 901 234", hint="13 chiffres, figurant sur votre dernière déclaration") + buttons(button("Continuer"))))
    S(X, "desktop", "desk_chrome", "fr", url="https://www.rdv-sante.fr/mes-rendez-vous", plain=True, tab="Mes rendez-vous",
      body=plain_top("#107acb", "RDV Santé", ["Mes rendez-vous", "Mes documents", "Mes proches"]) +
           '<div class="wrap"><div class="box"><h1>Votre rendez-vous est confirmé</h1><p>Mardi 14 mai à 10h30 avec Dr Claire Martin, médecin généraliste.</p>'
           '<p class="muted">12 rue des Lilas, 69003 Lyon — Pensez à apporter votre carte de santé.</p><button class="btn" style="background:#107acb">Ajouter à mon agenda</button></div></div>')
    S(X, "photo", "desk_chrome", "fr", url="https://www.lequotidien-matin.fr/meteo", plain=True, tab="Météo - Le Quotidien du Matin",
      body=plain_top("#333", "Le Quotidien du Matin", ["Actualités", "Économie", "Sport", "Météo"]) +
           '<div class="wrap"><div class="box"><p class="muted">MÉTÉO · Mis à jour ce matin</p><h1>Bulletin météo : averses orageuses sur le nord du pays</h1>'
           '<p>Des orages parfois forts sont attendus dans l’après-midi, accompagnés de rafales de vent. Les températures restent douces pour la saison.</p>'
           '<p>Recette du jour : faire revenir les oignons dans l’huile pendant 5 minutes avant d’ajouter les tomates.</p></div></div>')
    S(X, "photo", "desk_bare", "fr", picture=True, body="")


def build_samples(rng):
    _S.clear()
    for f in (login_failure, password_reset, account_creation, franceconnect, blocked_page, missing_document,
              upload_error, request_status, unknown):
        f()
    return _finish(rng)


# =============================================================================== later additions: translated into ar / ru / uk / fa
# Pages the user's browser machine-translated (slightly literal wording, as an online translator gives it).
# Registered and drawn separately (build_more_samples, own RNG) so the first set keeps its numbers and draws.
BUBBLE_TXT = {"ar": ("تمت ترجمة هذه الصفحة", "الفرنسية", "العربية"),
              "ru": ("Страница переведена", "французский", "русский"),
              "uk": ("Сторінку перекладено", "французька", "українська"),
              "fa": ("این صفحه ترجمه شده است", "فرانسوی", "فارسی")}


def T(situation, lang, body, url, tab, bubble=False, step=""):
    """one browser-translated page (desktop Chrome, translate icon in the address bar, bubble optional)."""
    kw = dict(bubble_txt=BUBBLE_TXT[lang], bubble_rtl=lang in TR_FONTS) if bubble else {}
    S(situation, "translated", "desk_chrome", lang, body, url=url, step=step, tab=tab, bubble=bubble, **kw)


def translated_more():
    # ---------------------------------------------------------------- Arabic (right to left)
    T("login_failure", "ar", url=SSO_AUTH, bubble=True, tab="الاتصال - الأجانب في فرنسا",
      body=page_anef(login_form("ar", alert("error", None, "المعرف أو كلمة المرور غير صحيحة. شكرا للتحقق من إدخالك.", sm=True),
                                ident="7519930417"), lang="ar", narrow=True, tools=False))
    T("missing_document", "ar", url=PORTAL + "notifications/6127", tab="إشعاراتي - الأجانب في فرنسا",
      body=page_anef(breadcrumb(["استقبال", "إشعاراتي", "طلب مكمل"]) + '<h1 class="fr-h3">طلب مكمل</h1>' +
                     "<p>القطع الإضافية ضرورية لتعليمات طلبك:</p><ul><li>إثبات الموارد للأشهر الثلاثة الأخيرة</li>"
                     "<li>شهادة الإيواء موقعة من قبل المضيف مع نسخة من بطاقة هويته</li></ul>" +
                     alert("warning", None, "لديك مهلة 15 يومًا لإرسال القطع المطلوبة. وإلا، فقد يتم تصنيف طلبك دون متابعة.", sm=True) +
                     buttons(button("أرسل القطع المطلوبة")), user=USERS[8], lang="ar", active=3))
    T("request_status", "ar", step="decision_made", url=PORTAL + "mes-demarches/2025-0877410", bubble=True,
      tab="طلبي لسند الإقامة - الأجانب في فرنسا",
      body=page_anef('<h1 class="fr-h3">طلبي لسند الإقامة</h1>' +
                     card(stepper("تم اتخاذ القرار", 3, 4, "الوثيقة متاحة", state_lbl="الخطوة {c} من {t}", next_lbl="الخطوة التالية:") +
                          alert("info", None, "تم اتخاذ قرار بشأن طلبك. استشر مساحتك الشخصية.", sm=True) +
                          buttons(button("تحميل القرار"))), user=USERS[10], lang="ar", active=1))
    hint_ar = "الحجم الأقصى: 10 ميغابايت. التنسيقات المقبولة: pdf، jpg، png."
    T("upload_error", "ar", url=HOSTS_URL + "/usagers/#/demarches/titre-sejour/pieces-justificatives", tab="الأجانب في فرنسا",
      body=page_anef(stepper("المستندات الداعمة", 3, 5, "ملخص", state_lbl="الخطوة {c} من {t}", next_lbl="الخطوة التالية:") +
                     upload("جواز السفر (صفحات الحالة المدنية)", hint_ar, "يتجاوز الملف الحد الأقصى للحجم المسموح به (10 ميغابايت).",
                            filename_note="passeport_scan.pdf — 16,3 ميغابايت", lang="ar") +
                     upload("إثبات السكن", hint_ar, lang="ar") +
                     buttons(button("تسجيل"), button("سابق", "secondary")), user=USERS[6], lang="ar", active=1))
    # ---------------------------------------------------------------- Russian
    T("password_reset", "ru", url=SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE4NzE&client_id=anef-usagers", bubble=True,
      tab="Иностранцы во Франции",
      body=page_anef('<h1 class="fr-h3">Ссылка истекла</h1>' +
                     alert("error", None, "Срок действия ссылки для сброса вашего пароля истек. Пожалуйста, обновите свой запрос со страницы подключения.") +
                     "<p>По соображениям безопасности эта ссылка действительна только в течение ограниченного времени.</p>" +
                     buttons(button("Сделать новый запрос"), button("Вернуться к приему", "tertiary")), lang="ru", narrow=True, tools=False))
    T("blocked_page", "ru", url=PORTAL + "mes-demarches/titre-sejour/recapitulatif", tab="Резюме - Иностранцы во Франции",
      body=page_anef(breadcrumb(["Прием", "Мои шаги", "Резюме"]) +
                     alert("error", "Техническая ошибка", "Произошла техническая ошибка. Пожалуйста, повторите попытку позже.<br>Ссылка на ошибку: 2c7d-08e4-b19a") +
                     buttons(button("Повторить попытку"), button("Вернуться в мое пространство", "secondary")), user=USERS[11], lang="ru", active=1))
    fmt_ru = "Ожидаемый формат: ДД/ММ/ГГГГ"
    T("account_creation", "ru", url=PORTAL + "creation-compte/titre", bubble=True, tab="Создать мой аккаунт - Иностранцы во Франции",
      body=page_anef('<h1 class="fr-h3">Создать мой аккаунт</h1>' +
                     alert("error", None, "Введенная информация не соответствует ни одному известному виду на жительство. Проверьте номер и даты действия.", sm=True) +
                     field("Иностранный номер или номер долгосрочной визы", "7604418253", hint="Номер из 10 цифр на вашем титуле или номер в правом верхнем углу визы") +
                     field("Дата начала действия титула, квитанции или визы", "22/10/2025", hint=fmt_ru) +
                     field("Дата окончания действия титула, квитанции или визы", "21/10/2026", hint=fmt_ru) +
                     "<p>" + link("Где найти мой иностранный номер?", "question-line") + "</p>" + buttons(button("Создать мой аккаунт")),
                     lang="ru", narrow=True))
    # ---------------------------------------------------------------- Ukrainian
    T("franceconnect", "uk", url="https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/endpoint?code=d41e&state=Tq7",
      bubble=True, tab="Підключення - Іноземці у Франції",
      body=page_anef(login_form("uk", alert("error", "Підключення FranceConnect",
                                            "Під час підключення до FranceConnect сталася помилка. Будь ласка, спробуйте ще раз або використовуйте свій ідентифікатор і пароль."),
                                first=False), lang="uk", narrow=True, tools=False))
    T("request_status", "uk", step="in_progress", url=PORTAL + "mes-demarches", tab="Мої кроки - Іноземці у Франції",
      body=page_anef('<h1 class="fr-h3">Відстеження моїх запитів</h1>' +
                     card(stepper("Інструкція триває", 2, 4, "Рішення прийнято", state_lbl="Крок {c} з {t}", next_lbl="Наступний крок:") +
                          '<p class="fr-mt-2w">Документ доступний у вашому просторі:</p>' +
                          link("Атестація про продовження інструкції — дійсна до 27/06/2026", "download-line"),
                          title="Поновлення посвідки на проживання «приватне та сімейне життя»"), user=USERS[2], lang="uk", active=1))
    # ---------------------------------------------------------------- Persian (right to left)
    tiles_fa = ('<div class="fr-grid-row fr-grid-row--gutters">' +
                tile("من VLS-TS خود را تأیید می کنم", "ویزای اقامت طولانی مدت به ارزش اجازه اقامت") +
                tile("من درخواست یا تمدید عنوان اقامت می کنم", "دانشجو، حقوق بگیر، استعداد پاسپورت، بازدید کننده…") +
                tile("من درخواست ملیت فرانسوی می کنم", "درخواست دسترسی به ملیت فرانسوی") +
                tile("من درخواست سند سفر می کنم", "عنوان سفر، سند گردش برای خردسال") +
                tile("من تغییر وضعیت را اعلام می کنم", "آدرس، وضعیت مدنی، وضعیت خانوادگی") +
                tile("من درخواست المثنی می کنم", "در صورت گم شدن یا سرقت عنوان شما") + "</div>")
    T("unknown", "fa", url=HOSTS_URL + "/usagers/#/", tab="پذیرایی | اداره دیجیتال برای خارجی ها در فرانسه (ANEF)",
      body=page_anef('<h1 class="fr-h2">به سایت خارجی ها در فرانسه خوش آمدید</h1>'
                     '<p class="fr-text--lead">مراحل خود را به صورت آنلاین انجام دهید و پیشرفت پرونده خود را دنبال کنید.</p>' + tiles_fa, lang="fa"))
    T("blocked_page", "fa", url=PORTAL + "mon-compte", bubble=True, tab="جلسه منقضی شد - خارجی ها در فرانسه",
      body=page_anef('<h1 class="fr-h3">جلسه منقضی شد</h1>' +
                     alert("warning", None, "جلسه شما منقضی شده است. به دلایل امنیتی، پس از 30 دقیقه عدم فعالیت ارتباط شما قطع شد. لطفا دوباره وصل شوید.") +
                     buttons(button("دوباره وصل شوید")), lang="fa", narrow=True))


def build_more_samples(rng):
    """the samples added after the first set, with their own RNG: numbered after it, they leave it untouched."""
    _S.clear()
    translated_more()
    return _finish(rng)


# =============================================================================== later additions: Persian (fa) browser translations
# Eight more ANEF pages machine-translated into Persian by the browser (literal wording, as an online translator
# renders French into Farsi).  Own list and RNG (build_persian_samples): numbered after build_more_samples.
def translated_fa():
    # ---------------------------------------------------------------- login_failure
    T("login_failure", "fa", url=SSO_ACT + "authenticate?execution=7c41e0&client_id=anef-usagers&tab_id=Rv4mX", bubble=True,
      tab="ورود به سیستم - خارجی ها در فرانسه",
      body=page_anef(login_form("fa", alert("error", "اتصال ناموفق",
                                            "شماره خارجی یا رمز عبور وارد شده معتبر نیست. پس از 5 تلاش ناموفق، حساب شما به طور موقت معلق خواهد شد."),
                                ident="7621408853", pw="xxxxxxxxxxxx",
                                extra_bottom=alert("info", None, "توجه: رمز عبور به حروف کوچک و بزرگ حساس است. بررسی کنید که کلید قفل حروف بزرگ فعال نباشد.",
                                                   sm=True)),
                     lang="fa", narrow=True, tools=False))
    # ---------------------------------------------------------------- password_reset (password policy)
    rules_fa = ('<ul class="fr-text--sm">'
                '<li style="color:var(--text-default-success)">✓ حداقل 12 کاراکتر</li>'
                '<li style="color:var(--text-default-success)">✓ حداقل یک حرف کوچک و یک حرف بزرگ</li>'
                '<li style="color:var(--text-default-success)">✓ حداقل یک عدد</li>'
                '<li style="color:var(--text-default-error)">✗ حداقل یک نماد (مثلاً ! ? @ # $)</li>'
                '<li style="color:var(--text-default-error)">✗ نباید شامل شناسه شما باشد</li></ul>')
    T("password_reset", "fa", url=SSO_ACT + "required-action?execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=pW7e",
      tab="رمز عبور جدید - خارجی ها در فرانسه",
      body=page_anef('<h1 class="fr-h3">رمز عبور جدید خود را تعریف کنید</h1>' +
                     alert("info", None, "برای ایمن سازی حساب خود، رمز عبوری انتخاب کنید که قبلاً از آن استفاده نکرده اید.", sm=True) +
                     field("رمز عبور جدید", "Tabriz7718420936", typ="password",
                           error="رمز عبور نامعتبر: نباید حاوی نام کاربری باشد و باید حداقل یک نویسه ویژه داشته باشد.") +
                     '<p class="fr-text--sm fr-mb-1w">رمز عبور شما باید رعایت کند:</p>' + rules_fa +
                     field("تأیید رمز عبور جدید", "", typ="password") +
                     buttons(button("اعتبارسنجی"), button("لغو کنید", "tertiary")), lang="fa", narrow=True, tools=False))
    # ---------------------------------------------------------------- account_creation (form with an error)
    fmt_fa = "قالب مورد انتظار: JJ/MM/AAAA"
    T("account_creation", "fa", url=PORTAL + "creation-compte/identification", bubble=True, tab="حساب من را ایجاد کنید - خارجی ها در فرانسه",
      body=page_anef('<h1 class="fr-h3">حساب من را ایجاد کنید</h1>' +
                     alert("error", None, "لطفاً خطاهای زیر را اصلاح کنید تا بتوانید ادامه دهید.", sm=True) +
                     field("شماره خارجی یا شماره ویزای اقامت طولانی", "7719052264",
                           hint="10 رقمی که در بالای امضای شما روی کارت اقامت ذکر شده است") +
                     field("تاریخ شروع اعتبار عنوان، رسید یا ویزا", "31/02/2026", hint=fmt_fa,
                           error="تاریخ وارد شده وجود ندارد. لطفا آن را تصحیح کنید.") +
                     field("تاریخ پایان اعتبار عنوان، رسید یا ویزا", "", hint=fmt_fa, error="این فیلد اجباری است.") +
                     buttons(button("ادامه دهید"), button("لغو کنید", "secondary")), lang="fa", narrow=True))
    # ---------------------------------------------------------------- franceconnect (linking the accounts)
    T("franceconnect", "fa", url=SSO_ACT + "first-broker-login?client_id=anef-usagers&tab_id=Lq9s",
      tab="ارتباط حساب ها - خارجی ها در فرانسه",
      body=page_anef('<h1 class="fr-h3">حساب های خود را مرتبط کنید</h1>' +
                     alert("info", None, "شما از طریق FranceConnect به عنوان Darius NAZARI متصل هستید. برای دسترسی به مراحل خود، "
                                         "این هویت را با حساب خارجی ها در فرانسه خود مرتبط کنید.") +
                     "<p>این ارتباط قطعی است: سپس می توانید مستقیماً با FranceConnect وارد شوید.</p>" +
                     field("شناسه", "7635521908", hint="شماره خارجی یا آدرس ایمیل") + field("رمز عبور", "", typ="password") +
                     buttons(button("حساب های من را مرتبط کنید"), button("من هنوز حساب کاربری ندارم", "secondary")),
                     lang="fa", narrow=True, tools=False))
    # ---------------------------------------------------------------- blocked_page (scheduled maintenance)
    T("blocked_page", "fa", url=HOSTS_URL + "/usagers/#/espace-personnel/mes-demarches", bubble=True,
      tab="سرویس در دسترس نیست - خارجی ها در فرانسه",
      body=page_anef(err_page("کد خطا: 503 - ANEF-MNT-02", "مداخله فنی در حال انجام است",
                              "یک عملیات نگهداری برنامه ریزی شده در حال انجام است. خدمات آنلاین تا ساعت 6 صبح در دسترس نخواهد بود.",
                              lang="fa",
                              extra="<p>ما از این ناراحتی عذرخواهی می کنیم. پرونده هایی که قبلاً ارسال کرده اید دست نخورده باقی می مانند.</p>" +
                                    buttons(button("بعداً دوباره امتحان کنید", "secondary"))),
                     lang="fa", tools=False))
    # ---------------------------------------------------------------- missing_document ("demande de compléments" notification)
    T("missing_document", "fa", url=PORTAL + "notifications/30517", tab="اعلان های من - خارجی ها در فرانسه",
      body=page_anef(breadcrumb(["پذیرایی", "اعلان های من", "پیام استانداری"]) + '<h1 class="fr-h3">تکمیل پرونده درخواست شده است</h1>' +
                     "<p>سرویس رسیدگی استانداری ایزر پرونده تمدید شما را بررسی کرده است. برای ادامه آن، اسناد زیر باید ارسال شود:</p>"
                     "<ul><li>اعلامیه وضعیت اظهارنامه مالیات بر درآمد 2025</li>"
                     "<li>قرارداد اجاره یا رسیدهای اجاره سه ماه گذشته</li>"
                     "<li>گواهی صندوق کمک هزینه های خانواده (CAF)</li></ul>" +
                     alert("warning", None, "مهلت پاسخ: 30 روز از تاریخ دریافت این پیام. پس از این مهلت، پرونده شما ممکن است مشمول تصمیم رد شود.", sm=True) +
                     buttons(button("پاسخ دهید و اسناد را پیوست کنید"), button("بعداً پاسخ دهید", "secondary")), user="Shirin TAHERI", lang="fa", active=3))
    # ---------------------------------------------------------------- upload_error (format and size refused)
    T("upload_error", "fa", url=HOSTS_URL + "/usagers/#/demarches/naturalisation/pieces-justificatives", bubble=True,
      tab="پیوست کردن مدارک - خارجی ها در فرانسه",
      body=page_anef('<h1 class="fr-h3">مدارک خود را پیوست کنید</h1>' +
                     upload("عکس رنگی سند هویت (دو طرف)", "یک فایل برای هر سند. حداکثر وزن: 10 مگابایت. پسوندهای مجاز: .pdf، .jpg، .jpeg، .png",
                            "نوع فایل مجاز نیست (.webp). لطفاً سند خود را با فرمت PDF، JPG یا PNG ذخیره کنید.",
                            filename_note="piece_identite_recto.webp — 2,1 مگابایت", lang="fa") +
                     upload("اعلامیه مالیات 2024 (همه صفحات)", "حداکثر وزن: 10 مگابایت",
                            "حجم فایل (27,6 مگابایت) از حد مجاز بیشتر است. آن را فشرده کنید یا صفحات را جداگانه ارسال کنید.",
                            filename_note="avis_imposition_2024_scan.pdf — 27,6 مگابایت", lang="fa") +
                     buttons(button("ادامه دهید"), button("قبلی", "secondary")), user="Reza MORADI", lang="fa", active=1))
    # ---------------------------------------------------------------- request_status (timeline, document available)
    steps_fa = ["ارسال درخواست", "دستورالعمل در حال انجام", "تصمیم گرفته شد", "سند موجود است"]
    T("request_status", "fa", step="document_available", url=PORTAL + "mes-demarches/2025-0763014",
      tab="پیگیری پرونده من - خارجی ها در فرانسه",
      body=page_anef('<h1 class="fr-h3">پیگیری پرونده شماره 2025-0763014</h1>' +
                     two_cols(card(timeline(steps_fa, 3, ["12/06/2025", "از 30/06/2025", "04/11/2025", "19/11/2025"]),
                                   title="کارت اقامت چند ساله «استعداد - پاسپورت»"),
                              alert("success", "عنوان شما آماده است",
                                    "کارت اقامت شما ساخته شده است. یک پیامک به شما اطلاع می دهد که چه زمانی آن را از باجه استانداری بوش دو رون "
                                    "دریافت کنید. عنوان قبلی و تمبر مالیاتی خود را فراموش نکنید.") +
                              link("دعوت نامه برای تحویل عنوان (PDF)", "download-line")),
                     user="Leila KARIMI", lang="fa", active=1))


def build_persian_samples(rng):
    """the Persian translations added after build_more_samples, with their own RNG: the earlier samples stay untouched."""
    _S.clear()
    translated_fa()
    return _finish(rng)
