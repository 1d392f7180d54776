"""Pages of the eighth blind screenshot set (samples/fresh/screens-8, seed screens-fresh-8).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from
Keycloak's login-theme catalogs (messages_fr.properties under themes/src/main/resources-community/... and
messages_en.properties under themes/src/main/resources/... of keycloak/keycloak, read for this set), keys the
screens-6 and screens-7 READMEs do not list.  Everything else (ANEF's own notices, dialogs, bottom sheets, lists of
pieces, status pages, the other sites, and the sentences standing for the browser's machine translations) is
written here in the style of those sites and is not a verified wording.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt.
"""
import anef_html as H
import make_screens as M

ESP = H.PORTAL
USAGERS = H.USAGERS
SSO_ACT = H.SSO_ACT
SSO_AUTH = H.SSO_AUTH
SSO_BROKER = "https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/endpoint"

USER_A = "M. Amadou SOW"
USER_B = "Mme Iryna MELNYK"
USER_C = "Mme Leila AHMADI"
USER_D = "M. Youssef BENSAID"
USER_E = "Mme Natalia VOLKOVA"

def _entry(name, situation, lang, url, doc, step="", tab=None, **kw):
    """H.page_entry; a browser-translated page's tab title is translated too."""
    if kw.get("translated") and tab is None:
        tab = H.HEADER_TXT[lang]["title"]
    return H.page_entry(name, situation, lang, url, doc, step=step, tab=tab, **kw)


TARGETS = {"ar": "arabe", "fa": "persan", "ru": "russe", "uk": "ukrainien"}


def tr(lang):
    """what a French-speaking Chrome says once it has translated the page."""
    return dict(translated=True, bubble_txt=("Cette page a été traduite", "français", TARGETS[lang]))


def act(path, q="session_code=Xw3kQ9&execution=7f1c2a90&client_id=anef-usagers&tab_id=pL4vR2"):
    return SSO_ACT + path + "?" + q


def doc(body, lang="fr", dark=False, css=""):
    rtl = lang in ("ar", "fa")
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=H.translation_css(lang, rtl) + css,
                      title=H.HEADER_TXT[lang]["title"])


def espace(inner, lang="fr", user=USER_A, active=1, dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow) + post, lang, dark)


def public(inner, lang="fr", dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=None, pre=pre, narrow=narrow) + post, lang, dark)


def sso(inner, lang="fr", dark=False, post=""):
    return doc(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False) + post, lang, dark)


# ----------------------------------------------------------------------------- layouts of this set
def sheet(title, text, btn, kind="error"):
    """a bottom sheet over a dimmed page (phone style, also drawn on desktop)."""
    return ('<div style="position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:900"></div>'
            '<div id="crop" style="position:fixed;left:0;right:0;bottom:0;z-index:901;background:var(--background-lifted-grey);'
            'border-radius:14px 14px 0 0;padding:1rem 1.25rem 1.5rem;box-shadow:0 -6px 22px rgba(0,0,0,.3)">'
            '<div style="width:42px;height:5px;border-radius:3px;background:var(--background-contrast-grey);margin:0 auto 1rem"></div>'
            f'<p class="fr-text--bold fr-mb-1w" style="color:var(--text-default-{kind})">{title}</p>'
            f'<p class="fr-text--sm fr-mb-2w">{text}</p>{H.button(btn)}</div>')


def modal(title, text, btns, kind="error", close="Fermer"):
    """a dialog in the middle of the window."""
    bs = "".join(f"<li>{b}</li>" for b in btns)
    return ('<div style="position:fixed;inset:0;background:rgba(22,22,22,.6);z-index:900"></div>'
            '<div id="crop" role="alertdialog" style="position:fixed;left:50%;top:46%;transform:translate(-50%,-50%);'
            'width:min(520px,90vw);z-index:901;background:var(--background-lifted-grey);padding:1.25rem 1.5rem 1rem;'
            'border-top:5px solid var(--border-plain-' + kind + ')">'
            f'<p class="fr-text--xs" style="text-align:right;margin:0;color:var(--text-action-high-blue-france)">{close} ✕</p>'
            f'<h2 class="fr-h5">{title}</h2><p class="fr-text--sm">{text}</p>'
            f'<ul class="fr-btns-group fr-btns-group--inline-sm">{bs}</ul></div>')


def toast(text, kind="error", pos="top"):
    col = {"error": "#ce0500", "success": "#18753c", "info": "#0063cb", "warning": "#b34000"}[kind]
    where = "bottom:18px" if pos == "bottom" else "top:14px"
    return (f'<div id="crop" style="position:fixed;{where};left:50%;transform:translateX(-50%);width:min(440px,92vw);'
            f'z-index:950;background:#1e1e1e;color:#fff;border-radius:6px;padding:.75rem 1rem;'
            f'box-shadow:0 4px 16px rgba(0,0,0,.35);border-left:6px solid {col}"><p class="fr-mb-0 fr-text--sm" '
            f'style="color:#fff">{text}</p></div>')


def errsummary(title, items):
    lis = "".join(f'<li><a href="#" style="color:var(--text-default-error)">{x}</a></li>' for x in items)
    return (f'<div class="fr-alert fr-alert--error fr-mb-3w"><h3 class="fr-alert__title">{title}</h3>'
            f'<ul class="fr-mb-0">{lis}</ul></div>')


