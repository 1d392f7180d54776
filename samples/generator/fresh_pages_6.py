"""Pages of the sixth blind screenshot set (samples/fresh/screens-6, seed screens-fresh-6).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from
Keycloak's French login-theme catalog (themes/src/main/resources-community/theme/base/login/messages/
messages_fr.properties of keycloak/keycloak) and, quoted from memory, its English catalog; everything else (ANEF's
own accordions, tabs, error summaries, bottom sheets, skeleton pages, status pages, other sites, and the sentences
standing for the browser's machine translations) is written here in the style of those sites and is not a
verified wording.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt / bubble_rtl, browsers.
"""
import anef_html as H
import make_screens as M

USAGERS = H.USAGERS
ESP = H.PORTAL
SSO_ACT = H.SSO_ACT
SSO_AUTH = H.SSO_AUTH
CHROMIUM = H.CHROMIUM_FAMILY

USER = "Mme Amina BENALI"
USER2 = "M. Dmytro SHEVCHUK"
USER3 = "M. Reza AHMADI"

_p = H.page_entry
RTL = {"ar": ("تمت ترجمة هذه الصفحة", "الفرنسية", "العربية"), "fa": ("این صفحه ترجمه شد", "فرانسوی", "فارسی")}


def _doc(body, lang, dark=False, rtl=False, css=""):
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=H.translation_css(lang, rtl) + css,
                      title=H.HEADER_TXT[lang]["title"])


def space(inner, lang="fr", user=USER, active=1, dark=False, pre="", post="", narrow=False):
    rtl = lang in ("ar", "fa")
    return _doc(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow) + post, lang, dark, rtl)


def portal(inner, lang="fr", dark=False, pre="", post="", narrow=False):
    rtl = lang in ("ar", "fa")
    return _doc(H.page_anef(inner, lang=lang, user=None, pre=pre, narrow=narrow) + post, lang, dark, rtl)


def kc(inner, lang="fr", dark=False):
    rtl = lang in ("ar", "fa")
    return _doc(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False), lang, dark, rtl)


def tr(lang, target=None):
    if lang in RTL:
        return dict(translated=True, bubble_txt=RTL[lang], bubble_rtl=True)
    return dict(translated=True, bubble_txt=("Cette page a été traduite", "français", target))


# ----------------------------------------------------------------------------- layouts of this set
def summary(title, items):
    """a form error summary at the top of the form (links to the fields in error)."""
    lis = "".join(f'<li><a href="#">{x}</a></li>' for x in items)
    return H.alert("error", title, f'<ul class="fr-mb-0">{lis}</ul>')


def accordion(sections, open_i):
    """accordion sections (title, body); only open_i is expanded."""
    out = []
    for i, (t, body) in enumerate(sections):
        arrow = "▴" if i == open_i else "▾"
        head = (f'<div style="display:flex;justify-content:space-between;padding:.9rem 1rem;font-weight:700;'
                f'color:var(--text-action-high-blue-france);{"background:var(--background-open-blue-france)" if i == open_i else ""}">'
                f'<span>{t}</span><span>{arrow}</span></div>')
        b = f'<div style="padding:1rem 1rem 1.2rem">{body}</div>' if i == open_i else ""
        out.append(f'<section style="border-top:1px solid var(--border-default-grey)">{head}{b}</section>')
    return f'<div class="fr-mb-4w" style="border-bottom:1px solid var(--border-default-grey)">{"".join(out)}</div>'


def tabs(labels, cur, body):
    """tabs inside the page."""
    ts = "".join(
        f'<span style="padding:.6rem 1rem;margin-right:.25rem;border:1px solid var(--border-default-grey);border-bottom:0;'
        f'{"background:var(--background-default-grey);border-top:2px solid var(--border-active-blue-france);font-weight:700;color:var(--text-action-high-blue-france)" if i == cur else "background:var(--background-action-low-blue-france)"}">{x}</span>'
        for i, x in enumerate(labels))
    return (f'<div class="fr-mb-4w"><div style="display:flex;flex-wrap:wrap;row-gap:.3rem">{ts}</div>'
            f'<div style="border:1px solid var(--border-default-grey);padding:1.5rem">{body}</div></div>')


def card_footer_err(title, inner, err):
    """a card whose footer carries the error."""
    return (f'<div class="fr-mb-4w" style="border:1px solid var(--border-default-grey)"><div class="fr-p-3w">'
            f'<h2 class="fr-h5">{title}</h2>{inner}</div><div style="background:var(--background-contrast-error);'
            f'padding:.8rem 1.5rem"><p class="fr-error-text fr-mt-0 fr-mb-0">{err}</p></div></div>')


