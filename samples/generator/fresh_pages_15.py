"""Pages of the fifteenth blind screenshot set (samples/fresh/screens-15, seed screens-fresh-15).

Written without seeing the assistant's rules, nor the page texts of the other sets.  The shells and shared helpers
are fresh_pages_12's (imported, not copied).  Every page text here (ANEF notices, steppers, trackers, field errors,
the other sites, and the Arabic, Persian, Russian and Ukrainian sentences written in the literal style of a browser
translation of French) is written for this set and is not a verified wording.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt, browsers.
"""
import anef_html as H
from fresh_pages_12 import (
    BROKER,
    ESP,
    REALM,
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
    callout,
    doc,
    kc_panel,
    meter,
    other_gov,
    plain,
    pw_field,
    side_layout,
    tr,
)

# ----------------------------------------------------------------------------- layouts of this set (x15- classes)
CSS15 = (
    ".x15-g{color:var(--text-mention-grey)}"
    # squares / circles / diamonds on one line, every label in the same weight and colour
    ".x15-sq{display:flex;flex-wrap:wrap;margin:1rem 0 1.6rem}.x15-sq{flex-wrap:nowrap}.x15-sq .s{flex:1 1 0;min-width:0;text-align:center;position:relative;padding:0 .3rem .6rem}"
    ".x15-sq .s:before{content:'';position:absolute;top:.7rem;left:0;right:0;height:2px;background:var(--border-plain-grey,#3a3a3a)}"
    ".x15-sq .s:first-child:before{left:50%}.x15-sq .s:last-child:before{right:50%}"
    ".x15-sq .s i{position:relative;display:inline-block;width:1.4rem;height:1.4rem;border:2px solid #000091;background:var(--background-default-grey)}"
    ".x15-sq.round .s i{border-radius:50%}.x15-sq.dia .s i{transform:rotate(45deg);width:1.1rem;height:1.1rem;margin-top:.15rem}"
    ".x15-sq .s.on i{background:#000091}.x15-sq .s span{display:block;font-size:.85rem;margin-top:.45rem;line-height:1.3}"
    # segments
    ".x15-seg{display:flex;gap:.35rem;margin:1rem 0 1.5rem}.x15-seg .g{flex:1 1 0;min-width:0}"
    ".x15-seg .g b{display:block;height:.85rem;border:2px solid #18753c;border-radius:2px}.x15-seg .g.on b{background:#18753c}"
    ".x15-seg .g span{font-size:.8rem;display:block;margin-top:.35rem;line-height:1.25}"
    ".x15-vseg{margin:1rem 0 1.5rem}.x15-vseg .g{display:flex;gap:.8rem;align-items:stretch;margin-bottom:.3rem}"
    ".x15-vseg .g b{flex:none;width:.7rem;min-height:2.6rem;border:2px solid #6a6af4}.x15-vseg .g.on b{background:#6a6af4}"
    ".x15-vseg .g span{font-size:.9rem;padding:.55rem 0}"
    # check marks on steps reached, empty circles after
    ".x15-ck{margin:1rem 0 1.5rem}.x15-ck .r{display:flex;gap:.8rem;align-items:center;padding:.6rem 0;border-bottom:1px solid var(--border-default-grey)}"
    ".x15-ck .m{flex:none;width:1.5rem;height:1.5rem;border-radius:50%;border:2px solid #18753c;color:#fff;text-align:center;line-height:1.25rem;font-size:.85rem;font-weight:700}"
    ".x15-ck .r.on .m{background:#18753c}.x15-ck .t{font-size:.92rem}"
    # coloured dot beside the step reached
    ".x15-dots{margin:1rem 0 1.5rem}.x15-dots .r{display:flex;gap:.7rem;align-items:center;padding:.45rem 0}"
    ".x15-dots .d{flex:none;width:.85rem;height:.85rem;border-radius:50%;border:2px solid #777}"
    ".x15-dots .r.on .d{background:#e4794a;border-color:#e4794a}.x15-dots .t{font-size:.92rem}"
    ".x15-dots.h{display:flex;flex-wrap:wrap;gap:.2rem 1.6rem}"
    # square rail (vertical)
    ".x15-rail{margin:1rem 0 1.5rem;position:relative}.x15-rail .r{display:flex;gap:.9rem;align-items:flex-start;padding-bottom:1.3rem;position:relative}"
    ".x15-rail .r:not(:last-child):after{content:'';position:absolute;left:.55rem;top:1.2rem;bottom:0;width:2px;background:#555}"
    ".x15-rail .q{flex:none;width:1.2rem;height:1.2rem;border:2px solid #a94645;background:var(--background-default-grey);position:relative;z-index:1}"
    ".x15-rail .r.on .q{background:#a94645}.x15-rail .t{font-size:.92rem}.x15-rail .t small{display:block;color:var(--text-mention-grey)}"
    # cards with a header band: filled for the step reached, outlined for the others
    ".x15-cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0 1.5rem}.x15-cards .c{flex:1 1 8.5rem;border:2px solid #6a6af4}"
    ".x15-cards .c .h{height:1rem;border-bottom:2px solid #6a6af4}.x15-cards .c.on .h{background:#6a6af4}"
    ".x15-cards .c p{margin:0;padding:.55rem .6rem;font-size:.85rem}"
    # pills in a row, a word mark under the reached one
    ".x15-pills{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0 1.5rem}.x15-pills .p{border:1px solid #3a55d1;border-radius:1rem;"
    "padding:.25rem .8rem;font-size:.85rem;color:#3a55d1;text-align:center}.x15-pills .p em{display:block;font-style:normal;font-size:.72rem;color:#161616}"
    # dashboard cards
    ".x15-dash{display:flex;flex-wrap:wrap;gap:1rem;margin-bottom:1.5rem}.x15-dash>div{flex:1 1 14rem;border:1px solid var(--border-default-grey);"
    "padding:1rem 1.2rem;background:var(--background-alt-grey)}.x15-dash .big{font-size:2rem;font-weight:700;line-height:1.1}"
    ".x15-rule{border-inline-start:6px solid var(--c,#000091);padding:.9rem 1.1rem;background:var(--background-alt-grey);margin-bottom:1.5rem}"
    ".x15-rule p{margin:0 0 .3rem}"
    ".x15-task{display:flex;gap:1rem;align-items:flex-start;border:1px solid var(--border-default-grey);padding:1rem;margin-bottom:.8rem}"
    ".x15-task .n{flex:none;width:2rem;height:2rem;border-radius:50%;background:#ce0500;color:#fff;text-align:center;line-height:2rem;font-weight:700}"
    ".x15-file{display:flex;flex-wrap:wrap;gap:.3rem 1rem;justify-content:space-between;border:1px solid var(--border-default-grey);padding:.7rem 1rem;margin-bottom:.6rem}"
    ".x15-skel{height:.9rem;background:var(--background-contrast-grey);border-radius:.3rem;margin:.6rem 0}"
)