def box(title, text):
    """a framed box without the message classes (noise around the message)."""
    return (f'<div class="fr-mb-3w" style="border:1px solid var(--border-default-grey);padding:.8rem 1rem">'
            f'<p class="fr-text--bold fr-mb-1v">{title}</p><p class="fr-mb-0 fr-text--sm">{text}</p></div>')


def banner(text):
    """a thin coloured band under the header (noise, not a message element)."""
    return (f'<div style="background:var(--background-contrast-info);padding:.5rem 1rem;text-align:center">'
            f'<p class="fr-mb-0 fr-text--sm">{text}</p></div>')


def acc(items):
    """accordion: (title, body, open, key)."""
    out = []
    for t, b, op, key in items:
        mark = ' data-key="acc"' if key else ""
        body = f'<div class="fr-px-2w fr-pb-2w"{mark}>{b}</div>' if op else ""
        out.append(f'<div style="border-top:1px solid var(--border-default-grey)"><p class="fr-mb-0 fr-py-2w fr-px-2w" '
                   f'style="display:flex;justify-content:space-between;font-weight:700;color:var(--text-action-high-blue-france)">'
                   f'<span>{t}</span><span>{"−" if op else "+"}</span></p>{body}</div>')
    return f'<div class="fr-mb-4w" style="border-bottom:1px solid var(--border-default-grey)">{"".join(out)}</div>'


def tabs(labels, cur):
    ts = "".join(f'<span style="padding:.6rem 1rem;{"background:var(--background-default-grey);border:1px solid var(--border-default-grey);border-bottom:0;border-top:2px solid var(--border-active-blue-france);font-weight:700;color:var(--text-action-high-blue-france)" if i == cur else "background:var(--background-action-low-blue-france)"}">{x}</span>'
                 for i, x in enumerate(labels))
    return f'<div class="fr-mb-3w" style="display:flex;flex-wrap:wrap;gap:4px;border-bottom:1px solid var(--border-default-grey)">{ts}</div>'


def cards(items):
    """démarche cards: (title, lines, badge, kind, key)."""
    out = []
    for t, lines, b, kind, key in items:
        mark = ' data-key="card"' if key else ""
        ls = "".join(f'<p class="fr-text--sm fr-mb-1v">{x}</p>' for x in lines)
        out.append(f'<div class="fr-col-12 fr-col-md-6"><div{mark} style="border:1px solid var(--border-default-grey);'
                   f'border-bottom:3px solid var(--border-plain-blue-france);padding:1rem 1.2rem;background:var(--background-default-grey)">'
                   f'{H.badge(b, kind)}<p class="fr-text--bold fr-mt-1w fr-mb-1w">{t}</p>{ls}</div></div>')
    return f'<div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">{"".join(out)}</div>'


def rows(items, key_rows=()):
    """pieces / notification list: (title, note, badge, kind)."""
    out = []
    for i, (t, note, b, kind) in enumerate(items):
        mark = ' data-key="row"' if i in key_rows else ""
        n = f'<p class="fr-text--sm fr-mb-0" style="color:var(--text-mention-grey)">{note}</p>' if note else ""
        bd = H.badge(b, kind) if b else ""
        out.append(f'<div{mark} style="display:flex;justify-content:space-between;gap:1rem;padding:.8rem 0;'
                   f'border-bottom:1px solid var(--border-default-grey)"><div><p class="fr-mb-0 fr-text--bold">{t}</p>{n}</div>{bd}</div>')
    return f'<div class="fr-mb-4w">{"".join(out)}</div>'


def side(menu, cur, inner):
    lis = "".join(f'<li style="padding:.45rem .7rem;{"background:var(--background-action-low-blue-france);font-weight:700" if i == cur else ""}">{x}</li>'
                  for i, x in enumerate(menu))
    return (f'<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-3"><ul style="list-style:none;padding:0;margin:0 0 1rem">{lis}</ul></div>'
            f'<div class="fr-col-12 fr-col-md-9">{inner}</div></div>')


def steps_h(labels, cur):
    """horizontal numbered progress (request tracking): index < cur done, == cur current."""
    out = []
    for i, s in enumerate(labels):
        if i < cur:
            c, bg, fg = "var(--text-default-grey)", "var(--background-action-high-blue-france)", "#fff"
        elif i == cur:
            c, bg, fg = "var(--text-action-high-blue-france)", "var(--background-default-grey)", "var(--text-action-high-blue-france)"
        else:
            c, bg, fg = "var(--text-mention-grey)", "var(--background-contrast-grey)", "var(--text-mention-grey)"
        bd = "border:3px solid var(--border-active-blue-france);" if i == cur else ""
        out.append(f'<div style="flex:1 1 0;min-width:80px;text-align:center;color:{c};font-size:.85rem;font-weight:{700 if i == cur else 400}">'
                   f'<span style="display:inline-flex;align-items:center;justify-content:center;width:30px;height:30px;border-radius:50%;'
                   f'background:{bg};color:{fg};{bd}margin-bottom:.4rem">{i + 1}</span><br>{s}</div>')
    return f'<div id="crop" class="fr-mb-4w" style="display:flex;flex-wrap:wrap;row-gap:1rem">{"".join(out)}</div>'


def checklist(items):
    lis = "".join(f'<li style="list-style:none;color:{"var(--text-default-success)" if ok else "var(--text-mention-grey)"}">'
                  f'{"✔" if ok else "•"} {t}</li>' for t, ok in items)
    return f'<ul class="fr-pl-0 fr-text--sm fr-mb-2w">{lis}</ul>'


