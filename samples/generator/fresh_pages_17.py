"""Pages of the seventeenth blind screenshot set (samples/fresh/screens-17, seed screens-fresh-17).

Written without seeing the assistant's rules, nor the page texts of the other sets (only lines 1-310 of
fresh_pages_12.py, whose shells and helpers are imported here).  Every text is written for this set: ANEF notices,
sign-in messages, status lines, other sites, and the sentences standing for the browser's machine translations
(ar, fa, ru, uk).  None is a verified wording.

Layouts of this set (CSS classes prefixed x17-, none of them a message class): a two-column page whose message sits
in a side panel; a snackbar pinned at the bottom centre of the window; a message inside a row of a table; an upload
list with a refusal chip beside one file; a long page whose message comes after an introduction; a breadcrumb with a
big title that is not the problem; a home page with news banners; a tabbed page.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt.
"""
import anef_html as H
import fresh_pages_12 as P
from fresh_pages_12 import (
    BROKER,
    ESP,
    SSO_AUTH,
    USAGERS,
    USER_A,
    USER_B,
    USER_C,
    USER_D,
    USER_E,
    USER_F,
    USER_G,
    USER_H,
    USER_I,
    USER_J,
    _entry,
    act,
    doc,
    tr,
)

RED, GREEN, BLUE, ORANGE = "#ce0500", "#18753c", "#000091", "#b34000"

CSS17 = (
    ".x17-two{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}.x17-two>.m{flex:3 1 22rem;min-width:0}"
    ".x17-two>aside{flex:2 1 15rem;min-width:0;border:1px solid var(--border-default-grey);background:var(--background-alt-grey);padding:1.2rem}"
    ".x17-two>aside h2{font-size:1rem;margin:0 0 .6rem}.x17-two>aside p{font-size:.875rem;margin:0 0 .6rem}"
    ".x17-two>aside .bar{height:4px;margin:-1.2rem -1.2rem 1rem}"
    ".x17-snack{position:fixed;left:50%;bottom:1.2rem;transform:translateX(-50%);z-index:950;width:min(560px,92vw);"
    "background:#2a2a2a;color:#fafafa;border-radius:6px;box-shadow:0 6px 20px rgba(0,0,0,.35);padding:.85rem 1rem;"
    "display:flex;gap:.9rem;align-items:flex-start;font-size:.9rem;line-height:1.35}"
    ".x17-snack .ic{flex:none;width:1.4rem;height:1.4rem;border-radius:50%;text-align:center;line-height:1.4rem;font-weight:700;font-size:.85rem;color:#fff}"
    ".x17-snack .tx{flex:1}.x17-snack .ac{flex:none;color:#9dc4ff;font-weight:700;text-transform:uppercase;font-size:.8rem;padding-top:.1rem}"
    ".x17-tbl{width:100%;border-collapse:collapse;margin:0 0 1.5rem;font-size:.875rem}"
    ".x17-tbl th{text-align:start;background:var(--background-contrast-grey);padding:.55rem .6rem;font-size:.8rem}"
    ".x17-tbl td{padding:.6rem .6rem;border-bottom:1px solid var(--border-default-grey);vertical-align:top;white-space:normal}"
    ".x17-tbl tr.hl td{background:var(--background-contrast-warning,#ffe9e6)}.x17-tbl tr.hl-b td{background:var(--background-contrast-info,#e8edff)}"
    ".x17-tbl tr.hl-g td{background:var(--background-contrast-success,#dffee6)}"
    ".x17-tbl td.note{font-size:.85rem;padding-top:.2rem;border-bottom:2px solid var(--border-default-grey)}"
    ".x17-files{border:1px solid var(--border-default-grey);margin:0 0 1.5rem}"
    ".x17-files>div{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .8rem;padding:.7rem .9rem;border-bottom:1px solid var(--border-default-grey);font-size:.875rem}"
    ".x17-files>div:last-child{border-bottom:0}.x17-files .nm{flex:1 1 12rem;font-weight:700;min-width:0;overflow-wrap:anywhere}"
    ".x17-files .sz{color:var(--text-mention-grey);font-size:.8rem}"
    ".x17-chip{display:inline-block;border-radius:1rem;padding:.1rem .6rem;font-size:.75rem;font-weight:700}"
    ".x17-why{flex-basis:100%;font-size:.8rem;margin:0}"
    ".x17-tabs{display:flex;flex-wrap:wrap;border-bottom:2px solid var(--border-default-grey);margin:0 0 1.5rem}"
    ".x17-tabs span{padding:.6rem 1rem;font-size:.9rem;color:var(--text-mention-grey);border:1px solid transparent;border-bottom:0;margin-bottom:-2px}"
    ".x17-tabs span.on{color:var(--text-action-high-blue-france);font-weight:700;border-color:var(--border-default-grey);"
    "border-top:3px solid var(--border-plain-blue-france,#000091);background:var(--background-default-grey)}"
    ".x17-dl{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.5rem 1.2rem;margin:0 0 1.5rem;font-size:.9rem}"
    ".x17-dl dt{color:var(--text-mention-grey)}.x17-dl dd{margin:0;font-weight:500}"
    ".x17-hero{font-size:2.4rem;line-height:1.15;margin:.5rem 0 1rem}"
    ".x17-lead{font-size:1.05rem;color:var(--text-mention-grey);margin-bottom:2rem}"
    ".x17-news{display:flex;flex-wrap:wrap;gap:1rem;margin:1.5rem 0}.x17-news>div{flex:1 1 15rem;border:1px solid var(--border-default-grey);padding:1rem}"
    ".x17-news .tag{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;padding:.05rem .45rem;margin-bottom:.4rem}"
    ".x17-news h3{font-size:1rem;margin:.2rem 0 .4rem}.x17-news p{font-size:.85rem;margin:0}"
    ".x17-band{padding:.7rem 0;font-size:.875rem}.x17-band .fr-container{display:flex;gap:.8rem;align-items:baseline}"
    ".x17-spin{display:inline-block;width:1.6rem;height:1.6rem;border:3px solid var(--border-default-grey);border-top-color:var(--border-plain-blue-france,#000091);"
    "border-radius:50%;vertical-align:middle;margin-inline-end:.6rem}"
    ".x17-rules{list-style:none;padding:0;margin:0;font-size:.85rem}.x17-rules li{padding:.15rem 0}"
    ".x17-ticket{border:2px dashed var(--border-default-grey);padding:1.2rem;display:flex;flex-wrap:wrap;gap:1.2rem;align-items:center;margin-bottom:1.5rem}"
    ".x17-ticket .big{font-size:2.6rem;flex:none;width:4rem;height:4rem;border-radius:50%;text-align:center;line-height:4rem;color:#fff}"
    ".x17-ticket .t{flex:1 1 14rem}"
    ".x17-steps{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0 1rem}.x17-steps span{font-size:.75rem;padding:.2rem .55rem;border:1px solid var(--border-default-grey)}"
    ".x17-steps span.now{border-color:var(--border-plain-blue-france,#000091);font-weight:700;color:var(--text-action-high-blue-france)}"
    ".x17-mut{color:var(--text-mention-grey)}"
)