def sheet(title, text, btn, kind="error"):
    """a dialog sliding up from the bottom of the screen."""
    return ('<div style="position:fixed;inset:0;background:rgba(22,22,22,.5);z-index:900"></div>'
            '<div id="crop" role="dialog" style="position:fixed;left:0;right:0;bottom:0;z-index:901;'
            'background:var(--background-lifted-grey);border-radius:14px 14px 0 0;padding:1.4rem 1.5rem 1.8rem;'
            'box-shadow:0 -6px 20px rgba(0,0,18,.3)"><div style="width:48px;height:4px;border-radius:2px;'
            'background:var(--border-default-grey);margin:0 auto 1rem"></div>'
            f'<div class="fr-alert fr-alert--{kind} fr-alert--sm fr-mb-2w"><p class="fr-text--bold">{title}</p></div>'
            f'<p>{text}</p>{H.buttons(H.button(btn))}</div>')


def quiet(kind, title, text):
    """a notice drawn without the message classes (one of several notices, not the problem)."""
    col = {"info": "var(--border-plain-info)", "success": "var(--border-plain-success)"}[kind]
    return (f'<div class="fr-mb-3w" style="border:1px solid {col};border-left:6px solid {col};padding:.8rem 1rem">'
            f'<p class="fr-text--bold fr-mb-1v">{title}</p><p class="fr-mb-0 fr-text--sm">{text}</p></div>')


def skeleton(n=5):
    bars = "".join(f'<div style="height:{18 if i % 3 else 28}px;width:{90 - (i * 13) % 45}%;margin:.9rem 0;'
                   'background:var(--background-contrast-grey);border-radius:4px"></div>' for i in range(n))
    return bars


def spinner(text):
    return ('<div data-key="spin" style="display:flex;align-items:center;gap:.8rem;margin:1.5rem 0">'
            '<span style="width:26px;height:26px;border-radius:50%;border:4px solid var(--background-contrast-grey);'
            'border-top-color:var(--border-active-blue-france);display:inline-block"></span>'
            f'<span class="fr-text--lg fr-mb-0">{text}</span></div>')


