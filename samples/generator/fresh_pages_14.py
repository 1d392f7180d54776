"""Pages of the fourteenth blind screenshot set (samples/fresh/screens-14, seed screens-fresh-13 as the brief asks).

Written without seeing the assistant's rules, nor the page texts of the other sets.  The shells (documents, ANEF
header and footer, translated headers, other administrations' DSFR sites) are fresh_pages_12's, imported.  Real
wordings: Firefox's netError catalog (en-US, "dnsNotFound-title"), read for this set.  Everything else (ANEF notices,
steppers, trackers, app screens, modals, e-mails, the Safari-style page and the sentences standing for the browser's
machine translations) is written here and is not a verified wording.

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
    doc,
    other_gov,
    sso,
    tr,
)

# ----------------------------------------------------------------------------- layouts of this set (x14- classes)
CSS14 = (
    ".x14-g{color:var(--text-mention-grey)}"
    # chevron tracker: every segment the same fill; the current one outlined and labelled beside its name
    ".x14-chev{display:flex;flex-wrap:wrap;gap:4px;margin:1rem 0 2rem}.x14-chev>div{flex:1 1 9rem;background:#dfe5f5;color:#1b1b35;"
    "padding:.8rem 1.4rem .8rem 1.1rem;font-size:.85rem;font-weight:500;clip-path:polygon(0 0,92% 0,100% 50%,92% 100%,0 100%,6% 50%)}"
    ".x14-chev>div.cur{box-shadow:inset 0 0 0 3px #000091}.x14-chev small{display:block;font-size:.7rem;color:#3a3a3a}"
    # step list with marks
    ".x14-ck{margin:0 0 2rem;padding:0}.x14-ck li{list-style:none;display:flex;gap:.8rem;align-items:baseline;padding:.65rem 0;"
    "border-bottom:1px solid var(--border-default-grey);font-size:.95rem}.x14-ck .m{flex:none;width:1.4rem;text-align:center;font-weight:700}"
    ".x14-ck .d{margin-inline-start:auto;font-size:.8rem;color:var(--text-mention-grey)}"
    # numbered circles in one row (same outline), the reached one filled
    ".x14-num{display:flex;flex-wrap:wrap;gap:1.2rem 0;margin:1rem 0 2rem}.x14-num>div{flex:1 1 8rem;text-align:center;font-size:.85rem;position:relative}"
    ".x14-num .c{display:block;margin:0 auto .5rem;width:2.2rem;height:2.2rem;line-height:2rem;border-radius:50%;border:2px solid #000091;"
    "color:#000091;font-weight:700}.x14-num .cur .c{background:#000091;color:#fff}"
    # vertical numbered steps with a side tag
    ".x14-vn{margin:0 0 2rem;padding:0}.x14-vn li{list-style:none;display:flex;gap:1rem;align-items:center;padding:.55rem 0}"
    ".x14-vn .c{flex:none;width:2rem;height:2rem;line-height:1.8rem;text-align:center;border-radius:50%;border:2px solid #6a6af4;"
    "color:#6a6af4;font-weight:700;background:#fff}.x14-vn .tag{font-size:.72rem;border:1px solid #6a6af4;color:#6a6af4;padding:0 .45rem;"
    "border-radius:3px;margin-inline-start:.6rem}"
    # progress bar with caption
    ".x14-pb{height:14px;border-radius:7px;background:var(--background-contrast-grey);overflow:hidden;margin:.6rem 0 .4rem}"
    ".x14-pb>i{display:block;height:100%;background:#18753c}"
    # dashboard cards
    ".x14-cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0 2rem}.x14-cards>div{flex:1 1 15rem;border:1px solid var(--border-default-grey);"
    "border-top:4px solid #000091;padding:1rem 1.2rem;background:var(--background-default-grey)}.x14-cards h3{font-size:1rem;margin:0 0 .5rem}"
    ".x14-cards p{font-size:.85rem;margin:0 0 .3rem}"
    # mobile app-like screen
    ".x14-app{max-width:460px;margin:0 auto;min-height:100vh;background:#f3f4f8;padding-bottom:5.5rem;position:relative}"
    ".x14-app .bar{background:#000091;color:#fff;padding:.9rem 1rem;display:flex;gap:.8rem;align-items:center;font-weight:700;font-size:1.05rem}"
    ".x14-app .bar small{display:block;font-weight:400;font-size:.72rem;opacity:.85}"
    ".x14-app .sec{padding:1rem}.x14-app .cd{background:#fff;border-radius:14px;padding:1rem 1.1rem;margin-bottom:.9rem;box-shadow:0 1px 4px rgba(0,0,0,.1)}"
    ".x14-app .cd h2{font-size:1rem;margin:0 0 .4rem}.x14-app .cd p{font-size:.88rem;margin:0 0 .35rem}"
    ".x14-app .tabs{position:fixed;bottom:0;left:50%;transform:translateX(-50%);width:min(460px,100%);display:flex;background:#fff;"
    "border-top:1px solid #d5d5e0;z-index:50}.x14-app .tabs span{flex:1;text-align:center;font-size:.7rem;padding:.55rem 0 .7rem;color:#555}"
    ".x14-app .tabs span b{display:block;font-size:1.15rem;line-height:1.3}.x14-app .tabs span.on{color:#000091;font-weight:700}"
    ".x14-app .pill{display:inline-block;border-radius:1rem;padding:.1rem .7rem;font-size:.75rem;font-weight:700}"
    ".x14-app .in{display:block;width:100%;border:1px solid #b8b8c8;border-radius:10px;padding:.7rem;background:#fff;margin:.3rem 0 .2rem;font-size:.95rem}"
    ".x14-app .btn{display:block;text-align:center;border-radius:24px;background:#000091;color:#fff;font-weight:700;padding:.75rem;margin-top:1rem}"
    ".x14-ring{width:86px;height:86px;border-radius:50%;display:flex;align-items:center;justify-content:center;font-weight:700;font-size:1.1rem}"
    ".x14-ring>span{width:66px;height:66px;border-radius:50%;background:#fff;display:flex;align-items:center;justify-content:center}"
    # modal centred, rounded, with an icon
    ".x14-veil{position:fixed;inset:0;background:rgba(22,22,40,.6);z-index:900}"
    ".x14-modal{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:min(520px,92vw);z-index:901;background:var(--background-default-grey);"
    "border-radius:12px;box-shadow:0 12px 40px rgba(0,0,0,.5);padding:1.6rem 1.5rem 1.3rem}"
    ".x14-modal .ic{width:3rem;height:3rem;border-radius:50%;margin:0 auto .8rem;display:flex;align-items:center;justify-content:center;color:#fff;"
    "font-weight:700;font-size:1.5rem}.x14-modal h2{text-align:center;font-size:1.2rem;margin:0 0 .7rem}.x14-modal p{font-size:.92rem;text-align:center}"
    ".x14-modal .bs{display:flex;gap:.6rem;justify-content:center;flex-wrap:wrap;margin-top:1rem}.x14-modal .bs span{border-radius:6px;padding:.5rem 1.1rem;"
    "font-size:.9rem;font-weight:700;border:1px solid #000091;color:#000091}.x14-modal .bs span.p{background:#000091;color:#fff}"
    # long form
    ".x14-form fieldset{border:0;border-top:1px solid var(--border-default-grey);padding:1rem 0 0;margin:0 0 1rem}"
    ".x14-form legend{font-weight:700;font-size:1.05rem;padding:0 .4rem 0 0}"
    ".x14-form .row{display:flex;flex-wrap:wrap;gap:0 1.2rem}.x14-form .row>div{flex:1 1 14rem}"
)

WEBMAIL_CSS = (
    "body{margin:0;font-family:'Segoe UI','DejaVu Sans','Liberation Sans',sans-serif;background:#f5f5f5;color:#242424}"
    ".top{background:var(--c);color:#fff;display:flex;align-items:center;gap:18px;padding:9px 16px;font-size:15px}"
    ".top b{font-size:17px}.top .q{flex:1;max-width:560px;background:rgba(255,255,255,.92);color:#616161;border-radius:4px;padding:6px 12px;font-size:13px}"
    ".wm{display:flex;min-height:calc(100vh - 44px)}.fold{flex:none;width:200px;background:#fafafa;border-right:1px solid #e1e1e1;padding:10px 0;font-size:13.5px}"
    ".fold div{padding:7px 18px}.fold .on{background:#cfe4fa;font-weight:700}.lst{flex:none;width:300px;background:#fff;border-right:1px solid #e1e1e1}"
    ".lst .it{padding:10px 14px;border-bottom:1px solid #efefef;font-size:13px}.lst .it b{display:block;font-size:13.5px}.lst .it.on{background:#e8f1fb;border-left:3px solid var(--c)}"
    ".lst .it span{color:#616161}.rd{flex:1;min-width:0;background:#fff;padding:20px 28px}.rd h1{font-size:20px;font-weight:600;margin:0 0 12px}"
    ".rd .fr{font-size:13px;color:#616161;margin:0 0 18px;display:flex;gap:10px;align-items:center}.rd .av{width:34px;height:34px;border-radius:50%;"
    "background:#000091;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-weight:700}"
    ".rd .body{font-size:14.5px;line-height:1.55;max-width:640px}.rd .body p{margin:0 0 12px}.rd .ban{background:#fff4ce;border:1px solid #f0d887;"
    "padding:8px 12px;font-size:13px;margin:0 0 14px}"
    "@media(max-width:900px){.fold{display:none}.lst{display:none}.rd{padding:14px}}"
)


def xdoc(body, lang="fr", dark=False):
    """a DSFR document with this set's rules (the translated fonts included)."""
    return doc(body, lang, dark, css=CSS14)