def page(body, lang="fr", dark=False):
    """a DSFR document with this set's rules (fresh_pages_12's doc, with CSS15 on top)."""
    return doc(body, lang, dark, css=CSS15)


def esp(inner, lang="fr", user=USER_A, active=1, dark=False, pre=""):
    return page(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre), lang, dark)


def pub(inner, lang="fr", dark=False, pre="", narrow=False):
    return page(H.page_anef(inner, lang=lang, user=None, pre=pre, narrow=narrow), lang, dark)


def sso15(inner, lang="fr", dark=False):
    return page(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False), lang, dark)


def sq_row(steps, cur, shape=""):
    s = "".join(f'<div class="s{" on" if i == cur else ""}"><i></i><span>{x}</span></div>' for i, x in enumerate(steps))
    return f'<div class="x15-sq {shape}" data-key="steps">{s}</div>'


def seg_bar(steps, cur):
    s = "".join(f'<div class="g{" on" if i <= cur else ""}"><b></b><span>{x}</span></div>' for i, x in enumerate(steps))
    return f'<div class="x15-seg" data-key="steps">{s}</div>'


def vseg(steps, cur):
    s = "".join(f'<div class="g{" on" if i <= cur else ""}"><b></b><span>{x}</span></div>' for i, x in enumerate(steps))
    return f'<div class="x15-vseg" data-key="steps">{s}</div>'


def checks(steps, cur):
    s = "".join(f'<div class="r{" on" if i <= cur else ""}"><span class="m">{"✓" if i <= cur else ""}</span><span class="t">{x}</span></div>'
                for i, x in enumerate(steps))
    return f'<div class="x15-ck" data-key="steps">{s}</div>'


def dots(steps, cur, horizontal=False):
    s = "".join(f'<div class="r{" on" if i == cur else ""}"><span class="d"></span><span class="t">{x}</span></div>' for i, x in enumerate(steps))
    return f'<div class="x15-dots{" h" if horizontal else ""}" data-key="steps">{s}</div>'


def rail(steps, cur):
    s = "".join(f'<div class="r{" on" if i == cur else ""}"><span class="q"></span><span class="t">{x}</span></div>' for i, x in enumerate(steps))
    return f'<div class="x15-rail" data-key="steps">{s}</div>'


def band_cards(steps, cur):
    s = "".join(f'<div class="c{" on" if i == cur else ""}"><div class="h"></div><p>{x}</p></div>' for i, x in enumerate(steps))
    return f'<div class="x15-cards" data-key="steps">{s}</div>'


def pills(steps, cur, mark):
    s = "".join(f'<div class="p">{x}{f"<em>{mark}</em>" if i == cur else ""}</div>' for i, x in enumerate(steps))
    return f'<div class="x15-pills" data-key="steps">{s}</div>'


def req_head(title, num, lang="fr"):
    lab = {"fr": "Numéro de demande", "en": "Application number", "ar": "رقم الطلب", "fa": "شماره درخواست",
           "ru": "Номер заявки", "uk": "Номер заявки"}[lang]
    return f'<h1 class="fr-h3 fr-mb-1w">{title}</h1><p class="fr-text--sm x15-g">{lab} : {num}</p>'


def rule(inner, colour="#000091", key="rule"):
    return f'<div class="x15-rule" style="--c:{colour}" data-key="{key}">{inner}</div>'


STEPS = {"fr": ["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"],
         "en": ["Application submitted", "Under examination", "Decision made", "Document available"],
         "ar": ["إيداع الطلب", "التعليمات جارية", "تم اتخاذ القرار", "الوثيقة متاحة"],
         "fa": ["ارائه درخواست", "دستورالعمل در حال انجام است", "تصمیم گرفته شد", "سند موجود است"],
         "ru": ["Подача заявки", "Инструкция в процессе", "Решение принято", "Документ доступен"],
         "uk": ["Подання заявки", "Інструкція триває", "Рішення прийнято", "Документ доступний"]}

RS = "request_status"


