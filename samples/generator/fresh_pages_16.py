"""Pages of the sixteenth blind screenshot set (samples/fresh/screens-16, seed screens-fresh-16).

Written without seeing the assistant's rules, nor the page texts of the other sets.  The shells (header, footer,
sign-in form, the browser-translated header and footer) are anef_html.py's and fresh_pages_12.py's; every notice,
status line, history row, dialog, cookie panel, chat widget and field error is written here in the style of those
sites and is not a verified wording.  No Keycloak catalog string is copied.

Layouts of this set (CSS classes prefixed x16-, none a message class): request-status dashboards listing several
requests (one marked current), a request's detail page with a history table, steppers whose current step is shown
only by a colour band or by an underline, a status pill beside the request number, a status given only in a
sentence; errors in a browser-native alert box (« … indique ») or a DSFR modal over the page; a cookie panel or a
chat widget covering part of the page; forms with several fields in error under an error summary; dark pages; pages
zoomed to 150 % (130 % on phones) so that text wraps; pages partly scrolled, the heading cut at the top.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt, browsers.
"""
import anef_html as H
from fresh_pages_12 import (
    BROKER,
    ESP,
    REALM,
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
    other_gov,
    pw_field,
    tr,
)

CREATE = USAGERS + "espace-personnel/creation-compte"
CHROMIUM = H.CHROMIUM_FAMILY

# ----------------------------------------------------------------------------- layouts of this set
CSS16 = (
    ".x16-g{color:var(--text-mention-grey)}"
    ".x16-h table{width:100%}.x16-h td,.x16-h th{white-space:normal!important}"
    ".x16-reqs{display:flex;flex-direction:column;gap:1rem;margin:0 0 2rem}"
    ".x16-req{border:1px solid var(--border-default-grey);padding:1rem 1.2rem;background:var(--background-default-grey)}"
    ".x16-req.cur{border:2px solid var(--border-plain-blue-france,#000091);box-shadow:0 2px 10px rgba(0,0,0,.14)}"
    ".x16-req .top{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.3rem 1rem;font-size:.8rem}"
    ".x16-req h3{font-size:1.05rem;line-height:1.4rem;margin:.4rem 0 .5rem}"
    ".x16-req p{font-size:.875rem;margin:0 0 .25rem}"
    ".x16-tag{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;padding:.1rem .5rem;"
    "background:var(--background-action-high-blue-france);color:var(--text-inverted-blue-france,#fff)}"
    ".x16-tag.grey{background:var(--background-contrast-grey);color:var(--text-mention-grey)}"
    ".x16-pill{display:inline-block;border-radius:1rem;padding:.1rem .8rem;font-size:.85rem;line-height:1.5rem;font-weight:700;"
    "vertical-align:middle;margin-inline-start:.6rem;white-space:nowrap}"
    ".x16-dl{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.35rem 1.2rem;font-size:.9rem;margin:0 0 2rem}"
    ".x16-dl dt{color:var(--text-mention-grey)}.x16-dl dd{margin:0}"
    ".x16-band{display:flex;margin:1rem 0 1.5rem;border:1px solid var(--border-default-grey)}"
    ".x16-band>div{flex:1;min-width:0;padding:.75rem .4rem;font-size:.85rem;line-height:1.2rem;text-align:center;"
    "border-inline-start:1px solid var(--border-default-grey)}"
    ".x16-band>div:first-child{border-inline-start:0}"
    ".x16-band>div.on{background:#fcc63a;color:#2a1f00}"
    ".x16-ul{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:1rem 0 1.5rem;border-bottom:1px solid var(--border-default-grey)}"
    ".x16-ul>span{padding:.5rem .1rem;font-size:.9rem;border-bottom:4px solid transparent;margin-bottom:-1px}"
    ".x16-ul>span.on{border-bottom-color:var(--border-plain-blue-france,#000091)}"
    ".x16-chat{position:fixed;right:1rem;bottom:1rem;width:min(19rem,calc(100vw - 2rem));z-index:800;background:var(--background-default-grey);"
    "box-shadow:0 6px 24px rgba(0,0,0,.32);border-radius:12px 12px 4px 12px;overflow:hidden;font-size:.82rem;line-height:1.25rem}"
    ".x16-chat .h{background:#000091;color:#fff;padding:.55rem .9rem;font-weight:700;display:flex;justify-content:space-between;gap:.5rem}"
    ".x16-chat .b{padding:.7rem .9rem .3rem;background:var(--background-alt-grey)}"
    ".x16-chat .m{background:var(--background-default-grey);border-radius:10px;padding:.45rem .7rem;margin:0 0 .5rem;max-width:92%;"
    "box-shadow:0 1px 2px rgba(0,0,0,.12)}"
    ".x16-chat .q{display:inline-block;border:1px solid #000091;color:var(--text-action-high-blue-france);border-radius:1rem;padding:.1rem .6rem;"
    "margin:0 .3rem .4rem 0;font-size:.78rem}"
    ".x16-chat .in{border-top:1px solid var(--border-default-grey);padding:.5rem .9rem;color:var(--text-mention-grey)}"
    ".x16-ck{position:fixed;left:1rem;bottom:1rem;width:min(27rem,calc(100vw - 2rem));z-index:800;background:var(--background-default-grey);"
    "border:1px solid var(--border-default-grey);box-shadow:0 8px 26px rgba(0,0,0,.3);padding:1rem 1.2rem}"
    ".x16-ck .t{font-weight:700;font-size:1rem;margin:0 0 .4rem}.x16-ck p{font-size:.8rem;line-height:1.25rem;margin:0 0 .7rem}"
    ".x16-ck .bs{display:flex;flex-wrap:wrap;gap:.5rem}.x16-ck .bs span{flex:1 1 8rem;text-align:center;font-size:.85rem;font-weight:700;"
    "padding:.4rem .6rem;background:var(--background-action-high-blue-france);color:#fff}"
    ".x16-ck .bs span.o{background:transparent;color:var(--text-action-high-blue-france);box-shadow:inset 0 0 0 1px #000091}"
    ".x16-ja{position:fixed;top:.6rem;left:50%;transform:translateX(-50%);width:min(28rem,calc(100vw - 1.4rem));z-index:950;background:#fff;"
    "color:#1f1f1f;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.06);padding:1.1rem 1.3rem .9rem;"
    "font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:.85rem;line-height:1.3rem;text-align:left;direction:ltr}"
    ".x16-ja .o{font-size:.95rem;margin:0 0 .7rem;word-break:break-all}.x16-ja .x{margin:0 0 1rem;white-space:pre-line}"
    ".x16-ja .k{text-align:right}.x16-ja .k span{display:inline-block;background:#0b57d0;color:#fff;border-radius:1.2rem;padding:.35rem 1.4rem;font-weight:700}"
    ".x16-md{position:fixed;inset:0;z-index:900;background:rgba(22,22,22,.64);display:flex;align-items:center;justify-content:center;padding:1rem}"
    ".x16-md>div{width:min(38rem,100%);background:var(--background-lifted-grey,#fff);box-shadow:0 6px 18px rgba(0,0,18,.3)}"
    ".x16-md .cl{display:flex;justify-content:flex-end;padding:1rem 1rem 0}.x16-md .cl span{font-size:.875rem;color:var(--text-action-high-blue-france);"
    "box-shadow:inset 0 0 0 1px var(--border-default-grey);padding:.2rem .7rem}"
    ".x16-md .ct{padding:.5rem 2rem 1.5rem}.x16-md h1{font-size:1.35rem;line-height:1.8rem;margin:0 0 1rem}"
    ".x16-md .ft{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:.6rem;padding:1rem 2rem 1.5rem}"
)
ZOOM = "@media(min-width:700px){html{zoom:1.5}}@media(max-width:699.98px){html{zoom:1.3}}"
LONG = "main.fr-container{min-height:calc(100vh - 6rem)}"
# the page as a person left it after scrolling a little: the last line of the heading half cut by the top of the window
SCROLL_JS = ("<script>document.fonts.ready.then(()=>{const h=document.querySelector('main h1');if(!h)return;"
             "const r=h.getBoundingClientRect(),lh=parseFloat(getComputedStyle(h).lineHeight)||32;"
             "window.scrollTo({top:window.scrollY+r.bottom-lh*0.5,behavior:'instant'});});</script>")