def xesp(inner, lang="fr", user=USER_A, active=1, post="", dark=False):
    return doc(H.page_anef(inner, lang=lang, user=user, active=active) + post, lang, dark, css=CSS14)


def xpub(inner, lang="fr", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=None, narrow=narrow) + post, lang, css=CSS14)


def chevrons(names, cur, here, key=True):
    k = ' data-key="steps"' if key else ""
    out = "".join(f'<div class="{"cur" if i == cur else ""}">{n}{f"<small>{here}</small>" if i == cur else "<small>&nbsp;</small>"}</div>'
                  for i, n in enumerate(names))
    return f'<div class="x14-chev"{k}>{out}</div>'


def checklist(rows, cur, colour="#000091", key=True):
    """rows of (name, date); a check mark on the steps done, the reached one in colour, the rest plain."""
    k = ' data-key="steps"' if key else ""
    lis = []
    for i, (n, d) in enumerate(rows):
        if i < cur:
            m, st = "✓", ""
        elif i == cur:
            m, st = "›", f' style="color:{colour};font-weight:700"'
        else:
            m, st = "", ""
        lis.append(f'<li{st}><span class="m" style="color:#18753c">{m}</span><span>{n}</span><span class="d">{d}</span></li>')
    return f'<ol class="x14-ck"{k}>{"".join(lis)}</ol>'


def numbered(names, cur, key=True):
    k = ' data-key="steps"' if key else ""
    out = "".join(f'<div class="{"cur" if i == cur else ""}"><span class="c">{i + 1}</span>{n}</div>' for i, n in enumerate(names))
    return f'<div class="x14-num"{k}>{out}</div>'


def vnum(names, cur, tag, key=True):
    k = ' data-key="steps"' if key else ""
    out = "".join(f'<li><span class="c">{i + 1}</span><span>{n}{f"<span class=tag>{tag}</span>" if i == cur else ""}</span></li>'
                  for i, n in enumerate(names))
    return f'<ol class="x14-vn"{k}>{out}</ol>'


def bolddots(names, cur, key=True):
    """dots of one colour joined by a line; only the reached step's name is bold."""
    k = ' data-key="steps"' if key else ""
    cells = "".join(f'<div style="flex:1 1 7rem;text-align:center;font-size:.85rem;{"font-weight:800" if i == cur else "font-weight:400"}">'
                    f'<span style="display:block;margin:0 auto .4rem;width:14px;height:14px;border-radius:50%;background:#3a3a3a"></span>{n}</div>'
                    for i, n in enumerate(names))
    return (f'<div{k} style="position:relative;margin:1rem 0 2rem"><div style="position:absolute;top:6px;left:8%;right:8%;height:2px;background:#3a3a3a"></div>'
            f'<div style="display:flex;flex-wrap:wrap;gap:.8rem 0;position:relative">{cells}</div></div>')


def pbar(pct, caption, key=True):
    k = ' data-key="progress"' if key else ""
    return f'<div{k} class="fr-mb-4w"><div class="x14-pb"><i style="width:{pct}%"></i></div><p class="fr-text--sm fr-mb-0">{caption}</p></div>'


def tracker(caption, head, rows):
    return H.table(caption, head, rows).replace('<div class="fr-table', '<div data-key="tracker" class="fr-table', 1)


def cards(items, key_idx):
    out = []
    for i, (t, lines) in enumerate(items):
        k = ' data-key="card"' if i == key_idx else ""
        out.append(f'<div{k}><h3>{t}</h3>{"".join(f"<p>{x}</p>" for x in lines)}</div>')
    return f'<div class="x14-cards">{"".join(out)}</div>'


def app(title, sub, inner, tabs, on=0, lang="fr", dark=False):
    """a mobile app-like screen of the portal: a blue top bar, cards, a tab bar pinned to the bottom."""
    icons = ["⌂", "▤", "✉", "☺"]
    t = "".join(f'<span class="{"on" if i == on else ""}"><b>{icons[i]}</b>{x}</span>' for i, x in enumerate(tabs))
    back = "→" if lang in ("ar", "fa") else "←"
    body = (f'<div class="x14-app"><div class="bar"><span>{back}</span><span>{title}<small>{sub}</small></span></div>'
            f'<div class="sec">{inner}</div><div class="tabs">{t}</div></div>')
    return xdoc(body, lang, dark)


TABS = {"fr": ["Accueil", "Démarches", "Messages", "Compte"], "en": ["Home", "Applications", "Messages", "Account"],
        "ar": ["استقبال", "إجراءاتي", "رسائل", "حسابي"], "fa": ["پذیرایی", "مراحل من", "پیام ها", "حساب من"],
        "ru": ["Прием", "Мои шаги", "Сообщения", "Аккаунт"], "uk": ["Прийом", "Мої кроки", "Повідомлення", "Рахунок"]}


def modal(title, text, btns, colour="#000091", mark="!"):
    bs = "".join(f'<span class="{"p" if i == 0 else ""}">{b}</span>' for i, b in enumerate(btns))
    return (f'<div class="x14-veil"></div><div class="x14-modal" id="crop" role="dialog"><div class="ic" style="background:{colour}">{mark}</div>'
            f'<h2>{title}</h2>{text}<div class="bs">{bs}</div></div>')


def webmail(brand, colour, folders, on_folder, items, subject, sender, when, body, banner=""):
    """an Outlook-like webmail: folders, a message list, the reading pane (the message body is the key)."""
    fo = "".join(f'<div class="{"on" if i == on_folder else ""}">{f}</div>' for i, f in enumerate(folders))
    li = "".join(f'<div class="it{" on" if i == 0 else ""}"><b>{s}</b>{t}<br><span>{p}</span></div>' for i, (s, t, p) in enumerate(items))
    ban = f'<div class="ban">{banner}</div>' if banner else ""
    html = (f'<div class="top"><b>{brand}</b><span class="q">Rechercher</span></div><div class="wm"><div class="fold">{fo}</div>'
            f'<div class="lst">{li}</div><div class="rd"><h1>{subject}</h1><div class="fr"><span class="av">{sender[0]}</span>'
            f'<span><b style="color:#242424">{H.e(sender)}</b><br>{when}</span></div>{ban}<div class="body" data-key="mail">{body}</div></div></div>')
    return ('<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{subject}</title><style>{WEBMAIL_CSS.replace("var(--c)", colour)}</style></head><body>{html}</body></html>')