# ----------------------------------------------------------------------------- request status (18)
def _request_status():
    P = []
    fr = STEPS["fr"]
    P.append(_entry("rs squares horizontal: instruction", RS, "fr", ESP + "mes-demandes/titre-sejour/2026-0412876", esp(
        H.breadcrumb(["Accueil", "Mes démarches", "Carte de séjour pluriannuelle"])
        + req_head("Carte de séjour pluriannuelle « salarié »", "2026-0412876")
        + '<h2 class="fr-h6 fr-mb-0">Avancement</h2>' + sq_row(fr, 1)
        + '<p class="fr-text--sm">Déposée le 02/04/2026 · Préfecture de la Haute-Garonne</p>'
        + H.buttons(H.button("Télécharger l’attestation de dépôt", "secondary"), H.button("Écrire à la préfecture", "tertiary"))),
        step="in_progress"))
    P.append(_entry("rs check marks: decision", RS, "fr", ESP + "mes-demandes/2026-0388104/suivi", esp(
        req_head("Renouvellement de carte de séjour temporaire", "2026-0388104")
        + H.card('<p class="fr-text--bold fr-mb-1w">Parcours de votre demande</p>' + checks(fr, 2)
                 + '<p class="fr-text--sm x15-g fr-mb-0">Mise à jour le 28/08/2026</p>'), user=USER_D), step="decision_made"))
    P.append(_entry("rs segments: submitted", RS, "fr", ESP + "mes-demandes/2026-0633019", esp(
        req_head("Titre de séjour « vie privée et familiale »", "2026-0633019")
        + seg_bar(fr, 0)
        + '<p class="fr-text--sm">Votre attestation de dépôt est disponible dans « Mes documents ».</p>'
        + H.buttons(H.button("Mes documents", "secondary")), user=USER_C), step="submitted"))
    P.append(_entry("rs tracker table: state words", RS, "fr", ESP + "mes-demandes/2026-0290551/etapes", esp(
        req_head("Carte de résident de longue durée – UE", "2026-0290551")
        + H.table("Suivi des étapes", ["Étape", "État"],
                  [["Dépôt de la demande", "Terminée"], ["Instruction en cours", "En cours"],
                   ["Décision prise", "À venir"], ["Document disponible", "À venir"]], crop=True),
        user=USER_F), step="in_progress"))
    P.append(_entry("rs badge card: to collect", RS, "fr", ESP + "accueil", esp(
        '<h1 class="fr-h3">Bonjour Mme TOURÉ</h1><div class="x15-dash">'
        '<div data-key="card"><p class="fr-text--sm x15-g fr-mb-1w">Titre de séjour · 2026-0154420</p>'
        '<p class="fr-text--bold fr-mb-1w">Carte de séjour pluriannuelle</p>' + H.badge("À retirer en préfecture", "success")
        + '<p class="fr-text--sm fr-mt-1w fr-mb-0">Rendez-vous de remise : 08/12/2026 à 10 h 40, guichet 4</p></div>'
        '<div><p class="fr-text--sm x15-g fr-mb-1w">Notifications</p><p class="big">0</p><p class="fr-text--sm fr-mb-0">nouvelle notification</p></div></div>'
        + H.buttons(H.button("Voir ma convocation", "secondary")), active=0), step="document_available"))
    P.append(_entry("rs card: follow-up not offered", RS, "fr", ESP + "mes-demandes/2026-0701337", esp(
        req_head("Document de circulation pour étranger mineur", "2026-0701337")
        + rule('<p class="fr-text--bold">Suivi de la demande</p><p class="fr-text--sm">Le suivi en ligne n’est pas encore proposé pour '
               'ce type de démarche. Les informations sur votre demande vous seront communiquées par la préfecture.</p>', "#666"),
        user=USER_H), step=""))
    nat = ["Demande envoyée", "Examen des pièces en cours", "Réception du récépissé de complétude", "Entretien d’assimilation",
           "Décision"]
    P.append(_entry("rs naturalisation dots: interview", RS, "fr", ESP + "nationalite/suivi", esp(
        '<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1><p class="fr-text--sm x15-g">Plateforme de Nantes · dossier 2025-NAT-08812</p>'
        + dots(nat, 3) + '<p class="fr-text--sm">Une convocation vous est envoyée par courrier pour chaque rendez-vous.</p>', user=USER_J, active=1),
        step="in_progress"))
    P.append(_entry("rs band cards: refusal", RS, "fr", ESP + "mes-demandes/2025-1199420", esp(
        req_head("Admission exceptionnelle au séjour", "2025-1199420")
        + band_cards(fr, 2)
        + '<p class="fr-text--sm">Le courrier de décision vous a été adressé le 21/08/2026. Il précise les voies et délais de recours.</p>',
        user=USER_B), step="decision_made"))
    P.append(_entry("rs dashboard number: waiting to begin", RS, "fr", ESP + "mes-demandes", esp(
        '<h1 class="fr-h3">Mes démarches</h1><div class="x15-dash">'
        '<div data-key="card"><p class="fr-text--sm x15-g fr-mb-1w">Étape</p><p class="big">1 / 4</p>'
        '<p class="fr-text--sm fr-mb-0">Demande déposée, en attente du début de son examen par la préfecture</p></div>'
        '<div><p class="fr-text--sm x15-g fr-mb-1w">Déposée le</p><p class="big">19/08/2026</p><p class="fr-text--sm fr-mb-0">Titre de séjour étudiant</p></div></div>',
        user=USER_G), step="submitted"))
    P.append(_entry("rs vertical segments + attestation favorable", RS, "fr", ESP + "mes-documents", esp(
        '<h1 class="fr-h3">Ma demande de titre de séjour</h1>' + vseg(fr, 3)
        + '<div class="x15-file"><span>Attestation de décision favorable.pdf</span><span class="x15-g fr-text--sm">PDF · 182 Ko · Télécharger</span></div>',
        user=USER_E, active=2), step="document_available"))
    en = STEPS["en"]
    P.append(_entry("rs en diamonds: decision", RS, "en", ESP + "my-applications/2026-0217733", esp(
        req_head("Multi-year residence permit “talent”", "2026-0217733", "en") + sq_row(en, 2, "dia")
        + '<p class="fr-text--sm">The decision letter has been sent to your postal address.</p>', lang="en", user=USER_H), step="decision_made"))
    P.append(_entry("rs en pills word mark: submitted", RS, "en", ESP + "my-applications/2026-0598312", esp(
        req_head("Temporary residence permit “student”", "2026-0598312", "en")
        + pills(en, 0, "stage reached") + '<p class="fr-text--sm">Submitted on 11/08/2026 · Prefecture of Isère</p>',
        lang="en", user=USER_G), step="submitted"))
    ar = STEPS["ar"]
    P.append(_entry("rs ar check marks: submitted", RS, "ar", ESP + "mes-demandes/2026-0577140", esp(
        req_head("تصريح إقامة مؤقت « الحياة الخاصة والعائلية »", "2026-0577140", "ar") + checks(ar, 0)
        + '<p class="fr-text--sm">شهادة الإيداع متاحة في « مستنداتي ».</p>', lang="ar", user=USER_J), step="submitted", **tr("ar")))
    P.append(_entry("rs ar dots horizontal: available", RS, "ar", ESP + "mes-demandes/2026-0102266", esp(
        req_head("بطاقة إقامة متعددة السنوات", "2026-0102266", "ar") + dots(ar, 3, horizontal=True)
        + '<p class="fr-text--sm">موعد الاستلام: 09/12/2026 الساعة 14:20 – المحافظة، الشباك 2.</p>', lang="ar", user=USER_D),
        step="document_available", **tr("ar")))
    P.append(_entry("rs fa segments: instruction", RS, "fa", ESP + "mes-demandes/2026-0345821", esp(
        req_head("تمدید کارت اقامت موقت", "2026-0345821", "fa") + seg_bar(STEPS["fa"], 1)
        + '<p class="fr-text--sm">ارائه شده در 03/05/2026 · استانداری رون</p>', lang="fa", user=USER_I), step="in_progress", **tr("fa")))
    P.append(_entry("rs ru square rail: months", RS, "ru", ESP + "mes-demandes/2025-1288450", esp(
        req_head("Вид на жительство « работник »", "2025-1288450", "ru")
        + rail([f"{STEPS['ru'][0]}<small>12/11/2025</small>", f"{STEPS['ru'][1]}<small>с 20/12/2025</small>",
                STEPS["ru"][2], STEPS["ru"][3]], 1), lang="ru", user=USER_E), step="in_progress", **tr("ru")))
    P.append(_entry("rs ru circles: decision", RS, "ru", ESP + "mes-demandes/2026-0081124", esp(
        req_head("Продление временного вида на жительство", "2026-0081124", "ru") + sq_row(STEPS["ru"], 2, "round")
        + '<p class="fr-text--sm">Письмо о решении отправлено на ваш почтовый адрес 26/08/2026.</p>', lang="ru", user=USER_B),
        step="decision_made", **tr("ru")))
    P.append(_entry("rs uk tracker table dashes", RS, "uk", ESP + "mes-demandes/2026-0820017", esp(
        req_head("Тимчасовий захист – продовження", "2026-0820017", "uk")
        + H.table("Відстеження етапів", ["Етап", "Стан"], [[x, "—"] for x in STEPS["uk"]], crop=True),
        lang="uk", user=USER_B), step="", **tr("uk")))
    return P