def page(inner, lang="fr", user=USER_A, dark=False, css="", post="", narrow=False, active=1, signin=False, zoom=False,
         scrolled=False):
    """the ANEF portal (user None: public; signin: the sign-in server's narrow page) with this set's options."""
    if signin:
        body = H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False)
    else:
        body = H.page_anef(inner, lang=lang, user=user, active=active, narrow=narrow)
    extra = CSS16 + css + (ZOOM if zoom else "") + (LONG if scrolled else "")
    return doc(body + post + (SCROLL_JS if scrolled else ""), lang, dark, extra)


def js_alert(host, text, lang="fr"):
    """Chromium's own alert box (window.alert) at the top of the page."""
    says = {"fr": "indique", "en": "says"}[lang]
    return (f'<div class="x16-ja" id="crop"><p class="o">{host} {says}</p><p class="x">{text}</p>'
            f'<div class="k"><span>OK</span></div></div>')


def modal(title, body, btns, close="Fermer"):
    """a DSFR-like modal over the dimmed page: « Fermer » at the top right, buttons at the bottom right."""
    bs = "".join(f'<span class="fr-btn{" fr-btn--secondary" if i else ""}">{b}</span>' for i, b in enumerate(btns))
    return (f'<div class="x16-md"><div role="dialog" id="crop"><div class="cl"><span>{close} ✕</span></div>'
            f'<div class="ct"><h1>{title}</h1>{body}</div><div class="ft">{bs}</div></div></div>')


CHAT = {
    "fr": ("Assistant virtuel", "Bonjour, je suis l’assistant virtuel du site. Comment puis-je vous aider ?",
           ["Titre de séjour", "Naturalisation", "Mon compte"], "Écrivez votre question…"),
    "en": ("Virtual assistant", "Hello, I am the site’s virtual assistant. How can I help you?",
           ["Residence permit", "Naturalisation", "My account"], "Type your question…"),
    "ar": ("مساعد افتراضي", "مرحبًا، أنا المساعد الافتراضي للموقع. كيف يمكنني مساعدتك؟",
           ["تصريح الإقامة", "التجنس", "حسابي"], "اكتب سؤالك…"),
    "ru": ("Виртуальный помощник", "Здравствуйте, я виртуальный помощник сайта. Чем я могу вам помочь?",
           ["Вид на жительство", "Натурализация", "Мой аккаунт"], "Напишите свой вопрос…"),
    "uk": ("Віртуальний помічник", "Добрий день, я віртуальний помічник сайту. Чим я можу вам допомогти?",
           ["Посвідка на проживання", "Натуралізація", "Мій рахунок"], "Напишіть своє запитання…"),
    "fa": ("دستیار مجازی", "سلام، من دستیار مجازی سایت هستم. چگونه می توانم به شما کمک کنم؟",
           ["عنوان اقامت", "تابعیت", "حساب من"], "سوال خود را بنویسید…"),
}


def chat(lang="fr"):
    """a chat widget opened at the bottom right (noise covering part of the page)."""
    t, hello, chips, ph = CHAT[lang]
    qs = "".join(f'<span class="q">{c}</span>' for c in chips)
    return (f'<div class="x16-chat"><div class="h"><span>{t}</span><span>— ✕</span></div><div class="b"><div class="m">{hello}</div>'
            f'<div>{qs}</div></div><div class="in">{ph}</div></div>')


COOKIE = {
    "fr": ("Ce site utilise des cookies", "Nous utilisons des cookies de mesure d’audience pour améliorer le site. Vous pouvez "
           "accepter ou refuser ces cookies, ou choisir service par service.", "Tout accepter", "Tout refuser", "Personnaliser"),
    "en": ("This site uses cookies", "We use audience measurement cookies to improve the site. You can accept or refuse them, "
           "or choose service by service.", "Accept all", "Refuse all", "Customise"),
    "ar": ("يستخدم هذا الموقع ملفات تعريف الارتباط", "نحن نستخدم ملفات تعريف الارتباط لقياس الجمهور لتحسين الموقع. يمكنك قبول "
           "أو رفض ملفات تعريف الارتباط هذه، أو الاختيار خدمة بخدمة.", "قبول الكل", "رفض الكل", "تخصيص"),
    "ru": ("Этот сайт использует файлы cookie", "Мы используем файлы cookie для измерения аудитории, чтобы улучшить сайт. Вы "
           "можете принять или отклонить эти файлы cookie или выбрать сервис за сервисом.", "Принять все", "Отказаться от всех", "Настроить"),
}


def cookie(lang="fr"):
    """a cookie consent panel at the bottom left (noise covering part of the page)."""
    t, p, a, r, c = COOKIE[lang]
    return (f'<div class="x16-ck"><p class="t">{t}</p><p>{p}</p><div class="bs"><span>{a}</span><span>{r}</span>'
            f'<span class="o">{c}</span></div></div>')