FOLDERS = ["Boîte de réception", "Courrier indésirable", "Brouillons", "Éléments envoyés", "Archive"]
OUTLOOK = "https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1"


def firefox_dns(host):
    """Firefox's 'server not found' page (en-US catalog title; body written here in its style)."""
    css = ("body{margin:0;background:#f9f9fb;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#15141a}"
           ".w{max-width:680px;margin:0 auto;padding:11vh 30px 0}h1{font-size:23px;font-weight:600;margin:0 0 20px;padding-inline-start:56px;"
           "position:relative}h1:before{content:'';position:absolute;left:0;top:-4px;width:40px;height:40px;border-radius:8px;background:#8f8f9d}"
           "p,li{font-size:15px;line-height:1.55}ul{padding-left:22px}.b{display:inline-block;margin-top:14px;background:#0061e0;color:#fff;"
           "border-radius:4px;padding:8px 20px;font-size:14px;font-weight:600}")
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>Server Not Found</title><style>{css}</style></head><body><div class="w" id="crop">'
            '<h1>Hmm. We’re having trouble finding that site.</h1>'
            f'<p>We can’t connect to the server at {host}.</p><p><b>If you entered the right address, you can:</b></p>'
            '<ul><li>Try again later</li><li>Check your network connection</li><li>Check that Firefox has permission to access the web '
            '(you might be connected but behind a firewall)</li></ul><span class="b">Try Again</span></div></body></html>')


def safari_cant_open(host):
    """a Safari-style 'cannot open the page' screen (French; written here, not a verified wording)."""
    css = ("body{margin:0;background:#f2f2f7;font-family:-apple-system,'DejaVu Sans',sans-serif;color:#1c1c1e;text-align:center}"
           ".w{max-width:560px;margin:0 auto;padding:20vh 28px 0}.ic{width:54px;height:54px;margin:0 auto 22px;border:3px solid #8e8e93;"
           "border-radius:50%;position:relative}.ic:after{content:'';position:absolute;left:50%;top:8px;bottom:8px;width:3px;background:#8e8e93;"
           "transform:rotate(35deg)}h1{font-size:22px;font-weight:600;margin:0 0 14px}p{font-size:15px;line-height:1.5;color:#3a3a3c}")
    return ('<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>Impossible d’ouvrir la page</title><style>{css}</style></head><body><div class="w" id="crop"><div class="ic"></div>'
            '<h1>Safari ne peut pas ouvrir la page</h1>'
            f'<p>Safari ne peut pas ouvrir la page « https://{host}/usagers/#/espace-personnel/mon-compte » car le serveur ne répond plus.</p>'
            '</div></body></html>')


def long_form(sections, lang="fr"):
    """a long form: sections of fields (label, value, error, hint), the error somewhere far down."""
    out = []
    for legend, fields in sections:
        rows = "".join(f'<div>{H.field(lb, v, hint=h, error=er)}</div>' for lb, v, er, h in fields)
        out.append(f'<fieldset><legend>{legend}</legend><div class="row">{rows}</div></fieldset>')
    return f'<div class="x14-form">{"".join(out)}</div>'


SAFARI = frozenset({"safari", "ios-safari", "none"})