# ----------------------------------------------------------------------------- account creation (6)
def _account_creation():
    P = []
    cr = USAGERS + "creation-compte/"
    P.append(_entry("visa short stay refused", "account_creation", "fr", cr + "etape-2", pub(
        H.stepper("Créer mon compte", 2, 3, "Mes coordonnées")
        + '<fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Votre document d’entrée en France</legend>'
        + H.field("Type de document", "Visa") + H.field("Numéro du visa", "FRA 7 1180 4452", error=(
            "Ce numéro correspond à un visa de court séjour : il ne permet pas d’ouvrir un compte sur ce site."))
        + "</fieldset>" + H.buttons(H.button("Précédent", "secondary"), H.button("Suivant")), narrow=True)))
    P.append(_entry("creation code not recognised, resends used up", "account_creation", "fr", cr + "verification", pub(
        '<h1 class="fr-h3">Vérifiez votre adresse électronique</h1>'
        '<p>Saisissez le code à 6 chiffres envoyé à a•••••@gmail.com pour terminer la création de votre compte.</p>'
        + H.alert("error", "Code non reconnu", "Ce code ne correspond pas au dernier code envoyé. Vous avez utilisé les 3 renvois "
                  "autorisés : un nouveau code pourra être demandé dans 58 minutes.")
        + H.field("Code de vérification", "481 209") + H.buttons(H.button("Valider")), narrow=True)))
    P.append(_entry("entry date before visa date", "account_creation", "fr", cr + "etape-2", pub(
        H.stepper("Créer mon compte", 2, 3, "Mes coordonnées")
        + H.field("Date de délivrance du visa", "14/07/2025", hint="Format attendu : JJ/MM/AAAA")
        + H.field("Date d’entrée en France", "02/07/2025", error="La date d’entrée en France ne peut pas précéder la date de délivrance du visa.")
        + H.buttons(H.button("Précédent", "secondary"), H.button("Suivant")), narrow=True, dark=True), dark=True))
    P.append(_entry("en birth date does not match", "account_creation", "en", USAGERS + "create-account/step-1", pub(
        H.stepper("Create my account", 1, 3, "My document", state_lbl="Step {c} of {t}", next_lbl="Next step:")
        + H.field("Foreign national number", "7512 0448 31", hint="10 digits, written above your signature on your permit")
        + H.field("Date of birth", "03/02/1991", error="This date of birth does not match the one recorded for this foreign national number.")
        + H.buttons(H.button("Continue")), lang="en", narrow=True)))
    P.append(_entry("ar mobile number format", "account_creation", "ar", cr + "etape-3", pub(
        H.stepper("إنشاء حسابي", 3, 3, state_lbl="الخطوة {c} من {t}")
        + H.field("البريد الإلكتروني", "leila.rahimi@gmail.com")
        + H.field("رقم الهاتف المحمول", "6 12 34 56", error="رقم الهاتف المحمول غير صالح: أدخل 10 أرقام تبدأ بـ 06 أو 07.")
        + H.buttons(H.button("إنشاء حسابي")), lang="ar", narrow=True), **tr("ar")))
    P.append(_entry("fa confirmation e-mail failed, typo", "account_creation", "fa", cr + "confirmation", pub(
        '<h1 class="fr-h3">ایمیل تأیید</h1>'
        + H.alert("error", "ارسال ایمیل تأیید ناموفق بود", "ما نتوانستیم ایمیل فعال سازی را به sara.hosseini@gmial.com ارسال کنیم. "
                  "آدرس را بررسی کنید: آیا منظورتان gmail.com بود؟")
        + H.buttons(H.button("آدرس را اصلاح کنید"), H.button("ارسال مجدد", "secondary")), lang="fa", narrow=True), **tr("fa")))
    return P