def summary(title, items):
    """the error summary above a form (the message, with the field errors under it)."""
    lis = "".join(f'<li><a href="#">{x}</a></li>' for x in items)
    return f'<div class="fr-alert fr-alert--error fr-mb-3w"><h3 class="fr-alert__title">{title}</h3><ul>{lis}</ul></div>'


def req_cards(cards):
    """a list of request cards: (tag, grey?, top-left, top-right, title, lines, current?)."""
    out = []
    for tag, grey, tl, trr, title, lines, cur in cards:
        k = ' data-key="current"' if cur else ""
        ps = "".join(f"<p>{x}</p>" for x in lines)
        out.append(f'<div class="x16-req{" cur" if cur else ""}"{k}><div class="top"><span><span class="x16-tag{" grey" if grey else ""}">{tag}</span>'
                   f' <span class="x16-g">{tl}</span></span><span class="x16-g">{trr}</span></div><h3>{title}</h3>{ps}</div>')
    return f'<div class="x16-reqs">{"".join(out)}</div>'


def facts(rows):
    return '<dl class="x16-dl">' + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows) + "</dl>"


def history(caption, head, rows):
    """a request's history table (the message)."""
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<div class="fr-table fr-table--bordered x16-h" data-key="history"><div class="fr-table__wrapper"><div class="fr-table__container">'
            f'<div class="fr-table__content"><table><caption>{caption}</caption><thead><tr>{th}</tr></thead>'
            f'<tbody>{trs}</tbody></table></div></div></div></div>')


def band(steps, cur):
    """steps in boxes, the current one shown only by a coloured band behind its name."""
    cells = "".join(f'<div class="{"on" if i == cur else ""}">{s}</div>' for i, s in enumerate(steps))
    return f'<div class="x16-band" data-key="stepper">{cells}</div>'


def underline(steps, cur):
    """step names in a row, the current one shown only by a thick line under it."""
    cells = "".join(f'<span class="{"on" if i == cur else ""}">{s}</span>' for i, s in enumerate(steps))
    return f'<div class="x16-ul" data-key="stepper">{cells}</div>'


def pill(text, colour, bg):
    return f'<span class="x16-pill" style="color:{colour};background:{bg}">{text}</span>'


def numbered(title, pill_html):
    return f'<h1 class="fr-h3" data-key="number">{title}{pill_html}</h1>'


STEPS = {
    "fr": ["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"],
    "en": ["Application submitted", "Under examination", "Decision made", "Document available"],
    "ar": ["إيداع الطلب", "التعليمات جارية", "تم اتخاذ القرار", "الوثيقة متاحة"],
    "ru": ["Подача заявления", "Инструкция в процессе", "Решение принято", "Документ доступен"],
    "uk": ["Подання заяви", "Інструкція триває", "Рішення прийнято", "Документ доступний"],
    "fa": ["ثبت درخواست", "دستورالعمل در حال انجام است", "تصمیم گرفته شد", "سند در دسترس است"],
}