# ============================================================================= request_status
def _request_status():
    P = []
    E = _entry
    # 1 fr chevrons, in_progress (outlined segment + small label under the name)
    names = ["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"]
    P.append(E("rs-chevrons-fr", "request_status", "fr", ESP + "mes-demandes/titre-sejour/2026-0388412",
               xesp(H.breadcrumb(["Accueil", "Mes démarches", "Titre de séjour"]) +
                    '<h1 class="fr-h3">Carte de séjour pluriannuelle « salarié »</h1><p class="x14-g fr-text--sm">Demande n° 2026-0388412 · '
                    'déposée le 03/06/2026</p>' + chevrons(names, 1, "▸ vous êtes à cette étape") +
                    '<h2 class="fr-h5">Vos documents</h2><p class="fr-text--sm">Attestation de dépôt (PDF, 84 Ko) · Récapitulatif de la demande '
                    '(PDF, 212 Ko)</p>', user=USER_D), step="in_progress"))
    # 2 fr check marks, submitted (first step coloured, no check yet)
    rows = [("Demande déposée", "12/08/2026"), ("Examen du dossier", ""), ("Décision", ""), ("Remise du titre", "")]
    P.append(E("rs-checks-submitted-fr", "request_status", "fr", ESP + "suivi",
               xesp('<h1 class="fr-h3">Suivi de ma demande de renouvellement</h1><p class="fr-text--sm">Titre demandé : carte de séjour '
                    'temporaire « vie privée et familiale »</p>' + checklist(rows, 0) +
                    '<p class="fr-text--sm x14-g">Les étapes cochées sont terminées. Vous serez informé par courriel à chaque changement.</p>',
                    user=USER_G), step="submitted"))
    # 3 fr progress bar with caption, decision_made
    P.append(E("rs-bar-decision-fr", "request_status", "fr", ESP + "mes-demandes/2026-0219907",
               xesp('<h1 class="fr-h3">Ma demande de titre de séjour</h1>' +
                    pbar(75, "Étape 3 sur 4 : <b>la décision a été prise</b> sur votre demande. Le courrier de décision est consultable "
                         "dans « Mes documents ».") +
                    H.card('<p class="fr-text--sm fr-mb-0">Numéro de demande : 2026-0219907<br>Préfecture : Seine-Saint-Denis<br>'
                           'Date de dépôt : 21/04/2026</p>', title="Informations"), user=USER_F), step="decision_made"))
    # 4 fr tracker table with dates, document_available
    P.append(E("rs-table-doc-fr", "request_status", "fr", ESP + "mes-demandes/historique",
               xesp('<h1 class="fr-h3">Historique de ma demande</h1>' +
                    tracker("Étapes de la demande n° 2026-0140256", ["Étape", "Date", "État"],
                            [["Dépôt de la demande", "02/03/2026", "Terminée"], ["Instruction", "17/03/2026", "Terminée"],
                             ["Décision", "28/07/2026", "Terminée"], ["Titre disponible au guichet", "26/08/2026", "<b>Étape actuelle</b>"]]) +
                    '<p class="fr-text--sm">Présentez-vous au guichet avec votre convocation et le récépissé en cours.</p>', user=USER_C),
               step="document_available"))
    # 5 fr dashboard cards, decision_made (favourable, card being made)
    P.append(E("rs-cards-decision-fr", "request_status", "fr", ESP + "tableau-de-bord",
               xesp('<h1 class="fr-h3">Bonjour Omar</h1>' +
                    cards([("Mes notifications", ["2 messages non lus", "Dernier : 19/08/2026"]),
                           ("Demande de titre de séjour", ["N° 2026-0077341", "Statut : <b>décision favorable</b>",
                                                           "Votre titre est en cours de fabrication."]),
                           ("Mon compte", ["Adresse électronique vérifiée", "Mot de passe modifié le 02/05/2026"])], 1), user=USER_J),
               step="decision_made"))
    # 6 fr app-like, document_available (ring 4/4)
    inner = ('<div class="cd" data-key="card"><div style="display:flex;gap:1rem;align-items:center"><div class="x14-ring" '
             'style="background:conic-gradient(#18753c 100%,#e5e5e5 0)"><span>4/4</span></div><div><h2>Titre de séjour</h2>'
             '<p>Étape actuelle : <b>document disponible</b></p><span class="pill" style="background:#b8fec9;color:#18753c">Prêt</span></div></div></div>'
             '<div class="cd"><h2>Prochaine action</h2><p>Prendre rendez-vous pour retirer votre carte en préfecture.</p></div>'
             '<div class="cd"><h2>Mes documents</h2><p>Attestation de décision favorable · PDF</p></div>')
    P.append(E("rs-app-ring-fr", "request_status", "fr", ESP + "m/demandes", app("Ma demande", "Étrangers en France", inner, TABS["fr"], 1),
               step="document_available"))
    # 7 fr naturalisation, vertical numbered with a side tag, in_progress (interview)
    nat = ["Demande envoyée", "Examen des pièces en cours", "Réception du récépissé de complétude", "Entretien d’assimilation",
           "Décision", "Cérémonie"]
    P.append(E("rs-nat-vnum-fr", "request_status", "fr", ESP + "naturalisation/suivi",
               xesp('<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1><p class="fr-text--sm">Dossier déposé le 14/11/2025 '
                    'auprès de la plateforme de Nantes</p>' + vnum(nat, 3, "étape actuelle") +
                    '<p class="fr-text--sm x14-g">Votre convocation à l’entretien vous est adressée par courrier.</p>', user=USER_I),
               step="in_progress"))
    # 8 fr prolongation attestation in documents + status line, in_progress
    P.append(E("rs-prolong-docs-fr", "request_status", "fr", ESP + "mes-documents",
               xesp('<h1 class="fr-h3">Mes documents</h1>' +
                    '<div class="x12-row"><span><b>Attestation de prolongation d’instruction</b><br><span class="fr-text--sm x14-g">Valable '
                    'jusqu’au 28/02/2027 · PDF 96 Ko</span></span><span class="fr-text--sm">Télécharger</span></div>'
                    '<div class="x12-row"><span><b>Attestation de dépôt</b><br><span class="fr-text--sm x14-g">Émise le 11/05/2026 · PDF 81 Ko'
                    '</span></span><span class="fr-text--sm">Télécharger</span></div>'
                    '<p class="fr-mt-3w fr-text--sm" data-key="status">État de votre demande : <b>en cours d’examen par le service instructeur'
                    '</b> depuis le 26/05/2026.</p>', user=USER_B, active=2), step="in_progress"))
    # 9 fr no status (card says the follow-up cannot be shown)
    P.append(E("rs-none-card-fr", "request_status", "fr", ESP + "tableau-de-bord",
               xesp('<h1 class="fr-h3">Mon espace</h1>' +
                    cards([("Ma demande en cours", ["Titre de séjour « étudiant »", "Statut : <b>—</b>",
                                                    "Le suivi de cette demande n’est pas affiché pour le moment."]),
                           ("Mes rendez-vous", ["Aucun rendez-vous"]), ("Aide", ["Questions fréquentes", "Nous contacter"])], 0),
                    user=USER_E), step=""))
    # 10 en badges on a list of requests, in_progress
    rows = (f'<div class="x12-row"><span><b>Residence permit – renewal</b><br><span class="fr-text--sm x14-g">Ref. 2026-0512093 · submitted '
            f'09/05/2026</span></span>{H.badge("Under examination", "new")}</div>'
            f'<div class="x12-row"><span><b>Travel document for a refugee</b><br><span class="fr-text--sm x14-g">Ref. 2024-1180442 · submitted '
            f'22/10/2024</span></span>{H.badge("Closed", "info")}</div>')
    P.append(E("rs-badges-en", "request_status", "en", ESP + "my-applications",
               xesp(f'<h1 class="fr-h3">My applications</h1><div data-key="list">{rows}</div>'
                    '<p class="fr-text--sm fr-mt-3w">Select an application to see its details and documents.</p>', "en", USER_H),
               step="in_progress"))
    # 11 en tracker table, submitted
    P.append(E("rs-table-submitted-en", "request_status", "en", ESP + "applications/2026-0630118",
               xesp('<h1 class="fr-h3">Application 2026-0630118</h1>' +
                    tracker("Progress of your application", ["Step", "Date", "Status"],
                            [["Application submitted", "18/08/2026", "✓ Done"], ["Examination", "–", "Not started"],
                             ["Decision", "–", "Not started"], ["Document ready", "–", "Not started"]]) +
                    '<p class="fr-text--sm">Your receipt of submission can be downloaded below.</p>', "en", USER_A), step="submitted"))
    # 12 ar bold dots, document_available
    P.append(E("rs-bolddots-ar", "request_status", "ar", ESP + "suivi",
               xesp('<h1 class="fr-h3">متابعة طلبي</h1>' +
                    bolddots(["إيداع الطلب", "التعليمات جارية", "تم اتخاذ القرار", "الوثيقة متاحة"], 3) +
                    '<p class="fr-text--sm">يمكنك حجز موعد لاستلام بطاقة إقامتك من المحافظة.</p>', "ar", USER_D), step="document_available", **tr("ar")))
    # 13 ar progress bar, in_progress
    P.append(E("rs-bar-ar", "request_status", "ar", ESP + "mes-demandes",
               xesp('<h1 class="fr-h3">طلب تصريح الإقامة</h1>' + pbar(50, "الخطوة 2 من 4: <b>التعليمات جارية</b>") +
                    '<p class="fr-text--sm">رقم الطلب: 2026-0301775 · تاريخ الإيداع: 2026/04/30</p>', "ar", USER_J),
               step="in_progress", **tr("ar")))
    # 14 fa check marks, decision_made
    rows = [("ثبت درخواست", "1405/03/12"), ("دستورالعمل در حال انجام است", "1405/04/02"), ("تصمیم گرفته شد", "1405/06/05"),
            ("سند موجود است", "")]
    P.append(E("rs-checks-fa", "request_status", "fa", ESP + "suivi",
               xesp('<h1 class="fr-h3">پیگیری درخواست من</h1>' + checklist(rows, 2, "#b34000"), "fa", USER_I),
               step="decision_made", **tr("fa")))
    # 15 ru numbered circles, submitted
    P.append(E("rs-num-ru", "request_status", "ru", ESP + "suivi",
               xesp('<h1 class="fr-h3">Отслеживание моего запроса</h1>' +
                    numbered(["Подача заявки", "Инструкция в процессе", "Решение принято", "Документ доступен"], 0) +
                    '<p class="fr-text--sm">Ваша заявка ожидает начала ее рассмотрения.</p>', "ru", USER_E), step="submitted", **tr("ru")))
    # 16 ru app-like, document_available
    inner = ('<div class="cd" data-key="card"><h2>Вид на жительство</h2><p>Статус: <b>ваш документ готов к выдаче</b></p>'
             '<p>Запишитесь на прием в префектуре, чтобы получить карту. Налоговая марка: 225 €.</p></div>'
             '<div class="cd"><h2>Мои документы</h2><p>Справка о положительном решении · PDF</p></div>')
    P.append(E("rs-app-ru", "request_status", "ru", ESP + "m/demandes", app("Мой запрос", "Иностранцы во Франции", inner, TABS["ru"], 1, "ru"),
               step="document_available", **tr("ru")))
    # 17 uk no status: follow-up not available
    P.append(E("rs-none-uk", "request_status", "uk", ESP + "mes-demandes",
               xesp('<h1 class="fr-h3">Мої запити</h1>' +
                    '<div class="x12-row" data-key="row"><span><b>Посвідка на проживання</b><br><span class="fr-text--sm x14-g">Номер: '
                    '2026-0455120</span></span><span class="fr-text--sm">Статус: відстеження недоступне</span></div>', "uk", USER_B),
               step="", **tr("uk")))
    return P


