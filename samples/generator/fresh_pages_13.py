"""Pages of the thirteenth blind screenshot set (samples/fresh/screens-13, seed screens-fresh-13).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from
Keycloak's catalogs (keycloak/keycloak, read for this set): the login theme's messages_fr.properties
(themes/src/main/resources-community/...) and messages_en.properties (themes/src/main/resources/...), and the
account console's messages_fr.properties / messages_en.properties (js/apps/account-ui/maven-resources-community/...
and maven-resources/...), keys the screens-1 to screens-12 READMEs do not name.  Everything else (ANEF's own notices,
steppers, trackers, toasts, the webmail, SMS and notification screens, the other administrations' pages, and the
sentences standing for the browser's machine translations into Russian, Persian, Arabic and Ukrainian) is written here
in the style of those sites and is not a verified wording.

The shells and shared layouts are imported from fresh_pages_12 (its lines 1-310); this module adds the layouts of
this set (class names prefixed with x13-, none of them a message class) and build_pages().
"""
import anef_html as H
import make_screens as M
from fresh_pages_12 import (
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
    cookie_bar,
    doc,
    filler,
    help_fab,
    other_gov,
    pw_field,
    quick,
    sso,
    strip,
    tr,
)

ACCOUNT = REALM + "account/#/"

# ----------------------------------------------------------------------------- layouts of this set
CSS13 = (
    # horizontal stepper: every step in full colour, the step reached shown only by a small mark / badge / weight
    ".x13-hs{display:flex;flex-wrap:wrap;gap:.6rem 0;margin:1rem 0 2rem;padding:0}"
    ".x13-hs>div{flex:1 1 8rem;min-width:7.5rem;position:relative;padding:0 .4rem;text-align:center}"
    ".x13-hs>div:before{content:'';position:absolute;top:1.05rem;left:0;right:0;height:4px;background:var(--x13c,#000091)}"
    ".x13-hs .n{position:relative;display:inline-block;width:2.2rem;height:2.2rem;border-radius:50%;line-height:2.2rem;"
    "color:#fff;font-weight:700;background:var(--x13c,#000091);z-index:1}"
    ".x13-hs .l{display:block;font-size:.85rem;margin-top:.35rem;color:var(--text-title-grey)}"
    ".x13-hs .m{display:block;font-size:.7rem;margin-top:.15rem;color:var(--text-default-grey)}"
    # vertical stepper, full colour
    ".x13-vs{margin:0 0 1.5rem;padding:0}.x13-vs>div{display:flex;gap:.9rem;position:relative;padding:0 0 1.3rem}"
    ".x13-vs>div:before{content:'';position:absolute;left:.95rem;top:1.9rem;bottom:0;width:3px;background:var(--x13c,#000091)}"
    ".x13-vs>div:last-child:before{display:none}"
    ".x13-vs .n{flex:none;width:1.9rem;height:1.9rem;border-radius:50%;background:var(--x13c,#000091);color:#fff;text-align:center;"
    "line-height:1.9rem;font-size:.85rem;font-weight:700}.x13-vs .t{font-size:.95rem;color:var(--text-title-grey);padding-top:.2rem}"
    ".x13-vs .s{display:block;font-size:.78rem;color:var(--text-default-grey)}"
    ".x13-cur{display:inline-block;font-size:.68rem;font-weight:700;border:1px solid currentColor;border-radius:.7rem;padding:0 .45rem;"
    "margin-inline-start:.35rem;vertical-align:middle}"
    # tracker line
    ".x13-track{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;border:1px solid var(--border-default-grey);"
    "padding:.8rem 1rem;margin-bottom:1rem;background:var(--background-default-grey)}"
    ".x13-track .k{font-size:.8rem;color:var(--text-mention-grey)}"
    ".x13-pill{display:inline-block;border-radius:1rem;padding:.15rem .7rem;font-size:.85rem;font-weight:700}"
    # toast
    ".x13-toast{position:fixed;right:1rem;bottom:1rem;z-index:950;max-width:22rem;background:#2a2a2a;color:#fff;border-radius:.35rem;"
    "box-shadow:0 4px 16px rgba(0,0,0,.35);padding:.7rem .9rem;font-size:.82rem;line-height:1.35;display:flex;gap:.6rem}"
    ".x13-toast .i{flex:none;width:1.2rem;height:1.2rem;border-radius:50%;background:#e1000f;color:#fff;text-align:center;line-height:1.2rem;"
    "font-weight:700;font-size:.8rem}"
    # file rows
    ".x13-file{border:1px solid var(--border-default-grey);padding:.6rem .8rem;margin-bottom:.6rem;background:var(--background-default-grey)}"
    ".x13-file .fn{font-size:.88rem;font-weight:700;word-break:break-all}.x13-file .sz{font-size:.78rem;color:var(--text-mention-grey)}"
    ".x13-file .bad{font-size:.76rem;color:var(--text-default-error);margin:.15rem 0 0}"
    ".x13-file .ok{font-size:.76rem;color:var(--text-default-success);margin:.15rem 0 0}"
    # a mega menu row and a survey line (noise)
    ".x13-mega{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.78rem;padding:.5rem 0 .8rem;border-bottom:1px solid var(--border-default-grey);"
    "margin-bottom:1.2rem;color:var(--text-action-high-blue-france)}"
    ".x13-small{font-size:.8rem;margin:.2rem 0 .8rem}"
    ".x13-grid{display:flex;flex-wrap:wrap;gap:1rem}.x13-grid>div{flex:1 1 14rem;border:1px solid var(--border-default-grey);padding:1rem;font-size:.85rem}"
)


def d13(body, lang="fr", dark=False, css=""):
    return doc(body, lang, dark, css=CSS13 + css)


def esp13(inner, lang="fr", user=USER_A, active=1, dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow) + post, lang, dark, css=CSS13)


def pub13(inner, lang="fr", dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=None, pre=pre, narrow=narrow) + post, lang, dark, css=CSS13)


def sso13(inner, lang="fr", dark=False, post="", pre=""):
    return doc(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False, pre=pre) + post, lang, dark, css=CSS13)


def hsteps(steps, colour="#000091", key=True):
    """a horizontal stepper: steps of (label, mark); every circle and line drawn in the same full colour."""
    k = ' data-key="stepper"' if key else ""
    lis = "".join(f'<div><span class="n">{i + 1}</span><span class="l">{lab}</span>{f"<span class=m>{m}</span>" if m else ""}</div>'
                  for i, (lab, m) in enumerate(steps))
    return f'<div class="x13-hs" style="--x13c:{colour}"{k}>{lis}</div>'


def vsteps(steps, colour="#000091", key=True):
    """a vertical stepper: steps of (label, sub-line); all in full colour."""
    k = ' data-key="stepper"' if key else ""
    lis = "".join(f'<div><span class="n">{i + 1}</span><span class="t">{lab}{f"<span class=s>{s}</span>" if s else ""}</span></div>'
                  for i, (lab, s) in enumerate(steps))
    return f'<div class="x13-vs" style="--x13c:{colour}"{k}>{lis}</div>'


def track(label, value, pill_bg, pill_fg, extra="", key=True):
    k = ' data-key="track"' if key else ""
    return (f'<div class="x13-track"{k}><span class="k">{label}</span><span class="x13-pill" style="background:{pill_bg};color:{pill_fg}">'
            f'{value}</span>{extra}</div>')