# ----------------------------------------------------------------------------- request status (16)
def _request_status():
    P = []

    def add(name, step, lang, url, d, **kw):
        P.append(_entry(name, "request_status", lang, url, d, step=step, **kw))

    # fr: dashboard cards, the current request under examination
    add("fr cards current under examination", "in_progress", "fr", ESP + "mes-demandes", page(
        H.breadcrumb(["Accueil", "Mes démarches"]) + '<h1 class="fr-h2">Mes démarches</h1>'
        '<p class="fr-text--sm x16-g">Retrouvez ici toutes les demandes faites avec ce compte.</p>'
        + req_cards([
            ("Demande en cours", False, "N° 2026-93-0041872", "Mise à jour le 09/07/2026",
             "Carte de séjour pluriannuelle · renouvellement",
             ["Déposée le 03/04/2026", "Votre demande est à l’étude au service des étrangers de la préfecture de la Seine-Saint-Denis.",
              '<a class="fr-link fr-text--sm" href="#">Voir le détail</a>'], True),
            ("Clôturée", True, "N° 2023-93-0107715", "", "Carte de séjour temporaire « salarié »",
             ["Titre remis le 12/10/2023"], False),
            ("Brouillon", True, "", "Modifié le 18/06/2026", "Document de circulation pour étranger mineur",
             ["Non envoyée · 2 étapes sur 5 remplies"], False),
        ]), user=USER_B))

    # fr: dashboard cards, a naturalisation request only deposited; an older closed permit request
    add("fr cards naturalisation deposited", "submitted", "fr", ESP + "mes-demandes", page(
        '<h1 class="fr-h2">Mes demandes</h1>'
        + req_cards([
            ("Clôturée", True, "N° 2021-75-0230981", "", "Carte de résident",
             ["Décision favorable · carte remise le 05/02/2022"], False),
            ("En cours", False, "N° 2026-75-0188342", "Envoyée le 14/08/2026", "Demande d’accès à la nationalité française",
             ["Votre dossier a bien été transmis à la plateforme de naturalisation.",
              "Son examen n’a pas encore commencé : vous serez prévenu par courriel de la suite.",
              '<a class="fr-link fr-text--sm" href="#">Télécharger l’attestation de dépôt</a>'], True),
        ]) + '<p class="fr-text--xs x16-g">Les demandes clôturées restent consultables pendant 5 ans.</p>', user=USER_E))

    # fr: detail page with a history table, last event a refusal
    add("fr history refusal notified", "decision_made", "fr", ESP + "demande/2025-13-0098231", page(
        H.breadcrumb(["Accueil", "Mes démarches", "Demande n° 2025-13-0098231"])
        + '<h1 class="fr-h3">Demande n° 2025-13-0098231</h1>'
        + facts([("Démarche", "Changement de statut : étudiant vers salarié"), ("Préfecture", "Bouches-du-Rhône"),
                 ("Déposée le", "19/02/2026")])
        + history("Historique de la demande", ["Date", "Événement"], [
            ("28/08/2026", "Décision de refus de titre de séjour notifiée · courrier dans « Mes documents »"),
            ("02/07/2026", "Avis des services de la main-d’œuvre étrangère reçu"),
            ("11/03/2026", "Dossier pris en charge par un agent"),
            ("19/02/2026", "Dépôt de la demande"),
        ]), user=USER_D))

    # fr: detail page with a history table, oldest first, last row: the card can be collected
    add("fr history card to collect", "document_available", "fr", ESP + "demande/2026-69-0004410", page(
        '<h1 class="fr-h3">Ma demande de titre de séjour</h1>'
        + facts([("Numéro", "2026-69-0004410"), ("Titre demandé", "Carte de séjour « vie privée et familiale »"),
                 ("Préfecture", "Rhône (Lyon)")])
        + '<h2 class="fr-h5">Historique</h2>'
        + history("Du plus ancien au plus récent", ["Date", "Événement", "Par"], [
            ("05/01/2026", "Demande envoyée", "Vous"),
            ("22/01/2026", "Examen du dossier commencé", "Préfecture"),
            ("14/05/2026", "Décision favorable", "Préfecture"),
            ("24/08/2026", "Titre arrivé en préfecture · prenez rendez-vous pour le retirer", "Préfecture"),
        ]), user=USER_H))

    # fr dark: colour-band stepper at the examination step
    add("fr dark band stepper examination", "in_progress", "fr", ESP + "suivi", page(
        '<h1 class="fr-h3">Suivi de ma demande</h1><p class="fr-text--sm">Carte de séjour temporaire « étudiant » · '
        'demande n° 2026-31-0065123</p>' + band(STEPS["fr"], 1)
        + '<p class="fr-text--sm x16-g">Dernière mise à jour : 09/07/2026. Un courriel vous est envoyé à chaque changement d’étape.</p>',
        user=USER_G, dark=True), dark=True)

    # fr zoomed: underline stepper at the deposit, attestation link
    add("fr zoomed underline deposit", "submitted", "fr", ESP + "suivi", page(
        '<h1 class="fr-h3">Où en est ma demande ?</h1>' + underline(STEPS["fr"], 0)
        + '<p class="fr-text--sm">Demande n° 2026-33-0171209 · envoyée le 27/08/2026.</p>'
        + H.link("Télécharger l’attestation de dépôt (PDF, 84 Ko)", "download-line"), user=USER_C, zoom=True))

    # fr scrolled: the status only in a sentence
    add("fr scrolled sentence prefecture examining", "in_progress", "fr", ESP + "demande/2026-94-0020987", page(
        '<h1 class="fr-h2">Ma demande de renouvellement de titre de séjour</h1>'
        '<p data-key="sentence">Votre demande est en cours d’examen par la préfecture. Vous n’avez rien à faire pour le moment : '
        'si une pièce manque, vous serez prévenu par courriel.</p>'
        + facts([("Numéro", "2026-94-0020987"), ("Envoyée le", "16/03/2026"), ("Préfecture", "Val-de-Marne")]),
        user=USER_J, scrolled=True))

    # fr: status pill beside the number, no status available
    add("fr pill status unavailable", "", "fr", ESP + "demande/2026-92-0017734", page(
        H.breadcrumb(["Accueil", "Mes démarches", "Détail"])
        + numbered("Demande n° 2026-92-0017734", pill("Statut non disponible", "#3a3a3a", "#e5e5e5"))
        + '<p class="fr-text--sm">Les informations de suivi de cette demande ne sont pas consultables en ligne.</p>'
        + facts([("Démarche", "Duplicata de titre de séjour"), ("Préfecture", "Hauts-de-Seine")]), user=USER_F))

    # en: status pill beside the number, decision taken
    add("en pill decision made", "decision_made", "en", ESP + "application/2026-69-0052210", page(
        numbered("Application no. 2026-69-0052210", pill("Decision made", "#fff", "#6a6af4"))
        + facts([("Procedure", "Residence permit · private and family life"), ("Submitted on", "12/01/2026"),
                 ("Prefecture", "Rhône")])
        + '<p class="fr-text--sm">The decision letter has been posted to your home address and added to “My documents”.</p>',
        lang="en", user=USER_I))

    # en: the status only in a sentence, card ready
    add("en sentence permit ready", "document_available", "en", ESP + "my-applications", page(
        '<h1 class="fr-h3">My residence permit application</h1>'
        '<p data-key="sentence">Your residence permit has been made and is waiting for you at the Préfecture du Nord in Lille. '
        'Book an appointment to collect it and bring your current receipt.</p>'
        + H.buttons(H.button("Book an appointment")), lang="en", user=USER_B))

    # ar (translated): dashboard cards, the current one ready to collect
    add("ar cards card available", "document_available", "ar", ESP + "mes-demandes", page(
        '<h1 class="fr-h2">إجراءاتي</h1>'
        + req_cards([
            ("الطلب الحالي", False, "رقم <bdi dir=\"ltr\">2026-13-0077120</bdi>", "تم التحديث في 29/08/2026", "بطاقة الإقامة متعددة السنوات",
             ["الحالة: الوثيقة متاحة", "يمكنك استلام بطاقتك من المحافظة بعد حجز موعد."], True),
            ("مغلقة", True, "رقم <bdi dir=\"ltr\">2024-13-0001593</bdi>", "", "تصريح إقامة مؤقت «طالب»", ["تم تسليم التصريح في 03/09/2024"], False),
        ]), lang="ar", user=USER_D), **tr("ar"))

    # ar (translated): the status only in a sentence, deposit
    add("ar sentence deposit", "submitted", "ar", ESP + "demande/2026-59-0090441", page(
        '<h1 class="fr-h3">طلب تصريح الإقامة الخاص بي</h1>'
        '<p data-key="sentence">تم إيداع طلبك في 21/08/2026. وهو في انتظار بدء فحصه من قبل المحافظة.</p>'
        + H.link("تنزيل شهادة الإيداع", "download-line"), lang="ar", user=USER_J), **tr("ar"))

    # ru (translated): history table, interview fixed
    add("ru history interview fixed", "in_progress", "ru", ESP + "demande/2025-75-0311806", page(
        '<h1 class="fr-h3">Заявление № 2025-75-0311806</h1>'
        + facts([("Процедура", "Заявление о приобретении французского гражданства"), ("Подано", "10/02/2025")])
        + history("История заявления", ["Дата", "Событие"], [
            ("26/08/2026", "Ассимиляционное собеседование назначено на 15/12/2026, приглашение в «Мои документы»"),
            ("30/05/2025", "Получение квитанции о полноте"),
            ("03/03/2025", "Проверка документов в процессе"),
            ("10/02/2025", "Заявление отправлено"),
        ]), lang="ru", user=USER_E), **tr("ru"))

    # ru (translated): underline stepper at the decision
    add("ru underline decision", "decision_made", "ru", ESP + "suivi", page(
        '<h1 class="fr-h3">Отслеживание моего заявления</h1>' + underline(STEPS["ru"], 2)
        + '<p class="fr-text--sm">Заявление № 2026-67-0042718 · вид на жительство «наемный работник».</p>',
        lang="ru", user=USER_B), **tr("ru"))

    # fa (translated): cards, the current one without status
    add("fa cards status dash", "", "fa", ESP + "mes-demandes", page(
        '<h1 class="fr-h2">مراحل من</h1>'
        + req_cards([
            ("درخواست فعلی", False, "شماره <bdi dir=\"ltr\">2026-38-0012964</bdi>", "", "تمدید عنوان اقامت",
             ["وضعیت: —", "ارسال شده در 07/07/2026"], True),
            ("بسته شده", True, "شماره <bdi dir=\"ltr\">2022-38-0140027</bdi>", "", "عنوان اقامت موقت", ["سند در 14/11/2022 تحویل داده شد"], False),
        ]), lang="fa", user=USER_I), **tr("fa"))

    # uk (translated): history table with no event, chat widget open
    add("uk history empty chat", "", "uk", ESP + "demande/2026-06-0033817", page(
        '<h1 class="fr-h3">Заява № 2026-06-0033817</h1>'
        + facts([("Процедура", "Посвідка на проживання «тимчасовий захист»"), ("Статус", "—")])
        + history("Історія заяви", ["Дата", "Подія"], [("—", "Немає подій для відображення")]),
        lang="uk", user=USER_B, post=chat("uk")), **tr("uk"))
    return P