# ============================================================================= account_creation
def _account_creation():
    P, E = [], _entry
    # long form, inline error far down
    secs = [("Votre identité", [("Nom de naissance", "HADDAD", None, None), ("Prénom(s)", "Omar", None, None),
                                ("Date de naissance", "14/02/1991", None, "jj/mm/aaaa"), ("Pays de naissance", "Liban", None, None)]),
            ("Votre document", [("Type de document", "Visa long séjour valant titre de séjour", None, None),
                                ("Numéro du visa", "FRA4419027", None, None)]),
            ("Votre arrivée", [("Date d’entrée en France", "12/09/2026", "La date d’entrée en France ne peut pas être postérieure à la "
                                "date du jour.", "jj/mm/aaaa"), ("Commune de résidence", "Lyon 7e", None, None)]),
            ("Vos coordonnées", [("Adresse électronique", "o.haddad91@laposte.net", None, None), ("Téléphone portable", "06 71 22 48 90", None, None)])]
    P.append(E("ac-longform-fr", "account_creation", "fr", USAGERS + "creation-compte",
               xpub('<h1 class="fr-h3">Créer mon compte</h1><p class="fr-text--sm">Tous les champs sont obligatoires sauf mention contraire.</p>'
                    + long_form(secs) + H.buttons(H.button("Valider"))), ))
    # modal over the creation page
    P.append(E("ac-modal-fr", "account_creation", "fr", USAGERS + "creation-compte/verification",
               xpub('<h1 class="fr-h3">Créer mon compte</h1>' + H.field("Numéro étranger", "7503118842") +
                    H.field("Date de délivrance du titre", "03/01/2025"),
                    post=modal("Vérification impossible", "<p>Les informations saisies ne correspondent pas à un titre de séjour connu. "
                               "Vérifiez le numéro étranger et la date de délivrance inscrits sur votre titre.</p>", ["Corriger", "Annuler"],
                               "#ce0500"))))
    # webmail: activation link expired
    body = ("<p>Bonjour,</p><p>Vous avez demandé la création d’un compte sur le site Étrangers en France. Le lien d’activation qui vous "
            "a été envoyé le 28/08/2026 <b>n’est plus valable</b> : il fallait l’utiliser dans les 24 heures.</p><p>Pour terminer la "
            "création de votre compte, recommencez la démarche depuis la page « Créer un compte ».</p><p>Ceci est un message automatique, "
            "merci de ne pas y répondre.</p>")
    P.append(E("ac-webmail-fr", "account_creation", "fr", OUTLOOK,
               webmail("Outlook", "#0f6cbd", FOLDERS, 0,
                       [("Étrangers en France", "Votre compte n’est pas activé", "Bonjour, vous avez demandé…"),
                        ("Leroy Merlin", "Votre commande est prête", "Retrait en magasin…"), ("Sophie", "Photos du week-end", "Regarde…")],
                       "Votre compte n’est pas activé", "Étrangers en France <ne-pas-repondre@interieur.gouv.fr>", "sam. 29/08/2026 09:14", body),
               tab="Courrier – Outlook"))
    # en app-like: SMS code refused at creation
    inner = ('<div class="cd"><h2>Step 3 of 3 · Confirm your phone</h2><p>Enter the 6-digit code sent to 07 •• •• 31 12.</p>'
             '<span class="in">418 209</span><p data-key="err" style="color:#ce0500;font-size:.85rem">The code you entered is incorrect. '
             '2 attempts left before the creation is cancelled.</p><span class="btn">Confirm</span></div>')
    P.append(E("ac-app-en", "account_creation", "en", USAGERS + "m/create-account", app("Create an account", "Foreigners in France", inner,
                                                                                      TABS["en"], 3, "en")))
    # ar terms not accepted
    P.append(E("ac-terms-ar", "account_creation", "ar", USAGERS + "creation-compte",
               xpub('<h1 class="fr-h3">إنشاء حسابي</h1>' + H.field("البريد الإلكتروني", "k.mensah@gmail.com") +
                    '<div class="fr-checkbox-group fr-checkbox-group--error"><label class="fr-label">☐ لقد قرأت وقبلت الشروط العامة للاستخدام</label>'
                    '<p class="fr-error-text">يجب عليك قبول الشروط العامة للاستخدام لإنشاء حسابك.</p></div>' + H.buttons(H.button("التحقق من صحة")),
                    "ar", narrow=True), **tr("ar")))
    # uk e-mail confirmation mismatch
    P.append(E("ac-mail-uk", "account_creation", "uk", USAGERS + "creation-compte",
               xpub('<h1 class="fr-h3">Створіть свій обліковий запис</h1>' + H.field("Електронна адреса", "d.bondarenko@ukr.net") +
                    H.field("Підтвердження електронної адреси", "d.bondarenko@ukr.com", error="Дві електронні адреси не збігаються.") +
                    H.buttons(H.button("Продовжити")), "uk", narrow=True), **tr("uk")))
    return P


# ============================================================================= login_failure
def _login_failure():
    P, E = [], _entry
    P.append(E("lf-modal-fr", "login_failure", "fr", H.SSO_AUTH,
               sso(H.login_form("fr", ident="7512004418"),
                   post=modal("Trop de tentatives", "<p>Vous avez saisi un mot de passe erroné à plusieurs reprises. Par sécurité, la "
                              "connexion à votre compte est suspendue pendant 30 minutes.</p>", ["J’ai compris"], "#b34000")).replace(
                   "</head>", f"<style>{CSS14}</style></head>", 1)))
    inner = ('<div class="cd"><h2>Se connecter</h2><label style="font-size:.85rem;font-weight:700">Identifiant</label>'
             '<span class="in" style="border-color:#ce0500">75 12 00 44 18</span><p data-key="err" style="color:#ce0500;font-size:.85rem">'
             'Format de l’identifiant incorrect : saisissez les 10 chiffres de votre numéro étranger, sans espace.</p>'
             '<label style="font-size:.85rem;font-weight:700">Mot de passe</label><span class="in">••••••••••</span><span class="btn">Se connecter</span></div>')
    P.append(E("lf-app-fr", "login_failure", "fr", H.SSO_AUTH, app("Connexion", "Étrangers en France", inner, TABS["fr"], 3)))
    body = ("<p>Bonjour,</p><p>Plusieurs tentatives de connexion avec un mot de passe erroné ont eu lieu sur votre compte le 27/08/2026 à "
            "22 h 41. <b>Votre compte est verrouillé.</b></p><p>Pour le débloquer, utilisez le lien « Mot de passe oublié ? » de la page de "
            "connexion, ou attendez le déblocage automatique au bout de 24 heures.</p><p>L’équipe Étrangers en France</p>")
    P.append(E("lf-webmail-fr", "login_failure", "fr", OUTLOOK,
               webmail("Outlook", "#0f6cbd", FOLDERS, 0,
                       [("Étrangers en France", "Compte verrouillé", "Plusieurs tentatives…"), ("Doctolib", "Rappel de rendez-vous", "Demain à 10 h…"),
                        ("Free", "Votre facture", "Votre facture du mois…")],
                       "Votre compte a été verrouillé", "Étrangers en France <ne-pas-repondre@interieur.gouv.fr>", "jeu. 27/08/2026 22:43", body),
               tab="Courrier – Outlook"))
    P.append(E("lf-code-en", "login_failure", "en", act("authenticate"),
               sso((
                   '<h1 class="fr-h3">Check your e-mail</h1><p class="fr-text--sm">We sent a security code to a•••••@yahoo.fr.</p>' +
                   H.field("Security code", "552 901", error="This code has expired. Request a new code to sign in.") +
                   H.buttons(H.button("Sign in"), H.button("Send a new code", "secondary"))), "en")))
    P.append(E("lf-wrongpw-fa", "login_failure", "fa", H.SSO_AUTH,
               sso(H.login_form("fa", ident="7409913365", alert_html=H.alert("error", None,
                   "شناسه یا رمز عبور نامعتبر است. قبل از قفل شدن حساب شما 2 تلاش باقی مانده است.")), "fa"), **tr("fa")))
    P.append(E("lf-disabled-ru", "login_failure", "ru", act("authenticate"),
               sso(H.login_form("ru", ident="7611048807", alert_html=H.alert("error", "Учетная запись деактивирована",
                   "Ваша учетная запись была деактивирована. Чтобы повторно активировать ее, свяжитесь со службой поддержки через форму контакта.")),
                   "ru"), **tr("ru")))
    return P