def spinner(text):
    return ('<style>@keyframes r{to{transform:rotate(360deg)}}</style>'
            '<div id="crop" style="text-align:center;padding:4rem 0"><div style="width:54px;height:54px;margin:0 auto 1.2rem;border-radius:50%;'
            'border:6px solid var(--background-contrast-grey);border-top-color:var(--border-active-blue-france)"></div>'
            f'<p class="fr-text--sm">{text}</p></div>')


def site(brand, colour, nav, inner, foot, css=""):
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    return M.plain_doc(f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav>{links}</nav></div>'
                       f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>', css)


def pw_fields(labels, errs):
    return "".join(H.field(lbl, "••••••••••••", typ="password", error=er) for lbl, er in zip(labels, errs, strict=False))


ACCOUNT_MENU = ["Mes informations", "Mot de passe", "Adresse électronique", "Téléphone", "Supprimer mon compte"]
CREATE_H = "Création de votre compte"


# ----------------------------------------------------------------------------- the pages
def build_pages():
    P = []
    add = P.append

    # ========================================================================= login_failure
    add(_entry("temporarily disabled, with a maintenance notice as noise", "login_failure", "fr", SSO_AUTH, sso(
        H.login_form(alert_html=H.alert("error", None, "Ce compte est temporairement désactivé, contactez votre "
                                         "administrateur ou bien réessayez plus tard.", sm=True),
                     ident="1203456789",
                     extra_top=box("Information", "Une opération de maintenance est programmée le dimanche 13 décembre "
                                   "de 6 h à 9 h. Le site sera alors indisponible.")))))
    add(_entry("short: nom d'utilisateur invalide under the identifier", "login_failure", "fr", act("authenticate"), sso(
        H.login_form(ident="amadou.sow@gmial.com", ident_err="Nom d’utilisateur invalide.", fc=False))))
    add(_entry("empty identifier (dark)", "login_failure", "fr", act("authenticate"), sso(
        H.login_form(ident="", ident_err="Veuillez entrer votre nom d’utilisateur.", pw="motdepasse", first=False),
        dark=True), dark=True))
    add(_entry("error summary: two tries left before lock", "login_failure", "fr", act("authenticate"), sso(
        H.login_form(alert_html=errsummary("La connexion a échoué", [
            "Identifiant ou mot de passe incorrect.",
            "Encore 2 essais avant le blocage de votre compte pendant 30 minutes."]), ident="7501234567", fc=False))))
    add(_entry("en: locked after 5 attempts", "login_failure", "en", act("authenticate"), sso(
        H.login_form("en", alert_html=H.alert("error", "Account locked",
                                               "Your account has been locked after 5 unsuccessful sign-in attempts. "
                                               "You can try again in 30 minutes or reset your password."),
                     ident="4409876543"), lang="en")))
    add(_entry("ru: no account for this identifier", "login_failure", "ru", act("authenticate"), sso(
        H.login_form("ru", alert_html=H.alert("error", None, "Не найдено ни одной учетной записи, соответствующей этому "
                                               "идентификатору. Проверьте введенный номер иностранца."),
                     ident="9912345678"), lang="ru"), **tr("ru")))
    add(_entry("bottom sheet: foreign number not linked to an active account", "login_failure", "fr", act("authenticate"), sso(
        H.login_form(ident="0612345678", fc=False),
        post=sheet("Connexion impossible", "Le numéro étranger saisi n’est rattaché à aucun compte actif. Vérifiez qu’il "
                   "s’agit bien des 10 chiffres de votre titre de séjour, et non de votre numéro de téléphone.",
                   "J’ai compris"))))

    # ========================================================================= password_reset
    pw_lbls = ["Mot de passe actuel", "Nouveau mot de passe", "Confirmation du nouveau mot de passe"]
    add(_entry("change form in my account: one upper case letter missing", "password_reset", "fr", ESP + "mon-compte/mot-de-passe",
               espace(H.breadcrumb(["Accueil", "Mon compte", "Mot de passe"]) + side(ACCOUNT_MENU, 1,
                      '<h1 class="fr-h3">Modifier mon mot de passe</h1>' +
                      H.field(pw_lbls[0], "••••••••••", typ="password") +
                      H.field(pw_lbls[1], "••••••••••••••", typ="password",
                              error="Mot de passe invalide : doit contenir au moins 1 lettre(s) en majuscule.") +
                      H.field(pw_lbls[2], "••••••••••••••", typ="password") + H.buttons(H.button("Enregistrer"))),
                      active=4)))
    add(_entry("change form: current password wrong", "password_reset", "fr", ESP + "mon-compte/mot-de-passe",
               espace(side(ACCOUNT_MENU, 1, '<h1 class="fr-h3">Modifier mon mot de passe</h1>' +
                      pw_fields(pw_lbls, ["Mot de passe existant invalide.", None, None]) +
                      H.buttons(H.button("Enregistrer"), H.button("Annuler", "secondary"))), user=USER_D, active=4)))
    add(_entry("reset form: blacklisted password", "password_reset", "fr", act("reset-credentials"), sso(
        '<h1 class="fr-h3">Mise à jour du mot de passe</h1>' +
        H.alert("error", None, "Mot de passe invalide : ce mot de passe est blacklisté.", sm=True) +
        pw_fields(["Nouveau mot de passe", "Confirmation du nouveau mot de passe"], [None, None]) +
        H.buttons(H.button("Soumettre")))))
    add(_entry("change form: generic policy refusal with a checklist (phone-friendly)", "password_reset", "fr",
               ESP + "mon-compte/mot-de-passe", espace(
        '<h1 class="fr-h4">Mot de passe</h1><p class="fr-text--sm">Votre mot de passe doit comporter :</p>' +
        checklist([("12 caractères minimum", True), ("une majuscule et une minuscule", True), ("un chiffre", True),
                   ("un caractère spécial (! ? @ # …)", False)]) +
        pw_fields(pw_lbls, [None, "Mot de passe invalide : le nouveau mot de passe ne répond pas à la politique de mot de passe.", None]) +
        H.buttons(H.button("Valider")), user=USER_B, active=4, narrow=True)))
    add(_entry("en: reset form, minimum length 12", "password_reset", "en", act("reset-credentials"), sso(
        '<h1 class="fr-h3">Update password</h1>' +
        H.field("New password", "••••••••", typ="password", error="Invalid password: minimum length 12.") +
        H.field("Confirm password", "••••••••", typ="password") + H.buttons(H.button("Submit")), lang="en")))
    add(_entry("fa: reset e-mail never arrived (help accordion)", "password_reset", "fa", USAGERS + "aide/mot-de-passe", public(
        '<h1 class="fr-h3">رمز عبور را فراموش کرده اید؟</h1>' + acc([
            ("چگونه رمز عبور خود را تغییر دهم؟", "", False, False),
            ("ایمیل بازنشانی رمز عبور را دریافت نکرده‌ام", '<p class="fr-text--sm">اگر پس از 30 دقیقه ایمیل بازنشانی را دریافت '
             'نکرده‌اید، پوشه هرزنامه (spam) را بررسی کنید. مطمئن شوید که شناسه واردشده همان شماره خارجی یا آدرس '
             'ایمیلی است که هنگام ایجاد حساب استفاده کرده‌اید.</p>' + H.button("ارسال مجدد پیوند"), True, True),
            ("پیوند ایمیل کار نمی کند", "", False, False)]), lang="fa"), **tr("fa")))
    add(_entry("uk: reset link invalid or already used", "password_reset", "uk", act("action-token", "key=eyJhbGciOiJIUzI1NiJ9.e30&client_id=anef-usagers"), sso(
        '<h1 class="fr-h3">Скидання пароля</h1>' +
        H.alert("error", "Посилання недійсне", "Посилання для скидання пароля недійсне або вже було використане. "
                "Зробіть новий запит на сторінці «Забули пароль ?».") +
        '<p><a class="fr-link" href="#">« Повернутися до входу</a></p>', lang="uk"), **tr("uk")))

    # ========================================================================= account_creation
    create_fields = (H.field("Nom", "SOW") + H.field("Prénom(s)", "Amadou") +
                     H.field("Adresse électronique", "amadou.sow@exemple.fr"))
    add(_entry("creation: username already exists", "account_creation", "fr", USAGERS + "espace-personnel/creation-compte", public(
        H.stepper(CREATE_H, 2, 3, "Choix du mot de passe") +
        H.alert("error", None, "Le nom d’utilisateur existe déjà.", sm=True) +
        H.field("Numéro étranger", "1509876543", hint="10 chiffres, inscrit sur votre titre de séjour ou récépissé") +
        create_fields + H.buttons(H.button("Continuer")), narrow=True)))
    add(_entry("creation form: lower case letter missing", "account_creation", "fr", USAGERS + "espace-personnel/creation-compte", public(
        H.stepper(CREATE_H, 3, 3) + '<p class="fr-text--sm">Choisissez le mot de passe de votre futur compte.</p>' +
        H.field("Mot de passe", "••••••••••••", typ="password",
                error="Mot de passe invalide : doit contenir au moins 1 lettre(s) en minuscule.") +
        H.field("Confirmation du mot de passe", "••••••••••••", typ="password") +
        H.buttons(H.button("Créer mon compte")), narrow=True)))
    add(_entry("creation: date invalide under the end of validity (long form)", "account_creation", "fr",
               USAGERS + "espace-personnel/creation-compte", public(
        H.stepper(CREATE_H, 1, 3, "Vos coordonnées") +
        '<p class="fr-text--sm">Tous les champs sont obligatoires sauf mention contraire.</p>' +
        H.field("Numéro de visa", "FRA3E1234567") +
        H.field("Date de début de validité", "01/08/2026", hint="Format : jj/mm/aaaa") +
        H.field("Date de fin de validité", "31/02/2027", hint="Format : jj/mm/aaaa", error="Date invalide.") +
        H.field("Date de délivrance", "14/07/2026", hint="Format : jj/mm/aaaa") +
        H.buttons(H.button("Continuer")), narrow=True)))
    add(_entry("creation: courriel invalide among other fields", "account_creation", "fr", USAGERS + "espace-personnel/creation-compte", public(
        H.stepper(CREATE_H, 2, 3, "Choix du mot de passe", crop=True) +
        H.field("Nom", "AHMADI") + H.field("Prénom(s)", "Leila") +
        H.field("Adresse électronique", "leila.ahmadi@@outlook.fr", error="Courriel invalide.") +
        H.field("Téléphone portable (facultatif)", "06 12 34 56 78") +
        box("Pourquoi une adresse électronique ?", "Elle servira à vous envoyer le lien d’activation et les "
            "notifications sur vos démarches.") + H.buttons(H.button("Continuer")), narrow=True)))
    add(_entry("en: creation password equal to the username", "account_creation", "en", USAGERS + "espace-personnel/creation-compte", public(
        H.stepper("Creating your account", 3, 3, state_lbl="Step {c} of {t}") +
        H.field("Password", "••••••••••", typ="password", error="Invalid password: must not be equal to the username.") +
        H.field("Confirm password", "••••••••••", typ="password") + H.buttons(H.button("Create my account")),
        lang="en", narrow=True)))
    add(_entry("ar: activation e-mail not received, resend", "account_creation", "ar", USAGERS + "espace-personnel/creation-compte/confirmation", public(
        '<h1 class="fr-h3">تفعيل حسابك</h1>' +
        H.alert("warning", "لم تتلق رسالة التفعيل؟", "لم يتم تفعيل حسابك بعد. لم يتم العثور على أي نقرة على رابط التفعيل "
                "المرسل إلى l.ahmadi@exemple.fr. تحقق من مجلد البريد غير المرغوب فيه أو اطلب رسالة جديدة.") +
        H.buttons(H.button("إعادة إرسال رسالة التفعيل")), lang="ar", narrow=True), **tr("ar")))
    add(_entry("visa not yet registered: try 48 h after arrival (dialog)", "account_creation", "fr",
               USAGERS + "espace-personnel/creation-compte", public(
        H.stepper(CREATE_H, 1, 3, "Vos coordonnées") + H.field("Numéro de visa", "FRA3E7654321") +
        H.field("Date de début de validité", "25/08/2026") + H.field("Date de fin de validité", "24/08/2027") +
        H.buttons(H.button("Continuer")), narrow=True,
        post=modal("Visa non reconnu", "Ce numéro de visa n’est pas encore enregistré dans nos services. Si vous êtes "
                   "arrivé en France récemment, réessayez la création de votre compte 48 heures après votre arrivée.",
                   [H.button("Modifier ma saisie"), H.button("Fermer", "secondary")], kind="warning"))))

    # ========================================================================= franceconnect
    add(_entry("broker: identity already linked to another user", "franceconnect", "fr", SSO_BROKER + "?state=Zk2p&code=9b1f", sso(
        '<h1 class="fr-h3">Connexion à votre espace personnel</h1>' +
        H.alert("error", None, "L’identité fédérée retournée par franceconnect-particulier est déjà liée à un autre utilisateur.") +
        '<p><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    add(_entry("broker: unexpected error (phone)", "franceconnect", "fr", SSO_BROKER + "?state=Qa81&code=71cd", sso(
        '<h1 class="fr-h3">Une erreur est survenue</h1>' +
        H.alert("error", None, "Erreur inattendue lors de l’authentification avec fournisseur d’identité.", sm=True) +
        H.buttons(H.button("Réessayer"), H.button("Se connecter avec mon identifiant", "secondary")))))
    add(_entry("linking by e-mail: instructions sent", "franceconnect", "fr", act("first-broker-login"), sso(
        '<h1 class="fr-h3">Association avec franceconnect-particulier</h1>' +
        H.alert("info", None, "Un courriel avec des instructions pour associer le compte i.melnyk sur "
                "franceconnect-particulier avec votre compte i.melnyk@exemple.fr vous a été envoyé.") +
        '<p class="fr-text--sm">Vous n’avez pas reçu de code dans le courriel ? <a href="#">Cliquez ici</a> pour renvoyer le courriel.</p>')))
    add(_entry("broker linking session expired", "franceconnect", "fr", SSO_BROKER + "?state=Lm77&code=5e0c", sso(
        '<h1 class="fr-h3">Nous rencontrons un problème</h1>' +
        H.alert("error", None, "La liaison entre comptes broker a été demandée, mais la session n’est plus valide.") +
        '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    add(_entry("en: access denied when authenticating with FranceConnect", "franceconnect", "en", SSO_BROKER + "?error=access_denied&state=Uu12", sso(
        '<h1 class="fr-h3">We are sorry...</h1>' +
        H.alert("error", None, "Access denied when authenticating with franceconnect-particulier") +
        '<p><a class="fr-link" href="#">« Back to Application</a></p>', lang="en")))
    add(_entry("fa: FranceConnect identity does not match the account", "franceconnect", "fa", ESP + "mon-compte", espace(
        '<h1 class="fr-h3">حساب من</h1>' +
        H.alert("error", "اتصال FranceConnect ممکن نیست", "اطلاعات ارسال شده توسط FranceConnect (نام، تاریخ تولد) با "
                "اطلاعات حساب شما مطابقت ندارد. حساب شما به FranceConnect متصل نشد.") +
        H.field("نام خانوادگی", "AHMADI") + H.field("تاریخ تولد", "12/03/1991"), lang="fa", user=USER_C, active=4),
        **tr("fa")))

    # ========================================================================= upload_error
    add(_entry("file too large: 12.4 MB for 10 MB", "upload_error", "fr", USAGERS + "demarches/titre-sejour/pieces", espace(
        H.stepper("Pièces justificatives", 4, 6, "Récapitulatif") +
        H.upload("Justificatif de domicile", "Taille maximale : 10 Mo. Formats acceptés : pdf, jpg, png.") +
        H.upload("Passeport (pages d’identité)", "Taille maximale : 10 Mo. Formats acceptés : pdf, jpg, png.",
                 error="Fichier trop volumineux : 12,4 Mo pour 10 Mo au maximum.", filename_note="passeport_scan.pdf") +
        H.buttons(H.button("Enregistrer et continuer")))))
    add(_entry("e-photo code unknown", "upload_error", "fr", USAGERS + "demarches/titre-sejour/photo", espace(
        '<h1 class="fr-h3">Photo et signature</h1><p class="fr-text--sm">Saisissez le code figurant sur la planche remise '
        'par le photographe ou la cabine agréée.</p>' +
        H.field("Code photo/signature numérique", "M4K7 2PQ9 XW31 T8", error="Ce code est inconnu. Vérifiez chaque caractère "
                "ou demandez une nouvelle planche.") + H.buttons(H.button("Vérifier le code")), user=USER_D)))
    add(_entry("e-photo code already used (phone)", "upload_error", "fr", USAGERS + "demarches/naturalisation/photo", espace(
        '<h1 class="fr-h4">Photo d’identité</h1>' +
        H.field("Code e-photo", "R2D8 6HJA 1CNZ 4V", error="Ce code a déjà été utilisé pour une autre demande.") +
        H.buttons(H.button("Valider")), user=USER_B, narrow=True)))
    add(_entry("too many files for one piece (toast)", "upload_error", "fr", USAGERS + "demarches/titre-sejour/pieces", espace(
        H.stepper("Pièces justificatives", 4, 6) +
        rows([("Relevés de salaire (3 derniers mois)", "5 fichiers joints", "5/5", "info"),
              ("Avis d’imposition", "avis_2025.pdf", "Ajouté", "success")]) +
        H.buttons(H.button("Ajouter un fichier", "secondary"), H.button("Continuer")),
        post=toast("Vous ne pouvez pas joindre plus de 5 fichiers pour cette pièce."))))
    add(_entry("en: .docx format refused", "upload_error", "en", USAGERS + "demarches/titre-sejour/pieces", espace(
        '<h1 class="fr-h3">Supporting documents</h1>' +
        H.upload("Employment contract", "Maximum size: 10 MB. Accepted formats: pdf, jpg, png.",
                 error="Unsupported format (.docx). Please upload a PDF, JPG or PNG file.", filename_note="contrat_travail.docx", lang="en") +
        H.buttons(H.button("Save and continue")), lang="en", user=USER_A)))
    add(_entry("ar: file could not be read", "upload_error", "ar", USAGERS + "demarches/titre-sejour/pieces", espace(
        '<h1 class="fr-h3">المستندات الداعمة</h1>' +
        H.upload("شهادة الميلاد", "الحجم الأقصى: 10 ميغابايت. التنسيقات المقبولة: pdf، jpg، png.",
                 error="تعذرت قراءة الملف. قد يكون الملف تالفًا. يرجى مسحه ضوئيًا مرة أخرى.", filename_note="acte_naissance.pdf", lang="ar"),
        lang="ar", user=USER_D), **tr("ar")))

    # ========================================================================= missing_document
    add(_entry("notification detail: proof of address missing", "missing_document", "fr", ESP + "notifications/48213", espace(
        H.breadcrumb(["Accueil", "Mes notifications", "Demande de pièce"]) +
        '<h1 class="fr-h3">Demande de pièce complémentaire</h1><p class="fr-text--sm">Reçue le 28/08/2026</p>' +
        H.alert("warning", None, "Votre dossier est incomplet. Merci de transmettre un justificatif de domicile de moins "
                "de 6 mois avant le 28/10/2026.") +
        H.buttons(H.button("Transmettre la pièce")), active=3)))
    add(_entry("pieces list: one « À compléter »", "missing_document", "fr", USAGERS + "demarches/titre-sejour/dossier", espace(
        '<h1 class="fr-h3">Mon dossier — Carte de séjour pluriannuelle</h1>' +
        rows([("Passeport", "passeport.pdf", "Validé", "success"),
              ("Justificatif de domicile", "facture_edf.pdf", "Validé", "success"),
              ("Acte de naissance avec traduction", "La traduction par un traducteur agréé est demandée par la préfecture.",
               "À compléter", "warning"),
              ("Photo e-photo", "code vérifié", "Validé", "success")], key_rows=(2,)), user=USER_D)))
    add(_entry("naturalisation complement request with deadline (dark)", "missing_document", "fr", USAGERS + "nationalite/dossier", espace(
        '<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>' +
        H.card('<p class="fr-text--sm">La plateforme de naturalisation a besoin de pièces supplémentaires pour poursuivre '
               'l’examen de votre demande :</p><ul class="fr-text--sm"><li>vos trois derniers bulletins de salaire ;</li>'
               '<li>votre avis d’imposition 2025.</li></ul><p class="fr-text--sm fr-text--bold">Date limite : 22/12/2026</p>' +
               H.button("Déposer les pièces"), title="Compléments demandés", crop=True), user=USER_E, dark=True), dark=True))
    add(_entry("ru: prefecture asks for the employment contract", "missing_document", "ru", ESP + "notifications/51002", espace(
        '<h1 class="fr-h3">Мои уведомления</h1>' +
        H.alert("info", "Требуется дополнительный документ", "Префектура просит вас предоставить ваш трудовой договор, "
                "подписанный работодателем, чтобы продолжить рассмотрение вашего заявления.") +
        H.buttons(H.button("Добавить документ")), lang="ru", user=USER_E, active=3), **tr("ru")))
    add(_entry("mise en demeure listing the pieces", "missing_document", "fr", USAGERS + "nationalite/notifications", espace(
        '<h1 class="fr-h3">Mise en demeure</h1>' +
        H.alert("error", None, "Sans réponse de votre part dans un délai de 15 jours, votre demande sera classée sans suite. "
                "Pièces attendues : extrait d’acte de naissance de moins de 3 mois, justificatif de résidence.") +
        H.buttons(H.button("Répondre à la mise en demeure")), user=USER_B, active=3)))
    add(_entry("tab « Pièces complémentaires », empty upload field", "missing_document", "fr", USAGERS + "demarches/titre-sejour/complements", espace(
        tabs(["Récapitulatif", "Pièces complémentaires", "Messages"], 1) +
        '<p class="fr-text--sm" data-key="req">L’agent en charge de votre dossier demande : <b>une attestation de '
        'l’employeur précisant la durée du contrat</b>.</p>' +
        H.upload("Attestation de l’employeur", "Taille maximale : 10 Mo. Formats acceptés : pdf, jpg, png.") +
        H.buttons(H.button("Envoyer")), user=USER_A)))

    # ========================================================================= blocked_page
    add(_entry("cookie not found", "blocked_page", "fr", act("authenticate"), sso(
        '<h1 class="fr-h3">Nous sommes désolés…</h1>' +
        H.alert("error", None, "Cookie introuvable. Assurez-vous que les cookies soient activés dans votre navigateur."))))
    add(_entry("stale code page (phone)", "blocked_page", "fr", act("authenticate"), sso(
        H.alert("error", None, "Cette page n’est plus valide, merci de retourner à votre application et de vous connecter à nouveau.") +
        '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    add(_entry("Demande invalide: no current permit attached", "blocked_page", "fr", USAGERS + "demarches/titre-sejour/renouvellement", espace(
        '<h1 class="fr-h3">Je renouvelle mon titre de séjour</h1>' +
        H.alert("error", "Demande invalide", "Aucun titre de séjour en cours de validité n’est rattaché à votre compte. "
                "Vous ne pouvez pas poursuivre cette démarche.") + H.buttons(H.button("Retour à l’accueil", "secondary")),
        user=USER_D)))
    add(_entry("endless loading of my procedures (dark)", "blocked_page", "fr", USAGERS + "demarches", espace(
        spinner("Chargement de vos démarches en cours… Merci de patienter.") +
        '<p class="fr-text--xs" style="text-align:center;color:var(--text-mention-grey)">Le chargement dure depuis plus de 5 minutes ?</p>',
        user=USER_C, dark=True), dark=True))
    add(_entry("en: Keycloak page not found", "blocked_page", "en", "https://" + H.SSO + "/auth/realms/anef-usagers/account/", sso(
        '<h1 class="fr-h3">We are sorry...</h1>' + H.alert("error", None, "Page not found"), lang="en")))
    add(_entry("uk: 503 service unavailable", "blocked_page", "uk", USAGERS, public(
        H.alert("error", "Помилка 503", "Сервіс тимчасово недоступний. Ми робимо все можливе, щоб відновити доступ якнайшвидше. "
                "Спробуйте пізніше.") + H.buttons(H.button("Оновити сторінку")), lang="uk"), **tr("uk")))
    add(_entry("button « Payer le timbre » that does nothing, toast", "blocked_page", "fr", USAGERS + "demarches/titre-sejour/paiement", espace(
        H.stepper("Paiement", 6, 6) + box("Montant", "225 € — timbre fiscal électronique") +
        H.buttons(H.button("Payer le timbre")),
        post=toast("Le service de paiement ne répond pas. Aucune action n’a été effectuée, réessayez plus tard.", "warning", "top"),
        user=USER_A)))

    # ========================================================================= request_status
    add(_entry("submitted: confirmation of deposit (phone)", "request_status", "fr", USAGERS + "demarches/titre-sejour/suivi", espace(
        H.alert("success", "Confirmation du dépôt", "Votre demande a bien été déposée le 03/08/2026. Vous pouvez télécharger "
                "votre attestation de dépôt.") + H.buttons(H.button("Télécharger l’attestation de dépôt", "secondary")),
        user=USER_B, narrow=True), step="submitted"))
    add(_entry("submitted: « En attente d’instruction » among several cards", "request_status", "fr", USAGERS + "demarches", espace(
        '<h1 class="fr-h3">Mes démarches</h1>' + cards([
            ("Validation de VLS-TS", ["Terminée le 12/10/2025"], "Terminée", "success", False),
            ("Carte de séjour pluriannuelle « étudiant »", ["Déposée le 28/07/2026", "N° 7502-2026-0041187"],
             "En attente d’instruction", "info", True)]), user=USER_A), step="submitted"))
    add(_entry("in progress: naturalisation interview fixed", "request_status", "fr", USAGERS + "nationalite/suivi", espace(
        '<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>' +
        steps_h(["Demande envoyée", "Examen des pièces", "Récépissé de complétude", "Entretien d’assimilation", "Décision"], 3) +
        box("Votre entretien", "Vous êtes convoqué(e) le 14/01/2027 à 10 h 30 à la préfecture du Rhône."),
        user=USER_E), step="in_progress"))
    add(_entry("uk: attestation de prolongation expired", "request_status", "uk", USAGERS + "demarches/titre-sejour/documents", espace(
        '<h1 class="fr-h3">Мої документи</h1>' +
        H.table("Документи щодо вашої заяви", ["Документ", "Дійсний до", ""],
                [["Посвідчення про продовження розгляду", "02/08/2026 (термін дії закінчився)", "Завантажити"],
                 ["Підтвердження подання", "—", "Завантажити"]], crop=True) +
        '<p class="fr-text--sm">Ваша заява все ще розглядається.</p>', lang="uk", user=USER_B, active=2),
        step="in_progress", **tr("uk")))
    add(_entry("decision made: unfavourable decision notified", "request_status", "fr", USAGERS + "demarches/titre-sejour/suivi", espace(
        '<h1 class="fr-h3">Suivi de ma demande</h1>' +
        H.timeline(["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"], 2,
                   ["03/03/2026", "10/03/2026", "18/08/2026", ""], crop=True) +
        box("Décision défavorable notifiée le 18/08/2026", "Vous pouvez former un recours dans un délai de deux mois. "
            "Le courrier de décision est disponible dans Mes documents."), user=USER_D), step="decision_made"))
    add(_entry("decision made: naturalisation decree published", "request_status", "fr", USAGERS + "nationalite/suivi", espace(
        '<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>' +
        H.alert("success", "Décret publié", "Le décret vous accordant la nationalité française a été publié au Journal "
                "officiel le 05/08/2026.") + box("Prochaine étape", "La préfecture vous contactera pour la cérémonie."),
        user=USER_C), step="decision_made"))
    add(_entry("document available: favourable decision attestation in my documents", "request_status", "fr",
               USAGERS + "mes-documents", espace(
        '<h1 class="fr-h3">Mes documents</h1>' +
        H.table("Documents disponibles", ["Document", "Date", "Action"],
                [["Attestation de décision favorable", "24/08/2026", "Télécharger"],
                 ["Attestation de dépôt", "02/03/2026", "Télécharger"]], crop=True) +
        '<p class="fr-text--sm">Votre carte est en cours de fabrication ; vous serez prévenu par SMS.</p>',
        user=USER_A, active=2), step="document_available"))
    add(_entry("empty step: request summary with an empty history", "request_status", "fr", USAGERS + "demarches/titre-sejour/historique", espace(
        '<h1 class="fr-h4">Ma demande de carte de séjour — n° 9301-2026-0017734</h1>' +
        tabs(["Récapitulatif", "Historique", "Documents"], 1) +
        '<p data-key="hist" class="fr-text--sm">Aucun événement à afficher pour le moment.</p>' +
        box("Dernière mise à jour du dossier", "14/04/2026"), user=USER_E), step=""))

    # ========================================================================= unknown
    add(_entry("e-mail verified (success)", "unknown", "fr", act("action-token", "key=eyJhbGciOiJIUzI1NiJ9.eyJ0eXAiOiJ2ZXJpZnkt&client_id=anef-usagers"), sso(
        '<h1 class="fr-h3">Vérification du courriel</h1>' + H.alert("success", None, "Votre courriel a été vérifié.") +
        '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    add(_entry("ANTS look-alike: service unavailable (other site)", "unknown", "fr", "https://ants.gouv.fr/moncompte/demarches", site(
        "ANTS — Agence Nationale des Titres Sécurisés", "#000091", ["Mes démarches", "Permis de conduire", "Carte grise"],
        '<div class="box"><h1>Mon espace ANTS</h1><div class="err">Le service est momentanément indisponible. '
        'Veuillez réessayer ultérieurement.</div></div>', "ants.gouv.fr"), tab="ANTS"))
    add(_entry("Démarches simplifiées look-alike: file too big (other site)", "unknown", "fr",
               "https://www.demarches-simplifiees.fr/commencer/demande-autorisation-travail", site(
        "demarches-simplifiees.fr", "#0b2d5b", ["Mes dossiers", "Aide"],
        '<div class="box"><h2>Pièce jointe : lettre de motivation</h2><div class="err">La taille du fichier doit être '
        'inférieure à 20 Mo.</div></div>', "Démarches simplifiées"), tab="Démarches simplifiées"))
    add(_entry("en: bank session expired (other site)", "unknown", "en", "https://www.mybank-online.example.com/secure/accounts", site(
        "MyBank", "#0a6847", ["Accounts", "Cards", "Transfers"],
        '<div class="box"><h1>Session expired</h1><div class="info">For your security you have been signed out after '
        '10 minutes of inactivity.</div><span class="btn" style="background:#0a6847">Sign in again</span></div>',
        "© MyBank"), tab="MyBank – Accounts"))
    add(_entry("my account updated (success)", "unknown", "fr", ESP + "mon-compte/informations", espace(
        side(ACCOUNT_MENU, 0, '<h1 class="fr-h3">Mes informations</h1>' +
             H.alert("success", None, "Votre compte a été mis à jour.", sm=True) +
             H.field("Téléphone portable", "07 45 12 90 33") + H.field("Adresse postale", "12 rue des Lilas, 93200 Saint-Denis")),
        user=USER_D, active=4)))
    add(_entry("logout confirmation", "unknown", "fr", "https://" + H.SSO + "/auth/realms/anef-usagers/protocol/openid-connect/logout", sso(
        '<h1 class="fr-h3">Déconnexion</h1><p id="crop">Êtes-vous sûr de vouloir vous déconnecter ?</p>' +
        H.buttons(H.button("Se déconnecter")))))
    return P