# ----------------------------------------------------------------------------- account creation (6)
def _account_creation():
    P = []

    def add(name, lang, url, d, **kw):
        P.append(_entry(name, "account_creation", lang, url, d, **kw))

    add("fr creation form three errors", "fr", CREATE, page(
        '<h1 class="fr-h3">Création de votre compte</h1>'
        + summary("Le formulaire contient 3 erreurs", ["Numéro étranger", "Date de fin de validité", "Confirmation de l’adresse électronique"])
        + H.field("Numéro étranger", "75012349", hint="10 chiffres, en haut à droite de votre titre",
                  error="Le numéro étranger doit comporter 10 chiffres.")
        + H.field("Date de fin de validité", "02/03/2025", hint="Format JJ/MM/AAAA",
                  error="La date de fin de validité doit être postérieure à la date de début.")
        + H.field("Confirmation de l’adresse électronique", "amina.toure@exemple.fr ",
                  error="Les deux adresses électroniques saisies sont différentes.")
        + H.buttons(H.button("Créer mon compte")), user=None, narrow=True))

    add("fr js alert receipt not found", "fr", CREATE, page(
        '<h1 class="fr-h3">Création de votre compte</h1>'
        + H.field("Numéro du récépissé", "R-9310-2026-004518") + H.field("Date de délivrance", "11/06/2026")
        + H.buttons(H.button("Continuer"))
        + js_alert(H.HOST, "Aucune demande ne correspond au numéro de récépissé saisi. Vérifiez le numéro imprimé en haut "
                   "de votre récépissé puis recommencez."), user=None, narrow=True), browsers=CHROMIUM)

    add("fr scrolled email accents", "fr", CREATE, page(
        '<h1 class="fr-h2">Créer votre compte sur le site Étrangers en France</h1>'
        + H.field("Adresse électronique", "hélène.durand@exemple.fr",
                  error="L’adresse électronique ne doit contenir ni accent ni espace.")
        + H.field("Confirmation de l’adresse électronique", "hélène.durand@exemple.fr")
        + H.buttons(H.button("Recevoir le courriel de vérification")), user=None, narrow=True, scrolled=True))

    add("en dark confirmation link used", "en", CREATE + "/confirmation", page(
        '<h1 class="fr-h3">Confirm your e-mail address</h1>'
        + H.alert("error", "This confirmation link has already been used",
                  "Each link works once. If you have not finished creating your account, start again from “Create an account”.")
        + H.buttons(H.button("Create an account", "secondary")), lang="en", user=None, narrow=True, dark=True), dark=True)

    add("ar zoomed entry date required", "ar", CREATE, page(
        '<h1 class="fr-h3">إنشاء حسابك</h1>'
        + H.field("تاريخ الدخول إلى فرنسا", "", hint="التنسيق يوم/شهر/سنة", error="حقل «تاريخ الدخول إلى فرنسا» إلزامي.")
        + H.buttons(H.button("إنشاء حسابي")), lang="ar", user=None, narrow=True, zoom=True), **tr("ar"))

    add("ru chat receipt date future", "ru", CREATE, page(
        '<h1 class="fr-h3">Создание вашей учетной записи</h1>'
        + H.field("Номер квитанции", "R-7512-2026-118830")
        + H.field("Дата выдачи квитанции", "14/01/2027", error="Дата выдачи не может быть позже сегодняшней даты.")
        + H.buttons(H.button("Продолжить")), lang="ru", user=None, narrow=True, post=chat("ru")), **tr("ru"))
    return P


# ----------------------------------------------------------------------------- login failure (6)
def _login_failure():
    P = []

    def add(name, lang, url, d, **kw):
        P.append(_entry(name, "login_failure", lang, url, d, **kw))

    add("fr js alert code already used", "fr", act("authenticate"), page(
        '<h1 class="fr-h3">Vérification de votre identité</h1><p class="fr-text--sm">Un code de sécurité a été envoyé par SMS au '
        '06 •• •• •• 47.</p>' + H.field("Code de sécurité", "482913") + H.buttons(H.button("Valider"))
        + js_alert(H.SSO, "Ce code de sécurité a déjà servi. Demandez un nouveau code pour vous connecter."),
        signin=True), browsers=CHROMIUM)

    add("fr cookie panel credentials wrong", "fr", SSO_AUTH, page(
        H.login_form("fr", H.alert("error", None, "Les informations de connexion saisies ne sont pas reconnues.", sm=True),
                     ident="7502184433", fc=False, first=False), signin=True, post=cookie("fr")))

    add("fr dark identifier letter", "fr", SSO_AUTH, page(
        H.login_form("fr", ident="75O2218841", ident_err="L’identifiant ne contient que des chiffres : vérifiez que vous n’avez pas "
                     "tapé la lettre O à la place d’un zéro.", fc=False, first=False), signin=True, dark=True), dark=True)

    add("en zoomed sms code wrong", "en", act("authenticate"), page(
        '<h1 class="fr-h3">Check your identity</h1>'
        + H.field("Security code", "771204", error="The security code is wrong. You have 1 attempt left.")
        + H.buttons(H.button("Confirm")), lang="en", signin=True, zoom=True))

    add("fa scrolled wrong password", "fa", act("authenticate"), page(
        H.login_form("fa", H.alert("error", None, "شناسه یا رمز عبور نامعتبر است.", sm=True), ident="7509931024",
                     fc=False, first=False), lang="fa", signin=True, scrolled=True), **tr("fa"))

    add("uk form both fields", "uk", act("authenticate"), page(
        H.login_form("uk", summary("Форма містить 2 помилки", ["Ідентифікатор", "Пароль"]), ident="75 021 884",
                     ident_err="Ідентифікатор має складатися з 10 цифр без пробілів.", pw_err="Поле «Пароль» обов’язкове.",
                     fc=False, first=False), lang="uk", signin=True), **tr("uk"))
    return P