# ============================================================================= password_reset
def _password_reset():
    P, E = [], _entry
    secs = [("Mot de passe actuel", [("Mot de passe actuel", "••••••••••", None, None)]),
            ("Nouveau mot de passe", [("Nouveau mot de passe", "••••••••••••", "Ce mot de passe a déjà été utilisé. Choisissez un mot de "
                                       "passe différent de vos 5 derniers.", "12 caractères minimum, dont une majuscule, un chiffre et un "
                                       "caractère spécial"), ("Confirmation", "••••••••••••", None, None)]),
            ("Sécurité", [("Question de rappel", "Ville de naissance de votre mère", None, None), ("Réponse", "••••••", None, None)])]
    P.append(E("pr-longform-fr", "password_reset", "fr", ESP + "mon-compte/mot-de-passe",
               xesp('<h1 class="fr-h3">Modifier mon mot de passe</h1><p class="fr-text--sm">Votre mot de passe arrive à expiration. '
                    'Choisissez-en un nouveau.</p>' + long_form(secs) + H.buttons(H.button("Enregistrer")), user=USER_C, active=4)))
    body = ("<p>Bonjour,</p><p>Vous avez demandé la réinitialisation de votre mot de passe sur le site Étrangers en France. Cliquez sur le "
            "lien ci-dessous pour choisir un nouveau mot de passe :</p><p style='color:#8a8a8a'>[lien désactivé]</p><p>Ce lien est valable "
            "30 minutes.</p>")
    P.append(E("pr-webmail-spam-fr", "password_reset", "fr", "https://outlook.live.com/mail/0/junkemail/id/AQQkADAwATM0MDAAMS2",
               webmail("Outlook", "#0f6cbd", FOLDERS, 1,
                       [("Étrangers en France", "Réinitialisation de votre mot de passe", "Vous avez demandé…"),
                        ("Gagnant !!", "Vous avez gagné un iPhone", "Cliquez ici…")],
                       "Réinitialisation de votre mot de passe", "Étrangers en France <ne-pas-repondre@interieur.gouv.fr>",
                       "lun. 24/08/2026 18:02", body,
                       banner="Ce message a été placé dans le dossier Courrier indésirable. Les liens qu’il contient ont été désactivés."),
               tab="Courrier indésirable – Outlook"))
    P.append(E("pr-modal-fr", "password_reset", "fr", ESP + "tableau-de-bord",
               xesp('<h1 class="fr-h3">Bonjour Natalia</h1>' + cards([("Mes démarches", ["1 demande en cours"]), ("Mes documents", ["3 documents"])], None),
                    user=USER_E,
                    post=modal("Mot de passe expiré", "<p>Votre mot de passe a plus de 12 mois. Pour continuer à utiliser votre espace, vous "
                               "devez choisir un nouveau mot de passe.</p>", ["Choisir un nouveau mot de passe"], "#000091", "⟳"))))
    inner = ('<div class="cd" data-key="card"><h2>Reset link not valid</h2><p>This link is no longer valid because a more recent reset '
             'request was made for this account. Use the link in the latest e-mail you received.</p><span class="btn">Request a new link</span></div>')
    P.append(E("pr-app-en", "password_reset", "en", act("action-token", "key=eyJhbGciOiJIUzI1NiJ9.e30&client_id=anef-usagers"),
               app("Forgot password", "Foreigners in France", inner, TABS["en"], 3, "en")))
    P.append(E("pr-short-ru", "password_reset", "ru", act("reset-credentials"),
               sso('<h1 class="fr-h3">Выберите новый пароль</h1>' +
                   H.field("Новый пароль", "••••••", typ="password", error="Пароль слишком короткий: минимум 12 символов.") +
                   H.field("Подтверждение пароля", "••••••", typ="password") + H.buttons(H.button("Подтвердить")), "ru"), **tr("ru")))
    P.append(E("pr-same-uk", "password_reset", "uk", act("required-action", "execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=q81Tz"),
               sso('<h1 class="fr-h3">Оновіть свій пароль</h1><p class="fr-text--sm">Ваш тимчасовий пароль необхідно замінити.</p>' +
                   H.field("Новий пароль", "••••••••••••", typ="password",
                           error="Новий пароль має відрізнятися від поточного пароля.") +
                   H.field("Підтвердження", "••••••••••••", typ="password") + H.buttons(H.button("Підтвердити")), "uk"), **tr("uk")))
    return P


# ============================================================================= franceconnect
def _franceconnect():
    P, E = [], _entry
    P.append(E("fc-modal-fr", "franceconnect", "fr", BROKER + "endpoint?state=Xk2v&code=9f1c",
               xpub(H.login_form("fr"), narrow=True,
                    post=modal("Compte non rattaché", "<p>Votre identité FranceConnect n’est associée à aucun compte Étrangers en France. "
                               "Connectez-vous une première fois avec votre identifiant et votre mot de passe, puis rattachez FranceConnect "
                               "depuis « Mon compte ».</p>", ["Se connecter avec mon identifiant", "Fermer"], "#000091", "i"))))
    inner = ('<div class="cd" data-key="card"><h2>Connexion interrompue</h2><p>Vous avez annulé la connexion sur le site de votre '
             'fournisseur d’identité. Vous n’êtes pas connecté avec FranceConnect.</p><span class="btn">Réessayer avec FranceConnect</span></div>'
             '<div class="cd"><p>Vous pouvez aussi vous connecter avec votre identifiant et votre mot de passe.</p></div>')
    P.append(E("fc-app-fr", "franceconnect", "fr", BROKER + "endpoint?error=access_denied&state=Q8rT",
               app("Connexion", "Étrangers en France", inner, TABS["fr"], 3)))
    secs = [("Mes informations", [("Nom", "MENDOZA", None, None), ("Prénom", "Carlos", None, None),
                                  ("Adresse électronique", "c.mendoza@orange.fr", None, None)]),
            ("Mes moyens de connexion", [("Identifiant", "7702559013", None, None),
                                         ("FranceConnect", "Non rattaché", "Ce compte FranceConnect est déjà rattaché à un autre compte "
                                          "Étrangers en France. Un seul rattachement est possible.", None)])]
    P.append(E("fc-longform-fr", "franceconnect", "fr", ESP + "mon-compte",
               xesp('<h1 class="fr-h3">Mon compte</h1>' + long_form(secs), user=USER_H, active=4)))
    P.append(E("fc-broker-en", "franceconnect", "en", BROKER + "endpoint?state=a81f&code=77ce",
               sso('<h1 class="fr-h3">Sign-in with FranceConnect</h1>' +
                   H.alert("error", None, "FranceConnect did not send back your identity. The sign-in could not be completed. Please try again "
                           "or sign in with your username and password.") + H.buttons(H.button("Back to sign-in")), "en")))
    P.append(E("fc-loop-ar", "franceconnect", "ar", BROKER + "login?client_id=anef-usagers&tab_id=Hk2mX8",
               xpub('<h1 class="fr-h3">الاتصال عبر FranceConnect</h1>' +
                    H.alert("warning", None, "لقد تمت إعادتك إلى صفحة تسجيل الدخول هذه عدة مرات. الاتصال عبر FranceConnect لم يكتمل. "
                            "يرجى إغلاق المتصفح والمحاولة مرة أخرى.") + H.fc_button("ar"), "ar", narrow=True), **tr("ar")))
    P.append(E("fc-cancel-fa", "franceconnect", "fa", REALM + "broker/franceconnect-particulier/endpoint?error=access_denied",
               xpub('<h1 class="fr-h3">اتصال به فضای شخصی شما</h1>' +
                    H.alert("error", None, "اتصال با FranceConnect لغو شد. شما به حساب خود متصل نیستید.") + H.fc_button("fa"),
                    "fa", narrow=True), **tr("fa")))
    return P