# ----------------------------------------------------------------------------- shells
def anef(inner, lang="fr", user=USER_A, active=1, dark=False, pre="", post="", narrow=False, nav=True, tools=True):
    """an ANEF page (personal space when user is set, public page otherwise) with this set's rules."""
    body = H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow, nav=nav, tools=tools) + post
    return doc(body, lang, dark, css=CSS17)


def ssopage(inner, lang="fr", dark=False, post="", narrow=True):
    return anef(inner, lang=lang, user=None, narrow=narrow, nav=False, tools=False, dark=dark, post=post)


def two(main, aside, colour=RED, key=True):
    """two columns: the page on the left, a side panel on the right (wraps under it on phones)."""
    k = ' data-key="aside"' if key else ""
    return (f'<div class="x17-two"><div class="m">{main}</div><aside{k}><div class="bar" style="background:{colour}"></div>'
            f'{aside}</aside></div>')


def snack(text, action="", colour=RED, mark="!"):
    """a snackbar at the bottom centre of the window (the message)."""
    a = f'<span class="ac">{action}</span>' if action else ""
    return (f'<div class="x17-snack" id="crop"><span class="ic" style="background:{colour}">{mark}</span>'
            f'<span class="tx">{text}</span>{a}</div>')


def tbl(head, rows, hl=None, note=None, hl_cls="hl", key=True):
    """a table; row hl is highlighted and, when note is set, followed by a full-width line (the message)."""
    th = "".join(f"<th>{h}</th>" for h in head)
    out = []
    for i, r in enumerate(rows):
        cls = f' class="{hl_cls}"' if i == hl else ""
        k = ' data-key="row"' if (i == hl and key and not note) else ""
        out.append(f"<tr{cls}{k}>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
        if i == hl and note:
            kk = ' data-key="row"' if key else ""
            out.append(f'<tr class="{hl_cls}"><td class="note" colspan="{len(head)}"{kk}>{note}</td></tr>')
    return f'<table class="x17-tbl"><thead><tr>{th}</tr></thead><tbody>{"".join(out)}</tbody></table>'


def files(rows):
    """an upload list: rows of (name, size, chip text, chip colour, reason or None); a reason is the message."""
    out = []
    for name, size, chip, colour, why in rows:
        c = (f'<span class="x17-chip" style="background:{colour};color:#fff">{chip}</span>') if chip else ""
        w = (f'<p class="x17-why" data-key="file" style="color:{colour}">{why}</p>') if why else ""
        out.append(f'<div><span class="nm">📄 {name}</span><span class="sz">{size}</span>{c}{w}</div>')
    return f'<div class="x17-files">{"".join(out)}</div>'


def tabs(names, on):
    return '<div class="x17-tabs">' + "".join(f'<span class="{"on" if i == on else ""}">{n}</span>' for i, n in enumerate(names)) + "</div>"


def dl(pairs, key_idx=None):
    out = []
    for i, (k, v) in enumerate(pairs):
        kk = ' data-key="dd"' if i == key_idx else ""
        out.append(f"<dt>{k}</dt><dd{kk}>{v}</dd>")
    return f'<dl class="x17-dl">{"".join(out)}</dl>'


def crumb(items, title, lead=""):
    ld = f'<p class="x17-lead">{lead}</p>' if lead else ""
    return H.breadcrumb(items) + f'<h1 class="x17-hero">{title}</h1>{ld}'


def paras(ps):
    return "".join(f'<p class="fr-text--sm">{p}</p>' for p in ps)


def box(colour, title, text, key="msg"):
    """a bordered message block (not a DSFR alert)."""
    return (f'<div data-key="{key}" style="border-inline-start:5px solid {colour};background:var(--background-alt-grey);padding:1rem 1.2rem;margin:0 0 1.5rem">'
            f'<p class="fr-text--bold fr-mb-1w" style="color:{colour}">{title}</p><p class="fr-text--sm fr-mb-0">{text}</p></div>')


def btn(t, kind=""):
    return H.buttons(H.button(t, kind))


def field(label, value="", hint=None, error=None, typ="text"):
    return H.field(label, value, hint=hint, error=error, typ=typ)


URL_DASH = ESP + "accueil"
URL_DEM = ESP + "mes-demandes"
URL_DOCS = ESP + "mes-documents"
URL_ACC = ESP + "mon-compte"
URL_CREATE = USAGERS + "creation-compte"


# ----------------------------------------------------------------------------- request_status
def _status():
    out = []
    # S1 fr submitted: snackbar over the dashboard right after sending
    inner = ('<h1 class="fr-h3">Mes démarches</h1>'
             + tbl(["Démarche", "Référence", "Mise à jour"],
                   [["Renouvellement · carte de séjour pluriannuelle « salarié »", "ANEF-2026-0817-4432", "04/11/2026"],
                    ["Changement d’adresse", "—", "12/03/2026"]], key=False)
             + '<p class="fr-text--sm x17-mut">Retrouvez l’attestation de dépôt dans « Mes documents ».</p>'
             + snack("Votre demande de renouvellement a bien été envoyée à la préfecture de l’Isère le 04/11/2026. "
                     "Son examen commencera prochainement.", "Fermer", GREEN, "✓"))
    out.append(_entry("s17-status-snack-submitted", "request_status", "fr", URL_DEM, anef(inner, user=USER_A), step="submitted"))

    # S2 fr in_progress: tabbed request page, tab "Suivi"
    inner = ('<h1 class="fr-h3">Demande n° 2026-IDF-118204</h1>'
             + tabs(["Résumé", "Suivi", "Pièces", "Messages (0)"], 1)
             + dl([("Démarche", "Première demande · titre de séjour « vie privée et familiale »"),
                   ("Déposée le", "19/08/2026"),
                   ("Où en est-elle ?", "Le service instructeur examine votre dossier depuis le 03/10/2026. Aucune action n’est attendue de votre part."),
                   ("Service", "Préfecture de police · Paris")], key_idx=2))
    out.append(_entry("s17-status-tabs-inprogress", "request_status", "fr", URL_DEM + "/2026-IDF-118204/suivi",
                      anef(inner, user=USER_D), step="in_progress"))

    # S3 fr decision_made: two columns, state in the side panel
    main = ('<h1 class="fr-h3">Naturalisation par décret</h1><p class="fr-text--sm">Dossier déposé le 07/01/2025 auprès de la '
            'plateforme de naturalisation de Lyon.</p><h2 class="fr-h6">Pièces transmises</h2>'
            + files([("Acte de naissance.pdf", "1,2 Mo", "", "", None), ("Avis d’imposition 2024.pdf", "640 Ko", "", "", None),
                     ("Justificatif de domicile.pdf", "310 Ko", "", "", None)]))
    aside = ('<h2>État de votre dossier</h2><p><b>Décision rendue</b> le 21/11/2026.</p>'
             '<p>Le courrier vous informant de la décision vous a été adressé. Il est aussi consultable dans « Mes documents ».</p>'
             '<p class="x17-mut">Mis à jour le 22/11/2026</p>')
    out.append(_entry("s17-status-aside-decision", "request_status", "fr", URL_DEM + "/NAT-69-2025-00419",
                      anef(two(main, aside, BLUE), user=USER_J), step="decision_made"))

    # S4 en document_available: table row highlighted
    inner = ('<h1 class="fr-h3">My applications</h1>'
             + tbl(["Application", "Filed", "Status"],
                   [["Residence permit renewal (student)", "02/07/2026", "Your card has arrived at the prefecture"],
                    ["Travel document for refugee", "14/01/2024", "Closed"]], hl=0, hl_cls="hl-g",
                   note="Your new residence card is ready. Book a collection appointment at the Préfecture de la Gironde and bring your current card.")
             + btn("Book an appointment"))
    out.append(_entry("s17-status-row-docavail-en", "request_status", "en", URL_DEM, anef(inner, "en", user=USER_G), step="document_available"))

    # S5 uk in_progress: long page, status below an intro
    intro = paras(["Цей розділ дозволяє вам стежити за вашою заявою на посвідку на проживання. Інформація оновлюється "
                   "щоразу, коли служба префектури виконує дію щодо вашої справи.",
                   "Вам буде надіслано електронний лист, коли буде потрібна дія з вашого боку. Будь ласка, регулярно перевіряйте "
                   "свій особистий простір і папку «Спам» вашої поштової скриньки.",
                   "Тимчасовий захист: ваша посвідка дійсна до дати, зазначеної на ній."])
    inner = ('<h1 class="fr-h3">Стежити за моєю заявою</h1>' + intro
             + box(BLUE, "Поточний стан вашої заяви", "Ваша справа перебуває на розгляді в префектурі Роны з 12/10/2026. "
                   "Служба вивчає подані документи.")
             + '<p class="fr-text--sm x17-mut">Номер заяви: 2026-69-PT-55107</p>')
    out.append(_entry("s17-status-long-inprogress-uk", "request_status", "uk", URL_DEM + "/suivi",
                      anef(inner, "uk", user=USER_B), step="in_progress", **tr("uk")))

    # S6 ar decision_made: breadcrumb and a big title
    inner = (crumb(["استقبال", "إجراءاتي", "تصريح إقامة متعدد السنوات"], "تصريح إقامة متعدد السنوات",
                   "طلب تم إيداعه في 03/04/2026 · محافظة بوش دو رون")
             + box(BLUE, "تم اتخاذ القرار", "اتخذت المحافظة قرارًا بشأن طلبك في 25/11/2026. ستتلقى خطاب القرار عن طريق البريد.")
             + '<p class="fr-text--sm x17-mut">رقم الطلب: 13-2026-004512</p>')
    out.append(_entry("s17-status-crumb-decision-ar", "request_status", "ar", URL_DEM + "/13-2026-004512",
                      anef(inner, "ar", user=USER_D), step="decision_made", **tr("ar")))
    return out


# ----------------------------------------------------------------------------- account_creation
def _account_creation():
    out = []
    # A1 fr: the form, the refusal in a side panel (account already exists)
    main = ('<h1 class="fr-h3">Créer mon compte</h1><p class="fr-text--sm">Étape 1 sur 3 · Votre identité</p>'
            + field("Numéro étranger", "7512048836", hint="10 chiffres, inscrit sur votre titre ou votre récépissé")
            + field("Date de naissance", "14/05/1991", hint="jj/mm/aaaa") + btn("Continuer"))
    aside = ('<h2 style="color:#ce0500">Un compte existe déjà</h2><p>Ce numéro étranger est déjà rattaché à un compte '
             'Étrangers en France. Vous ne pouvez pas en créer un second.</p><p>Connectez-vous avec votre adresse électronique, '
             'ou utilisez « Mot de passe oublié ? » si vous ne vous en souvenez plus.</p>')
    out.append(_entry("s17-create-aside-exists", "account_creation", "fr", URL_CREATE, anef(two(main, aside), user=None)))

    # A2 en: sign-up code not arriving, snackbar
    inner = ('<h1 class="fr-h4">Confirm your email address</h1><p class="fr-text--sm">Enter the 6-digit code sent to '
             '<b>k.mensah@webmail.example</b> to finish creating your account.</p>'
             + field("Confirmation code", "", hint="6 digits") + btn("Confirm")
             + '<p class="fr-text--sm"><a href="#">Send a new code</a></p>'
             + snack("You have already asked for 3 new codes. Wait 20 minutes before asking again, and check your spam folder.",
                     "OK", ORANGE))
    out.append(_entry("s17-create-snack-code-en", "account_creation", "en", act("registration", "execution=c0de17&client_id=anef-usagers"),
                      ssopage(inner, "en")))

    # A3 ru: long page, the visa number refused after an intro
    intro = paras(["Чтобы создать свою учетную запись, вам понадобится ваша долгосрочная виза, стоящая на виде на жительство "
                   "(VLS-TS), а также действующий адрес электронной почты.",
                   "Номер визы указан на визовой наклейке в вашем паспорте, в правом верхнем углу. Введите его без пробелов.",
                   "Дата въезда во Францию — это дата штампа на вашей визе."])
    inner = ('<h1 class="fr-h3">Создание учетной записи: ваша виза</h1>' + intro
             + field("Номер визы", "FRA 0918 27", error="Номер визы не распознан. Проверьте номер на визовой наклейке и введите его без пробелов.")
             + field("Дата въезда во Францию", "02/09/2026") + btn("Продолжить"))
    out.append(_entry("s17-create-long-visa-ru", "account_creation", "ru", URL_CREATE + "/visa",
                      anef(inner, "ru", user=None), **tr("ru")))
    return out


# ----------------------------------------------------------------------------- login_failure
def _login_failure():
    out = []
    # L1 fr: snackbar on the sign-in form
    inner = (H.login_form("fr", ident="elamrani.y@orange.fr", pw="••••••••••")
             + snack("Les informations saisies ne permettent pas de vous identifier. Vérifiez votre identifiant et votre mot de passe "
                     "(2 essais restants).", "Fermer"))
    out.append(_entry("s17-login-snack-wrong", "login_failure", "fr", SSO_AUTH, ssopage(inner)))

    # L2 fr: locked, in the side panel of a two-column sign-in page
    main = H.login_form("fr", ident="7704512290", fc=False, first=False)
    aside = ('<h2 style="color:#ce0500">Accès suspendu</h2><p>Après 5 essais infructueux, l’accès à votre compte est suspendu '
             'jusqu’à 18 h 40.</p><p>Passé ce délai, vous pourrez de nouveau vous connecter. Si vous avez oublié votre mot de passe, '
             'utilisez le lien sous le formulaire.</p>')
    out.append(_entry("s17-login-aside-locked", "login_failure", "fr", act("authenticate"),
                      ssopage(two(main, aside), narrow=False)))

    # L3 en: tabs password / security code, code refused
    inner = ('<h1 class="fr-h4">Sign in to your personal space</h1>' + tabs(["Password", "Security code"], 1)
             + '<p class="fr-text--sm">We sent a 6-digit code by text message to 06 •• •• •• 41.</p>'
             + field("Security code", "418 306", error="That code is not the one we sent. Codes can only be used once and expire after 10 minutes.")
             + btn("Validate") + '<p class="fr-text--sm"><a href="#">Receive a new code</a></p>')
    out.append(_entry("s17-login-tabs-code-en", "login_failure", "en", act("authenticate", "execution=otp17&client_id=anef-usagers"),
                      ssopage(inner, "en")))
    return out


# ----------------------------------------------------------------------------- password_reset
def _password_reset():
    out = []
    # P1 fr: rules list in the side panel, one unmet
    main = ('<h1 class="fr-h3">Choisir un nouveau mot de passe</h1>'
            + P.pw_field("Nouveau mot de passe") + P.pw_field("Confirmer le mot de passe") + btn("Enregistrer"))
    aside = ('<h2>Votre mot de passe doit contenir</h2><ul class="x17-rules">'
             '<li style="color:#18753c">✓ au moins 12 caractères</li><li style="color:#18753c">✓ une majuscule et une minuscule</li>'
             '<li style="color:#18753c">✓ un chiffre</li><li style="color:#ce0500;font-weight:700">✗ un caractère spécial (! ? @ # …)</li></ul>'
             '<p style="color:#ce0500" class="fr-mt-1w">Le mot de passe choisi n’est pas accepté : ajoutez un caractère spécial.</p>')
    out.append(_entry("s17-reset-aside-rules", "password_reset", "fr", act("reset-credentials"), ssopage(two(main, aside), narrow=False)))

    # P2 en: expired reset link, snackbar
    inner = ('<h1 class="fr-h4">Reset your password</h1><p class="fr-text--sm">Enter the email address of your account. '
             'We will send you a link to choose a new password.</p>' + field("Email address", "mei.lin@webmail.example")
             + btn("Send the link")
             + snack("The link you used has expired (links are valid for 1 hour). Ask for a new one with the form above.", "Dismiss"))
    out.append(_entry("s17-reset-snack-expired-en", "password_reset", "en", act("action-token", "key=eyJhbGciOi&client_id=anef-usagers"),
                      ssopage(inner, "en")))

    # P3 fr: tabbed account page, expired password
    inner = ('<h1 class="fr-h3">Mon compte</h1>' + tabs(["Identité", "Sécurité", "Préférences"], 1)
             + H.alert("warning", "Votre mot de passe doit être changé",
                       "Il n’a pas été modifié depuis plus d’un an. Choisissez-en un nouveau pour continuer à utiliser votre espace.")
             + P.pw_field("Mot de passe actuel") + P.pw_field("Nouveau mot de passe") + btn("Modifier le mot de passe"))
    out.append(_entry("s17-reset-tabs-expired", "password_reset", "fr", URL_ACC + "/securite", anef(inner, user=USER_C, active=4)))
    return out


# ----------------------------------------------------------------------------- franceconnect
def _franceconnect():
    out = []
    # F1 fr: two columns, the FC failure in the side panel
    main = H.login_form("fr")
    aside = ('<h2 style="color:#ce0500">Connexion via FranceConnect interrompue</h2><p>Nous n’avons pas reçu de réponse du '
             'compte que vous avez choisi sur FranceConnect (impots.gouv.fr).</p><p>Réessayez avec un autre compte, ou connectez-vous '
             'avec votre identifiant Étrangers en France.</p>')
    out.append(_entry("s17-fc-aside-noanswer", "franceconnect", "fr", BROKER + "endpoint?state=Xk2&code=8f1a",
                      ssopage(two(main, aside), narrow=False)))

    # F2 en: connected services table, FC row not linked
    inner = ('<h1 class="fr-h3">My account</h1><h2 class="fr-h6">Sign-in methods</h2>'
             + tbl(["Method", "Details", "State"],
                   [["Username and password", "h.mendoza@webmail.example", "Active"],
                    ["FranceConnect", "—", "Not linked"]], hl=1,
                   note="Your account is not linked to FranceConnect, so signing in with FranceConnect cannot open it. "
                        "Sign in once with your username and password, then choose “Link FranceConnect”.")
             + btn("Link FranceConnect", "secondary"))
    out.append(_entry("s17-fc-row-notlinked-en", "franceconnect", "en", URL_ACC + "/connexion", anef(inner, "en", user=USER_H, active=4)))

    # F3 fr: tabs "avec FranceConnect" / "avec mon identifiant", identity mismatch
    inner = ('<h1 class="fr-h4">Se connecter</h1>' + tabs(["Avec FranceConnect", "Avec mon identifiant"], 0)
             + H.alert("error", "Identité différente",
                       "Le prénom transmis par FranceConnect (« Natalia ») ne correspond pas à celui de votre compte (« Nataliia »). "
                       "Le rattachement n’a pas pu se faire.")
             + H.fc_button("fr"))
    out.append(_entry("s17-fc-tabs-mismatch", "franceconnect", "fr", BROKER + "first-broker-login", ssopage(inner)))
    return out


# ----------------------------------------------------------------------------- upload_error
def _upload_error():
    out = []
    # U1 fr: upload list, protected file
    inner = ('<h1 class="fr-h3">Justificatifs</h1><p class="fr-text--sm">Pièce : <b>Passeport (pages d’identité)</b> · PDF, JPG ou PNG, 10 Mo au plus.</p>'
             + files([("passeport_p1.jpg", "1,8 Mo", "Ajouté", GREEN, None),
                      ("passeport_complet.pdf", "2,4 Mo", "Refusé", RED, "Ce fichier est protégé par un mot de passe : nous ne pouvons pas l’ouvrir. Envoyez une version sans protection.")])
             + btn("Ajouter un fichier", "secondary"))
    out.append(_entry("s17-upload-list-protected", "upload_error", "fr", URL_DEM + "/brouillon/pieces", anef(inner, user=USER_E)))

    # U2 en: upload list, HEIC format
    inner = ('<h1 class="fr-h3">Supporting documents</h1><p class="fr-text--sm">Proof of address less than 3 months old</p>'
             + files([("IMG_4471.HEIC", "3.1 MB", "Not accepted", RED, "This format is not accepted. Send a PDF, JPG or PNG file."),
                      ("electricity_bill_oct.pdf", "420 KB", "Added", GREEN, None)])
             + btn("Add a file", "secondary"))
    out.append(_entry("s17-upload-list-heic-en", "upload_error", "en", URL_DEM + "/draft/documents", anef(inner, "en", user=USER_F)))

    # U3 fr: too many pages, snackbar
    inner = ('<h1 class="fr-h3">Pièces à joindre</h1>'
             + H.upload("Contrat de travail", "PDF · 8 pages au plus", filename_note="contrat_CDI_signé.pdf")
             + H.upload("Trois derniers bulletins de salaire", "PDF · un fichier par bulletin")
             + snack("« contrat_CDI_signé.pdf » n’a pas été ajouté : il compte 14 pages, le maximum est de 8 pages par pièce.", "Fermer"))
    out.append(_entry("s17-upload-snack-pages", "upload_error", "fr", URL_DEM + "/brouillon/pieces", anef(inner, user=USER_H)))
    return out


# ----------------------------------------------------------------------------- missing_document
def _missing_document():
    out = []
    # M1 fr: tabbed request page, tab "Pièces"
    inner = ('<h1 class="fr-h3">Demande n° 2026-38-CS-20931</h1>' + tabs(["Résumé", "Suivi", "Pièces (1)", "Messages"], 2)
             + box(ORANGE, "Pièce complémentaire demandée",
                   "La préfecture vous demande un justificatif de domicile de moins de 3 mois à votre nom. "
                   "Déposez-le avant le 15/12/2026 pour que l’examen de votre demande puisse continuer.")
             + H.upload("Justificatif de domicile", "PDF, JPG ou PNG · 10 Mo au plus"))
    out.append(_entry("s17-missing-tabs-domicile", "missing_document", "fr", URL_DEM + "/2026-38-CS-20931/pieces", anef(inner, user=USER_A)))

    # M2 fr: pieces table, one row to complete
    inner = ('<h1 class="fr-h3">Pièces de votre dossier</h1>'
             + tbl(["Pièce", "Déposée le", "État"],
                   [["Passeport", "02/10/2026", "Validée"], ["Photo d’identité (e-photo)", "02/10/2026", "Validée"],
                    ["Acte de mariage", "—", "À fournir"], ["Justificatif de ressources", "02/10/2026", "Validée"]], hl=2,
                   note="Demandé par la préfecture du Nord le 18/11/2026 : copie intégrale de l’acte de mariage, traduite si elle n’est pas en français.")
             + btn("Déposer la pièce"))
    out.append(_entry("s17-missing-row-mariage", "missing_document", "fr", URL_DEM + "/2026-59-VPF-7712/pieces", anef(inner, user=USER_I)))

    # M3 en: two columns, action needed in the side panel
    main = ('<h1 class="fr-h3">Residence permit · talent passport</h1>'
            + dl([("Reference", "2026-75-PT-30318"), ("Filed", "28/08/2026"), ("Prefecture", "Préfecture de police, Paris")]))
    aside = ('<h2 style="color:#b34000">Action needed</h2><p>The prefecture needs one more document: <b>your employment contract '
             'signed by both parties</b>.</p><p>Add it before 20/12/2026 in the “Documents” section.</p>')
    out.append(_entry("s17-missing-aside-contract-en", "missing_document", "en", URL_DEM + "/2026-75-PT-30318",
                      anef(two(main, aside, ORANGE), "en", user=USER_G)))
    return out


# ----------------------------------------------------------------------------- blocked_page
def _blocked_page():
    out = []
    # B1 fr: error 500 in a snackbar while saving
    inner = ('<h1 class="fr-h3">Mes coordonnées</h1>' + field("Adresse", "14 rue des Tanneurs")
             + field("Code postal", "67000") + field("Commune", "Strasbourg") + btn("Enregistrer")
             + snack("Une erreur inattendue s’est produite (erreur 500). Vos modifications n’ont pas été enregistrées. Réessayez dans quelques minutes.",
                     "Réessayer"))
    out.append(_entry("s17-blocked-snack-500", "blocked_page", "fr", URL_ACC + "/coordonnees", anef(inner, user=USER_F, active=4)))

    # B2 en: maintenance, long page with an intro
    intro = paras(["The Foreigners in France website lets you apply for and renew your residence permit, request a travel "
                   "document and follow your applications online.",
                   "To improve the service, we regularly update the site. During these operations some pages cannot be used."])
    inner = ('<h1 class="fr-h3">Service temporarily unavailable</h1>' + intro
             + H.alert("info", "Maintenance in progress", "The site is being updated until Saturday 6:00 a.m. Please come back later. "
                       "Applications in progress are kept.")
             + paras(["Your residence permit, receipt or certificate remains valid on the dates printed on it."]))
    out.append(_entry("s17-blocked-long-maint-en", "blocked_page", "en", USAGERS + "maintenance", anef(inner, "en", user=None)))

    # B3 fr: tabbed page, documents tab stuck loading
    inner = ('<h1 class="fr-h3">Demande n° 2026-31-ET-04418</h1>' + tabs(["Résumé", "Suivi", "Documents"], 2)
             + '<div data-key="loading" style="padding:2rem 0"><p><span class="x17-spin"></span>Chargement de vos documents…</p>'
               '<p class="fr-text--sm x17-mut">Le chargement prend plus de temps que prévu. Ne fermez pas cette page.</p></div>')
    out.append(_entry("s17-blocked-tabs-loading", "blocked_page", "fr", URL_DEM + "/2026-31-ET-04418/documents", anef(inner, user=USER_B)))
    return out


# ----------------------------------------------------------------------------- unknown
def _unknown():
    out = []
    # N1 fr: public home page with news banners
    band = ('<div class="x17-band" style="background:var(--background-alt-blue-france)"><div class="fr-container">'
            '<b>Nouveau</b><span>Les demandes de carte de résident de longue durée – UE se font désormais en ligne.</span></div></div>')
    inner = ('<h1 class="fr-h2">Bienvenue sur Étrangers en France</h1><p class="x17-lead">Faites vos démarches de séjour, '
             'de naturalisation et de voyage sans vous déplacer.</p>'
             '<div class="x17-news">'
             '<div><span class="tag" style="background:#e3e3fd;color:#000091">Actualité</span><h3>Guichets fermés le 25 décembre</h3>'
             '<p>Les accueils des préfectures seront fermés. Le site reste accessible.</p></div>'
             '<div><span class="tag" style="background:#fee7fc;color:#6e445a">À savoir</span><h3>Étudiants : pensez à votre renouvellement</h3>'
             '<p>Déposez votre demande entre 4 et 2 mois avant la fin de votre titre.</p></div>'
             '<div><span class="tag" style="background:#dffee6;color:#18753c">Nouveau</span><h3>Attestation de prolongation</h3>'
             '<p>Elle est téléchargeable dès le dépôt de votre demande.</p></div></div>'
             + H.buttons(H.button(H.HEADER_TXT["fr"]["login"]), H.button(H.HEADER_TXT["fr"]["create"], "secondary")))
    out.append(_entry("s17-unknown-home-news", "unknown", "fr", USAGERS, anef(inner, user=None, pre=band)))

    # N2 fr: procedure catalogue with a breadcrumb and a big title
    inner = (crumb(["Accueil", "Démarches"], "Toutes les démarches en ligne",
                   "Choisissez la démarche qui correspond à votre situation.")
             + '<div class="fr-grid-row fr-grid-row--gutters">'
             + H.tile("Titre de séjour", "Première demande, renouvellement, changement de statut")
             + H.tile("Naturalisation", "Demande d’acquisition de la nationalité française")
             + H.tile("Document de voyage", "Pour les réfugiés, apatrides et protégés subsidiaires")
             + H.tile("Visa de retour", "Si votre titre a été perdu ou volé à l’étranger")
             + H.tile("Duplicata", "Remplacer un titre perdu, volé ou détérioré")
             + H.tile("Changement d’adresse", "Mettre à jour l’adresse de votre titre") + "</div>")
    out.append(_entry("s17-unknown-crumb-catalogue", "unknown", "fr", USAGERS + "demarches", anef(inner, user=USER_E, active=1)))

    # N3 en: signed out, confirmation snackbar
    inner = ('<h1 class="fr-h3">Foreigners in France</h1><p class="x17-lead">Apply for your residence permit and follow your '
             'application online.</p>' + H.buttons(H.button("Sign in"), H.button("Create an account", "secondary"))
             + snack("You have been signed out. See you soon!", "Close", GREEN, "✓"))
    out.append(_entry("s17-unknown-snack-signedout-en", "unknown", "en", USAGERS + "?logout=true", anef(inner, "en", user=None)))
    return out


def build_pages():
    return (_status() + _account_creation() + _login_failure() + _password_reset() + _franceconnect()
            + _upload_error() + _missing_document() + _blocked_page() + _unknown())