# ----------------------------------------------------------------------------- login failure (6)
def _login_failure():
    P = []
    P.append(_entry("request number typed as identifier", "login_failure", "fr", H.SSO_AUTH, sso15(
        H.login_form("fr", ident="2026-0412876", ident_err=(
            "Identifiant inconnu : vous avez saisi un numéro de demande. Votre identifiant est votre numéro étranger à 10 chiffres "
            "ou votre adresse électronique."), pw="xxxxxxxxxx"))))
    P.append(_entry("countdown lock", "login_failure", "fr", act("authenticate"), sso15(kc_panel(
        "Connexion suspendue",
        '<div class="fr-alert fr-alert--warning fr-mb-2w"><p>Après 5 essais infructueux, la connexion à ce compte est suspendue. '
        'Nouvel essai possible dans <b>12 min 40 s</b>.</p></div>'
        '<div class="x12-bar"><i style="width:38%;background:#b34000"></i></div>'
        '<p class="fr-text--sm fr-mt-2w"><a href="#">Mot de passe oublié ?</a></p>'))))
    P.append(_entry("sms code superseded", "login_failure", "fr", act("authenticate"), sso15(
        '<h1 class="fr-h3">Code de sécurité</h1><p>Un code a été envoyé par SMS au 06 •• •• •• 42.</p>'
        + H.field("Code reçu par SMS", "739 104", error="Ce code n’est plus valable : un code plus récent vous a été envoyé. Saisissez le dernier code reçu.")
        + H.buttons(H.button("Valider"), H.button("Recevoir un nouveau code", "tertiary")))))
    P.append(_entry("en wrong password caps lock", "login_failure", "en", H.SSO_AUTH.replace("portail-anef", "portail-anef&ui_locales=en"),
                    sso15(H.login_form("en", ident="7512044831", pw="xxxxxxxxx", pw_err=(
                        "Wrong password. Caps Lock is on: passwords are case-sensitive.")), "en")))
    P.append(_entry("ru disabled after inactivity", "login_failure", "ru", act("authenticate"), sso15(
        H.login_form("ru", ident="7409915382", alert_html=H.alert(
            "error", "Аккаунт деактивирован", "Ваш аккаунт был деактивирован после 24 месяцев без подключения. Свяжитесь с "
            "префектурой, чтобы его снова активировать."), fc=False), "ru"), **tr("ru")))
    P.append(_entry("uk identifier eleven digits", "login_failure", "uk", H.SSO_AUTH, sso15(
        H.login_form("uk", ident="75120448310", ident_err="Ідентифікатор повинен містити 10 цифр (ви ввели 11).", fc=False), "uk"),
        **tr("uk")))
    return P


# ----------------------------------------------------------------------------- password reset (6)
def _password_reset():
    P = []
    P.append(_entry("new password contains birth year", "password_reset", "fr", act("reset-credentials"), sso15(kc_panel(
        "Choisir un nouveau mot de passe",
        pw_field("Nouveau mot de passe", err="Votre mot de passe ne doit pas contenir votre année de naissance (1991).")
        + pw_field("Confirmation du nouveau mot de passe") + H.buttons(H.button("Enregistrer"))))))
    P.append(_entry("password older than 12 months", "password_reset", "fr", act("required-action", "execution=UPDATE_PASSWORD&client_id=anef-usagers"),
                    sso15('<h1 class="fr-h3">Renouvellement du mot de passe</h1>'
                          + H.alert("info", None, "Votre mot de passe a été créé il y a plus de 12 mois. Pour continuer, choisissez-en un nouveau.", sm=True)
                          + pw_field("Nouveau mot de passe") + pw_field("Confirmation") + H.buttons(H.button("Valider")))))
    P.append(_entry("reset e-mail bounced", "password_reset", "fr", act("reset-credentials"), sso15(
        '<h1 class="fr-h3">Mot de passe oublié ?</h1>'
        + H.alert("warning", "Courriel non remis", "Le courriel de réinitialisation n’a pas pu être remis à a.toure@outlook.fr : la boîte "
                  "de réception est pleine. Libérez de l’espace puis demandez un nouvel envoi.")
        + H.field("Identifiant", "7512044831") + H.buttons(H.button("Renvoyer le lien")))))
    P.append(_entry("en leaked password meter", "password_reset", "en", act("reset-credentials"), sso15(
        '<h1 class="fr-h3">Choose a new password</h1>'
        + pw_field("New password", err="This password appears in lists of leaked passwords. Choose another one.")
        + meter(1, ["#ce0500"] * 4) + '<p class="fr-text--sm">Strength: very weak</p>'
        + pw_field("Confirm new password") + H.buttons(H.button("Save")), "en")))
    P.append(_entry("fa no spaces", "password_reset", "fa", act("reset-credentials"), sso15(kc_panel(
        "رمز عبور جدید را انتخاب کنید",
        pw_field("رمز عبور جدید", err="رمز عبور نباید شامل فاصله باشد.") + pw_field("تأیید رمز عبور جدید")
        + H.buttons(H.button("ثبت")), top="خارجی ها در فرانسه · احراز هویت"), "fa"), **tr("fa")))
    P.append(_entry("uk temporary password first sign-in", "password_reset", "uk", act("required-action", "execution=UPDATE_PASSWORD&client_id=anef-usagers"),
                    sso15('<h1 class="fr-h3">Створіть новий пароль</h1>'
                          + H.alert("warning", None, "Ви увійшли з тимчасовим паролем, надісланим поштою. Щоб продовжити, створіть новий пароль.", sm=True)
                          + pw_field("Новий пароль") + pw_field("Підтвердження") + H.buttons(H.button("Підтвердити")), "uk"), **tr("uk")))
    return P