# ============================================================================= upload_error
def _upload_error():
    P, E = [], _entry
    ups = (H.upload("Passeport (pages d’identité)", "PDF, JPG ou PNG · 10 Mo maximum", filename_note="passeport.pdf") +
           H.upload("Acte de naissance", "PDF, JPG ou PNG · 10 Mo maximum", filename_note="acte_naissance.pdf") +
           H.upload("Justificatif de domicile", "PDF, JPG ou PNG · 10 Mo maximum", filename_note="facture_edf.pdf") +
           H.upload("Trois derniers bulletins de salaire", "PDF, JPG ou PNG · 10 Mo maximum", filename_note="bulletins_juin&juillet#2026.pdf",
                    error="Le nom du fichier contient des caractères non autorisés (&, #). Renommez le fichier puis joignez-le à nouveau."))
    P.append(E("ue-longform-fr", "upload_error", "fr", ESP + "demande/pieces-justificatives",
               xesp('<h1 class="fr-h3">Pièces justificatives</h1><p class="fr-text--sm">Étape 4 sur 6</p>' + ups +
                    H.upload("Avis d’imposition", "PDF, JPG ou PNG · 10 Mo maximum") + H.buttons(H.button("Suivant")), user=USER_F)))
    P.append(E("ue-modal-fr", "upload_error", "fr", ESP + "demande/pieces-justificatives",
               xesp('<h1 class="fr-h3">Pièces justificatives</h1>' + H.upload("Contrat de travail", "PDF, JPG ou PNG", filename_note="contrat.docx"),
                    user=USER_G, post=modal("Format non accepté", "<p>Le fichier « contrat.docx » n’a pas été ajouté : les fichiers Word "
                                            "ne sont pas acceptés. Enregistrez-le au format PDF et recommencez.</p>", ["Choisir un autre fichier"],
                                            "#ce0500", "✕"))))
    inner = ('<div class="cd"><h2>Justificatif de domicile</h2><div style="height:150px;border-radius:10px;background:linear-gradient(135deg,#555,#999);'
             'margin-bottom:.6rem"></div><p data-key="err" style="color:#ce0500;font-size:.88rem">Photo refusée : image trop floue, résolution '
             'insuffisante (minimum 200 ppp). Reprenez la photo à plat, avec plus de lumière.</p><span class="btn">Reprendre la photo</span></div>')
    P.append(E("ue-app-fr", "upload_error", "fr", ESP + "m/pieces", app("Ajouter une pièce", "Titre de séjour", inner, TABS["fr"], 1)))
    P.append(E("ue-virus-en", "upload_error", "en", ESP + "application/documents",
               xesp('<h1 class="fr-h3">Supporting documents</h1>' +
                    H.upload("Proof of address", "PDF, JPG or PNG · 10 MB max", lang="en", filename_note="rent_receipt_aug.pdf",
                             error="This file was rejected by our security check (a threat was detected). Send another copy of the document."),
                    "en", USER_A)))
    P.append(E("ue-toomany-ar", "upload_error", "ar", ESP + "demande/pieces-justificatives",
               xesp('<h1 class="fr-h3">المستندات الداعمة</h1>' +
                    H.upload("كشوف الحساب البنكي", "PDF أو JPG · 3 ملفات كحد أقصى", lang="ar", filename_note="4 ملفات",
                             error="لا يمكنك إضافة أكثر من 3 ملفات لهذه الوثيقة. احذف ملفًا قبل إضافة ملف جديد."), "ar", USER_J), **tr("ar")))
    P.append(E("ue-ephoto-ru", "upload_error", "ru", ESP + "demande/photo",
               xesp('<h1 class="fr-h3">Фотография и подпись</h1>' +
                    H.field("Код электронной фотографии (ePhoto)", "7K2M9QX4PL1R", error="Код не распознан. Проверьте код, указанный на "
                            "листке фотокабины.") + H.buttons(H.button("Подтвердить")), "ru", USER_E), **tr("ru")))
    return P


# ============================================================================= missing_document
def _missing_document():
    P, E = [], _entry
    body = ("<p>Bonjour,</p><p>L’examen de votre demande n° 2026-0418870 montre qu’une pièce manque à votre dossier : <b>un justificatif "
            "de domicile de moins de 3 mois</b>.</p><p>Déposez-le dans votre espace personnel avant le <b>15/12/2026</b>. Sans ce document, "
            "votre demande ne pourra pas être instruite.</p><p>La préfecture du Rhône</p>")
    P.append(E("md-webmail-fr", "missing_document", "fr", OUTLOOK,
               webmail("Outlook", "#0f6cbd", FOLDERS, 0,
                       [("Préfecture du Rhône", "Pièce manquante à votre dossier", "L’examen de votre demande…"),
                        ("SNCF Connect", "Votre e-billet", "Lyon → Paris…"), ("Karim", "Re: samedi", "OK pour moi")],
                       "Pièce manquante à votre dossier", "Étrangers en France <ne-pas-repondre@interieur.gouv.fr>", "mar. 25/08/2026 11:26", body),
               tab="Courrier – Outlook"))
    inner = ('<div class="cd" data-key="card" style="border-inline-start:5px solid #b34000"><span class="pill" style="background:#ffe9e6;color:#b34000">'
             'Pièce à fournir</span><h2 style="margin-top:.5rem">Acte de naissance traduit</h2><p>La préfecture demande la traduction de votre acte '
             'de naissance par un traducteur agréé.</p><p><b>Date limite : 04/01/2027</b></p><span class="btn">Ajouter le document</span></div>')
    P.append(E("md-app-fr", "missing_document", "fr", ESP + "m/messages", app("Messages", "Étrangers en France", inner, TABS["fr"], 2)))
    P.append(E("md-modal-fr", "missing_document", "fr", ESP + "tableau-de-bord",
               xesp('<h1 class="fr-h3">Bonjour Dmytro</h1>' + cards([("Ma demande", ["N° 2026-0266013"]), ("Mes documents", ["2 documents"])], None),
                    user=USER_B,
                    post=modal("Un document vous est demandé", "<p>Le service instructeur a besoin de votre <b>contrat de bail en cours</b> "
                               "pour poursuivre l’examen de votre demande. Vous avez jusqu’au 20/12/2026 pour le transmettre.</p>",
                               ["Transmettre le document", "Plus tard"], "#b34000"))))
    P.append(E("md-table-en", "missing_document", "en", ESP + "application/2026-0702244/documents",
               xesp('<h1 class="fr-h3">Documents for application 2026-0702244</h1>' +
                    tracker("Your documents", ["Document", "Sent on", "Status"],
                            [["Passport", "03/07/2026", "Accepted"], ["Birth certificate", "03/07/2026", "Accepted"],
                             ["Proof of resources (last 6 months)", "–", "<b>Requested by the prefecture – due 18/12/2026</b>"]]),
                    "en", USER_H)))
    P.append(E("md-request-fa", "missing_document", "fa", ESP + "mes-notifications",
               xesp('<h1 class="fr-h3">اعلان های من</h1>' +
                    H.alert("warning", "درخواست تکمیل", "برای ادامه بررسی درخواست شما، لطفاً گواهی اسکان کمتر از 3 ماه را تا تاریخ "
                            "2026/12/10 ارسال کنید."), "fa", USER_I, active=3), **tr("fa")))
    P.append(E("md-request-uk", "missing_document", "uk", ESP + "mes-notifications",
               xesp('<h1 class="fr-h3">Мої сповіщення</h1>' +
                    H.card('<p data-key="note">Ваша заява неповна. Будь ласка, надайте <b>копію вашого паспорта (усі сторінки)</b> до '
                           '11/12/2026.</p>', title="Документ для надання"), "uk", USER_B, active=3), **tr("uk")))
    return P