# ----------------------------------------------------------------------------- password reset (6)
def _password_reset():
    P = []

    def add(name, lang, url, d, **kw):
        P.append(_entry(name, "password_reset", lang, url, d, **kw))

    add("fr new password three errors", "fr", act("required-action"), page(
        '<h1 class="fr-h3">Choisissez un nouveau mot de passe</h1>'
        + summary("Votre nouveau mot de passe n’est pas accepté", ["Longueur", "Caractère spécial", "Confirmation"])
        + pw_field("Nouveau mot de passe", err="Au moins 12 caractères sont nécessaires.")
        + '<p class="fr-error-text fr-mt-0">Ajoutez au moins un caractère spécial (par exemple ! ? # %).</p>'
        + pw_field("Confirmer le mot de passe", err="La confirmation ne correspond pas au nouveau mot de passe.")
        + H.buttons(H.button("Enregistrer")), signin=True))

    add("fr dark reset link expired", "fr", act("action-token"), page(
        '<h1 class="fr-h3">Réinitialisation du mot de passe</h1>'
        + H.alert("error", "Ce lien n’est plus valable", "Le lien reçu par courriel n’est valable que 24 heures. Demandez un nouveau "
                  "lien depuis « Mot de passe oublié ? ».") + H.buttons(H.button("Demander un nouveau lien")),
        signin=True, dark=True), dark=True)

    add("fr zoomed password contains number", "fr", act("required-action"), page(
        '<h1 class="fr-h3">Nouveau mot de passe</h1>'
        + pw_field("Nouveau mot de passe", err="Le mot de passe ne doit pas contenir votre numéro étranger.")
        + pw_field("Confirmer le mot de passe") + H.buttons(H.button("Valider")), signin=True, zoom=True))

    add("en js alert no email registered", "en", act("reset-credentials"), page(
        '<h1 class="fr-h3">Forgot your password?</h1>' + H.field("Username", "7503318276")
        + H.buttons(H.button("Send"))
        + js_alert(H.SSO, "No e-mail address is recorded for this username, so the reset e-mail cannot be sent. "
                   "Use the contact form to update your address.", lang="en"), lang="en", signin=True), browsers=CHROMIUM)

    add("ar scrolled password expired", "ar", act("required-action"), page(
        '<h1 class="fr-h3">انتهت صلاحية كلمة المرور الخاصة بك</h1>'
        + H.alert("warning", None, "كلمة المرور صالحة لمدة 12 شهرًا. يجب عليك اختيار كلمة مرور جديدة لمواصلة.", sm=True)
        + pw_field("كلمة مرور جديدة") + pw_field("تأكيد كلمة المرور") + H.buttons(H.button("يحفظ")),
        lang="ar", signin=True, scrolled=True), **tr("ar"))

    add("uk chat password history", "uk", act("required-action"), page(
        '<h1 class="fr-h3">Змініть свій пароль</h1>'
        + pw_field("Новий пароль", err="Новий пароль не може збігатися з одним із 5 останніх паролів.")
        + pw_field("Підтвердьте пароль") + H.buttons(H.button("Зберегти")), lang="uk", signin=True, post=chat("uk")), **tr("uk"))
    return P


# ----------------------------------------------------------------------------- FranceConnect (6)
def _franceconnect():
    P = []

    def add(name, lang, url, d, **kw):
        P.append(_entry(name, "franceconnect", lang, url, d, **kw))

    add("fr modal fc not linked", "fr", ESP + "mon-compte", page(
        '<h1 class="fr-h2">Mon compte</h1><p>Bienvenue dans votre espace.</p>'
        + modal("Votre dossier n’est pas visible",
                H.alert("warning", None, "Vous êtes connecté avec FranceConnect, mais cette identité n’est reliée à aucun compte Étrangers "
                        "en France. Connectez-vous une fois avec votre identifiant et votre mot de passe, puis reliez FranceConnect "
                        "dans « Mon compte ».", sm=True), ["Me connecter avec mon identifiant", "Plus tard"]), user=USER_C))

    add("fr chat fc cancelled", "fr", BROKER + "endpoint?error=access_denied&state=Yk3sP0", page(
        '<h1 class="fr-h3">Connexion avec FranceConnect</h1>'
        + H.alert("error", None, "Vous avez annulé la connexion sur FranceConnect. Aucune information n’a été transmise.", sm=True)
        + H.buttons(H.button("Revenir à la page de connexion")), signin=True, post=chat("fr")))

    add("fr zoomed fc loop", "fr", SSO_AUTH, page(
        H.login_form("fr", H.alert("info", None, "Après FranceConnect, vous revenez sur cette page : votre identité FranceConnect "
                                   "n’a pas pu être associée à votre compte.", sm=True), first=False),
        signin=True, zoom=True))

    add("en scrolled fc birthplace mismatch", "en", REALM + "login-actions/first-broker-login?client_id=anef-usagers", page(
        '<h1 class="fr-h3">Link your FranceConnect identity</h1>'
        + H.alert("error", None, "The place of birth sent by FranceConnect (Casablanca) is not the one recorded in your account "
                  "(Rabat). The accounts cannot be linked.", sm=True)
        + H.buttons(H.button("Back")), lang="en", signin=True, scrolled=True))

    add("fa dark fc provider error", "fa", BROKER + "endpoint?state=f81Qe2", page(
        '<h1 class="fr-h3">اتصال با FranceConnect</h1>'
        + H.alert("error", None, "ارائه دهنده هویت یک خطا برگرداند. اتصال با FranceConnect امکان پذیر نیست.", sm=True)
        + H.buttons(H.button("بازگشت به صفحه اتصال")), lang="fa", signin=True, dark=True), dark=True, **tr("fa"))

    add("ru form fc identity fields", "ru", ESP + "mon-compte/franceconnect", page(
        '<h1 class="fr-h3">Привязать FranceConnect к моей учетной записи</h1>'
        + summary("Данные FranceConnect не совпадают с вашей учетной записью", ["Фамилия при рождении", "Дата рождения"])
        + H.field("Фамилия при рождении", "ORLOVA-PETIT", error="Фамилия, полученная от FranceConnect, не совпадает.")
        + H.field("Дата рождения", "03/11/1991", error="Дата рождения, полученная от FranceConnect, не совпадает.")
        + H.buttons(H.button("Повторить")), lang="ru", user=USER_E, narrow=True), **tr("ru"))
    return P