# ----------------------------------------------------------------------------- franceconnect (6)
def _franceconnect():
    P = []
    fc = "franceconnect"
    P.append(_entry("fc identity matches no account", fc, "fr", REALM + "login-actions/first-broker-login?client_id=anef-usagers", sso15(
        '<h1 class="fr-h3">Rattacher votre compte</h1>'
        + H.alert("warning", "Aucun compte rattaché", "L’identité transmise par FranceConnect (Amina TOURE, née le 03/02/1991) ne "
                  "correspond à aucun compte Étrangers en France. Connectez-vous une fois avec votre identifiant et votre mot de passe pour "
                  "rattacher les deux comptes.")
        + H.buttons(H.button("Se connecter avec mon identifiant"), H.button("Annuler", "tertiary")))))
    P.append(_entry("fc first name mismatch on account page", fc, "fr", ESP + "mon-compte/connexion", esp(
        side_layout(["Mes informations", "Sécurité", "Connexion avec FranceConnect", "Préférences"], 2,
                    '<h1 class="fr-h4">Connexion avec FranceConnect</h1><p>État : <b>non associé</b></p>'
                    + H.alert("error", None, "L’association a échoué : le prénom transmis par FranceConnect (Amina Fatou) diffère de celui "
                              "de votre compte (Amina).", sm=True)
                    + H.fc_button("fr")), active=4)))
    P.append(_entry("fc broker state missing", fc, "fr", BROKER + "endpoint?code=Jd8x2&state=", sso15(kc_panel(
        "Connexion impossible",
        H.alert("error", None, "La réponse de FranceConnect n’a pas pu être vérifiée (paramètre « state » absent). Recommencez la "
                "connexion depuis la page d’accueil.", sm=True) + H.buttons(H.button("Retour à l’accueil", "secondary"))))))
    P.append(_entry("en linked to another fc identity", fc, "en", BROKER + "endpoint?code=Q1wE9&state=f0a2", sso15(
        '<h1 class="fr-h3">Sign in with FranceConnect</h1>'
        + H.alert("error", "Unable to link", "Your Foreigners in France account is already linked to a different FranceConnect "
                  "identity. Sign in with your identifier and password, then remove the old link in My account.")
        + H.buttons(H.button("Sign in with my identifier")), "en")))
    P.append(_entry("ar not linked yet", fc, "ar", REALM + "login-actions/first-broker-login?client_id=anef-usagers", sso15(
        '<h1 class="fr-h3">الاتصال عبر FranceConnect</h1>'
        + H.alert("info", "لم يتم ربط حسابك بعد", "لرؤية ملفك، يجب ربط هويتك في FranceConnect بحسابك في موقع الأجانب في فرنسا.")
        + H.buttons(H.button("ربط حسابي"), H.button("إلغاء", "tertiary")), "ar"), **tr("ar")))
    P.append(_entry("ru fc session expired", fc, "ru", BROKER + "endpoint?error=session_expired", sso15(kc_panel(
        "FranceConnect",
        H.alert("error", None, "Сеанс FranceConnect истек до завершения подключения. Нажмите снова на кнопку FranceConnect.", sm=True)
        + H.fc_button("ru"), top="Иностранцы во Франции · Аутентификация"), "ru"), **tr("ru")))
    return P


# ----------------------------------------------------------------------------- upload error (6)
def _upload_error():
    P = []
    up = "upload_error"
    pieces = ESP + "mes-demandes/2026-0633019/pieces"
    P.append(_entry("file name too long", up, "fr", pieces, esp(
        '<h1 class="fr-h3">Pièces justificatives</h1>'
        '<div class="x15-file"><span>Passeport (pages d’identité)</span><span class="fr-text--sm x15-g">passeport.pdf · 1,2 Mo</span></div>'
        + H.upload("Justificatif de domicile de moins de 3 mois", "Formats acceptés : PDF, JPG, PNG. 10 Mo maximum.",
                   error="Le nom du fichier dépasse 80 caractères. Renommez-le puis ajoutez-le à nouveau.",
                   filename_note="facture_electricite_edf_juillet_2026_appartement_rue_des_lilas_toulouse_scan_couleur_final_v2.pdf"),
        user=USER_C)))
    P.append(_entry("image too small", up, "fr", pieces, esp(
        '<h1 class="fr-h3">Ajouter une pièce</h1>'
        + H.upload("Acte de naissance", "Photo ou scan lisible, en couleur.", error=(
            "L’image mesure 640 × 480 pixels : elle doit mesurer au moins 1 200 pixels sur son plus grand côté."),
            filename_note="IMG_20260812.jpg") + H.buttons(H.button("Enregistrer")), user=USER_J)))
    P.append(_entry("same file twice", up, "fr", pieces, esp(
        '<h1 class="fr-h3">Pièces justificatives</h1>'
        '<div class="x15-file"><span>Justificatif de domicile</span><span class="fr-text--sm x15-g">quittance_aout.pdf · 310 Ko</span></div>'
        + H.upload("Justificatif de ressources", "PDF, 10 Mo maximum.", error=(
            "Ce fichier est identique à celui déposé pour « Justificatif de domicile ». Chaque pièce doit être un document distinct."),
            filename_note="quittance_aout.pdf"), user=USER_F)))
    P.append(_entry("en total size over 30 MB", up, "en", ESP + "my-applications/2026-0598312/documents", esp(
        '<h1 class="fr-h3">Supporting documents</h1>'
        + H.alert("error", None, "The files of this application cannot exceed 30 MB in total (now 34.2 MB). Reduce the size of a file "
                  "before adding it.", sm=True)
        + '<div class="x15-file"><span>Bank statements.pdf</span><span class="fr-text--sm x15-g">18.6 MB</span></div>'
        '<div class="x15-file"><span>Payslips.pdf</span><span class="fr-text--sm x15-g">12.1 MB</span></div>', lang="en", user=USER_G)))
    P.append(_entry("fa cropped scan", up, "fa", pieces, esp(
        '<h1 class="fr-h3">افزودن یک قطعه</h1>'
        + H.upload("گذرنامه", "هر چهار گوشه سند باید قابل مشاهده باشد.", error=(
            "سند بریده شده به نظر می رسد: هر چهار گوشه صفحه باید در تصویر دیده شود."), filename_note="passport_scan.jpg", lang="fa"),
        lang="fa", user=USER_I), **tr("fa")))
    P.append(_entry("uk webp not accepted", up, "uk", pieces, esp(
        '<h1 class="fr-h3">Додати документ</h1>'
        + H.upload("Фотографія", "Формати: JPG, PNG, PDF.", error="Формат WEBP не приймається. Збережіть зображення у форматі JPG або PNG.",
                   filename_note="photo_2026.webp", lang="uk"), lang="uk", user=USER_B), **tr("uk")))
    return P