# ============================================================================= blocked_page
def _blocked_page():
    P, E = [], _entry
    host = H.HOST
    P.append(E("bp-firefox-dns-en", "blocked_page", "en", ESP + "mes-demandes", firefox_dns(host), tab="Server Not Found",
               browsers=H.FIREFOX_FAMILY))
    P.append(E("bp-safari-fr", "blocked_page", "fr", ESP + "mon-compte", safari_cant_open(host), tab="Impossible d’ouvrir la page",
               browsers=SAFARI))
    P.append(E("bp-modal-fr", "blocked_page", "fr", ESP + "demande/recapitulatif",
               xesp('<h1 class="fr-h3">Récapitulatif de votre demande</h1><p class="fr-text--sm">Vérifiez vos informations avant de valider.</p>',
                    user=USER_D, post=modal("Service momentanément indisponible", "<p>Une erreur technique est survenue (code 503). Votre demande "
                                            "n’a pas été transmise. Réessayez dans quelques minutes.</p>", ["Réessayer", "Fermer"], "#ce0500"))))
    inner = ('<div class="cd" data-key="card" style="text-align:center"><div style="width:44px;height:44px;border-radius:50%;border:4px solid #dcdcf0;'
             'border-top-color:#000091;margin:1rem auto"></div><h2>Chargement…</h2><p>Le serveur met trop de temps à répondre (erreur 504). '
             'La page n’a pas pu être affichée.</p><span class="btn">Réessayer</span></div>')
    P.append(E("bp-app-fr", "blocked_page", "fr", ESP + "m/accueil", app("Mon espace", "Étrangers en France", inner, TABS["fr"], 0)))
    P.append(E("bp-404-ru", "blocked_page", "ru", USAGERS + "demarches/renouvellement",
               xpub('<h1 class="fr-h3">Страница не найдена</h1><p data-key="msg">Страница, которую вы ищете, не существует или была перемещена. '
                    'Ошибка 404.</p>' + H.buttons(H.button("Вернуться на главную")), "ru"), **tr("ru")))
    P.append(E("bp-tech-uk", "blocked_page", "uk", ESP + "demande/validation",
               xesp('<h1 class="fr-h3">Підтвердження вашого запиту</h1>' +
                    H.alert("error", "Технічна помилка", "Під час обробки вашого запиту сталася помилка. Кнопка «Підтвердити» тимчасово "
                            "недоступна. Спробуйте пізніше."), "uk", USER_B), **tr("uk")))
    return P


# ============================================================================= unknown
def _unknown():
    P, E = [], _entry
    body = ("<p>Bonjour,</p><p>Votre rendez-vous à la Caf du Rhône est confirmé le <b>mardi 15 décembre 2026 à 14 h 30</b>, 67 boulevard "
            "Vivier-Merle, Lyon.</p><p>Pensez à apporter votre pièce d’identité et votre dernier avis d’imposition.</p><p>La Caf du Rhône</p>")
    P.append(E("un-webmail-caf-fr", "unknown", "fr", OUTLOOK,
               webmail("Outlook", "#0f6cbd", FOLDERS, 0,
                       [("Caf du Rhône", "Confirmation de votre rendez-vous", "Votre rendez-vous…"), ("Amazon", "Votre colis", "Livré…")],
                       "Confirmation de votre rendez-vous", "Caf du Rhône <ne-pas-repondre@caf.fr>", "ven. 28/08/2026 08:05", body),
               tab="Courrier – Outlook"))
    inner = ('<div class="cd" data-key="card" style="border-inline-start:5px solid #18753c"><h2>Coordonnées mises à jour</h2><p>Votre numéro '
             'de téléphone a bien été modifié. Il sera utilisé pour vous envoyer les alertes par SMS.</p><span class="btn">Retour à l’accueil</span></div>')
    P.append(E("un-app-ok-fr", "unknown", "fr", ESP + "m/compte", app("Mon compte", "Étrangers en France", inner, TABS["fr"], 3)))
    P.append(E("un-ameli-modal-fr", "unknown", "fr", "https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure",
               other_gov("ameli", "Mon compte assuré", '<h1 class="fr-h3">Mes paiements</h1><p>Derniers remboursements</p>',
                         nav=("Mes paiements", "Mes démarches", "Mes messages"), operator="l’Assurance Maladie",
                         foot="ameli.fr est le site de l’Assurance Maladie.").replace(
                   "</body>", modal("Service indisponible", "<p>Le service « Mes paiements » est momentanément indisponible. Merci de vous "
                                    "reconnecter ultérieurement.</p>", ["OK"], "#ce0500") + "</body>").replace(
                   "</head>", f"<style>{CSS14}</style></head>", 1), tab="ameli – Mon compte"))
    P.append(E("un-fee-help-en", "unknown", "en", "https://www.service-public.fr/particuliers/vosdroits/F16206?lang=en",
               other_gov("Service-Public.fr", "The official website of the French administration",
                         '<h1 class="fr-h3">How much does a residence permit cost?</h1><p data-key="text">Most residence permits are paid with '
                         'a tax stamp. For a first multi-year card the fee is 225 €, plus a stamp duty of 25 €. Some people, such as refugees, pay '
                         'a lower amount.</p><p>You buy the tax stamp online or at a tobacconist.</p>',
                         nav=("Family", "Work", "Foreigners"), foot="Service-Public.fr · Information updated on 1 July 2026", lang="en"),
               tab="Service-Public.fr"))
    P.append(E("un-ants-ar", "unknown", "ar", "https://moncompte.ants.gouv.fr/particulier/demarches",
               other_gov("ANTS", "الوكالة الوطنية للوثائق المؤمنة",
                         H.alert("error", None, "حدث خطأ أثناء تحميل ملفك الشخصي. يرجى المحاولة مرة أخرى لاحقًا.") +
                         '<p>رخصة القيادة · البطاقة الرمادية</p>', nav=("إجراءاتي", "رسائلي"), foot="ants.gouv.fr", lang="ar"),
               tab="ANTS", **tr("ar")))
    P.append(E("un-impots-fa", "unknown", "fa", "https://cfspart.impots.gouv.fr/monprofil-webapp/connexion",
               other_gov("impots.gouv.fr", "فضای خصوصی",
                         H.alert("success", None, "اظهارنامه درآمد 2025 شما با موفقیت ثبت شد. رسید در فضای شما موجود است.") +
                         '<p>اسناد من · پرداخت های من</p>', nav=("اظهارنامه", "پرداخت"), foot="impots.gouv.fr", lang="fa"),
               tab="impots.gouv.fr", **tr("fa")))
    return P


def build_pages():
    return (_request_status() + _account_creation() + _login_failure() + _password_reset() + _franceconnect()
            + _upload_error() + _missing_document() + _blocked_page() + _unknown())


if __name__ == "__main__":
    from collections import Counter

    ps = build_pages()
    print(len(ps), Counter(p["situation"] for p in ps), Counter(p["lang"] for p in ps))