# ----------------------------------------------------------------------------- upload error (6)
def _upload_error():
    P = []

    def add(name, lang, url, d, **kw):
        P.append(_entry(name, "upload_error", lang, url, d, **kw))

    add("fr pieces form three refusals", "fr", ESP + "demande/pieces", page(
        '<h1 class="fr-h3">Pièces justificatives</h1>'
        + summary("3 pièces n’ont pas pu être ajoutées", ["Passeport", "Justificatif de domicile", "Photographie"])
        + H.upload("Passeport", "PDF, JPG ou PNG, 10 Mo maximum", error="Format .heic non accepté.", filename_note="IMG_4471.heic")
        + H.upload("Justificatif de domicile", "PDF, JPG ou PNG, 10 Mo maximum", error="Le fichier pèse 14,2 Mo.",
                   filename_note="facture_edf.pdf")
        + H.upload("Photographie", "JPG, 10 Mo maximum", error="Le fichier est vide (0 octet).", filename_note="photo.jpg"),
        user=USER_F))

    add("fr js alert over 10 MB", "fr", ESP + "demande/pieces", page(
        '<h1 class="fr-h3">Ajouter vos justificatifs</h1>'
        + H.upload("Avis d’imposition", "PDF, 10 Mo maximum", filename_note="avis_impot_2025.pdf")
        + js_alert(H.HOST, "Le fichier « avis_impot_2025.pdf » dépasse la taille autorisée (10 Mo). Réduisez sa taille puis "
                   "déposez-le de nouveau."), user=USER_A), browsers=CHROMIUM)

    add("fr scrolled ephoto expired", "fr", ESP + "demande/photo", page(
        '<h1 class="fr-h2">Photo et signature numériques</h1>'
        + H.field("Code e-photo", "9FK2-77QW-M3XA", error="Ce code e-photo a plus de 6 mois : il n’est plus accepté. Refaites une photo "
                  "dans une cabine agréée.")
        + H.buttons(H.button("Vérifier le code")), user=USER_G, scrolled=True))

    add("en cookie zip refused", "en", ESP + "application/documents", page(
        '<h1 class="fr-h3">Supporting documents</h1>'
        + H.upload("Proof of address", "PDF, JPG or PNG, 10 MB maximum", error="Compressed files (.zip) are not accepted. "
                   "Add the document itself.", filename_note="documents.zip", lang="en")
        + H.upload("Birth certificate", "PDF, JPG or PNG, 10 MB maximum", lang="en"),
        lang="en", user=USER_I, post=cookie("en")))

    add("ar dark resolution too low", "ar", ESP + "demande/pieces", page(
        '<h1 class="fr-h3">المستندات الداعمة</h1>'
        + H.upload("جواز السفر", "PDF أو JPG أو PNG، 10 ميغابايت كحد أقصى",
                   error="دقة الصورة منخفضة جدًا (72 نقطة في البوصة). قم بمسح المستند ضوئيًا بدقة 300 نقطة في البوصة على الأقل.",
                   filename_note="passeport.jpg", lang="ar"),
        lang="ar", user=USER_D, dark=True), dark=True, **tr("ar"))

    add("uk zoomed too many pages", "uk", ESP + "demande/pieces", page(
        '<h1 class="fr-h3">Додати документи</h1>'
        + H.upload("Трудовий договір", "PDF, не більше 10 сторінок", error="Документ містить 16 сторінок. Максимум – 10 сторінок.",
                   filename_note="contrat_travail.pdf", lang="uk"),
        lang="uk", user=USER_B, zoom=True), **tr("uk"))
    return P


# ----------------------------------------------------------------------------- missing document (6)
def _missing_document():
    P = []

    def add(name, lang, url, d, **kw):
        P.append(_entry(name, "missing_document", lang, url, d, **kw))

    add("fr cookie tax notice requested", "fr", ESP + "mes-notifications", page(
        '<h1 class="fr-h3">Mes notifications</h1>'
        + H.alert("warning", "La préfecture vous demande une pièce complémentaire",
                  "Envoyez votre avis d’imposition 2025 (revenus 2024) avant le 05/01/2027 depuis la page de votre demande.")
        + '<p class="fr-text--sm x16-g">Notification du 28/08/2026 · Préfecture de l’Isère</p>', user=USER_H, active=3,
        post=cookie("fr")))

    add("fr dark sworn translation", "fr", ESP + "demande/2026-31-0065123", page(
        '<h1 class="fr-h3">Dossier incomplet</h1>'
        + H.alert("error", None, "Votre acte de naissance doit être accompagné de sa traduction par un traducteur assermenté. "
                  "Ajoutez la traduction avant le 20/12/2026 : sans elle, votre dossier ne pourra pas être examiné.")
        + H.buttons(H.button("Ajouter la traduction")), user=USER_G, dark=True), dark=True)

    add("fr zoomed proof of address", "fr", ESP + "demande/pieces-a-fournir", page(
        '<h1 class="fr-h3">Pièce à fournir</h1>'
        + H.alert("info", None, "Justificatif de domicile de moins de 3 mois, à déposer avant le 15/12/2026.", sm=True)
        + H.buttons(H.button("Déposer la pièce")), user=USER_J, zoom=True))

    add("en form three pieces requested", "en", ESP + "application/complete", page(
        '<h1 class="fr-h3">Complete your file</h1>'
        + summary("The prefecture is waiting for 3 documents", ["Payslips", "Employment contract", "Proof of address"])
        + H.upload("Last 3 payslips", "PDF", error="Requested by the prefecture on 27/08/2026.", lang="en")
        + H.upload("Employment contract", "PDF", error="Requested by the prefecture on 27/08/2026.", lang="en")
        + H.upload("Proof of address", "PDF", error="Requested by the prefecture on 27/08/2026.", lang="en"),
        lang="en", user=USER_I))

    add("fa modal bank statements", "fa", ESP + "demande/2026-75-0144190", page(
        '<h1 class="fr-h3">درخواست من</h1><p>شماره <bdi dir="ltr">2026-75-0144190</bdi></p>'
        + modal("یک سند از شما درخواست شده است",
                H.alert("info", None, "صورتحساب های بانکی سه ماه گذشته خود را تا 10/01/2027 ارسال کنید.", sm=True),
                ["ارسال سند", "بعدا"], close="بستن"), lang="fa", user=USER_C), **tr("fa"))

    add("ru scrolled marriage certificate", "ru", ESP + "demande/2025-92-0120064", page(
        '<h1 class="fr-h2">Моя просьба о натурализации</h1>'
        + H.alert("warning", "Требуется документ", "Пришлите полную копию свидетельства о браке, выданную менее 3 месяцев назад, "
                  "до 08/01/2027."), lang="ru", user=USER_E, scrolled=True), **tr("ru"))
    return P