def filler(paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def links_block(lang="fr"):
    t = H.LOGIN_TXT[lang]
    return (f'<p class="fr-mt-2w"><a class="fr-link" href="#">{t["forgot"]}</a></p>'
            f'<p><a class="fr-link" href="#">{t["create"]}</a></p>'
            '<p><a class="fr-link" href="#">Aide / FAQ</a></p>' if lang == "fr" else
            f'<p class="fr-mt-2w"><a class="fr-link" href="#">{t["forgot"]}</a></p><p><a class="fr-link" href="#">{t["create"]}</a></p>')


def other(brand, colour, nav, inner, foot):
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    return M.plain_doc(f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav>{links}</nav></div>'
                       f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>')


def status(title, rows, badge):
    dl = "".join(f'<p class="fr-mb-1w"><span class="fr-text--bold">{k}</span> {v}</p>' for k, v in rows)
    return H.card(H.badge(*badge) + dl, title=title, crop=True)


LONG = ["Les informations ci-dessous concernent votre espace personnel et les démarches que vous avez commencées.",
        "Pensez à vérifier régulièrement vos notifications : les services de la préfecture peuvent vous écrire à tout moment.",
        "Les pièces justificatives doivent être lisibles, en couleur, et comporter toutes les pages du document."]


# ----------------------------------------------------------------------------- the pages
def build_pages():
    P = []
    a = P.append

    # ---------------------------------------------------------------- login_failure (5)
    a(_p("login invalid user, many links around", "login_failure", "fr", SSO_AUTH, kc(
        H.login_form("fr", alert_html=H.alert("error", None, "Nom d’utilisateur ou mot de passe invalide.", sm=True),
                     ident="amina.benali@gmail.com", pw="••••••••", extra_bottom=links_block("fr")))))
    a(_p("login account disabled, card footer", "login_failure", "fr", SSO_ACT + "authenticate?execution=4c1f&client_id=anef-usagers", kc(
        '<h1 class="fr-h3">Connexion à votre espace personnel</h1>' +
        card_footer_err("Identifiez-vous", H.field("Identifiant", "7501234567") + H.field("Mot de passe", "••••••••••", typ="password") +
                        H.buttons(H.button("Se connecter")), "Compte désactivé, contactez votre administrateur.") +
        '<p><a class="fr-link" href="#">Mot de passe oublié ?</a></p>')))
    a(_p("login too many tries, error summary (own)", "login_failure", "fr", SSO_ACT + "authenticate?session_code=Zq81", kc(
        H.login_form("fr", fc=False, alert_html=summary("Connexion impossible", [
            "Trop de tentatives de connexion infructueuses : votre compte est bloqué pendant 15 minutes."]),
            ident="7409981123", pw="•••••••••", pw_err="Mot de passe incorrect"))))
    a(_p("login invalid en dark", "login_failure", "en", SSO_AUTH + "&ui_locales=en", kc(
        H.login_form("en", alert_html=H.alert("error", None, "Invalid username or password.", sm=True),
                     ident="r.ahmadi@outlook.com", pw="••••••••••"), lang="en", dark=True), dark=True))
    a(_p("login wrong password ar translated (own)", "login_failure", "ar", SSO_AUTH, kc(
        H.login_form("ar", alert_html=H.alert("error", None, "اسم المستخدم أو كلمة المرور غير صحيحة.", sm=True),
                     ident="7512003344", pw="••••••••"), lang="ar"), **tr("ar")))

    # ---------------------------------------------------------------- password_reset (5)
    def upd(err_new=None, err_conf=None, top="", lang="fr"):
        lb = {"fr": ("Mise à jour du mot de passe", "Nouveau mot de passe", "Confirmation du nouveau mot de passe", "Soumettre"),
              "ru": ("Обновление пароля", "Новый пароль", "Подтверждение нового пароля", "Отправить")}[lang]
        return (f'<h1 class="fr-h3">{lb[0]}</h1>{top}' + H.field(lb[1], "••••••••", error=err_new, typ="password") +
                H.field(lb[2], "••••••••", error=err_conf, typ="password") + H.buttons(H.button(lb[3])))
    a(_p("new password too short (kc min length 12)", "password_reset", "fr", SSO_ACT + "required-action?execution=UPDATE_PASSWORD", kc(
        upd(err_new="Mot de passe invalide : longueur minimale requise de 12."))))
    a(_p("new password needs a digit, summary", "password_reset", "fr", SSO_ACT + "reset-credentials?client_id=anef-usagers", kc(
        upd(top=summary("Le formulaire contient une erreur", ["Mot de passe invalide : doit contenir au moins 1 chiffre(s)."])))))
    a(_p("reset link expired, tabs (own)", "password_reset", "fr", SSO_ACT + "action-token?key=eyJhbGciOi", kc(
        '<h1 class="fr-h3">Mot de passe oublié ?</h1>' + tabs(["Par courriel", "Par numéro étranger"], 0,
            H.alert("error", "Lien expiré", "Ce lien de réinitialisation n’est plus valide : il a expiré ou a déjà été utilisé. "
                    "Faites une nouvelle demande de réinitialisation.") +
            H.field("Adresse électronique", "amina.benali@gmail.com") + H.buttons(H.button("Recevoir un nouveau lien"))))))
    a(_p("reset email not received, accordion (own)", "password_reset", "fr", USAGERS + "mot-de-passe-oublie", portal(
        '<h1 class="fr-h3">Réinitialiser mon mot de passe</h1>' + quiet("info", "Demande envoyée",
            "Si un compte correspond à cette adresse, un courriel vous a été envoyé.") +
        accordion([("Je n’ai pas reçu le courriel de réinitialisation",
                    '<div class="fr-notice fr-notice--info" style="padding:.8rem"><p class="fr-mb-1w"><b>Vous n’avez pas reçu le courriel de réinitialisation du mot de passe ?</b></p>'
                    '<p class="fr-mb-0">Vérifiez vos courriers indésirables. Le courriel peut mettre jusqu’à 30 minutes à arriver. '
                    'Passé ce délai, recommencez la demande.</p></div>'),
                   ("Je ne connais plus mon identifiant", ""), ("Mon adresse électronique a changé", "")], 0), narrow=True)))
    a(_p("passwords do not match ru translated (own)", "password_reset", "ru", SSO_ACT + "reset-credentials", kc(
        upd(err_conf="Пароли не совпадают.", lang="ru"), lang="ru"), **tr("ru", "russe")))

    # ---------------------------------------------------------------- account_creation (5)
    a(_p("create account email exists, summary", "account_creation", "fr", USAGERS + "creation-compte", portal(
        '<h1 class="fr-h3">Créer mon compte</h1>' + summary("Votre compte n’a pas pu être créé", ["Le courriel existe déjà."]) +
        H.field("Nom", "BENALI") + H.field("Prénom", "Amina") +
        H.field("Adresse électronique", "amina.benali@gmail.com", error="Le courriel existe déjà.") +
        H.buttons(H.button("Créer mon compte")) + '<p class="fr-mt-2w"><a class="fr-link" href="#">Déjà un compte ? Se connecter</a></p>',
        narrow=True)))
    a(_p("create account foreign number unknown, long page (own)", "account_creation", "fr", USAGERS + "creation-compte/etape-2", portal(
        H.stepper("Vos informations d’identité", 2, 4, "Vos coordonnées") + filler(LONG) +
        H.field("Date de naissance", "14/03/1991") + H.field("Nationalité", "Algérienne") +
        H.field("Numéro étranger", "7509912345", hint="10 chiffres, figurant sur votre titre de séjour",
                error="Ce numéro étranger ne correspond à aucun dossier. Vérifiez votre saisie ou créez votre compte avec votre numéro de visa.") +
        H.field("Numéro de téléphone", "06 12 34 56 78") + filler(LONG[:2]) + H.buttons(H.button("Précédent", "secondary"), H.button("Continuer")))))
    a(_p("activation link expired in dark (own)", "account_creation", "fr", USAGERS + "activation-compte?token=8f2c1a", portal(
        '<h1 class="fr-h3">Activation de votre compte</h1>' +
        H.alert("error", "Le lien d’activation a expiré", "Ce lien était valable 24 heures. Demandez un nouveau courriel d’activation pour finaliser la création de votre compte.") +
        H.buttons(H.button("Renvoyer le courriel d’activation")), dark=True, narrow=True), dark=True))
    a(_p("visa number already used uk translated (own)", "account_creation", "uk", USAGERS + "creation-compte", portal(
        '<h1 class="fr-h3">Створити мій обліковий запис</h1>' + H.field("Номер візи", "FRA1234567890", hint="Номер, вказаний на вашій візі",
            error="Цей номер візи вже використовується іншим обліковим записом.") + H.field("Прізвище", "SHEVCHUK") +
        H.buttons(H.button("Продовжити")), lang="uk", narrow=True), **tr("uk", "ukrainien")))
    a(_p("verification email not received en (own)", "account_creation", "en", USAGERS + "creation-compte/verification", portal(
        '<h1 class="fr-h3">Verify your email address</h1><p>We sent a verification link to r.ahmadi@outlook.com when you created your account.</p>' +
        H.alert("warning", "Verification email not received?", "Your account is not activated yet. Check your spam folder, then request a new verification email.") +
        H.buttons(H.button("Resend the verification email")) + '<p><a class="fr-link" href="#">Change email address</a></p>', lang="en", narrow=True)))

    # ---------------------------------------------------------------- franceconnect (5)
    fc_host = "https://app.franceconnect.gouv.fr/api/v2/interaction/9Qw2x"
    a(_p("franceconnect technical error on FC site (own)", "franceconnect", "fr", fc_host, _doc(
        '<header class="fr-header"><div class="fr-container fr-py-2w"><p class="fr-logo">République<br>Française</p>'
        '<span class="fr-h4" style="margin-left:1rem">FranceConnect</span></div></header>' +
        H.main(H.alert("error", "Une erreur est survenue", "La connexion avec le fournisseur d’identité a échoué. "
                       "Veuillez réessayer plus tard ou choisir un autre compte.") +
               '<p class="fr-text--sm">Code erreur : Y000015</p>' + H.buttons(H.button("Retour au service Étrangers en France")), narrow=True),
        "fr"), tab="FranceConnect"))
    a(_p("kc federated identity exists", "franceconnect", "fr", SSO_ACT + "first-broker-login?client_id=anef-usagers", kc(
        '<h1 class="fr-h3">Connexion avec FranceConnect</h1>' +
        H.alert("error", None, "L’utilisateur avec FranceConnect a.benali existe déjà. Veuillez accéder à au gestionnaire de compte pour lier le compte.", sm=True) +
        '<p><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    a(_p("FC identity not attached, accordion (own)", "franceconnect", "fr", ESP + "mon-compte", space(
        '<h1 class="fr-h3">Mon compte</h1>' + accordion([
            ("Mes informations", ""), ("Connexion avec FranceConnect",
             H.alert("warning", "Identité FranceConnect non rattachée", "Votre identité FranceConnect n’est rattachée à aucun compte ANEF. "
                     "Connectez-vous avec votre identifiant et votre mot de passe, puis rattachez FranceConnect depuis cette page.")),
            ("Mot de passe", ""), ("Supprimer mon compte", "")], 1), active=4)))
    a(_p("FC linked to another account en dark (own)", "franceconnect", "en", SSO_ACT + "first-broker-login", kc(
        '<h1 class="fr-h3">Sign in with FranceConnect</h1>' + H.alert("error", "FranceConnect identity already in use",
            "This FranceConnect identity is already linked to another Foreigners in France account. Sign in with that account or contact support.") +
        H.fc_button("en"), lang="en", dark=True), dark=True))
    a(_p("FC authentication failed fa translated (own)", "franceconnect", "fa", SSO_AUTH + "&kc_idp_hint=franceconnect", kc(
        H.login_form("fa", alert_html=H.alert("error", None, "احراز هویت با FranceConnect ناموفق بود. لطفاً دوباره تلاش کنید.", sm=True)),
        lang="fa"), **tr("fa")))

    # ---------------------------------------------------------------- blocked_page (9)
    a(_p("chrome site unreachable", "blocked_page", "fr", "https://" + H.HOST + "/usagers/", M.plain_doc(
        '<div style="max-width:600px;margin:15vh auto 0;padding:0 24px;font-family:DejaVu Sans,sans-serif;color:#202124">'
        '<div style="width:42px;height:42px;border:3px solid #9aa0a6;border-radius:4px;margin-bottom:30px"></div>'
        '<div data-key="1"><h1 style="font-size:24px;font-weight:500">Ce site est inaccessible</h1>'
        f'<p style="color:#5f6368">{H.HOST} a mis trop de temps à répondre.</p>'
        '<p style="color:#5f6368;font-size:12px">ERR_CONNECTION_TIMED_OUT</p></div></div>',
        css="body{background:#fff}"), tab=H.HOST, browsers=CHROMIUM))
    a(_p("endless loading skeleton", "blocked_page", "fr", ESP + "mes-demarches", space(
        '<h1 class="fr-h3">Mes démarches</h1>' + spinner("Chargement en cours, veuillez patienter…") + skeleton(6) +
        '<p class="fr-text--sm" style="color:var(--text-mention-grey)">Le chargement prend plus de temps que prévu.</p>')))
    a(_p("500 internal error (own)", "blocked_page", "fr", ESP + "demarche/renouvellement", space(
        H.alert("error", "Erreur 500 – Erreur interne du serveur", "Une erreur inattendue est survenue. Nos équipes ont été prévenues. "
                "Veuillez réessayer dans quelques instants.") + H.buttons(H.button("Revenir à l’accueil")))))
    a(_p("maintenance in the middle of a long page (own)", "blocked_page", "fr", USAGERS, portal(
        '<h1>Bienvenue sur le site Étrangers en France</h1>' + filler(LONG * 2) +
        H.alert("warning", "Service en maintenance", "En raison d’une opération de maintenance, le service est indisponible du 14/11 à 20h au 15/11 à 8h. "
                "Vous ne pouvez ni vous connecter ni déposer de demande pendant cette période.") + filler(LONG))))
    a(_p("session expired bottom sheet (own)", "blocked_page", "fr", ESP + "demarche/naturalisation/etape-3", space(
        H.stepper("Votre situation familiale", 3, 7, "Vos ressources") + H.field("Situation matrimoniale", "Mariée"),
        post=sheet("Votre session a expiré", "Pour votre sécurité, vous avez été déconnectée après 30 minutes d’inactivité. Les données non enregistrées sont perdues.",
                   "Se reconnecter"))))
    a(_p("kc login timeout", "blocked_page", "fr", SSO_ACT + "authenticate?execution=aa10", kc(
        '<h1 class="fr-h3">Nous sommes désolés...</h1>' +
        H.alert("error", None, "Le temps imparti pour la connexion est écoulé. Le processus de connexion redémarre depuis le début.", sm=True) +
        '<p><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    a(_p("save failed in card footer (own)", "blocked_page", "fr", ESP + "demarche/titre-sejour/coordonnees", space(
        H.stepper("Vos coordonnées", 2, 6, "Vos justificatifs") +
        card_footer_err("Adresse en France", H.field("Adresse", "12 rue des Lilas") + H.field("Code postal", "69003") +
                        H.buttons(H.button("Enregistrer")),
                        "Une erreur technique est survenue lors de l’enregistrement. Vos modifications n’ont pas été sauvegardées."))))
    a(_p("button does nothing, spinner stuck (own)", "blocked_page", "fr", ESP + "demarche/titre-sejour/recapitulatif", space(
        '<h1 class="fr-h3">Récapitulatif de votre demande</h1>' + H.table("Vos informations", ["Rubrique", "État"],
            [["Identité", "Complet"], ["Coordonnées", "Complet"], ["Justificatifs", "Complet"]]) +
        H.buttons(H.button("Valider ma demande")) + spinner("Validation en cours…") +
        H.alert("error", None, "Le bouton « Valider ma demande » ne répond pas : la requête n’a pas abouti. Réessayez plus tard.", sm=True))))
    a(_p("503 fa translated (own)", "blocked_page", "fa", ESP + "mes-demarches", space(
        H.alert("error", "خطای 503 – سرویس در دسترس نیست", "سرور موقتاً قادر به پاسخگویی به درخواست شما نیست. لطفاً بعداً دوباره امتحان کنید."),
        lang="fa", user=USER3), **tr("fa")))

    # ---------------------------------------------------------------- missing_document (5)
    a(_p("missing piece in accordion (own)", "missing_document", "fr", ESP + "demarche/titre-sejour/suivi", space(
        '<h1 class="fr-h3">Ma demande de titre de séjour</h1>' + accordion([
            ("Informations générales", ""),
            ("Pièces justificatives (1 pièce manquante)",
             H.alert("warning", "Pièce manquante", "Justificatif de domicile de moins de 3 mois : à fournir avant le 12/12/2026.")),
            ("Historique", "")], 1))))
    a(_p("several notices, one asks a document (own)", "missing_document", "fr", ESP + "mes-notifications", space(
        '<h1 class="fr-h3">Mes notifications</h1>' +
        quiet("success", "Paiement reçu", "Votre timbre fiscal a bien été pris en compte.") +
        quiet("info", "Rendez-vous", "Pensez à vous munir des originaux de vos pièces.") +
        H.alert("warning", "Message de la préfecture du Rhône",
                "Votre dossier est incomplet. Merci de compléter votre demande en déposant l’acte de naissance traduit par un traducteur agréé.") +
        quiet("info", "Information", "Le site sera mis à jour le 20/11."), active=3)))
    a(_p("documents tab with à fournir (own)", "missing_document", "fr", ESP + "demarche/naturalisation/documents", space(
        '<h1 class="fr-h3">Demande de naturalisation</h1>' + tabs(["Résumé", "Documents", "Messages"], 1,
            H.table("Pièces du dossier", ["Pièce", "État"], [["Passeport", "Reçue"], ["Avis d’imposition 2025", H.badge("À fournir", "warning")],
                                                             ["Bulletins de salaire", "Reçue"]], crop=True) +
            H.buttons(H.button("Compléter mon dossier"))), user=USER3, active=2)))
    a(_p("additional document requested en (own)", "missing_document", "en", ESP + "my-applications", space(
        '<h1 class="fr-h3">My applications</h1>' + H.alert("warning", "Additional document required",
            "The prefecture needs a proof of resources for the last 6 months to continue examining your application. Please upload it in your application.") +
        H.buttons(H.button("Add the document")), lang="en", user=USER3)))
    a(_p("missing document ar translated (own)", "missing_document", "ar", ESP + "mes-demarches", space(
        H.alert("warning", "ملفك غير مكتمل", "يرجى تقديم المستند المفقود: شهادة السكن. الوثيقة مطلوبة لمواصلة دراسة طلبك."),
        lang="ar"), **tr("ar")))

    # ---------------------------------------------------------------- upload_error (5)
    a(_p("upload too large, summary (own)", "upload_error", "fr", ESP + "demarche/titre-sejour/justificatifs", space(
        summary("Votre envoi contient une erreur", ["Le fichier « releve_banque.pdf » dépasse la taille maximale autorisée (10 Mo)."]) +
        H.upload("Justificatif de ressources", "Formats acceptés : PDF, JPG, PNG. Taille maximale : 10 Mo.", filename_note="releve_banque.pdf (23,4 Mo)"))))
    a(_p("upload wrong format, card footer (own)", "upload_error", "fr", ESP + "demarche/naturalisation/pieces", space(
        card_footer_err("Acte de naissance", H.upload("Ajouter un fichier", "PDF, JPG ou PNG", filename_note="acte_naissance.docx"),
                        "Format de fichier non accepté (.docx). Enregistrez votre document en PDF puis recommencez."), user=USER3)))
    a(_p("damaged file bottom sheet (own)", "upload_error", "fr", ESP + "demarche/titre-sejour/justificatifs", space(
        H.upload("Passeport", "Pages d’identité", filename_note="passeport.pdf"),
        post=sheet("Fichier illisible", "Le fichier « passeport.pdf » est endommagé et ne peut pas être ouvert. Numérisez à nouveau votre document.",
                   "Choisir un autre fichier"))))
    a(_p("e-photo code already used en (own)", "upload_error", "en", ESP + "application/residence-permit/photo", space(
        H.field("Photo and signature code", "9X4K-2BQ7-LM3P", hint="22-character code given by the photo booth",
                error="This e-photo code has already been used for another application. Take new photos to get a new code.") +
        H.buttons(H.button("Validate")), lang="en", user=USER3)))
    a(_p("too many files uk translated (own)", "upload_error", "uk", ESP + "demarche/titre-sejour/justificatifs", space(
        H.upload("Підтвердження місця проживання", "Максимум 5 файлів", filename_note="6 файлів",
                 error="Ви не можете додати більше 5 файлів для цього документа.", lang="uk"), lang="uk", user=USER2), **tr("uk", "ukrainien")))

    # ---------------------------------------------------------------- request_status (9)
    a(_p("status submitted, attestation de dépôt (own)", "request_status", "fr", ESP + "mes-demarches", space(
        '<h1 class="fr-h3">Mes démarches</h1>' + status("Renouvellement de titre de séjour – salarié",
            [("Déposée le", "03/10/2026"), ("Numéro", "RNV-2026-0041873"), ("", "Votre demande a bien été envoyée. Elle sera examinée par la préfecture.")],
            ("Déposée", "info")) + H.link("Télécharger mon attestation de dépôt", "download-line"))))
    a(_p("status submitted en (own)", "request_status", "en", ESP + "my-applications", space(
        H.timeline(["Application sent", "Under examination", "Decision", "Card available"], 1, ["12/09/2026", "", "", ""]) +
        H.alert("info", "Application sent", "Your application has been sent to the prefecture and is waiting to be examined.", sm=True),
        lang="en", user=USER3), step="submitted"))
    P[-2]["step"] = "submitted"
    a(_p("status in progress, interview in tab (own)", "request_status", "fr", ESP + "demarche/naturalisation/suivi", space(
        '<h1 class="fr-h3">Demande de naturalisation</h1>' + tabs(["Suivi", "Documents", "Messages"], 0,
            H.alert("info", "Entretien d’assimilation programmé", "Votre demande est en cours d’instruction. Vous êtes convoqué à un entretien "
                    "le 08/01/2027 à 9h30 à la préfecture de Lyon.")), user=USER3), step="in_progress"))
    a(_p("status in progress ru translated (own)", "request_status", "ru", ESP + "mes-demarches", space(
        status("Продление вида на жительство", [("Статус:", "Ваша заявка находится на рассмотрении в префектуре."),
                                                ("Подана:", "21/08/2026")], ("На рассмотрении", "info")), lang="ru", user=USER2),
        step="in_progress", **tr("ru", "russe")))
    a(_p("status decision refusal, accordion (own)", "request_status", "fr", ESP + "demarche/titre-sejour/suivi", space(
        '<h1 class="fr-h3">Ma demande de titre de séjour</h1>' + accordion([
            ("Décision", H.alert("error", "Décision défavorable", "Le préfet a refusé votre demande de titre de séjour. "
                                 "La décision motivée est disponible dans vos documents.")),
            ("Voies de recours", ""), ("Historique de la demande", "")], 0)), step="decision_made"))
    a(_p("status favourable dark (own)", "request_status", "fr", ESP + "mes-demarches", space(
        status("Première demande – étudiant", [("Décision :", "favorable, le 02/11/2026"), ("", "Votre titre de séjour est en cours de fabrication.")],
               ("Décision favorable", "success")), dark=True), step="decision_made", dark=True))
    a(_p("status card ready, several notices (own)", "request_status", "fr", ESP + "mes-notifications", space(
        quiet("info", "Information", "Les horaires d’accueil de la préfecture changent en décembre.") +
        H.alert("success", "Votre titre de séjour est disponible", "Vous pouvez le retirer à la préfecture de Seine-Saint-Denis sur rendez-vous. "
                "Munissez-vous de votre récépissé et du timbre fiscal.") +
        quiet("info", "Rappel", "Conservez votre attestation de prolongation jusqu’à la remise du titre."), active=3), step="document_available"))
    a(_p("status card ready fa translated (own)", "request_status", "fa", ESP + "mes-demarches", space(
        status("کارت اقامت", [("وضعیت:", "کارت اقامت شما آماده است و می توانید آن را از فرمانداری دریافت کنید.")], ("سند موجود است", "success")),
        lang="fa", user=USER3), step="document_available", **tr("fa")))
    a(_p("status no news since (own)", "request_status", "fr", ESP + "mes-demarches", space(
        '<h1 class="fr-h3">Mes démarches</h1>' + status("Changement de statut – vie privée et familiale",
            [("Déposée le", "17/04/2026"), ("Dernière mise à jour", "Aucune nouvelle information depuis le 22/05/2026.")],
            ("Sans nouvelle", "new")))))

    # ---------------------------------------------------------------- unknown (7)
    a(_p("ANEF home, nothing wrong", "unknown", "fr", USAGERS, portal(
        '<h1>Bienvenue sur le site Étrangers en France</h1><p>Réalisez vos démarches de titre de séjour, de naturalisation et de document de voyage en ligne.</p>' +
        '<div class="fr-grid-row fr-grid-row--gutters">' + H.tile("Titre de séjour", "Première demande, renouvellement, changement de statut") +
        H.tile("Naturalisation", "Devenir français") + H.tile("Document de voyage", "Pour les réfugiés et apatrides") + '</div>')))
    a(_p("ANEF password updated success", "unknown", "fr", ESP + "mon-compte", space(
        H.alert("success", None, "Votre mot de passe a été mis à jour.", sm=True) + '<h1 class="fr-h3">Mon compte</h1>' +
        H.field("Adresse électronique", "amina.benali@gmail.com") + H.field("Téléphone", "06 12 34 56 78"), active=4)))
    a(_p("ANEF procedure catalogue with links", "unknown", "fr", USAGERS + "demarches", portal(
        '<h1 class="fr-h3">Les démarches en ligne</h1>' + "".join(f'<p><a class="fr-link" href="#">{x}</a></p>' for x in [
            "Étudiant – première demande", "Salarié – renouvellement", "Passeport talent", "Visiteur", "Vie privée et familiale",
            "Naturalisation par décret", "Titre d’identité républicain", "Document de circulation pour étranger mineur"]))))
    a(_p("prefecture booking error", "unknown", "fr", "https://www.rdv-prefecture.interieur.gouv.fr/rdvpref/reservation/demarche/2143/creneau/", _doc(
        H.header("fr", tools=False).replace("Étrangers en France", "Rendez-vous en préfecture").replace(
            "Administration numérique pour les étrangers en France", "Préfecture de la Gironde") +
        H.main(H.alert("error", "Aucun créneau", "Il n’existe plus de plage horaire libre pour votre demande de rendez-vous. Veuillez recommencer ultérieurement."), narrow=True),
        "fr"), tab="Rendez-vous en préfecture"))
    a(_p("bank login error", "unknown", "fr", "https://www.banque-exemple.fr/connexion", other("Banque Exemple", "#0b3c5d", ["Particuliers", "Professionnels", "Aide"],
        '<div class="box"><h1>Accès à vos comptes</h1><div class="err">Identifiant ou code secret erroné. Il vous reste 2 essais.</div>'
        '<label>Identifiant</label><input class="t" value="48210937"><label>Code secret</label><input class="t" value="••••••"></div>',
        "© Banque Exemple"), tab="Banque Exemple – Connexion"))
    a(_p("caf.fr service unavailable", "unknown", "fr", "https://wwwd.caf.fr/wps/portal/caffr/moncompte", other("caf.fr", "#0f5ca8", ["Mon Compte", "Aides et démarches", "Contact"],
        '<div class="box"><h1>Mon Compte</h1><div class="err">Le service est momentanément indisponible. Veuillez nous excuser pour la gêne occasionnée.</div></div>',
        "Caisse d’allocations familiales"), tab="Mon Compte – caf.fr"))
    a(_p("France Travail documents to send", "unknown", "fr", "https://candidat.francetravail.fr/espacepersonnel/", other("France Travail", "#1d2c5b", ["Mon espace", "Offres", "Formations"],
        '<div class="box"><h1>Mon espace</h1><div class="info">Un justificatif vous est demandé : transmettez votre attestation employeur pour finaliser votre inscription.</div></div>',
        "francetravail.fr"), tab="Mon espace – France Travail"))
    return P