def toast(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    return f'<div class="x13-toast" data-key="toast"{d}><span class="i">!</span><span>{text}</span></div>'


def filerow(name, size, note="", bad=True, key=False):
    k = ' data-key="file"' if key else ""
    cls = "bad" if bad else "ok"
    n = f'<p class="{cls}">{note}</p>' if note else ""
    return f'<div class="x13-file"{k}><div class="fn">{name} <span class="sz">· {size}</span></div>{n}</div>'


def mega(items):
    return '<div class="x13-mega">' + "".join(f"<span>{x}</span>" for x in items) + "</div>"


# ---------------------------------------------------------------- Keycloak account console (PatternFly-like look)
KC_CSS = ("body{margin:0;background:#f0f0f0;font-family:'Red Hat Text','Liberation Sans','DejaVu Sans',sans-serif;color:#151515}"
          ".mh{display:flex;align-items:center;gap:14px;background:#151515;color:#fff;padding:0 18px;height:58px}"
          ".mh b{font-size:17px;letter-spacing:.02em}.mh .sp{margin-left:auto;font-size:13.5px;opacity:.9}"
          ".lay{display:flex;min-height:calc(100vh - 58px)}.nav{flex:none;width:250px;background:#212427;color:#e0e0e0;padding:14px 0}"
          ".nav a{display:block;padding:10px 22px;font-size:15px;color:#e0e0e0;text-decoration:none}"
          ".nav a.sub{padding-left:38px;font-size:13.5px}.nav a.cur{background:#4f5255;border-left:4px solid #73bcf7;padding-left:34px}"
          ".ct{flex:1;min-width:0;padding:26px 30px}.ct h1{font-size:26px;font-weight:400;margin:0 0 6px}"
          ".ct .lead{color:#6a6e73;font-size:15px;margin:0 0 22px}.pan{background:#fff;border:1px solid #d2d2d2;margin-bottom:18px}"
          ".pan .ph{padding:14px 20px;border-bottom:1px solid #d2d2d2;font-size:17px}.pan .pr{display:flex;flex-wrap:wrap;gap:6px 18px;"
          "align-items:center;padding:14px 20px;border-bottom:1px solid #ededed;font-size:15.5px}.pan .pr:last-child{border-bottom:0}"
          ".gr{color:#6a6e73;font-size:14px}.kb{display:inline-block;border:1px solid #0066cc;color:#0066cc;border-radius:3px;padding:5px 12px;"
          "font-size:13.5px;margin-left:auto}.kb.p{background:#0066cc;color:#fff}.kb.d{border-color:#c9190b;background:#c9190b;color:#fff}"
          ".al{border-top:3px solid #c9190b;background:#faeae8;padding:12px 16px;font-size:15.5px;margin:0 0 16px}"
          ".al b{color:#7d1007}.al.w{border-top-color:#f0ab00;background:#fdf7e7}.al.w b{color:#795600}"
          "@media(max-width:760px){.nav{display:none}.ct{padding:16px 12px}.mh .sp{display:none}}")


def kc_console(title, lead, inner, nav_cur, lang="fr", rtl=False):
    """the Keycloak account console (manageAccount), with its side menu; nav_cur: index of the open item."""
    items = {"fr": ["Informations personnelles", "Sécurité du compte", "Connexion", "Activités des appareils", "Comptes liés",
                    "Applications", "Mes ressources"],
             "en": ["Personal info", "Account security", "Signing in", "Device activity", "Linked accounts", "Applications",
                    "My Resources"]}[lang]
    who = {"fr": "Gérer le compte", "en": "Manage account"}[lang]
    links = ""
    for i, x in enumerate(items):
        cls = ("sub " if i in (2, 3, 4) else "") + ("cur" if i == nav_cur else "")
        links += f'<a class="{cls}" href="#">{x}</a>'
    body = (f'<div class="mh"><b>ANEF-USAGERS</b><span class="sp">{who} · ●●●●●●</span></div>'
            f'<div class="lay"><div class="nav">{links}</div><div class="ct"><h1>{title}</h1><p class="lead">{lead}</p>{inner}</div></div>')
    return M.plain_doc(body, KC_CSS)


# ---------------------------------------------------------------- webmail, SMS app, notification centre
WEBMAIL_CSS = (".wm{display:flex;min-height:100vh;font-family:'Liberation Sans','DejaVu Sans',sans-serif;background:#fff}"
               ".wm .top{position:fixed;left:0;right:0;top:0;height:52px;background:#ff7900;color:#000;display:flex;align-items:center;gap:18px;"
               "padding:0 18px;font-weight:700;z-index:3}.wm .top .q{flex:1;max-width:520px;background:#fff;border-radius:4px;height:32px;"
               "color:#777;font-weight:400;font-size:13px;line-height:32px;padding:0 12px}"
               ".wm .fold{flex:none;width:200px;padding:66px 0 0;background:#f4f4f4;font-size:14px}.wm .fold div{padding:8px 18px}"
               ".wm .fold .c{background:#e0e0e0;font-weight:700}.wm .lst{flex:none;width:300px;padding-top:52px;border-right:1px solid #ddd}"
               ".wm .it{padding:10px 14px;border-bottom:1px solid #eee;font-size:13px}.wm .it b{display:block;font-size:13.5px}"
               ".wm .it.c{background:#fff3e6;border-left:3px solid #ff7900}.wm .rd{flex:1;min-width:0;padding:70px 26px 20px}"
               ".wm .rd h2{font-size:19px;margin:0 0 8px}.wm .from{font-size:13px;color:#555;margin-bottom:18px}"
               ".wm .mail{border:1px solid #e3e3e3;padding:20px 22px;font-size:14.5px;line-height:1.5;max-width:640px}"
               "@media(max-width:900px){.wm .fold{display:none}}@media(max-width:640px){.wm .lst{display:none}.wm .rd{padding:64px 12px 12px}}")


def webmail(subject, sender, when, mail_html, others):
    """a French ISP webmail: folders, the list of messages, the open message (its body is the message)."""
    lst = (f'<div class="it c"><b>{sender}</b>{subject}</div>'
           + "".join(f'<div class="it"><b>{a}</b>{b}</div>' for a, b in others))
    body = (f'<div class="wm"><div class="top">Mail<span class="q">Rechercher dans mes mails</span></div>'
            '<div class="fold"><div class="c">Boîte de réception (3)</div><div>Envoyés</div><div>Brouillons</div><div>Spam</div>'
            f'<div>Corbeille</div></div><div class="lst">{lst}</div><div class="rd"><h2>{subject}</h2>'
            f'<div class="from">{sender} &lt;ne-pas-repondre@interieur.gouv.fr&gt; · {when}</div>'
            f'<div class="mail" data-key="mail">{mail_html}</div></div></div>')
    return M.plain_doc(body, WEBMAIL_CSS)


IOS_SMS_CSS = ("body{background:#e5e5ea;margin:0;font-family:'DejaVu Sans','Liberation Sans',sans-serif}"
               ".app3{max-width:480px;margin:0 auto;min-height:100vh;background:#fff;position:relative}"
               ".hd3{text-align:center;padding:14px 10px 10px;border-bottom:1px solid #e5e5ea;background:#f9f9f9}"
               ".hd3 .av{display:inline-block;width:46px;height:46px;border-radius:50%;background:#8e8e93;color:#fff;line-height:46px;"
               "font-size:18px;font-weight:700}.hd3 .nm{font-size:13px;margin-top:4px}.th3{padding:14px 12px 90px}"
               ".dy{text-align:center;color:#8e8e93;font-size:12px;margin:10px 0}"
               ".bb{max-width:78%;background:#e9e9eb;color:#000;border-radius:18px;padding:9px 13px;font-size:15px;line-height:1.38;margin:0 0 8px}"
               ".bb.me{margin-left:auto;background:#0a84ff;color:#fff}.ft3{position:fixed;left:0;right:0;bottom:0;padding:8px 12px;max-width:456px;margin:0 auto;"
               "background:#f9f9f9;border-top:1px solid #e5e5ea}.ft3 span{display:block;border:1px solid #c7c7cc;border-radius:18px;"
               "padding:7px 14px;color:#8e8e93;font-size:14px}")


def ios_sms(sender, items, placeholder="Message texte", rtl=False):
    """a phone messages app thread: items of (day, text, mine); the last received message is the message."""
    last = max(i for i, (_, _, mine) in enumerate(items) if not mine)
    out = []
    for i, (day, text, mine) in enumerate(items):
        if day:
            out.append(f'<p class="dy">{day}</p>')
        k = ' data-key="sms"' if i == last else ""
        out.append(f'<div class="bb{" me" if mine else ""}"{k}>{text}</div>')
    d = ' dir="rtl"' if rtl else ""
    body = (f'<div class="app3"{d}><div class="hd3"><span class="av">{sender[:1]}</span><div class="nm">{sender} ›</div></div>'
            f'<div class="th3">{"".join(out)}</div><div class="ft3"><span>{placeholder}</span></div></div>')
    return M.plain_doc(body, IOS_SMS_CSS)


NOTIF_CSS = ("body{margin:0;min-height:100vh;font-family:'DejaVu Sans','Liberation Sans',sans-serif;"
             "background:linear-gradient(160deg,#3b4a6b,#1d2435 60%,#11151f);color:#fff}"
             ".sh{padding:18px 14px;max-width:480px;margin:0 auto}"
             ".dt{text-align:end;font-size:13px;opacity:.85;margin:0 4px 12px}.qs{display:flex;gap:10px;justify-content:center;margin-bottom:20px}"
             ".qs i{display:block;width:44px;height:44px;border-radius:50%;background:rgba(255,255,255,.18)}"
             ".nt{background:rgba(245,245,247,.93);color:#1c1c1e;border-radius:16px;padding:11px 13px;margin:0 auto 10px;max-width:560px}"
             ".nt .ap{display:flex;gap:8px;align-items:center;font-size:12px;color:#555;margin-bottom:4px}"
             ".nt .ic{display:inline-block;width:18px;height:18px;border-radius:5px}.nt .ti{font-weight:700;font-size:14px}"
             ".nt .tx{font-size:14px;line-height:1.35}.nt .tm{margin-left:auto}")


def notif_centre(head, notes):
    """a phone's notification centre: notes of (app, colour, title, text, time, is_message)."""
    out = []
    for app, col, title, text, tm, is_msg in notes:
        k = ' data-key="notif"' if is_msg else ""
        out.append(f'<div class="nt"{k}><div class="ap"><span class="ic" style="background:{col}"></span>{app}<span class="tm">{tm}</span></div>'
                   f'<div class="ti">{title}</div><div class="tx">{text}</div></div>')
    body = (f'<div class="sh"><div class="qs"><i></i><i></i><i></i><i></i><i></i></div><div class="dt">{head}</div>'
            f'{"".join(out)}</div>')
    return M.plain_doc(body, NOTIF_CSS)


# ----------------------------------------------------------------------------- the pages
def _request_status():
    P = []
    # 1 fr horizontal stepper, all in full colour; only a small "Étape en cours" line under step 2 shows where it is
    inner = (H.breadcrumb(["Accueil", "Mes démarches", "Renouvellement de titre de séjour"])
             + '<h1 class="fr-h3">Ma demande de renouvellement de carte de séjour pluriannuelle</h1>'
             '<p class="fr-text--sm x12-grey">Demande n° 7502-26-0418 · déposée le 22/07/2026 · Préfecture de Police de Paris</p>'
             + hsteps([("Dépôt de la demande", ""), ("Instruction en cours", "▲ étape en cours"), ("Décision prise", ""),
                       ("Document disponible", "")])
             + '<h2 class="fr-h5">Mes attestations</h2>'
             '<p class="fr-text--sm">Attestation de dépôt (PDF, 84 Ko) · Attestation de prolongation d’instruction valable jusqu’au 14/01/2027 '
             '(PDF, 91 Ko)</p>')
    P.append(_entry("rs-fr-hstepper-instruction", "request_status", "fr", ESP + "mes-demandes/7502-26-0418", esp13(inner),
                    step="in_progress"))
    # 2 fr vertical stepper, full colour, the reached step only in bold with a « Vous êtes ici » badge
    inner = ('<h1 class="fr-h3">Suivi de ma demande</h1><p class="fr-text--sm">Première demande de titre de séjour « salarié » · '
             'Préfecture du Bas-Rhin</p>'
             + vsteps([("Dépôt de la demande", "le 03/04/2026"), ("Instruction en cours", "depuis le 10/04/2026"),
                       ('<b>Décision prise</b><span class="x13-cur" style="color:#000091">Vous êtes ici</span>', "le 21/08/2026"),
                       ("Document disponible", "")], colour="#6a6af4")
             + '<p class="fr-text--sm">La décision vous a été adressée dans la rubrique « Mes documents ».</p>')
    P.append(_entry("rs-fr-vstepper-decision", "request_status", "fr", ESP + "mes-demandes/suivi", esp13(inner, user=USER_D),
                    step="decision_made"))
    # 3 en horizontal stepper with a "current" badge on the first step, future steps in full colour
    inner = ('<h1 class="fr-h3">My residence permit application</h1>'
             '<p class="fr-text--sm">Application no. 6901-26-1187 · Rhône prefecture · submitted on 28 August 2026</p>'
             + hsteps([("Submission of the application", "● current"), ("Application under review", ""),
                       ("Decision taken", ""), ("Document available", "")], colour="#18753c")
             + '<p class="fr-text--sm">You can download your filing certificate from “My documents”.</p>')
    P.append(_entry("rs-en-hstepper-submitted", "request_status", "en", ESP + "my-applications/6901-26-1187",
                    esp13(inner, lang="en", user=USER_F), step="submitted"))
    # 4 ru browser-translated vertical stepper, "current step" badge on the last one
    inner = ('<h1 class="fr-h3">Отслеживание моего запроса</h1>'
             '<p class="fr-text--sm">Запрос на продление вида на жительство · Префектура Нижней Сены</p>'
             + vsteps([("Подача заявки", "22.05.2026"), ("Инструкция в процессе", "с 01.06.2026"), ("Решение принято", "28.08.2026"),
                       ('Документ доступен<span class="x13-cur" style="color:#b34000">текущий этап</span>',
                        "Ваша карта готова, записаться на прием для ее получения")], colour="#b34000")
             + '<p class="fr-text--sm">Не забудьте налоговую марку 225 € в день вручения.</p>')
    P.append(_entry("rs-ru-vstepper-document", "request_status", "ru", ESP + "mes-demandes/suivi", esp13(inner, lang="ru", user=USER_E),
                    step="document_available", **tr("ru")))
    # 5 fa translated naturalisation frise, horizontal, small pin under the interview step
    inner = ('<h1 class="fr-h3">درخواست دسترسی به ملیت فرانسوی</h1><p class="fr-text--sm">پرونده شماره 2026X 004417</p>'
             + hsteps([("درخواست ارسال شد", ""), ("بررسی قطعات در حال انجام", ""), ("دریافت رسید کامل بودن", ""),
                       ("مصاحبه همسان سازی", "▲ مرحله فعلی"), ("تصمیم گرفته شد", "")], colour="#009081")
             + '<p class="fr-text--sm">مصاحبه شما در تاریخ 12/08/2026 در استانداری والدواز انجام شد.</p>')
    P.append(_entry("rs-fa-frise-interview", "request_status", "fa", ESP + "nationalite/dossier", esp13(inner, lang="fa", user=USER_I),
                    step="in_progress", **tr("fa")))
    # 6 fr naturalisation frise, horizontal, « vous êtes ici » only as small text
    inner = ('<div class="fr-tabs fr-mb-3w"><ul class="fr-tabs__list"><li><button class="fr-tabs__tab">Titre de séjour</button></li>'
             '<li><button class="fr-tabs__tab" aria-selected="true">Demande d’accès à la Nationalité Française</button></li></ul></div>'
             '<h1 class="fr-h4">Ma demande de naturalisation</h1>'
             + hsteps([("Demande envoyée", "vous êtes ici"), ("Examen des pièces en cours", ""),
                       ("Réception du récépissé de complétude", ""), ("Entretien d’assimilation", ""), ("Décision", "")],
                      colour="#a94645")
             + '<p class="fr-text--sm">Envoyée le 06/08/2026. Un courriel contenant votre numéro national vous a été adressé.</p>')
    P.append(_entry("rs-fr-frise-sent", "request_status", "fr", ESP + "nationalite", esp13(inner, user=USER_J), step="submitted"))
    # 7 fr notification centre: ANEF notification that the card is ready
    notes = [("Messages", "#34c759", "Maman", "Tu passes dimanche ?", "il y a 5 min", False),
             ("Mail", "#0a84ff", "Étrangers en France", "Votre titre de séjour est disponible. Prenez rendez-vous en préfecture "
              "de l’Essonne pour le retirer, muni de votre convocation et du timbre fiscal.", "il y a 2 h", True),
             ("Météo", "#ff9f0a", "Alerte pluie", "Fortes pluies attendues cet après-midi", "il y a 3 h", False)]
    P.append(_entry("rs-fr-notifcentre-card", "request_status", "fr", None,
                    notif_centre("Notifications · Tout effacer", notes), step="document_available"))
    # 8 ar translated: « classée sans suite » shown as a status row
    inner = ('<h1 class="fr-h3">طلباتي</h1>'
             + track("حالة الطلب:", "تم إغلاق الطلب دون متابعة", "#ffe9e6", "#b60000",
                     extra='<span class="fr-text--sm">منذ 30/08/2026 — طلب تصريح إقامة «حياة خاصة وعائلية»</span>')
             + '<p class="fr-text--sm">القرار متاح في «مستنداتي». يمكنك تقديم طعن خلال شهرين.</p>')
    P.append(_entry("rs-ar-track-css", "request_status", "ar", ESP + "mes-demandes", esp13(inner, lang="ar", user=USER_J),
                    step="decision_made", **tr("ar")))
    # 9 fr busy dashboard: the status is one small line among menus, quick links, a cookie bar and footer
    inner = (mega(["Titre de séjour", "Naturalisation", "Document de voyage", "Changement d’adresse", "Duplicata", "Aide",
                   "Points d’accueil numérique", "Actualités"])
             + '<h1 class="fr-h4">Bonjour Mme Mei LIN</h1>'
             + quick(["Mes démarches", "Mes documents", "Mes notifications", "Mon compte"])
             + '<p class="x13-small" data-key="line">Titre de séjour « étudiant » — statut : instruction en cours depuis le 12/05/2026</p>'
             + filler())
    P.append(_entry("rs-fr-busy-line", "request_status", "fr", ESP + "mon-compte",
                    esp13(inner, user=USER_G, active=0, pre=strip("Site officiel de l’administration française", "FR · EN"),
                          post=cookie_bar() + help_fab()), step="in_progress"))
    # 10 en request list where the status column shows a dash
    inner = ('<h1 class="fr-h3">My applications</h1>'
             '<div class="x12-row" data-key="row"><span><b>Travel document for a refugee</b><br><span class="fr-text--sm x12-grey">'
             'Application no. 3301-26-0092 · created on 14 August 2026</span></span><span class="fr-text--sm">Status: —</span></div>'
             '<div class="x12-row"><span class="fr-text--sm">Change of address</span><span class="fr-text--sm">Closed</span></div>')
    P.append(_entry("rs-en-dash", "request_status", "en", ESP + "my-applications", esp13(inner, lang="en", user=USER_B), step=""))
    return P


def _missing_document():
    P = []
    # 1 fr tracker line « En attente de pièces » that reads like a status
    inner = ('<h1 class="fr-h3">Ma demande de titre de séjour</h1>'
             + track("Où en est ma demande ?", "En attente de pièces", "#fff4d6", "#716043",
                     extra='<span class="fr-text--sm">depuis le 25/08/2026</span>')
             + '<div class="x12-row"><span class="fr-text--sm"><b>Justificatif de domicile de moins de 6 mois</b><br>'
             'à déposer avant le 02/12/2026</span><span class="fr-badge fr-badge--warning fr-badge--sm">À fournir</span></div>'
             '<p class="fr-text--sm fr-mt-2w">Sans ce document, votre demande ne pourra pas être instruite.</p>')
    P.append(_entry("md-fr-tracker-pieces", "missing_document", "fr", ESP + "mes-demandes/7701-26-0311",
                    esp13(inner, user=USER_C), ))
    # 2 fr webmail: the ANEF e-mail asking for a complement
    mail = ('<p>Madame, Monsieur,</p><p>L’instruction de votre demande de carte de résident nécessite des éléments complémentaires. '
            'Connectez-vous à votre espace personnel sur le site Étrangers en France, rubrique « Mes démarches », pour consulter la '
            'liste des pièces demandées.</p><p>Vous disposez d’un délai de 15 jours à compter de la réception de ce message.</p>'
            '<p>La préfecture de la Haute-Garonne</p>')
    P.append(_entry("md-fr-webmail", "missing_document", "fr", "https://mail.orange.fr/webmail/fr_FR/read.html?FOLDER=SF_INBOX&IDMSG=8812",
                    webmail("Demande de compléments pour votre dossier", "Étrangers en France", "mar. 25/08/2026 14:03", mail,
                            [("Leroy Merlin", "Vos offres de la semaine"), ("Ameli", "Votre relevé de remboursements"),
                             ("Free Mobile", "Votre facture est disponible")]), tab="Mail Orange"))
    # 3 en status table, "Awaiting documents" with one document requested
    inner = ('<h1 class="fr-h3">My applications</h1>'
             '<div class="x12-row" data-key="row"><span><b>Multi-year residence permit – renewal</b><br><span class="fr-text--sm">'
             'Awaiting documents · 1 document requested by the prefecture: last three payslips, by 4 December 2026</span></span>'
             '<span class="fr-badge fr-badge--warning fr-badge--sm">Action required</span></div>'
             '<div class="x12-row"><span class="fr-text--sm">Address change</span><span class="fr-text--sm">Closed</span></div>')
    P.append(_entry("md-en-awaiting", "missing_document", "en", ESP + "my-applications", esp13(inner, lang="en", user=USER_H)))
    # 4 ru translated tracker « Ожидание частей »
    inner = ('<h1 class="fr-h3">Мой запрос на вид на жительство</h1>'
             + track("Статус:", "В ожидании частей", "#fff4d6", "#716043", extra='<span class="fr-text--sm">с 27.08.2026</span>')
             + '<p class="fr-text--sm">Префектура просит вас предоставить: свидетельство о браке с переводом присяжного переводчика. '
             'Срок: 10.12.2026.</p>')
    P.append(_entry("md-ru-tracker", "missing_document", "ru", ESP + "mes-demandes", esp13(inner, lang="ru", user=USER_E), **tr("ru")))
    # 5 fa translated notification
    inner = ('<h1 class="fr-h3">اعلان های من</h1>'
             + callout("درخواست تکمیل", "برای ادامه بررسی پرونده شما، لطفا گواهی اشتغال به کار و قرارداد اجاره را حداکثر تا 05/12/2026 "
                       "در فضای شخصی خود ارسال کنید.")
             + '<p class="fr-text--sm x12-grey">ارسال شده در 20/08/2026 توسط استانداری رون</p>')
    P.append(_entry("md-fa-notification", "missing_document", "fa", ESP + "mes-notifications", esp13(inner, lang="fa", user=USER_I, active=3),
                    **tr("fa")))
    # 6 fr SMS in a phone messages app
    P.append(_entry("md-fr-sms-app", "missing_document", "fr", None,
                    ios_sms("ANEF", [("lun. 18:02", "Votre code de vérification est 481 207.", False),
                                     ("Hier 10:15", "ANEF : la préfecture du Val-de-Marne demande un complément pour votre demande "
                                      "de titre de séjour. Consultez votre espace personnel sur administration-etrangers-en-france"
                                      ".interieur.gouv.fr.", False)])))
    # 7 uk translated « mise en demeure »
    inner = ('<h1 class="fr-h3">Моя заява на натуралізацію</h1>'
             + H.alert("warning", "Офіційне повідомлення", "Ваша справа неповна. У вас є 1 місяць, щоб надіслати відсутні документи "
                       "(свідоцтво про народження, копія повна). Без відповіді вашу заяву буде закрито без подальших дій.")
             + '<p class="fr-text--sm">Префектура Луари, 17.08.2026</p>')
    P.append(_entry("md-uk-mise-en-demeure", "missing_document", "uk", ESP + "nationalite", esp13(inner, lang="uk", user=USER_B),
                    **tr("uk")))
    return P


def _upload_error():
    P = []
    # 1 fr small toast at the bottom right, size
    inner = ('<h1 class="fr-h3">Pièces justificatives</h1><p class="fr-text--sm">Étape 4 sur 6 · Formats acceptés : PDF, JPG, PNG · '
             '10 Mo maximum par fichier</p>'
             + filerow("acte_naissance.pdf", "1,2 Mo", "Ajouté", bad=False)
             + filerow("passeport_toutes_pages.pdf", "14,6 Mo")
             + H.upload("Passeport", "Toutes les pages", filename_note="passeport_toutes_pages.pdf"))
    P.append(_entry("up-fr-toast-size", "upload_error", "fr", ESP + "demarches/titre-sejour/pieces",
                    esp13(inner, user=USER_H, post=toast("passeport_toutes_pages.pdf n’a pas été ajouté : la taille du fichier "
                                                         "dépasse 10 Mo."))))
    # 2 fr inline line under a file name, .heic
    inner = ('<h1 class="fr-h3">Justificatifs de ressources</h1>'
             + filerow("avis_impot_2025.pdf", "640 Ko", "Ajouté le 28/08/2026", bad=False)
             + filerow("IMG_4471.HEIC", "2,3 Mo", "Format non pris en charge. Utilisez un fichier PDF, JPG ou PNG.", key=True)
             + H.buttons(H.button("Ajouter un fichier", "secondary"), H.button("Continuer")))
    P.append(_entry("up-fr-inline-heic", "upload_error", "fr", ESP + "demarches/naturalisation/ressources", esp13(inner, user=USER_G)))
    # 3 en toast, password-protected
    inner = ('<h1 class="fr-h3">Supporting documents</h1>'
             + filerow("lease_agreement.pdf", "310 KB", "Added", bad=False)
             + filerow("bank_statement_oct.pdf", "188 KB")
             + H.buttons(H.button("Add a file", "secondary")))
    P.append(_entry("up-en-toast-protected", "upload_error", "en", ESP + "applications/documents",
                    esp13(inner, lang="en", user=USER_F, post=toast("Upload failed: bank_statement_oct.pdf is protected by a password. "
                                                                    "Remove the protection and try again."))))
    # 4 fa translated inline, empty file
    inner = ('<h1 class="fr-h3">مدارک پشتیبان</h1>'
             + filerow("گذرنامه.pdf", "1.1 مگابایت", "اضافه شد", bad=False)
             + filerow("fiche_paie_sept.pdf", "0 بایت", "فایل خالی است و قابل خواندن نیست. یک فایل دیگر انتخاب کنید.", key=True))
    P.append(_entry("up-fa-inline-empty", "upload_error", "fa", ESP + "demarches/pieces", esp13(inner, lang="fa", user=USER_I), **tr("fa")))
    # 5 ru translated toast, damaged file
    inner = ('<h1 class="fr-h3">Подтверждающие документы</h1>'
             + filerow("justificatif_domicile.jpg", "850 КБ", "Добавлено", bad=False)
             + filerow("diplome_master.pdf", "3,4 МБ"))
    P.append(_entry("up-ru-toast-damaged", "upload_error", "ru", ESP + "demarches/pieces",
                    esp13(inner, lang="ru", user=USER_E, post=toast("Файл diplome_master.pdf поврежден и не может быть открыт. "
                                                                    "Пожалуйста, загрузите другую копию.")), **tr("ru")))
    # 6 fr e-photo code already used
    inner = ('<h1 class="fr-h3">Photo et signature</h1><p class="fr-text--sm">Saisissez le code e-photo figurant sur la planche remise '
             'par la cabine ou le photographe agréé.</p>'
             + H.field("Code e-photo", "7KQ2 M9XW PLR4 B6TD 2N8C H", error="Ce code e-photo a déjà été utilisé pour une autre demande.")
             + H.buttons(H.button("Valider le code")))
    P.append(_entry("up-fr-ephoto-used", "upload_error", "fr", ESP + "demarches/titre-sejour/photo", esp13(inner, user=USER_A)))
    # 7 fr too many pages, inline
    inner = ('<h1 class="fr-h3">Documents d’état civil</h1>'
             + filerow("livret_famille_scan.pdf", "7,8 Mo", "Ce document compte 24 pages. Un fichier ne peut pas dépasser 20 pages : "
                       "séparez-le en plusieurs fichiers.", key=True)
             + filerow("acte_mariage.pdf", "920 Ko", "Ajouté", bad=False))
    P.append(_entry("up-fr-inline-pages", "upload_error", "fr", ESP + "demarches/naturalisation/etat-civil", esp13(inner, user=USER_D)))
    return P


def _account_creation():
    P = []
    # 1 fr récépissé number not found
    inner = ('<h1 class="fr-h3">Créer mon compte</h1>'
             + H.stepper("Vos références", 2, 3, "Votre adresse électronique")
             + H.field("Numéro du récépissé", "2026/0931/R 445812", hint="Il figure en haut à droite de votre récépissé",
                       error="Ce numéro de récépissé ne correspond à aucune demande enregistrée.")
             + H.field("Date de délivrance", "19/08/2026")
             + H.buttons(H.button("Précédent", "secondary"), H.button("Suivant")))
    P.append(_entry("ac-fr-recepisse-unknown", "account_creation", "fr", USAGERS + "creation-compte", pub13(inner, narrow=True)))
    # 2 fr terms to accept at creation (account console catalog: termsAndConditionsDeclined)
    inner = ('<h1 class="fr-h3">Créer mon compte</h1><p class="fr-text--sm">Dernière étape : conditions d’utilisation</p>'
             '<div class="fr-p-2w fr-mb-2w" style="height:8rem;overflow:hidden;border:1px solid var(--border-default-grey);font-size:.8rem">'
             'Le présent document définit les conditions dans lesquelles l’usager utilise le téléservice. L’usager s’engage à fournir '
             'des informations exactes et à jour. Les données sont traitées par le ministère de l’Intérieur…</div>'
             '<div class="fr-checkbox-group fr-checkbox-group--error"><input type="checkbox" id="cgu"><label class="fr-label" for="cgu">'
             'J’ai lu et j’accepte les conditions générales d’utilisation</label>'
             '<p class="fr-error-text">Vous devez accepter les Conditions Générales d\'Utilisation pour continuer</p></div>'
             + H.buttons(H.button("Créer mon compte")))
    P.append(_entry("ac-fr-terms-declined", "account_creation", "fr", USAGERS + "creation-compte/conditions", pub13(inner, narrow=True)))
    # 3 en account already exists
    inner = ('<h1 class="fr-h3">Create your account</h1>'
             + H.alert("error", None, "An account already exists for this foreign national number. Sign in with it, or use "
                       "“Forgot your password?” if you no longer know your password.")
             + H.field("Foreign national number", "7503126645", hint="10 digits, on your residence permit")
             + H.buttons(H.button("Next")))
    P.append(_entry("ac-en-exists", "account_creation", "en", USAGERS + "create-account", pub13(inner, lang="en", narrow=True)))
    # 4 ru translated: visa number format
    inner = ('<h1 class="fr-h3">Создать мой аккаунт</h1><p class="fr-text--sm">У меня есть долгосрочная виза</p>'
             + H.field("Номер визы", "FRA 12345678", hint="Он указан на наклейке визы в вашем паспорте",
                       error="Номер визы должен состоять из 9 символов: 3 буквы, затем 6 цифр.")
             + H.buttons(H.button("Продолжить")))
    P.append(_entry("ac-ru-visa-format", "account_creation", "ru", USAGERS + "creation-compte", pub13(inner, lang="ru", narrow=True),
                    **tr("ru")))
    # 5 fa translated: verification code e-mail not received / code expired
    inner = ('<h1 class="fr-h3">آدرس ایمیل خود را تأیید کنید</h1>'
             '<p class="fr-text--sm">ما یک کد 6 رقمی به آدرس r•••@gmail.com ارسال کردیم.</p>'
             + H.field("کد تأیید", "", error="کد منقضی شده است. یک کد جدید درخواست کنید. ایمیل را دریافت نکرده اید؟ پوشه هرزنامه را بررسی کنید.")
             + H.buttons(H.button("ارسال مجدد کد", "secondary"), H.button("تأیید")))
    P.append(_entry("ac-fa-code-expired", "account_creation", "fa", USAGERS + "creation-compte/verification",
                    pub13(inner, lang="fa", narrow=True), **tr("fa")))
    # 6 fr dates: end before start
    inner = ('<h1 class="fr-h3">Créer mon compte</h1><p class="fr-text--sm">Votre titre de séjour actuel</p>'
             + H.field("Date de début de validité", "14/03/2025")
             + H.field("Date de fin de validité", "13/03/2024",
                       error="La date de fin de validité doit être postérieure à la date de début.")
             + H.buttons(H.button("Suivant")))
    P.append(_entry("ac-fr-dates", "account_creation", "fr", USAGERS + "creation-compte", pub13(inner, narrow=True, dark=True), dark=True))
    # 7 fr busy creation page: one small line
    inner = ('<h1 class="fr-h4">Créer votre compte</h1>'
             + H.field("Adresse électronique", "karim.benali@laposte.net")
             + '<p class="x13-small" data-key="line" style="color:var(--text-default-error)">Cette adresse électronique est déjà '
             'associée à un compte.</p>'
             + H.buttons(H.button("Continuer"))
             + mega(["Accueil", "Titre de séjour", "Naturalisation", "Document de voyage", "Aide", "Contact"]) + filler())
    P.append(_entry("ac-fr-busy-email-used", "account_creation", "fr", USAGERS + "creation-compte",
                    pub13(inner, pre=strip("Site officiel de l’administration française", "Aide · Contact"), post=cookie_bar())))
    return P


def _login_failure():
    P = []
    # 1 fr Keycloak OTP setup (loginTotp*), device name missing (missingTotpDeviceNameMessage)
    inner = ('<h1 class="fr-h4">Configuration de l’authentification par mobile</h1>'
             '<ol class="fr-text--sm"><li>Installez une des applications suivantes sur votre mobile: FreeOTP, Google Authenticator, '
             'Microsoft Authenticator</li><li>Ouvrez l’application et scannez le code-barres ou entrez la clef.'
             '<div style="width:7rem;height:7rem;margin:.5rem 0;background:repeating-conic-gradient(#161616 0 25%,#fff 0 50%) 0 0/14px 14px">'
             '</div></li><li>Entrez le code à usage unique fourni par l’application et cliquez sur Sauvegarder pour terminer.</li></ol>'
             + H.field("Code à usage unique", "482913")
             + H.field("Nom d’appareil", "", error="Veuillez entrer le nom de votre appareil.")
             + H.buttons(H.button("Soumettre")))
    P.append(_entry("lf-fr-totp-device", "login_failure", "fr", act("required-action", "execution=CONFIGURE_TOTP&client_id=anef-usagers&tab_id=q1Wm"),
                    sso13(inner)))
    # 2 en passkey login, authentication result invalid (webauthn-login-title, webauthn-error-auth-verification)
    inner = ('<h1 class="fr-h4">Passkey login</h1>'
             + H.alert("error", None, "Passkey authentication result is invalid. The passkey on this device was not recognised.")
             + '<p class="fr-text--sm fr-text--bold">Available Passkeys</p><p class="fr-text--sm">Phone – Android · Created 02/07/2026</p>'
             + H.buttons(H.button("Sign in with Passkey"), H.button("Try Another Way", "tertiary")))
    P.append(_entry("lf-en-passkey-invalid", "login_failure", "en", act("authenticate"), sso13(inner, lang="en")))
    # 3 fr passkey registration failed (webauthn-registration-title, webauthn-error-registration)
    inner = ('<h1 class="fr-h4">Enregistrement d’une Clé de Sécurité</h1>'
             + H.alert("error", "Erreur lors de l’utilisation de la Clé de Sécurité",
                       "L’enregistrement de la Clé de Sécurité a échoué. L’opération a expiré ou n’a pas été autorisée.")
             + H.buttons(H.button("Réessayer"), H.button("Annuler", "secondary")))
    P.append(_entry("lf-fr-passkey-register", "login_failure", "fr", act("required-action", "execution=webauthn-register&client_id=anef-usagers&tab_id=Zp4e"),
                    sso13(inner, dark=True), dark=True))
    # 4 fr choose a method, authenticator app blocked for a while (loginChooseAuthenticator, otp-display-name / otp-help-text)
    inner = ('<h1 class="fr-h4">Sélectionnez une méthode de connexion</h1>'
             + H.alert("error", None, "Trop de codes erronés : la connexion avec l’application d’authentification est bloquée pendant "
                       "15 minutes.", sm=True)
             + '<div class="x12-row"><span><b>Application d’authentification</b><br><span class="fr-text--sm">Entrez un code de '
             'vérification depuis votre application d’authentification.</span></span><span>›</span></div>'
             '<div class="x12-row"><span><b>Clé d’accès</b><br><span class="fr-text--sm">Utilisez votre clé d’accès pour vous '
             'connecter.</span></span><span>›</span></div>')
    P.append(_entry("lf-fr-choose-blocked", "login_failure", "fr", act("authenticate"), sso13(inner)))
    # 5 ru translated: account locked after attempts
    inner = H.login_form("ru", alert_html=H.alert("error", None, "Ваша учетная запись заблокирована после 5 неудачных попыток. "
                                                  "Повторите попытку через 30 минут."), ident="7509283311")
    P.append(_entry("lf-ru-locked", "login_failure", "ru", H.SSO_AUTH, sso(inner, lang="ru"), **tr("ru")))
    # 6 fa translated: wrong identifier or password
    inner = H.login_form("fa", alert_html=H.alert("error", None, "شناسه یا رمز عبور نادرست است. دوباره تلاش کنید."),
                         ident="mahsa.karimi@yahoo.fr")
    P.append(_entry("lf-fa-wrong", "login_failure", "fa", H.SSO_AUTH, sso(inner, lang="fa"), **tr("fa")))
    # 7 ar translated: SMS code refused
    inner = ('<h1 class="fr-h4">التحقق بخطوتين</h1><p class="fr-text--sm">أدخل الرمز المرسل عبر رسالة نصية إلى الرقم •• •• •• 47 06</p>'
             + H.field("رمز التحقق", "55 21 09", error="الرمز غير صحيح أو انتهت صلاحيته.")
             + H.buttons(H.button("تحقق"), H.button("إرسال رمز جديد", "tertiary")))
    P.append(_entry("lf-ar-sms-code", "login_failure", "ar", act("authenticate"), sso13(inner, lang="ar"), **tr("ar")))
    return P


def _password_reset():
    P = []
    # 1 fr reset link already used
    inner = ('<h1 class="fr-h4">Réinitialiser mon mot de passe</h1>'
             + H.alert("error", None, "Ce lien de réinitialisation a déjà été utilisé. Demandez un nouveau lien depuis « Mot de passe "
                       "oublié ? ».")
             + H.buttons(H.button("Recevoir un nouveau lien")))
    P.append(_entry("pr-fr-link-used", "password_reset", "fr", act("action-token", "key=eyJhbGciOiJIUzI1NiJ9.eyJleHAiOj&client_id=anef-usagers"),
                    sso13(inner)))
    # 2 fr account console « Connexion » page, password expired
    inner = ('<div class="pan"><div class="ph">Authentification de base</div>'
             '<div class="pr"><b>Mon mot de passe</b><span class="gr">Créé le 30/08/2025</span>'
             '<span style="color:#c9190b;font-size:13.5px;flex-basis:100%" data-key="pw">Votre mot de passe a expiré le 30/08/2026. '
             'Vous devez en choisir un nouveau.</span><span class="kb p">Mettre à jour</span></div></div>'
             '<div class="pan"><div class="ph">Authentification à deux facteurs</div><div class="pr">Application d’authentification'
             '<span class="gr">Entrez un code de vérification depuis votre application d’authentification.</span>'
             '<span class="kb">Configurer</span></div></div>')
    P.append(_entry("pr-fr-console-expired", "password_reset", "fr", ACCOUNT + "account-security/signing-in",
                    kc_console("Connexion", "Configurez les façons de vous authentifier.", inner, 2), tab="Gérer le compte"))
    # 3 en new password refused: contains the first name
    inner = ('<h1 class="fr-h4">Choose a new password</h1>'
             + pw_field("New password", err="Your password must not contain your first or last name.")
             + pw_field("Confirm the new password")
             + '<p class="fr-text--xs">At least 12 characters, with upper and lower case letters, a digit and a special character.</p>'
             + H.buttons(H.button("Save")))
    P.append(_entry("pr-en-name-in-password", "password_reset", "en", act("reset-credentials"), sso13(inner, lang="en")))
    # 4 ru translated: reset e-mail not arriving
    inner = ('<h1 class="fr-h4">Забыли пароль</h1>'
             + H.alert("info", None, "Если учетная запись существует, электронное письмо было отправлено. Не получили письмо через "
                       "15 минут? Проверьте папку «Спам» или начните заново.")
             + H.field("Идентификатор", "7511034820") + H.buttons(H.button("Отправить снова")))
    P.append(_entry("pr-ru-mail-not-received", "password_reset", "ru", act("reset-credentials"), sso13(inner, lang="ru"), **tr("ru")))
    # 5 fa translated: temporary password expired
    inner = H.login_form("fa", alert_html=H.alert("warning", None, "رمز عبور موقت شما منقضی شده است. برای دریافت رمز عبور جدید روی "
                                                  "«رمز عبور را فراموش کرده اید؟» کلیک کنید."), ident="7512226409", fc=False)
    P.append(_entry("pr-fa-temporary-expired", "password_reset", "fa", H.SSO_AUTH, sso(inner, lang="fa"), **tr("fa")))
    # 6 uk translated: confirmation does not match
    inner = ('<h1 class="fr-h4">Оновлення пароля</h1>'
             + pw_field("Новий пароль") + pw_field("Підтвердження нового пароля", err="Два введені паролі не збігаються.")
             + H.buttons(H.button("Підтвердити")))
    P.append(_entry("pr-uk-confirm-mismatch", "password_reset", "uk", act("required-action", "execution=UPDATE_PASSWORD&client_id=anef-usagers"),
                    sso13(inner, lang="uk"), **tr("uk")))
    # 7 fr busy forgot-password page: one small line
    inner = ('<h1 class="fr-h4">Mot de passe oublié</h1>'
             + H.field("Identifiant", "751203448")
             + '<p class="x13-small" data-key="line" style="color:var(--text-default-error)">Aucun compte ne correspond à cet '
             'identifiant. Vérifiez votre saisie.</p>' + H.buttons(H.button("Envoyer"))
             + mega(["Accueil", "Titre de séjour", "Naturalisation", "Aide", "Contact"]) + filler())
    P.append(_entry("pr-fr-busy-no-account", "password_reset", "fr", act("reset-credentials"),
                    pub13(inner, pre=strip("Site officiel de l’administration française", "FR · EN"), post=cookie_bar() + help_fab())))
    return P


def _franceconnect():
    P = []
    # 1 fr Keycloak consent page after FranceConnect (oauthGrantTitle, oauthGrantRequest, scopes), with a refusal line
    inner = ('<h1 class="fr-h4">Accorder l’accès à Étrangers en France</h1>'
             + H.alert("error", None, "La connexion avec FranceConnect n’a pas abouti : l’accès à vos données d’identité est "
                       "nécessaire pour retrouver votre compte.", sm=True)
             + '<p class="fr-text--sm fr-text--bold">Voulez-vous accorder ces privilèges d’accès ?</p>'
             '<ul class="fr-text--sm"><li>Profil utilisateur</li><li>Courriel</li><li>Adresse</li></ul>'
             '<p class="fr-text--xs">Vous pourriez examiner les conditions générales d’utilisation.</p>'
             + H.buttons(H.button("Accepter"), H.button("Décliner", "secondary")))
    P.append(_entry("fc-fr-consent", "franceconnect", "fr", act("consent"), sso13(inner)))
    # 2 en account console linked accounts: FranceConnect not linked, link failed (linkedAccounts, linkError)
    inner = ('<div class="al"><b>Could not link due to: identity already linked to another account</b></div>'
             '<div class="pan"><div class="ph">Linked login providers</div><div class="pr gr">No linked providers</div></div>'
             '<div class="pan"><div class="ph">Unlinked login providers</div><div class="pr"><b>FranceConnect</b>'
             '<span class="gr">Social login</span><span class="kb">Link account</span></div></div>')
    P.append(_entry("fc-en-console-link-error", "franceconnect", "en", ACCOUNT + "account-security/linked-accounts",
                    kc_console("Linked accounts", "Manage logins through third-party accounts.", inner, 4, lang="en"),
                    tab="Manage account"))
    # 3 fr account console linked accounts, FranceConnect « Impossible de lier »
    inner = ('<div class="al"><b>Impossible de lier à cause de : la session FranceConnect a expiré</b></div>'
             '<div class="pan"><div class="ph">Fournisseurs de connexion liés</div><div class="pr gr">Aucun fournisseur lié</div></div>'
             '<div class="pan"><div class="ph">Fournisseurs de connexion non liés</div><div class="pr"><b>FranceConnect</b>'
             '<span class="kb">Lier le compte</span></div></div>')
    P.append(_entry("fc-fr-console-link-error", "franceconnect", "fr", ACCOUNT + "account-security/linked-accounts",
                    kc_console("Comptes liés", "Gérez les connexions via les comptes tiers.", inner, 4), tab="Gérer le compte"))
    # 4 ru translated: FranceConnect loops back to the sign-in page
    inner = H.login_form("ru", alert_html=H.alert("warning", None, "Вы были перенаправлены с FranceConnect, но ваш аккаунт Иностранцы во "
                                                  "Франции не удалось найти. Сначала подключитесь с вашим идентификатором, чтобы "
                                                  "связать две учетные записи."))
    P.append(_entry("fc-ru-loop-not-linked", "franceconnect", "ru", H.SSO_AUTH, sso(inner, lang="ru"), **tr("ru")))
    # 5 fa translated: identity from FranceConnect does not match
    inner = ('<h1 class="fr-h4">اتصال با FranceConnect</h1>'
             + H.alert("error", None, "هویت ارسال شده توسط FranceConnect با اطلاعات حساب شما مطابقت ندارد (نام خانوادگی هنگام تولد). "
                       "حساب ها نمی توانند ادغام شوند.")
             + H.fc_button("fa"))
    P.append(_entry("fc-fa-identity-mismatch", "franceconnect", "fa", REALM + "broker/franceconnect-particulier/endpoint?state=Qm1x&code=aa81",
                    sso13(inner, lang="fa"), **tr("fa")))
    # 6 ar translated: FranceConnect temporarily unavailable
    inner = H.login_form("ar", alert_html=H.alert("error", None, "خدمة FranceConnect غير متاحة مؤقتًا. أعد المحاولة لاحقًا أو قم بتسجيل "
                                                  "الدخول باستخدام معرفك وكلمة المرور."))
    P.append(_entry("fc-ar-unavailable", "franceconnect", "ar", H.SSO_AUTH, sso(inner, lang="ar"), **tr("ar")))
    # 7 fr busy home page: one small line under the FranceConnect button
    inner = (mega(["Titre de séjour", "Naturalisation", "Document de voyage", "Aide", "Actualités", "Points d’accueil"])
             + '<div class="x13-grid"><div><h1 class="fr-h5">Se connecter</h1>' + H.fc_button()
             + '<p class="x13-small" data-key="line" style="color:var(--text-default-error)">La connexion avec FranceConnect a échoué. '
             'Réessayez ou utilisez votre identifiant.</p></div>'
             '<div><h2 class="fr-h5">Première visite ?</h2><p>Créez votre compte avec votre numéro étranger ou votre visa.</p></div></div>'
             + filler())
    P.append(_entry("fc-fr-busy-line", "franceconnect", "fr", USAGERS + "connexion",
                    pub13(inner, pre=strip("Site officiel de l’administration française", "FR · EN"), post=cookie_bar())))
    return P


def _blocked_page():
    P = []
    # 1 fr account console error (somethingWentWrong, somethingWentWrongDescription, refreshPage)
    inner = ('<div class="pan" style="text-align:center;padding:40px 20px" data-key="err"><div style="font-size:40px;color:#c9190b">⚠</div>'
             '<h2 style="font-size:22px;font-weight:400">Quelque chose s’est mal passé</h2><p class="gr">Désolé, une erreur inattendue '
             's’est produite.</p><span class="kb p" style="margin:0">Rafraîchir la page</span></div>')
    P.append(_entry("bp-fr-console-wrong", "blocked_page", "fr", ACCOUNT + "personal-info",
                    kc_console("Informations personnelles", "Gérez vos informations de base", inner, 0), tab="Gérer le compte"))
    # 2 en account console device activity: sign out failed (errorSignOutMessage)
    inner = ('<div class="al"><b>Could not be signed out: Network Error</b></div>'
             '<div class="pan"><div class="ph">Signed in devices</div>'
             '<div class="pr"><b>Chrome / Windows</b><span class="gr">Current session · Last accessed today</span></div>'
             '<div class="pr"><b>Safari / iOS</b><span class="gr">Started 03/08/2026</span><span class="kb">Sign out</span></div></div>')
    P.append(_entry("bp-en-console-signout", "blocked_page", "en", ACCOUNT + "account-security/device-activity",
                    kc_console("Device activity", "Sign out of any unfamiliar devices.", inner, 3, lang="en"), tab="Manage account"))
    # 3 fr Keycloak OAuth error « Erreur du serveur » (server_error)
    inner = ('<h1 class="fr-h4">Nous sommes désolés…</h1>' + H.alert("error", None, "Erreur du serveur")
             + '<p class="fr-text--sm">Réessayez dans quelques instants.</p>')
    P.append(_entry("bp-fr-server-error", "blocked_page", "fr", act("authenticate", "execution=5c1e&client_id=anef-usagers&tab_id=R7t"),
                    sso13(inner)))
    # 4 ru translated: maintenance
    inner = ('<div class="fr-p-4w" style="text-align:center" id="crop"><h1 class="fr-h3">Сайт находится на техническом обслуживании</h1>'
             '<p>Мы проводим работы по улучшению сервиса. Сайт будет снова доступен в понедельник с 7 часов утра. '
             'Благодарим вас за понимание.</p></div>')
    P.append(_entry("bp-ru-maintenance", "blocked_page", "ru", USAGERS, pub13(inner, lang="ru"), **tr("ru")))
    # 5 fa translated: session expired
    inner = ('<h1 class="fr-h3">جلسه شما منقضی شده است</h1>'
             + H.alert("warning", None, "به دلایل امنیتی، پس از 20 دقیقه عدم فعالیت قطع ارتباط شدید. اطلاعات وارد شده ذخیره نشده است.")
             + H.buttons(H.button("دوباره وصل شوید")))
    P.append(_entry("bp-fa-session", "blocked_page", "fa", USAGERS + "session-expiree", pub13(inner, lang="fa", narrow=True), **tr("fa")))
    # 6 fr busy dashboard: one small line, error 502
    inner = (mega(["Titre de séjour", "Naturalisation", "Document de voyage", "Changement d’adresse", "Aide"])
             + '<h1 class="fr-h4">Bonjour M. Carlos MENDOZA</h1>' + quick(["Mes démarches", "Mes documents", "Mes notifications"])
             + '<p class="x13-small" data-key="line">Impossible d’afficher vos démarches pour le moment (erreur 502). '
             'Réessayez plus tard.</p>' + filler())
    P.append(_entry("bp-fr-busy-502", "blocked_page", "fr", ESP + "mon-compte",
                    esp13(inner, user=USER_H, active=0, post=cookie_bar() + help_fab())))
    # 7 fr page that never loads: spinner
    inner = ('<div style="text-align:center;padding:4rem 1rem" data-key="load"><div style="width:48px;height:48px;margin:0 auto 1rem;'
             'border-radius:50%;border:5px solid var(--background-contrast-grey);border-top-color:#000091"></div>'
             '<p class="fr-text--bold">Chargement de votre demande…</p><p class="fr-text--sm x12-grey">Le chargement prend plus de '
             'temps que prévu. Ne fermez pas cette page.</p></div>')
    P.append(_entry("bp-fr-spinner", "blocked_page", "fr", ESP + "demarches/titre-sejour/recapitulatif", esp13(inner, user=USER_C)))
    return P


def _unknown():
    P = []
    # 1 fr account console: sign out all devices dialog (signOutAllDevices, signOutAllDevicesWarning)
    inner = ('<div class="pan"><div class="ph">Appareils connectés</div>'
             '<div class="pr"><b>Firefox / Windows</b><span class="gr">Session actuelle</span></div>'
             '<div class="pr"><b>Chrome / Android</b><span class="gr">Dernier accès 12/08/2026</span></div></div>'
             '<div style="position:fixed;inset:0;background:rgba(3,3,3,.55)"></div>'
             '<div data-key="modal" style="position:fixed;left:50%;top:22%;transform:translateX(-50%);width:min(520px,92vw);background:#fff;'
             'padding:22px 24px;box-shadow:0 8px 30px rgba(0,0,0,.4)"><h2 style="font-size:20px;font-weight:400;margin:0 0 10px">'
             'Se déconnecter de tous les appareils</h2><p style="font-size:14px">Cette action déconnectera tous les appareils qui se sont '
             'connectés à votre compte, y compris l’appareil que vous utilisez actuellement.</p>'
             '<span class="kb d" style="margin:10px 8px 0 0">Confirmer</span><span class="kb" style="margin:10px 0 0">Annuler</span></div>')
    P.append(_entry("un-fr-console-signout-all", "unknown", "fr", ACCOUNT + "account-security/device-activity",
                    kc_console("Activités des appareils", "Déconnectez-vous de tout appareil non familier.", inner, 3), tab="Gérer le compte"))
    # 2 en account console: two-factor set up, recovery codes remaining (nothing wrong)
    inner = ('<div class="pan"><div class="ph">Two-factor authentication</div>'
             '<div class="pr"><b>Authenticator application</b><span class="gr">Created 21/06/2026</span><span class="kb">Delete</span></div></div>'
             '<div class="pan"><div class="ph">Recovery authentication codes</div><div class="pr" data-key="codes">8 recovery codes remaining'
             '<span class="kb">Generate new codes</span></div></div>')
    P.append(_entry("un-en-console-2fa", "unknown", "en", ACCOUNT + "account-security/signing-in",
                    kc_console("Signing in", "Configure ways to sign in.", inner, 2, lang="en"), tab="Manage account"))
    # 3 fr notification centre: CAF message
    notes = [("Mail", "#0a84ff", "Caf", "Votre attestation de paiement est disponible dans votre Espace Mon Compte.", "il y a 1 h", True),
             ("WhatsApp", "#25d366", "Famille", "Photo", "il y a 2 h", False)]
    P.append(_entry("un-fr-notif-caf", "unknown", "fr", None, notif_centre("Notifications · Tout effacer", notes)))
    # 4 fr busy page of another administration with one small error line (France Travail)
    inner = ('<h1 class="fr-h4">Mon espace</h1>' + quick(["Mes offres", "Mon dossier", "Mes paiements", "Mes rendez-vous"])
             + '<p class="x13-small" data-key="line" style="color:#c9191e">Votre actualisation n’a pas pu être enregistrée. Réessayez plus '
             'tard.</p>')
    P.append(_entry("un-fr-francetravail", "unknown", "fr", "https://candidat.francetravail.fr/espacepersonnel/",
                    other_gov("France Travail", "Espace candidat", inner, nav=("Accueil", "Offres", "Formations", "Aides"),
                              tools=("Mon espace",), foot="francetravail.fr", tr_css=False) , tab="Mon espace - France Travail"))
    # 5 fr ANEF webmail: newsletter-like information message (nothing to do)
    mail = ('<p>Bonjour,</p><p>Nous vous informons que votre adresse électronique a bien été modifiée dans votre espace personnel. '
            'Si vous n’êtes pas à l’origine de cette modification, contactez le Centre de contact citoyen.</p><p>L’équipe Étrangers '
            'en France</p>')
    P.append(_entry("un-fr-webmail-email-changed", "unknown", "fr", "https://mail.orange.fr/webmail/fr_FR/read.html?FOLDER=SF_INBOX&IDMSG=9120",
                    webmail("Modification de votre adresse électronique", "Étrangers en France", "lun. 24/08/2026 19:22", mail,
                            [("SNCF Connect", "Votre e-billet"), ("Amazon", "Votre commande a été expédiée")]), tab="Mail Orange"))
    # 6 uk translated help article on the fee (timbre fiscal)
    inner = (H.breadcrumb(["Прийом", "Допомога", "Податкова марка"])
             + '<h1 class="fr-h3">Скільки коштує посвідка на проживання?</h1>'
             '<p>Вартість залежить від типу документа. Для більшості посвідок на проживання податкова марка становить 225 €. '
             'Ви можете придбати електронну марку на сайті timbres.impots.gouv.fr.</p>'
             '<p class="fr-text--sm">Ця стаття була корисною? Так · Ні</p>')
    P.append(_entry("un-uk-help-fee", "unknown", "uk", USAGERS + "aide/timbre-fiscal", pub13(inner, lang="uk"), **tr("uk")))
    # 7 ar SMS from OFII (another administration): medical visit appointment
    P.append(_entry("un-ar-sms-ofii", "unknown", "ar", None,
                    ios_sms("OFII", [("12/08/2026", "المكتب الفرنسي للهجرة والاندماج: تم استلام ملفك.", False),
                                     ("أمس 11:04", "المكتب الفرنسي للهجرة والاندماج: موعد الفحص الطبي الخاص بك يوم 08/12/2026 "
                                      "الساعة 9:00. أحضر جواز سفرك وصورة.", False)], placeholder="رسالة نصية", rtl=True)))
    return P


def build_pages():
    pages = (_request_status() + _missing_document() + _upload_error() + _account_creation() + _login_failure()
             + _password_reset() + _franceconnect() + _blocked_page() + _unknown())
    return pages