# ----------------------------------------------------------------------------- missing document (6)
def _missing_document():
    P = []
    md = "missing_document"
    P.append(_entry("task list one action", md, "fr", ESP + "accueil", esp(
        '<h1 class="fr-h3">Actions à réaliser (1)</h1>'
        '<div class="x15-task" data-key="task"><span class="n">1</span><div><p class="fr-text--bold fr-mb-1w">Fournir un justificatif de domicile '
        'de moins de 3 mois</p><p class="fr-text--sm fr-mb-0">Demandé par la préfecture de l’Hérault pour votre demande 2026-0290551. '
        'À transmettre avant le 12/12/2026.</p></div></div>' + H.buttons(H.button("Ajouter le document")), user=USER_F, active=0)))
    P.append(_entry("notification marriage certificate", md, "fr", ESP + "mes-notifications/88120", esp(
        H.breadcrumb(["Accueil", "Mes notifications", "Message de la préfecture"])
        + '<h1 class="fr-h4">Demande de pièce complémentaire</h1><p class="fr-text--sm x15-g">Reçu le 27/08/2026</p>'
        + rule('<p>Pour poursuivre l’examen de votre demande, merci de transmettre : <b>copie intégrale de l’acte de mariage</b> '
               '(de moins de 3 mois).</p><p class="fr-text--sm">Date limite : 15/12/2026.</p>', "#b34000"), user=USER_D, active=3)))
    P.append(_entry("stamp receipt not received", md, "fr", ESP + "mes-demandes/2026-0633019", esp(
        req_head("Titre de séjour « vie privée et familiale »", "2026-0633019")
        + H.alert("warning", "Pièce manquante", "Le justificatif d’achat du timbre fiscal n’a pas été reçu. Ajoutez-le pour que "
                  "l’examen de votre demande puisse commencer.") + H.buttons(H.button("Ajouter le justificatif")), user=USER_C)))
    P.append(_entry("en proof of resources", md, "en", ESP + "my-applications/2026-0217733", esp(
        req_head("Multi-year residence permit “talent”", "2026-0217733", "en")
        + callout("Document requested by the prefecture", "Proof of resources for the last 6 months (payslips or bank statements). "
                  "Deadline: 15 January 2027.", extra=H.buttons(H.button("Add the document"))), lang="en", user=USER_H)))
    P.append(_entry("ar recent photo requested", md, "ar", ESP + "mes-notifications/90211", esp(
        '<h1 class="fr-h4">رسالة من المحافظة</h1>'
        + rule('<p>لمواصلة فحص طلبك، يرجى إرسال <b>صورة هوية حديثة</b> (أقل من 6 أشهر).</p><p class="fr-text--sm">الموعد النهائي: 20/12/2026.</p>', "#b34000"),
        lang="ar", user=USER_J, active=3), **tr("ar")))
    P.append(_entry("fa school certificates", md, "fa", ESP + "mes-demandes/2026-0345821", esp(
        req_head("تمدید کارت اقامت موقت", "2026-0345821", "fa")
        + H.alert("warning", "پرونده ناقص", "گواهی تحصیل فرزندان برای سال تحصیلی 2026-2027 کم است. قبل از 10/12/2026 آن را اضافه کنید."),
        lang="fa", user=USER_I), **tr("fa")))
    return P


# ----------------------------------------------------------------------------- blocked page (6)
def _waf_page(ref):
    css = ".w{max-width:640px;margin:14vh auto 0;padding:0 24px;font-family:'DejaVu Sans',sans-serif}"
    return plain("", "#fff", [], f'<div class="w" id="crop"><h1 style="font-size:28px">Accès refusé</h1>'
                 f'<p>Votre requête a été bloquée par le dispositif de sécurité du site.</p><p class="gr">Référence de l’incident : {ref}</p>'
                 '<p class="gr">Si le problème persiste, transmettez cette référence au support.</p></div>', "", css=css)