# ----------------------------------------------------------------------------- blocked page (6)
def _blocked_page():
    P = []

    def add(name, lang, url, d, **kw):
        P.append(_entry(name, "blocked_page", lang, url, d, **kw))

    add("fr js alert session expired", "fr", ESP + "demande/etape-3", page(
        '<h1 class="fr-h3">Renouvellement de titre de séjour</h1>' + H.stepper("Vos informations personnelles", 3, 6)
        + H.field("Adresse", "12 rue des Lilas") + H.field("Code postal", "93200")
        + js_alert(H.HOST, "Votre session a expiré. Vous allez être redirigé vers la page de connexion : "
                   "les informations non enregistrées seront perdues."), user=USER_B), browsers=CHROMIUM)

    add("fr zoomed 503", "fr", ESP + "mes-demandes", page(
        '<h1 class="fr-h3">Service momentanément indisponible</h1>'
        + H.alert("error", None, "Erreur 503 : le service ne répond pas pour le moment. Réessayez dans quelques minutes.", sm=True),
        user=USER_A, zoom=True))

    add("fr scrolled 404", "fr", ESP + "demande/recapitulatif-v2", page(
        '<h1 class="fr-h2">Page introuvable</h1>'
        + H.alert("error", None, "Erreur 404 : la page demandée n’existe pas ou a été déplacée.", sm=True)
        + H.buttons(H.button("Revenir à l’accueil")), user=USER_F, scrolled=True))

    add("en dark took too long", "en", act("authenticate"), page(
        '<h1 class="fr-h3">Sign in to your personal space</h1>'
        + H.alert("error", None, "You took too long to sign in, so the sign-in has to start again.", sm=True)
        + H.buttons(H.button("Start again")), lang="en", signin=True, dark=True), dark=True)

    add("ar chat 502", "ar", ESP + "mes-documents", page(
        '<h1 class="fr-h3">مستنداتي</h1>'
        + H.alert("error", None, "خطأ 502: تلقى الخادم استجابة غير صالحة. يرجى المحاولة مرة أخرى لاحقًا.", sm=True),
        lang="ar", user=USER_D, active=2, post=chat("ar")), **tr("ar"))

    add("uk form technical error save", "uk", ESP + "demande/etape-2", page(
        '<h1 class="fr-h3">Ваша адреса</h1>'
        + H.alert("error", "Технічна помилка", "Не вдалося зберегти ваші дані (помилка 500). Кнопка «Продовжити» тимчасово "
                  "недоступна.", sm=True)
        + H.field("Адреса", "8 rue Victor Hugo") + H.field("Поштовий індекс", "69003")
        + H.buttons(H.button("Продовжити")), lang="uk", user=USER_B, narrow=True), **tr("uk"))
    return P


# ----------------------------------------------------------------------------- unknown (6)
def _unknown():
    P = []

    def add(name, lang, url, d, **kw):
        P.append(_entry(name, "unknown", lang, url, d, **kw))

    ants = other_gov("France Titres", "Agence nationale des titres sécurisés",
                     '<h1 class="fr-h3">Demande de permis de conduire</h1>'
                     + summary("Le formulaire contient 2 erreurs", ["Numéro NEPH", "Date d’obtention"])
                     + H.field("Numéro NEPH", "12345", error="Le numéro NEPH comporte 12 chiffres.")
                     + H.field("Date d’obtention", "31/02/2019", error="Cette date n’existe pas.")
                     + H.buttons(H.button("Continuer")),
                     nav=("Accueil", "Mes démarches", "Aide"), foot="France Titres – ANTS")
    add("fr ants form two errors", "fr", "https://moncompte.ants.gouv.fr/permis/demande", ants)

    add("fr dark address updated", "fr", ESP + "mon-compte", page(
        '<h1 class="fr-h3">Mes coordonnées</h1>'
        + H.alert("success", None, "Votre adresse postale a bien été mise à jour.", sm=True)
        + H.field("Adresse", "4 allée des Tilleuls, 31000 Toulouse"), user=USER_H, active=4, dark=True), dark=True)

    add("fr chat faq fees", "fr", USAGERS + "aide/cout-titre-de-sejour", page(
        '<h1 class="fr-h3">Combien coûte un titre de séjour ?</h1>'
        '<p data-key="article">Le prix dépend du titre demandé. Pour la plupart des cartes de séjour, vous payez un timbre fiscal '
        'électronique au moment de la demande. Le montant est affiché avant le paiement.</p>'
        '<p class="fr-text--sm">Vous pouvez acheter le timbre sur le site timbres.impots.gouv.fr ou chez un buraliste.</p>',
        user=None, post=chat("fr")))

    add("en js alert changes saved", "en", ESP + "my-account/preferences", page(
        '<h1 class="fr-h3">Contact preferences</h1>'
        + H.field("Mobile phone", "06 12 34 56 78") + H.buttons(H.button("Save"))
        + js_alert(H.HOST, "Your changes have been saved.", lang="en"), lang="en", user=USER_C, active=4), browsers=CHROMIUM)

    add("fa zoomed phone updated", "fa", ESP + "mon-compte", page(
        '<h1 class="fr-h3">حساب من</h1>'
        + H.alert("success", None, "شماره تلفن شما با موفقیت تغییر کرد.", sm=True), lang="fa", user=USER_I, active=4, zoom=True),
        **tr("fa"))

    add("ru scrolled help travel receipt", "ru", USAGERS + "aide/voyager-recepisse", page(
        '<h1 class="fr-h2">Могу ли я путешествовать с квитанцией?</h1>'
        '<p data-key="article">Квитанция о подаче заявления сама по себе не всегда позволяет вернуться во Францию. Перед поездкой '
        'проверьте, что указано на вашем документе, и спросите в префектуре.</p>', lang="ru", user=None, scrolled=True), **tr("ru"))
    return P


def build_pages():
    return (_request_status() + _account_creation() + _login_failure() + _password_reset() + _franceconnect()
            + _upload_error() + _missing_document() + _blocked_page() + _unknown())