def _blocked_page():
    P = []
    bp = "blocked_page"
    P.append(_entry("firewall 403 page", bp, "fr", ESP + "mes-demandes", _waf_page("7c1e-90af-44d2-b813"), tab="Accès refusé"))
    P.append(_entry("documents tab error 500", bp, "fr", ESP + "mes-documents", esp(
        '<h1 class="fr-h3">Mes documents</h1>'
        + H.alert("error", None, "Une erreur est survenue lors de l’affichage de vos documents (erreur 500). Réessayez plus tard.", sm=True)
        + '<div class="x15-skel" style="width:70%"></div><div class="x15-skel" style="width:55%"></div><div class="x15-skel" style="width:62%"></div>',
        user=USER_E, active=2)))
    P.append(_entry("back button during sign-in", bp, "fr", act("authenticate"), sso15(kc_panel(
        "Page plus valide",
        H.alert("error", None, "Cette page n’est plus valide : vous avez utilisé le bouton Retour du navigateur pendant la connexion.", sm=True)
        + '<p class="fr-text--sm"><a href="#">Recommencer la connexion</a></p>'))))
    P.append(_entry("en maintenance in progress", bp, "en", USAGERS, pub(
        '<h1 class="fr-h3">Service unavailable</h1>'
        + H.alert("warning", "Maintenance in progress", "The site is unavailable because of scheduled maintenance. It will be back at 6:00 a.m.")
        + '<p class="fr-text--sm x15-g">Your saved applications are not affected.</p>', "en", narrow=True)))
    P.append(_entry("ru 502 on summary", bp, "ru", ESP + "mes-demandes/brouillon/recapitulatif", esp(
        '<h1 class="fr-h3">Сводка вашей заявки</h1>'
        + H.alert("error", "Ошибка 502", "Сервер временно не отвечает. Ваши ответы сохранены, попробуйте позже.")
        + H.buttons(H.button("Отправить мою заявку")), lang="ru", user=USER_E), **tr("ru")))
    P.append(_entry("uk technical error 503", bp, "uk", ESP + "accueil", esp(
        '<div class="x15-skel" style="width:40%;height:1.6rem"></div>'
        + H.alert("error", None, "Технічна помилка (код 503): сервіс тимчасово недоступний. Спробуйте пізніше.", sm=True)
        + '<div class="x15-skel" style="width:80%"></div><div class="x15-skel" style="width:66%"></div>', lang="uk", user=USER_B, active=0),
        **tr("uk")))
    return P


# ----------------------------------------------------------------------------- unknown (6)
def _laposte():
    css = (".trk{display:flex;flex-wrap:wrap;gap:.4rem;margin:18px 0}.trk div{flex:1 1 120px;border-top:6px solid #d7d7d7;padding-top:8px;font-size:13.5px}"
           ".trk div.on{border-top-color:#ffc300}")
    steps = ["Pris en charge", "En cours d’acheminement", "En cours de livraison", "Livré"]
    t = "".join(f'<div class="{"on" if i <= 1 else ""}">{x}</div>' for i, x in enumerate(steps))
    return plain("La Poste", "#003da5", ["Suivre un envoi", "Envoyer", "Recevoir"],
                 '<div class="cd" id="crop"><p class="gr">Numéro de suivi : 6A21889403571</p><h1 style="font-size:24px">Votre colis est en '
                 f'cours d’acheminement</h1><div class="trk">{t}</div><p class="gr">Dernier événement : 29/08/2026, plateforme de Toulouse</p></div>',
                 "© La Poste", css=css)


def _unknown():
    P = []
    uk = "unknown"
    P.append(_entry("la poste parcel tracker", uk, "fr", "https://www.laposte.fr/outils/suivre-vos-envois?code=6A21889403571", _laposte(),
                    tab="Suivi de colis | La Poste"))
    P.append(_entry("faq fee article", uk, "fr", USAGERS + "aide/cout-renouvellement", pub(
        H.breadcrumb(["Accueil", "Aide", "Coût d’un titre de séjour"])
        + '<h1 class="fr-h3">Combien coûte le renouvellement d’une carte de séjour ?</h1>'
        + callout("À savoir", "Le montant dépend du titre demandé. Il est réglé par timbre fiscal, acheté en ligne ou dans un bureau de tabac.", key="faq")
        + '<p class="fr-text--sm">Le timbre est demandé au moment de la remise du titre.</p>')))
    P.append(_entry("notification preferences saved", uk, "fr", ESP + "mon-compte/preferences", esp(
        side_layout(["Mes informations", "Sécurité", "Connexion avec FranceConnect", "Préférences"], 3,
                    '<h1 class="fr-h4">Préférences</h1>'
                    + H.alert("success", None, "Vos préférences de notification ont été enregistrées.", sm=True)
                    + '<p class="fr-text--sm">Recevoir un courriel à chaque nouvelle notification : oui</p>'), active=4, user=USER_G)))
    P.append(_entry("en france travail registration error", uk, "en", "https://www.francetravail.fr/candidat/inscription", other_gov(
        "France Travail", "Registration as a jobseeker",
        '<h1 class="fr-h3">Register</h1>' + H.alert("error", None, "Your registration could not be completed. Please try again later.", sm=True)
        + H.field("Email", "kwame.mensah@gmail.com"), nav=("Find a job", "Training", "My space"), tools=("My account",), operator="France Travail",
        foot="francetravail.fr", lang="en")))
    P.append(_entry("ar contact form sent", uk, "ar", USAGERS + "contact", pub(
        '<h1 class="fr-h3">اتصل بنا</h1>' + H.alert("success", None, "تم إرسال رسالتك. ستتلقى ردًا عبر البريد الإلكتروني.", sm=True),
        "ar", narrow=True), **tr("ar")))
    P.append(_entry("fa ofii appointment confirmed", uk, "fa", "https://administration-etrangers.ofii.fr/rendez-vous/confirmation", other_gov(
        "OFII", "دفتر مهاجرت و ادغام فرانسه",
        '<h1 class="fr-h3">وقت ملاقات شما تایید شد</h1>'
        + H.alert("success", None, "ویزیت پزشکی: 14/12/2026 ساعت 9:30 – دفتر OFII در تولوز.", sm=True),
        nav=("خانه", "وقت ملاقات های من"), tools=("حساب من",), lang="fa"), tab="OFII", **tr("fa")))
    return P


def build_pages():
    pages = (_request_status() + _account_creation() + _login_failure() + _password_reset() + _franceconnect()
             + _upload_error() + _missing_document() + _blocked_page() + _unknown())
    return pages
