"""Pages of the twelfth blind screenshot set (samples/fresh/screens-12, seed screens-fresh-12).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from
Keycloak's login-theme catalogs (messages_fr.properties under themes/src/main/resources-community/... and
messages_en.properties under themes/src/main/resources/... of keycloak/keycloak, read for this set), keys the
screens-1 to screens-11 READMEs do not list; from Chromium 156's own English offline page (read off the browser
installed here); and from a French Firefox netError catalog (a Waterfox copy) with its lead sentence as quoted in
public files.  Everything else (ANEF's own notices, dashboards, file lists, status pages, the SMS, the other
administrations' sites, and the sentences standing for the browser's machine translations) is written here in the
style of those sites and is not a verified wording.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt, browsers.
"""
import anef_html as H
import make_screens as M

ESP = H.PORTAL
USAGERS = H.USAGERS
SSO_ACT = H.SSO_ACT
SSO_AUTH = H.SSO_AUTH
REALM = "https://" + H.SSO + "/auth/realms/anef-usagers/"
BROKER = REALM + "broker/franceconnect-particulier/"

USER_A = "Mme Amina TOURÉ"
USER_B = "M. Dmytro BONDARENKO"
USER_C = "Mme Leila RAHIMI"
USER_D = "M. Youssef EL AMRANI"
USER_E = "Mme Natalia ORLOVA"
USER_F = "M. Kwame MENSAH"
USER_G = "Mme Mei LIN"
USER_H = "M. Carlos MENDOZA"
USER_I = "Mme Sara HOSSEINI"
USER_J = "M. Omar HADDAD"


def _entry(name, situation, lang, url, doc, step="", tab=None, **kw):
    """H.page_entry; a browser-translated page's tab title is translated too."""
    if kw.get("translated") and tab is None:
        tab = H.HEADER_TXT[lang]["title"]
    return H.page_entry(name, situation, lang, url, doc, step=step, tab=tab, **kw)


TARGETS = {"ar": "arabe", "fa": "persan", "ru": "russe", "uk": "ukrainien"}


def tr(lang):
    """what a French-speaking Chrome says once it has translated the page."""
    return dict(translated=True, bubble_txt=("Cette page a été traduite", "français", TARGETS[lang]))


def act(path, q="session_code=pV3n0Qe&execution=9b1f0c2d&client_id=anef-usagers&tab_id=Hk2mX8"):
    return SSO_ACT + path + "?" + q


def doc(body, lang="fr", dark=False, css="", title=None):
    rtl = lang in ("ar", "fa")
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=H.translation_css(lang, rtl) + CSS12 + css,
                      title=title or H.HEADER_TXT[lang]["title"])


def espace(inner, lang="fr", user=USER_A, active=1, dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow) + post, lang, dark)


def public(inner, lang="fr", dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=None, pre=pre, narrow=narrow) + post, lang, dark)


def sso(inner, lang="fr", dark=False, post="", pre=""):
    return doc(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False, pre=pre) + post, lang, dark)


# ----------------------------------------------------------------------------- layouts of this set
# Shared rules for the helpers below (class names prefixed with x12- so that none is a message class).
CSS12 = (
    ".x12-grey{color:var(--text-mention-grey)}"
    ".x12-strip{background:#1e1e1e;color:#f0f0f0;font-size:.75rem;padding:.3rem 1rem;display:flex;gap:1rem;flex-wrap:wrap;justify-content:space-between}"
    ".x12-cookie{position:fixed;left:0;right:0;bottom:0;z-index:800;background:var(--background-raised-grey);"
    "border-top:3px solid var(--border-plain-blue-france,#000091);box-shadow:0 -4px 14px rgba(0,0,0,.22);padding:.7rem 1rem}"
    ".x12-cookie p{font-size:.8rem;line-height:1.3;margin:0 0 .4rem}"
    ".x12-cookie span.b{display:inline-block;border:1px solid var(--border-plain-blue-france,#000091);color:var(--text-action-high-blue-france);"
    "font-size:.8rem;padding:.2rem .7rem;margin:0 .4rem .2rem 0}"
    ".x12-side{display:flex;flex-wrap:wrap;gap:1.5rem}.x12-side>nav{flex:1 1 12rem;max-width:17rem}.x12-side>section{flex:4 1 20rem;min-width:0}"
    ".x12-side nav a{display:block;padding:.55rem .8rem;font-size:.875rem;border-inline-start:3px solid transparent;color:var(--text-default-grey)}"
    ".x12-side nav a.cur{border-inline-start-color:var(--border-plain-blue-france,#000091);color:var(--text-action-high-blue-france);font-weight:700;"
    "background:var(--background-alt-blue-france)}"
    ".x12-vt{position:relative;margin:0 0 1.5rem;padding:0}.x12-vt li{list-style:none;display:flex;gap:1rem;padding:0 0 1.2rem}"
    ".x12-vt .d{flex:none;width:6.2rem;font-size:.75rem;text-align:end;padding-top:.1rem}"
    ".x12-vt .dot{flex:none;width:1rem;height:1rem;border-radius:50%;margin-top:.2rem;border:2px solid var(--border-default-grey);background:var(--background-default-grey)}"
    ".x12-vt .done .dot{background:var(--background-flat-success);border-color:var(--background-flat-success)}"
    ".x12-vt .cur .dot{background:var(--background-action-high-blue-france);border-color:var(--background-action-high-blue-france);box-shadow:0 0 0 4px var(--background-contrast-blue-france)}"
    ".x12-vt .t{font-size:.9rem}.x12-vt .cur .t{font-weight:700}.x12-vt .todo .t{color:var(--text-mention-grey)}"
    ".x12-acc{border-top:1px solid var(--border-default-grey);margin-bottom:2rem}.x12-acc>div{border-bottom:1px solid var(--border-default-grey)}"
    ".x12-acc .h{display:flex;justify-content:space-between;gap:1rem;padding:.8rem .4rem;font-weight:700;font-size:.9rem;color:var(--text-action-high-blue-france)}"
    ".x12-acc .body{padding:0 .4rem 1rem}"
    ".x12-bar{height:.5rem;background:var(--background-contrast-grey);border-radius:.25rem;overflow:hidden;margin:.3rem 0}"
    ".x12-bar>i{display:block;height:100%}"
    ".x12-kc{max-width:30rem;margin:0 auto;border:1px solid var(--border-default-grey);background:var(--background-default-grey)}"
    ".x12-kc>.top{background:var(--background-action-high-blue-france);color:#fff;padding:.9rem 1.4rem;font-size:.8rem;letter-spacing:.06em;text-transform:uppercase}"
    ".x12-kc>.in{padding:1.4rem}"
    ".x12-fab{position:fixed;right:1rem;bottom:1rem;z-index:700;background:var(--background-action-high-blue-france);color:#fff;border-radius:2rem;"
    "padding:.55rem 1.1rem;font-size:.85rem;font-weight:700;box-shadow:0 3px 10px rgba(0,0,0,.3)}"
    ".x12-quick{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0 2rem}.x12-quick>div{flex:1 1 11rem;border:1px solid var(--border-default-grey);"
    "border-bottom:3px solid var(--border-plain-blue-france,#000091);padding:1rem;font-size:.9rem;font-weight:700;color:var(--text-action-high-blue-france)}"
    ".x12-hero{background:var(--background-alt-blue-france);padding:2.2rem 0;margin-bottom:0}"
    ".x12-meter{display:flex;gap:4px;margin:.4rem 0 .2rem}.x12-meter>i{flex:1;height:6px;background:var(--background-contrast-grey)}"
    ".x12-drop{border:2px dashed var(--border-default-grey);padding:1.6rem 1rem;text-align:center;margin-bottom:1rem}"
    ".x12-row{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.3rem 1rem;padding:.75rem 0;border-bottom:1px solid var(--border-default-grey)}"
)


def strip(left, right):
    """a thin dark strip above the header (noise)."""
    return f'<div class="x12-strip"><span>{left}</span><span>{right}</span></div>'


def cookie_bar(lang="fr"):
    """a cookie bar pinned to the bottom of the window (noise)."""
    t = {"fr": ("Nous utilisons des traceurs pour mesurer la fréquentation du site. Aucun traceur publicitaire n’est déposé.",
                "Accepter", "Refuser", "Paramétrer"),
         "en": ("We use trackers to measure how the site is used. No advertising tracker is set.", "Accept", "Refuse", "Settings")}[lang]
    return (f'<div class="x12-cookie"><p>{t[0]}</p><span class="b">{t[1]}</span><span class="b">{t[2]}</span>'
            f'<span class="b" style="border-color:transparent">{t[3]}</span></div>')


def help_fab(text="Besoin d’aide ?"):
    return f'<div class="x12-fab">{text}</div>'


def side_layout(items, cur, inner):
    """a vertical menu of the personal space on the left, the content on the right."""
    links = "".join(f'<a class="{"cur" if i == cur else ""}" href="#">{x}</a>' for i, x in enumerate(items))
    return f'<div class="x12-side"><nav>{links}</nav><section>{inner}</section></div>'


def callout(title, text, key="callout", extra=""):
    """a DSFR callout (the message when key is set)."""
    k = f' data-key="{key}"' if key else ""
    return (f'<div class="fr-callout fr-mb-3w"{k}><h3 class="fr-callout__title">{title}</h3>'
            f'<p class="fr-callout__text">{text}</p>{extra}</div>')


def vtimeline(rows, key=True):
    """a vertical timeline with a date column: rows of (date, text, state done/cur/todo)."""
    k = ' data-key="timeline"' if key else ""
    lis = "".join(f'<li class="{s}"><span class="d x12-grey">{d}</span><span class="dot"></span><span class="t">{t}</span></li>'
                  for d, t, s in rows)
    return f'<ol class="x12-vt"{k}>{lis}</ol>'


def accordion(items, open_idx=None, key_open=True):
    """a list of sections, one of them open (title, body)."""
    out = []
    for i, (title, body) in enumerate(items):
        opened = i == open_idx
        k = ' data-key="open"' if (opened and key_open) else ""
        b = f'<div class="body"{k}>{body}</div>' if opened else ""
        out.append(f'<div><div class="h"><span>{title}</span><span>{"−" if opened else "+"}</span></div>{b}</div>')
    return f'<div class="x12-acc">{"".join(out)}</div>'


def progress(name, size, pct, colour, note=""):
    """a file being sent, with a progress bar."""
    return (f'<div class="fr-mb-2w"><p class="fr-text--sm fr-text--bold fr-mb-0">{name} <span class="x12-grey" style="font-weight:400">· {size}</span></p>'
            f'<div class="x12-bar"><i style="width:{pct}%;background:{colour}"></i></div>{note}</div>')


def kc_panel(title, inner, top="Étrangers en France · Authentification"):
    """a sign-in server box with a blue band on top (the message goes inside)."""
    return f'<div class="x12-kc"><div class="top">{top}</div><div class="in"><h1 class="fr-h4">{title}</h1>{inner}</div></div>'


def quick(items):
    """a row of quick links (noise)."""
    return '<div class="x12-quick">' + "".join(f"<div>{x}</div>" for x in items) + "</div>"


def topdialog(title, body, btns, head_colour="var(--background-action-high-blue-france)"):
    """a dialog near the top of the window with a coloured title band, over a dimmed page."""
    bs = "".join(f"<li>{b}</li>" for b in btns)
    return ('<div style="position:fixed;inset:0;background:rgba(0,0,0,.55);z-index:900"></div>'
            '<div id="crop" role="dialog" style="position:fixed;left:50%;top:4.5rem;transform:translateX(-50%);width:min(600px,94vw);z-index:901;'
            'background:var(--background-default-grey);box-shadow:0 8px 28px rgba(0,0,0,.45)">'
            f'<div style="background:{head_colour};color:#fff;padding:.8rem 1.2rem;display:flex;justify-content:space-between">'
            f'<span class="fr-text--bold">{title}</span><span>✕</span></div><div style="padding:1.2rem">{body}'
            f'<ul class="fr-btns-group fr-btns-group--inline-md fr-mb-0 fr-mt-2w">{bs}</ul></div></div>')


def meter(level, colours):
    cells = "".join(f'<i style="background:{colours[i] if i < level else "var(--background-contrast-grey)"}"></i>' for i in range(4))
    return f'<div class="x12-meter">{cells}</div>'


def filler(lang="fr"):
    """sections of general information for long pages (noise)."""
    t = {"fr": [("Préparer votre démarche", "Avant de commencer, rassemblez vos justificatifs au format numérique. Chaque pièce "
                 "doit être lisible, complète et à jour. Vous pouvez enregistrer votre démarche à tout moment et la reprendre plus tard."),
                ("Suivre votre demande", "Une fois votre demande déposée, vous êtes informé de chaque étape par courriel et dans "
                 "la rubrique « Mes notifications ». Pensez à vérifier régulièrement votre espace personnel."),
                ("Vos données", "Les informations que vous saisissez sont transmises au service instructeur de votre préfecture. "
                 "Elles ne sont utilisées que pour le traitement de votre demande."),
                ("Accessibilité", "Si vous rencontrez une difficulté pour utiliser ce site, un point d’accueil numérique peut vous "
                 "accompagner dans votre préfecture ou votre sous-préfecture.")]}[lang]
    return "".join(f'<section class="fr-mt-5w"><h2 class="fr-h5">{h}</h2><p class="fr-text--sm">{p}</p></section>' for h, p in t)


def chromium_offline(host):
    """Chromium's own "No internet" page (English UI; drawn only in Chromium-family browsers)."""
    css = ("body{margin:0;background:#fff;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#5f6368;font-size:15px}"
           ".w{max-width:600px;margin:0 auto;padding:16vh 28px 0}.dino{width:44px;height:46px;margin-bottom:34px;position:relative}"
           ".dino i{position:absolute;background:#535353}.t{color:#202124;font-size:1.6em;font-weight:400;margin:0 0 18px}"
           "ul{margin:6px 0 0;padding-left:26px;line-height:1.7}.c{font-size:.8em;margin-top:22px;text-transform:uppercase}")
    dino = ('<div class="dino"><i style="left:20px;top:0;width:22px;height:14px"></i><i style="left:14px;top:12px;width:18px;height:20px"></i>'
            '<i style="left:0;top:18px;width:14px;height:6px"></i><i style="left:16px;top:32px;width:5px;height:12px"></i>'
            '<i style="left:26px;top:32px;width:5px;height:12px"></i><i style="left:32px;top:16px;width:6px;height:4px"></i></div>')
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{host}</title><style>{css}</style></head><body><div class="w" id="crop">{dino}<p class="t">No internet</p>'
            '<p style="margin:0">Try:</p><ul><li>Checking the network cables, modem, and router</li><li>Reconnecting to Wi-Fi</li></ul>'
            '<p class="c">ERR_INTERNET_DISCONNECTED</p></div></body></html>')


def firefox_interrupt(host):
    """Firefox's connection-interrupted page (French UI; drawn only in Firefox-family browsers)."""
    css = ("body{margin:0;background:#f9f9fb;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#15141a}"
           ".w{max-width:700px;margin:0 auto;padding:12vh 32px 0;border-inline-start:0}"
           ".top{display:flex;align-items:center;gap:18px;margin-bottom:22px}.ic{flex:none;width:40px;height:40px;border-radius:50%;"
           "background:#ffa436;position:relative}.ic:after{content:'!';position:absolute;inset:0;text-align:center;line-height:40px;color:#fff;"
           "font-weight:700;font-size:24px}h1{font-size:23px;font-weight:600;margin:0}p{font-size:15px;line-height:1.55;margin:0 0 14px}"
           ".b{display:inline-block;margin-top:18px;background:#0061e0;color:#fff;border-radius:4px;padding:8px 20px;font-size:14px;font-weight:600}")
    return ('<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>Problème de chargement de la page</title><style>{css}</style></head><body><div class="w" id="crop"><div class="top">'
            '<div class="ic"></div><h1>La connexion a été interrompue</h1></div>'
            f'<p>La connexion avec {host} a été interrompue pendant le chargement de la page.</p>'
            '<span class="b">Réessayer</span></div></body></html>')


def other_gov(service, tagline, inner, nav=(), tools=("Mon compte",), operator="", foot="", lang="fr", dark=False, tr_css=True):
    """another administration's DSFR site: its name, an operator block, a menu row and a short footer."""
    tl = "".join(f'<li><a class="fr-btn fr-btn--tertiary-no-outline" href="#">{x}</a></li>' for x in tools)
    op = (f'<div class="fr-header__operator"><span style="display:inline-block;border:2px solid currentColor;padding:.2rem .5rem;'
          f'font-weight:700;font-size:.85rem">{operator}</span></div>') if operator else ""
    nv = ""
    if nav:
        nv = ('<div class="fr-header__menu"><div class="fr-container"><nav class="fr-nav"><ul class="fr-nav__list">'
              + "".join(f'<li class="fr-nav__item"><a class="fr-nav__link" href="#">{x}</a></li>' for x in nav) + "</ul></nav></div></div>")
    head = ('<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">'
            '<div class="fr-header__brand"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>'
            f'{op}</div><div class="fr-header__service"><p class="fr-header__service-title">{service}</p><p class="fr-header__service-tagline">{tagline}</p></div></div>'
            f'<div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group">{tl}</ul></div></div></div></div></div>{nv}</header>')
    f = ('<footer class="fr-footer" role="contentinfo"><div class="fr-container"><div class="fr-footer__body"><div class="fr-footer__brand">'
         f'<p class="fr-logo">République<br>Française</p></div><div class="fr-footer__content"><p class="fr-footer__content-desc">{foot}</p></div></div></div></footer>')
    rtl = lang in ("ar", "fa")
    css = H.translation_css(lang, rtl) if tr_css else ""
    return M.dsfr_doc(head + f'<main class="fr-container fr-py-5w" role="main">{inner}</main>' + f, dark=dark, lang=lang, rtl=rtl,
                      css_extra=css + CSS12, title=service)


PLAIN12 = (".hd{display:flex;flex-wrap:wrap;align-items:center;gap:10px 26px;padding:12px 28px;color:#fff}.hd b{font-size:21px}"
           ".hd a{color:#fff;font-size:14px;text-decoration:none;opacity:.92}.pg{max-width:980px;margin:26px auto;padding:0 18px}"
           ".cd{background:#fff;border:1px solid #dde1e6;border-radius:10px;padding:22px 24px;margin-bottom:16px}"
           ".ft{padding:18px 28px;color:#6b7280;font-size:12.5px;border-top:1px solid #e5e7eb;background:#fff}"
           ".bt{display:inline-block;border-radius:22px;padding:9px 20px;color:#fff;font-weight:700;font-size:14px}"
           ".fld{display:block;width:100%;border:1px solid #9aa3ad;border-radius:6px;padding:9px 10px;font-size:15px;margin:4px 0 12px;background:#fff}"
           ".lb{font-size:13.5px;font-weight:700}.gr{color:#6b7280;font-size:13.5px}")


def plain(brand, colour, nav, inner, foot, css="", rtl=False, lang=""):
    """a plain (non-DSFR) site with a coloured header bar."""
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    body = (f'<div class="hd" style="background:{colour}"><b>{brand}</b>{links}</div><div class="pg">{inner}</div>'
            f'<div class="ft">{foot}</div>')
    if rtl:
        body = f'<div dir="rtl" style="font-family:\'Noto Sans Arabic\',\'DejaVu Sans\',sans-serif">{body}</div>'
    elif lang in ("ru", "uk"):
        body = f'<div style="font-family:\'Noto Sans\',\'DejaVu Sans\',sans-serif">{body}</div>'
    return M.plain_doc(body, PLAIN12 + css)


def sms_web(contact, msgs, me="Vous"):
    """Google Messages for web: conversations on the left, the open thread on the right (the last message marked)."""
    css = ("body{background:#fff}.app{display:flex;min-height:100vh;font-family:'DejaVu Sans','Liberation Sans',sans-serif}"
           ".lst{flex:none;width:300px;border-right:1px solid #e3e3e3;background:#f8fafd}.lst .it{padding:12px 16px;border-bottom:1px solid #eef0f3;font-size:13.5px}"
           ".lst .it.cur{background:#d3e3fd}.av{display:inline-block;width:34px;height:34px;border-radius:50%;color:#fff;text-align:center;line-height:34px;"
           "font-weight:700;margin-right:10px;vertical-align:middle}.th{flex:1;min-width:0;display:flex;flex-direction:column}"
           ".th .hd2{padding:14px 20px;border-bottom:1px solid #e3e3e3;font-weight:700;font-size:16px}.msgs{padding:20px;flex:1}"
           ".bub{max-width:520px;background:#f1f3f4;border-radius:18px;padding:12px 16px;font-size:15px;line-height:1.45;margin:0 0 6px;color:#1f1f1f}"
           ".tm{font-size:12px;color:#5f6368;margin:0 0 18px 6px}.day{text-align:center;font-size:12px;color:#5f6368;margin:10px 0 16px}"
           ".in{margin:0 20px 20px;border-radius:24px;background:#f1f3f4;padding:12px 18px;color:#5f6368;font-size:14px}"
           "@media(max-width:700px){.lst{display:none}.msgs{padding:12px}}")
    others = [("Maman", "#8e24aa", "D’accord, à dimanche alors"), ("Banque", "#00796b", "Votre code de validation est…"),
              ("Colis", "#ef6c00", "Votre colis est disponible en point relais")]
    lst = (f'<div class="it cur"><span class="av" style="background:#1a73e8">{contact[0]}</span><b>{contact}</b></div>'
           + "".join(f'<div class="it"><span class="av" style="background:{c}">{n[0]}</span>{n}<div class="gr" style="margin-left:44px">{m}</div></div>'
                     for n, c, m in others))
    body = []
    for i, (day, text, when) in enumerate(msgs):
        k = ' data-key="sms"' if i == len(msgs) - 1 else ""
        if day:
            body.append(f'<p class="day">{day}</p>')
        body.append(f'<div class="bub"{k}>{text}</div><p class="tm">{when}</p>')
    return M.plain_doc(f'<div class="app"><div class="lst">{lst}</div><div class="th"><div class="hd2">{contact}</div>'
                       f'<div class="msgs">{"".join(body)}</div><div class="in">Message SMS</div></div></div>', PLAIN12 + css)


def pw_field(label, err=None, hint=None):
    return H.field(label, "••••••••••••", typ="password", error=err, hint=hint)


# ----------------------------------------------------------------------------- the pages
def _account_creation():
    P = []
    # fr: Keycloak error-invalid-value under the visa number, beside a "where is my number" box
    where = ('<div style="background:var(--background-alt-grey);padding:1rem;font-size:.85rem"><p class="fr-text--bold fr-mb-1w">Où trouver mon numéro ?</p>'
             '<div style="height:5.5rem;border:1px solid var(--border-default-grey);background:linear-gradient(135deg,#e9eef8,#f7f2e8);position:relative;margin-bottom:.6rem">'
             '<span style="position:absolute;right:.6rem;top:.5rem;border:2px solid #e1000f;border-radius:50%;padding:.1rem .5rem;font-size:.7rem">N° ……</span></div>'
             '<p class="fr-mb-0">Le numéro figure en haut à droite de la vignette collée dans votre passeport.</p></div>')
    form = (H.stepper("Création de votre compte", 2, 3, "Vos coordonnées") +
            '<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-7">' +
            H.field("Type de document", "Visa de long séjour valant titre de séjour (VLS-TS)") +
            H.field("Numéro de visa", "N°2026/VLS 0418", hint="Tel qu’il figure sur la vignette, sans espace", error="Valeur invalide.") +
            H.field("Date de début de validité", "15/08/2026", hint="jj/mm/aaaa") + H.field("Date de fin de validité", "14/08/2027", hint="jj/mm/aaaa") +
            H.buttons(H.button("Précédent", "secondary"), H.button("Continuer")) +
            f'</div><div class="fr-col-12 fr-col-md-5">{where}</div></div>')
    P.append(_entry("fr creation visa number invalid value", "account_creation", "fr", USAGERS + "espace-personnel/creation-compte/document",
                    public(form)))
    # fr: Keycloak updateEmailTitle / updateEmailMessage (catalog typos kept)
    inner = (H.alert("warning", None, "Vous devez mettre à votre addresse de courriel pour activer votre compte.", sm=True) +
             H.field("Courriel", "amina.toure75@gmail.com") + H.field("Confirmer le courriel", "") +
             H.buttons(H.button("Valider")) + '<p class="fr-text--xs x12-grey fr-mt-2w">Étape 3 sur 3 · Activation de votre compte</p>')
    P.append(_entry("fr update e-mail required to activate", "account_creation", "fr",
                    act("required-action", "execution=UPDATE_EMAIL&client_id=anef-usagers&tab_id=Jr5sW1"),
                    sso(kc_panel("Mise à jour du courriel", inner))))
    # fr dark: Keycloak console-verify-email with console-email-code as the label
    inner = (H.alert("info", None, "Vous devez vérifier votre adresse courriel. Nous avons envoyé un courriel à k•••@orange.fr contenant un code "
                     "de vérification. Veuillez saisir ce code ci-dessous.") +
             H.field("Code courriel:", "", hint="6 chiffres") + H.buttons(H.button("Valider le code")) +
             '<p class="fr-text--sm fr-mt-2w x12-grey">Renvoyer le code (disponible dans 0:45)</p>')
    P.append(_entry("fr dark e-mail verification code", "account_creation", "fr",
                    act("required-action", "execution=VERIFY_EMAIL&client_id=anef-usagers&tab_id=Qc7nT4"),
                    sso('<p class="fr-text--sm x12-grey">Création de compte · Étape 3 sur 3</p>' +
                        '<h1 class="fr-h3">Vérification de votre adresse électronique</h1>' + inner, dark=True), dark=True))
    # en: Keycloak loginProfileTitle / updateProfileMessage / requiredFields
    inner = (H.alert("warning", None, "You need to update your user profile to activate your account.", sm=True) +
             '<p class="fr-text--xs x12-grey">* Required fields</p>' +
             H.field("Last name *", "MENSAH") + H.field("First name *", "Kwame") + H.field("Date of birth *", "", hint="dd/mm/yyyy") +
             H.field("Country of birth *", "Ghana") + H.buttons(H.button("Save and continue")))
    P.append(_entry("en update account information to activate", "account_creation", "en",
                    act("required-action", "execution=UPDATE_PROFILE&client_id=anef-usagers&tab_id=Lm3vB9"),
                    sso(kc_panel("Update Account Information", inner, top="Foreigners in France · Sign-in"), lang="en")))
    # ar: date of birth does not match the foreign number (written)
    form = (H.stepper("إنشاء حسابك", 2, 3, "اختيار كلمة المرور", state_lbl="الخطوة {c} من {t}", next_lbl="الخطوة التالية:") +
            H.field("الرقم الأجنبي", "7503119842", hint="10 أرقام") +
            H.field("تاريخ الميلاد", "14/03/1991", error="تاريخ الميلاد الذي أدخلته لا يتطابق مع التاريخ المسجل لهذا الرقم الأجنبي.") +
            H.field("تاريخ بداية الصلاحية", "02/05/2025") + H.buttons(H.button("السابق", "secondary"), H.button("التالي")))
    P.append(_entry("ar creation birth date does not match", "account_creation", "ar", USAGERS + "espace-personnel/creation-compte/identite",
                    public(form, lang="ar", narrow=True), **tr("ar")))
    # ru: the visa has expired (written)
    form = ('<h1 class="fr-h3">Создание учетной записи</h1>' + H.stepper("Ваш документ", 1, 3, "Ваши контактные данные",
                                                                         state_lbl="Шаг {c} из {t}", next_lbl="Следующий шаг:") +
            H.field("Тип документа", "Виза долгосрочного пребывания, действующая как вид на жительство (VLS-TS)") +
            H.field("Номер визы", "FRA012847361") + H.field("Дата начала действия", "01/08/2025") +
            H.field("Дата окончания действия", "31/07/2026", error="Срок действия этой визы истек. Чтобы создать учетную запись, "
                    "используйте действующую визу или вид на жительство.") + H.buttons(H.button("Продолжить")))
    P.append(_entry("ru creation visa expired", "account_creation", "ru", USAGERS + "espace-personnel/creation-compte/document",
                    public(form, lang="ru", narrow=True), **tr("ru")))
    # uk: the two e-mail addresses differ (written)
    form = ('<h1 class="fr-h3">Створення облікового запису</h1>' + H.stepper("Ваші контактні дані", 3, 3, state_lbl="Крок {c} з {t}") +
            H.field("Адреса електронної пошти", "d.bondarenko@ukr.net") +
            H.field("Підтвердіть адресу електронної пошти", "d.bondarenko@urk.net", error="Адреси електронної пошти не збігаються.") +
            H.field("Номер мобільного телефону", "07 81 44 20 96") + H.buttons(H.button("Створити мій обліковий запис")))
    P.append(_entry("uk creation e-mail confirmation differs", "account_creation", "uk", USAGERS + "espace-personnel/creation-compte/coordonnees",
                    public(form, lang="uk", narrow=True, post=help_fab("Потрібна допомога?")), **tr("uk")))
    return P


def _login_failure():
    P = []
    t = H.LOGIN_TXT["fr"]
    # fr: a short red line under the button, in the middle of a long public page
    hero = ('<div class="x12-hero"><div class="fr-container"><p class="fr-h2 fr-mb-1w">Bienvenue sur le site Étrangers en France</p>'
            '<p class="fr-mb-0">Réalisez vos démarches de séjour, de naturalisation et de document de voyage en ligne.</p></div></div>')
    tiles = ('<div class="fr-grid-row fr-grid-row--gutters fr-mb-5w">' + H.tile("Je valide mon VLS-TS", "Visa de long séjour valant titre de séjour") +
             H.tile("Je demande ou renouvelle un titre de séjour", "Première demande, renouvellement, changement de statut") +
             H.tile("Je demande la nationalité française", "Naturalisation par décret, déclaration") + "</div>")
    box = ('<div style="border:1px solid var(--border-default-grey);padding:1.5rem;max-width:34rem">'
           f'<h2 class="fr-h4">{t["h"]}</h2>' + H.field(t["ident"], "7512034886", hint=t["ihint"]) + pw_field(t["pw"]) +
           H.buttons(H.button(t["btn"])) +
           '<p class="fr-error-text fr-mt-1w">Échec de l’authentification : identifiant ou mot de passe incorrect.</p>'
           f'<p class="fr-text--sm fr-mt-2w fr-mb-0"><a href="#">{t["forgot"]}</a> · <a href="#">{t["create"]}</a></p></div>')
    P.append(_entry("fr short line under the button of a long page", "login_failure", "fr", USAGERS,
                    public(tiles + box + filler(), pre=hero)))
    # fr: a maintenance notice above the header, the dominant error under the identifier
    pre = H.notice("Opération de maintenance : le site sera indisponible le dimanche 13 décembre 2026 de 6 h à 9 h.")
    form = (f'<h1 class="fr-h3">{t["h"]}</h1>' +
            H.field(t["ident"], "751203488", hint=t["ihint"], error="Le numéro étranger comporte 10 chiffres : vous en avez saisi 9.") +
            pw_field(t["pw"]) + f'<p><a class="fr-link fr-text--sm" href="#">{t["forgot"]}</a></p>' + H.buttons(H.button(t["btn"])))
    P.append(_entry("fr foreign number of 9 digits under a maintenance notice", "login_failure", "fr", act("authenticate"),
                    sso(form, pre=pre)))
    # fr dark: too many tries from this device (written)
    form = (f'<h1 class="fr-h3">{t["h"]}</h1>' +
            H.alert("error", "Connexion temporairement bloquée", "Trop de tentatives de connexion depuis cet appareil. Patientez 10 minutes "
                    "avant de réessayer, ou réinitialisez votre mot de passe.") +
            H.field(t["ident"], "7509981263") + pw_field(t["pw"]) +
            '<ul class="fr-btns-group fr-btns-group--inline-md fr-mt-2w"><li><button class="fr-btn" disabled>Se connecter</button></li></ul>'
            f'<p class="fr-text--sm"><a href="#">{t["forgot"]}</a></p>')
    P.append(_entry("fr dark too many tries from this device", "login_failure", "fr", act("authenticate"),
                    sso(form, dark=True), dark=True))
    # fr: an e-mail address typed where the foreign number is the identifier (written), cookie bar at the bottom
    inner = (H.alert("error", None, "Cette adresse électronique n’est pas reconnue comme identifiant. Si vous avez un numéro étranger, "
                     "connectez-vous avec ce numéro.", sm=True) +
             H.field(t["ident"], "amina.toure75@gmail.com", hint=t["ihint"]) + pw_field(t["pw"]) + H.buttons(H.button(t["btn"])) +
             f'<p class="fr-text--sm fr-mt-2w"><a href="#">{t["forgot"]}</a></p>')
    P.append(_entry("fr e-mail not an identifier, cookie bar", "login_failure", "fr", SSO_AUTH,
                    sso(kc_panel("Se connecter", inner), post=cookie_bar())))
    # en: one attempt left (written)
    te = H.LOGIN_TXT["en"]
    form = (f'<h1 class="fr-h3">{te["h"]}</h1>' +
            H.alert("error", None, "Incorrect password. You have 1 attempt left before your account is locked for 30 minutes.", sm=True) +
            H.field(te["ident"], "7406652219", hint=te["ihint"]) + pw_field(te["pw"]) +
            f'<p><a class="fr-link fr-text--sm" href="#">{te["forgot"]}</a></p>' + H.buttons(H.button(te["btn"])) +
            f'<p class="fr-hr-or">{te["or_"]}</p>' + H.fc_button("en"))
    P.append(_entry("en one attempt left before lock", "login_failure", "en", act("authenticate"), sso(form, lang="en")))
    # fa: locked for one hour after 3 failures (written)
    tf = H.LOGIN_TXT["fa"]
    form = (f'<h1 class="fr-h3">{tf["h"]}</h1>' +
            H.alert("error", "حساب شما مسدود شده است", "به دلایل امنیتی، پس از 3 تلاش ناموفق، دسترسی به حساب شما به مدت 1 ساعت معلق شده است.") +
            H.field(tf["ident"], "7519920341", hint=tf["ihint"]) + pw_field(tf["pw"]) +
            f'<p><a class="fr-link fr-text--sm" href="#">{tf["forgot"]}</a></p>' + H.buttons(H.button(tf["btn"])))
    P.append(_entry("fa account locked one hour", "login_failure", "fa", act("authenticate"), sso(form, lang="fa"), **tr("fa")))
    # ru: account deactivated after 24 months without use (written)
    tru = H.LOGIN_TXT["ru"]
    form = (f'<h1 class="fr-h3">{tru["h"]}</h1>' +
            H.alert("error", None, "Ваша учетная запись деактивирована, поскольку она не использовалась в течение 24 месяцев. Чтобы "
                    "восстановить доступ, обратитесь в Гражданский контактный центр (CCC).") +
            H.field(tru["ident"], "7402218835", hint=tru["ihint"]) + pw_field(tru["pw"]) + H.buttons(H.button(tru["btn"])) +
            f'<p class="fr-hr-or">{tru["or_"]}</p>' + H.fc_button("ru"))
    P.append(_entry("ru account deactivated after 24 months", "login_failure", "ru", act("authenticate"), sso(form, lang="ru"), **tr("ru")))
    return P


def _password_reset():
    P = []
    # fr: Keycloak confirmExecutionOfActions, from the link of a reset e-mail
    inner = ('<div data-key="actions" style="background:var(--background-alt-blue-france);padding:1rem 1.2rem;margin-bottom:1rem">'
             '<p class="fr-text--bold fr-mb-1w">Suivez les instructions suivantes</p><ul class="fr-mb-0"><li>Mettre à jour votre mot de passe</li></ul></div>'
             + H.buttons(H.button("Continuer")) +
             '<p class="fr-text--xs x12-grey fr-mt-2w">Ce lien vous a été envoyé par courriel à la suite de votre demande de réinitialisation.</p>')
    P.append(_entry("fr reset link actions to follow", "password_reset", "fr",
                    act("action-token", "key=eyJhbGciOiJIUzI1NiIsInR5cCIgOiAiSldUIiwia2lkIiA6ICI0ZDJm&client_id=anef-usagers&tab_id=Vx1cR6"),
                    sso(kc_panel("Réinitialisation du mot de passe", inner))))
    # fr: the new password contains the date of birth (written), rules in a side box
    rules = ('<div style="background:var(--background-alt-grey);padding:1rem 1.2rem;font-size:.85rem"><p class="fr-text--bold fr-mb-1w">Votre mot de passe doit :</p>'
             '<ul class="fr-mb-0"><li>contenir au moins 12 caractères ;</li><li>mêler majuscules, minuscules et chiffres ;</li>'
             '<li>contenir un caractère spécial ;</li><li>ne pas reprendre vos nom, prénom ou date de naissance.</li></ul></div>')
    form = ('<h1 class="fr-h3">Choisissez un nouveau mot de passe</h1><div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-7">' +
            pw_field("Nouveau mot de passe", err="Le mot de passe ne doit pas contenir votre date de naissance.") +
            pw_field("Confirmez le nouveau mot de passe") + H.buttons(H.button("Enregistrer")) +
            f'</div><div class="fr-col-12 fr-col-md-5">{rules}</div></div>')
    P.append(_entry("fr new password contains birth date", "password_reset", "fr", act("required-action", "execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=Zp8qL2"),
                    doc(H.page_anef(form, nav=False, tools=False))))
    # fr: the reset link opened in another browser (written)
    inner = ('<h1 class="fr-h3">Réinitialiser votre mot de passe</h1>' +
             H.alert("warning", None, "Ce lien doit être ouvert dans le navigateur où vous avez demandé la réinitialisation. Ouvrez-le depuis ce "
                     "navigateur, ou faites une nouvelle demande.") +
             H.buttons(H.button("Faire une nouvelle demande"), H.button("Retour à la connexion", "tertiary")))
    P.append(_entry("fr reset link opened in another browser", "password_reset", "fr",
                    act("reset-credentials", "client_id=anef-usagers&tab_id=Ew4sK0&key=eyJhbGciOiJIUzUxMiJ9"), sso(inner)))
    # en: Keycloak invalidTokenRequiredActions
    inner = (H.alert("error", None, "Required actions included in the link are not valid", sm=True) +
             '<p class="fr-text--sm">You can ask for a new link from the sign-in page.</p>' + H.buttons(H.button("Request a new link")))
    P.append(_entry("en reset link actions not valid", "password_reset", "en",
                    act("action-token", "key=eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjE3ODg&client_id=anef-usagers"),
                    sso(kc_panel("Reset your password", inner, top="Foreigners in France · Sign-in"), lang="en")))
    # en: reset link expired after 2 hours (written)
    inner = ('<h1 class="fr-h3">Forgot your password?</h1>' +
             H.alert("error", "This link has expired", "Password reset links are valid for 2 hours. Ask for a new link below.") +
             H.field("Username", "7398814520", hint="Foreign national number (10 digits) or email address") + H.buttons(H.button("Send a new link")))
    P.append(_entry("en reset link expired after two hours", "password_reset", "en",
                    act("reset-credentials", "client_id=anef-usagers&tab_id=Nb6tY3"), sso(inner, lang="en")))
    # fa: password too weak, strength meter (written)
    form = ('<h1 class="fr-h3">رمز عبور جدید را انتخاب کنید</h1>' +
            pw_field("رمز عبور جدید") + meter(1, ["#ce0500"] * 4) + '<p class="fr-text--xs fr-mb-1w" style="color:#ce0500">ضعیف</p>' +
            '<p class="fr-error-text fr-mt-0 fr-mb-3w">رمز عبور شما خیلی ضعیف است: حداقل 12 نویسه، شامل یک حرف بزرگ، یک رقم و یک نویسه خاص استفاده کنید.</p>' +
            pw_field("رمز عبور جدید را تأیید کنید") + H.buttons(H.button("ذخیره کنید")))
    P.append(_entry("fa new password too weak", "password_reset", "fa",
                    act("required-action", "execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=Ka9dF5"), sso(form, lang="fa"), **tr("fa")))
    # uk: the temporary password is no longer valid (written)
    tu = H.LOGIN_TXT["uk"]
    form = (f'<h1 class="fr-h3">{tu["h"]}</h1>' +
            H.alert("error", "Тимчасовий пароль більше не дійсний", "Тимчасовий пароль, надісланий вам 12/08/2026, був дійсний 72 години. "
                    "Запросіть новий пароль, натиснувши «Забули пароль?».") +
            H.field(tu["ident"], "7521146630", hint=tu["ihint"]) + pw_field(tu["pw"]) +
            f'<p><a class="fr-link fr-text--sm" href="#">{tu["forgot"]}</a></p>' + H.buttons(H.button(tu["btn"])))
    P.append(_entry("uk temporary password no longer valid", "password_reset", "uk", act("authenticate"), sso(form, lang="uk"), **tr("uk")))
    return P


def _franceconnect():
    P = []
    t = H.LOGIN_TXT["fr"]
    # fr: Keycloak couldNotProceedWithAuthenticationRequestMessage on the broker endpoint
    inner = (H.alert("error", None, "Impossible de continuer avec la requête d’authentification vers le fournisseur d’identité.") +
             '<p class="fr-text--sm">Vous pouvez aussi vous connecter avec votre identifiant et votre mot de passe.</p>' +
             f'<p class="fr-mb-0">{H.link("Revenir à la page de connexion", icon="arrow-left-line")}</p>')
    P.append(_entry("fr FC could not proceed with the request", "franceconnect", "fr",
                    BROKER + "login?session_code=Rt5wQ1&client_id=anef-usagers&tab_id=Ux3gB7",
                    sso(kc_panel("Connexion avec FranceConnect", inner))))
    # fr: Keycloak identityProviderNotUniqueMessage above the FranceConnect button
    form = (f'<h1 class="fr-h3">{t["h"]}</h1>' +
            H.alert("error", None, "Ce domaine autorise plusieurs fournisseurs d’identité. Impossible de déterminer le fournisseur d’identité "
                    "avec lequel s’authentifier.", sm=True) +
            H.fc_button("fr") + f'<p class="fr-hr-or">{t["or_"]}</p>' + H.field(t["ident"], "", hint=t["ihint"]) + pw_field(t["pw"]) +
            H.buttons(H.button(t["btn"])))
    P.append(_entry("fr FC identity provider not unique", "franceconnect", "fr",
                    REALM + "protocol/openid-connect/auth?client_id=anef-usagers&theme=portail-anef&response_type=code&scope=openid&kc_idp_hint=",
                    sso(form)))
    # fr: back on the sign-in page after FranceConnect, not signed in (written), cookie bar
    form = (f'<h1 class="fr-h3">{t["h"]}</h1>' +
            H.alert("warning", None, "Vous êtes revenu sur cette page sans être connecté : la connexion avec FranceConnect n’a pas abouti. "
                    "Réessayez, ou connectez-vous avec votre identifiant et votre mot de passe.", sm=True) +
            H.fc_button("fr") + f'<p class="fr-hr-or">{t["or_"]}</p>' + H.field(t["ident"], "", hint=t["ihint"]) + pw_field(t["pw"]) +
            H.buttons(H.button(t["btn"])))
    P.append(_entry("fr FC back on sign-in without being signed in", "franceconnect", "fr", SSO_AUTH, sso(form, post=cookie_bar())))
    # en: Keycloak federatedIdentityUnavailableMessage
    inner = (H.alert("error", None, "User fc_5b2e91a7c4 authenticated with identity provider franceconnect-particulier does not exist. "
                     "Please contact your administrator.") +
             f'<p class="fr-mb-0">{H.link("Back to the sign-in page", icon="arrow-left-line")}</p>')
    P.append(_entry("en FC federated user does not exist", "franceconnect", "en",
                    BROKER + "endpoint?state=Wq2LmX9aR0&session_state=5d1c&code=9f3a1b70",
                    sso(kc_panel("Sign in with FranceConnect", inner, top="Foreigners in France · Sign-in"), lang="en")))
    # ar: the person cancelled on FranceConnect (written)
    ta = H.LOGIN_TXT["ar"]
    form = (f'<h1 class="fr-h3">{ta["h"]}</h1>' +
            H.alert("warning", None, "لقد ألغيت الاتصال على FranceConnect. لم يتم ربط أي حساب بحسابك في موقع الأجانب في فرنسا.") +
            H.fc_button("ar") + f'<p class="fr-hr-or">{ta["or_"]}</p>' + H.field(ta["ident"], "", hint=ta["ihint"]) + pw_field(ta["pw"]) +
            H.buttons(H.button(ta["btn"])))
    P.append(_entry("ar FC connection cancelled", "franceconnect", "ar", BROKER + "endpoint?error=access_denied&state=Yk7pD2",
                    sso(form, lang="ar"), **tr("ar")))
    # uk: Keycloak identityProviderInvalidSignatureMessage (English fallback), rendered in Ukrainian
    inner = (H.alert("error", None, "Недійсний підпис у відповіді від постачальника ідентифікаційних даних.") +
             f'<p class="fr-mb-0">{H.link("Повернутися на сторінку входу")}</p>')
    P.append(_entry("uk FC invalid signature", "franceconnect", "uk", BROKER + "endpoint?state=Hd4sN8&code=0c7e52aa",
                    sso(kc_panel("Сталася помилка", inner, top="Іноземці у Франції · Автентифікація"), lang="uk"), **tr("uk")))
    return P


def _upload_error():
    P = []
    ok, red, blue = "var(--background-flat-success)", "var(--background-flat-error)", "var(--background-action-high-blue-france)"
    # fr: three files being sent, one refused by the virus scan (the dominant message; the others are fine or pending)
    files = (progress("passeport_toutes_pages.pdf", "2,1 Mo", 100, ok, '<p class="fr-text--xs fr-mb-0" style="color:var(--text-default-success)">✓ Fichier joint</p>') +
             progress("contrat_de_travail.pdf", "640 Ko", 100, red,
                      '<p class="fr-error-text fr-mt-0">Fichier refusé par l’analyse antivirus. Joignez une autre copie du document.</p>') +
             progress("justificatif_domicile_aout.pdf", "1,4 Mo", 35, blue, '<p class="fr-text--xs fr-mb-0 x12-grey">Envoi en cours… 35 %</p>'))
    inner = (H.stepper("Renouvellement de votre titre de séjour", 4, 6, "Récapitulatif") + '<h2 class="fr-h5">Vos justificatifs</h2>' +
             '<div class="x12-drop"><p class="fr-mb-1w">Glissez vos fichiers ici ou <a href="#">parcourez votre appareil</a></p>'
             '<p class="fr-text--xs x12-grey fr-mb-0">PDF, JPG ou PNG · 10 Mo maximum par fichier</p></div>' + files +
             H.buttons(H.button("Précédent", "secondary"), H.button("Continuer")))
    P.append(_entry("fr upload refused by virus scan among three files", "upload_error", "fr", ESP + "demarches/renouvellement/justificatifs",
                    espace(inner, user=USER_H)))
    # fr: a long naturalisation list, the sixth piece refused for low resolution
    names = [("Pièce d’identité ou passeport", "passeport_mendoza.pdf"), ("Acte de naissance", "acte_naissance_traduit.pdf"),
             ("Justificatif de domicile", "facture_edf_juillet.pdf"), ("Avis d’imposition 2025", "avis_impot_2025.pdf"),
             ("Contrat de travail", "cdi_2021.pdf"), ("Relevé de carrière", None), ("Diplôme ou attestation de niveau de langue", "tcf_b1.pdf"),
             ("Titre de séjour en cours de validité", "carte_resident.pdf"), ("Bulletins de salaire (3 derniers mois)", "bulletins_juin_aout.pdf")]
    ups = ""
    for label, f in names:
        if f:
            ups += H.upload(label, "PDF, JPG ou PNG · 10 Mo maximum", filename_note=f"{f} — ajouté")
        else:
            ups += H.upload(label, "PDF, JPG ou PNG · 10 Mo maximum", filename_note="releve_carriere.jpg",
                            error="Résolution insuffisante (640 × 480 pixels) : numérisez le document à 300 ppp au minimum.")
    inner = ('<p class="fr-text--sm x12-grey">Demande d’accès à la Nationalité Française</p><h1 class="fr-h3">Pièces justificatives</h1>'
             '<p>Joignez chaque pièce dans la rubrique correspondante. Les pièces rédigées en langue étrangère doivent être accompagnées de leur '
             'traduction par un traducteur agréé.</p>' + ups + H.buttons(H.button("Enregistrer le brouillon", "secondary"), H.button("Continuer")))
    P.append(_entry("fr long naturalisation list one scan too small", "upload_error", "fr", ESP + "nationalite/pieces", espace(inner, user=USER_H, active=1)))
    # fr: e-photo code incomplete (written)
    inner = (H.stepper("Première demande de titre de séjour", 5, 7, "Paiement") + '<h2 class="fr-h5">Photo et signature</h2>' +
             '<p class="fr-text--sm">Saisissez le code e-photo figurant sur la planche remise par le photographe ou la cabine agréée.</p>' +
             H.field("Code e-photo", "X7K2 9PQM 4TZR AB", error="Code e-photo incomplet : 22 caractères attendus, 16 saisis.") +
             H.buttons(H.button("Précédent", "secondary"), H.button("Vérifier le code")))
    P.append(_entry("fr e-photo code incomplete", "upload_error", "fr", ESP + "demarches/premiere-demande/photo", espace(inner, user=USER_G)))
    # fr dark: a file over the size limit in the drop zone (written)
    inner = ('<h1 class="fr-h3">Justificatifs de ressources</h1>' +
             '<div class="x12-drop" style="border-color:var(--border-plain-error)"><p class="fr-mb-1w">Glissez votre fichier ici ou <a href="#">parcourez</a></p>'
             '<p class="fr-error-text" style="justify-content:center">Le fichier « releve_bancaire_2026.pdf » pèse 11,2 Mo : la taille maximale est de 10 Mo par pièce.</p></div>'
             '<p class="fr-text--sm x12-grey">Astuce : enregistrez votre document en qualité « standard » pour réduire sa taille.</p>' + H.buttons(H.button("Continuer")))
    P.append(_entry("fr dark file over 10 MB in the drop zone", "upload_error", "fr", ESP + "demarches/renouvellement/ressources",
                    espace(inner, user=USER_A, dark=True), dark=True))
    # en: .odt not accepted (written)
    inner = ('<h1 class="fr-h3">Supporting documents</h1>' +
             H.upload("Proof of address", "PDF, JPG or PNG · 10 MB maximum", lang="en", filename_note="lease_agreement.odt",
                      error="File type not accepted (.odt). Accepted formats: PDF, JPG, PNG.") +
             H.upload("Passport (all pages)", "PDF, JPG or PNG · 10 MB maximum", lang="en", filename_note="passport_lin.pdf — added") +
             H.buttons(H.button("Back", "secondary"), H.button("Continue")))
    P.append(_entry("en odt file type not accepted", "upload_error", "en", ESP + "demarches/renouvellement/justificatifs",
                    espace(inner, lang="en", user=USER_G)))
    # ar: the four corners of the document are not visible (written)
    inner = ('<h1 class="fr-h3">المستندات الداعمة</h1>' +
             H.upload("جواز السفر - صفحات الهوية", "PDF أو JPG أو PNG، بحد أقصى 10 ميغابايت", lang="ar", filename_note="passeport_scan.jpg",
                      error="تم رفض المستند: يجب أن تكون زوايا المستند الأربع ظاهرة في الصورة الممسوحة.") +
             H.buttons(H.button("السابق", "secondary"), H.button("متابعة")))
    P.append(_entry("ar scan corners not visible", "upload_error", "ar", ESP + "demarches/renouvellement/justificatifs",
                    espace(inner, lang="ar", user=USER_D), **tr("ar")))
    # fa: TIFF not accepted (written)
    inner = ('<h1 class="fr-h3">مدارک پشتیبان</h1>' +
             H.upload("گواهی اسکان", "PDF، JPG یا PNG، حداکثر 10 مگابایت", lang="fa", filename_note="attestation_hebergement.tiff",
                      error="قالب فایل ‎.tiff‎ پذیرفته نیست. قالب‌های مجاز: PDF، JPG، PNG.") +
             H.buttons(H.button("قبلی", "secondary"), H.button("ادامه دهید")))
    P.append(_entry("fa tiff not accepted", "upload_error", "fa", ESP + "demarches/premiere-demande/justificatifs",
                    espace(inner, lang="fa", user=USER_I), **tr("fa")))
    return P


def _missing_document():
    P = []
    # fr: an SMS from ANEF in Google Messages for web (written)
    msgs = [("mer. 12 août", "ANEF : votre demande de titre de séjour a bien été enregistrée. Votre attestation est disponible dans votre espace personnel.", "09:12"),
            ("lun. 31 août", "ANEF : la préfecture demande une pièce complémentaire pour votre demande de titre de séjour. Connectez-vous à votre "
             "espace personnel sur administration-etrangers-en-france.interieur.gouv.fr avant le 15/12/2026.", "14:37")]
    P.append(_entry("fr SMS asking for a piece in Messages for web", "missing_document", "fr", "https://messages.google.com/web/conversations/37",
                    sms_web("ANEF", msgs), tab="Messages"))
    # fr: a long request page, one piece requested near the bottom
    rows = [("Passeport", "Reçu", "success"), ("Acte de naissance", "Reçu", "success"), ("Justificatif de domicile", "Reçu", "success"),
            ("Contrat de travail", "Reçu", "success"), ("Bulletins de salaire", "Reçu", "success"), ("Attestation de l’employeur", "Reçu", "success"),
            ("Titre de séjour actuel", "Reçu", "success")]
    lst = "".join(f'<div class="x12-row"><span class="fr-text--sm">{n}</span>{H.badge(s, k)}</div>' for n, s, k in rows)
    lst += ('<div class="x12-row" data-key="piece"><span class="fr-text--sm fr-text--bold">Avis d’imposition 2026 (revenus 2025)<br>'
            '<span class="fr-text--xs" style="font-weight:400">Demandé par la préfecture le 27/08/2026 — à transmettre avant le 15/12/2026</span></span>'
            f'{H.badge("À transmettre", "warning")}</div>')
    info = ('<div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">' +
            "".join(f'<div class="fr-col-6 fr-col-md-3"><p class="fr-text--xs x12-grey fr-mb-0">{k}</p><p class="fr-text--bold fr-mb-0">{v}</p></div>'
                    for k, v in [("Demande", "Carte de séjour pluriannuelle"), ("Préfecture", "Haute-Garonne"), ("Déposée le", "03/07/2026"),
                                 ("Numéro", "31-2026-0552817")]) + "</div>")
    inner = ('<h1 class="fr-h3">Ma demande de titre de séjour</h1>' + info + filler() +
             '<h2 class="fr-h5 fr-mt-5w">Pièces du dossier</h2>' + lst + H.buttons(H.button("Transmettre une pièce")))
    P.append(_entry("fr one piece requested at the bottom of a long request page", "missing_document", "fr", ESP + "mes-demandes/31-2026-0552817",
                    espace(inner, user=USER_H)))
    # fr dark: a dialog near the top listing three pieces (written)
    body = ('<p>La préfecture de la Gironde a besoin des pièces suivantes pour poursuivre l’examen de votre demande :</p>'
            '<ul><li>bulletins de salaire de juin, juillet et août 2026 ;</li><li>attestation de l’employeur datée de moins de 3 mois ;</li>'
            '<li>justificatif de domicile à votre nom.</li></ul><p class="fr-text--bold fr-mb-0">À transmettre avant le 04/01/2027.</p>')
    dash = ('<h1 class="fr-h3">Mes démarches</h1>' + H.card('<p class="fr-mb-0">Renouvellement de carte de séjour · déposée le 22/06/2026</p>',
                                                          title="Titre de séjour salarié"))
    P.append(_entry("fr dark dialog with three requested pieces", "missing_document", "fr", ESP + "mes-demarches",
                    espace(dash, user=USER_F, dark=True, post=topdialog("Compléter ma demande", body,
                                                                       [H.button("Transmettre les pièces"), H.button("Plus tard", "secondary")])),
                    dark=True))
    # fr: notifications as an accordion, a small success alert above (the request dominates)
    body = ('<p class="fr-text--sm">La préfecture de la Seine-Saint-Denis a besoin des pièces suivantes pour poursuivre l’examen de votre demande :</p>'
            '<ul class="fr-text--sm"><li>justificatif de domicile de moins de 3 mois ;</li><li>attestation d’hébergement signée et copie de la '
            'pièce d’identité de l’hébergeant.</li></ul><p class="fr-text--sm">Transmettez-les depuis « Mes démarches » avant le 10/12/2026.</p>'
            + H.button("Transmettre les pièces"))
    inner = ('<h1 class="fr-h3">Mes notifications</h1>' + H.alert("success", None, "Votre adresse postale a été mise à jour.", sm=True) +
             accordion([("Demande de compléments · 29/08/2026", body), ("Confirmation de dépôt · 14/07/2026", ""),
                        ("Mise à jour des conditions d’utilisation · 02/06/2026", "")], open_idx=0))
    P.append(_entry("fr accordion with a complement request under a small success", "missing_document", "fr", ESP + "notifications",
                    espace(inner, user=USER_A, active=3)))
    # en: an action-required card on the dashboard (written)
    card = ('<div data-key="action" style="border:1px solid var(--border-default-grey);border-inline-start:6px solid var(--border-plain-warning);'
            'padding:1.2rem 1.4rem;margin-bottom:1.5rem"><p class="fr-text--bold fr-mb-1w">Documents to provide</p>'
            '<p class="fr-text--sm">The prefecture of Isère has asked for your last three payslips (June, July and August 2026). Upload them by '
            '08/01/2027, or your application may be closed.</p>' + H.button("Add documents") + '</div>')
    other = H.card('<p class="fr-text--sm fr-mb-0">Multi-year residence card · valid until 03/02/2027</p>', title="My residence permit")
    P.append(_entry("en documents to provide card", "missing_document", "en", ESP + "mon-compte",
                    espace('<h1 class="fr-h3">Hello Kwame</h1>' + card + other, lang="en", user=USER_F, active=0)))
    # ru: marriage certificate with sworn translation requested (written)
    rows = [("Паспорт — все страницы", "Получено", "success"), ("Свидетельство о рождении", "Получено", "success"),
            ("Свидетельство о браке с переводом присяжного переводчика", "Запрошено", "warning"), ("Подтверждение адреса", "Получено", "success")]
    lst = ""
    for n, s, k in rows:
        extra = ""
        mark = ""
        if k == "warning":
            mark = ' data-key="piece"'
            extra = '<br><span class="fr-text--xs">Запрошено префектурой Верхней Гаронны 21/08/2026 — предоставить до 21/12/2026</span>'
        lst += f'<div class="x12-row"{mark}><span class="fr-text--sm">{n}{extra}</span>{H.badge(s, k)}</div>'
    P.append(_entry("ru marriage certificate requested", "missing_document", "ru", ESP + "mes-documents",
                    espace('<h1 class="fr-h3">Документы для предоставления</h1>' + lst + H.buttons(H.button("Добавить документ")),
                           lang="ru", user=USER_E, active=2), **tr("ru")))
    # uk: a notification asking for payslips (written), side menu
    body = ('<h1 class="fr-h4">Запит на додаткові документи</h1><p class="fr-text--xs x12-grey">Префектура Рони · 26/08/2026</p>'
            '<div data-key="message"><p>Префектура Рони просить вас надати підтвердження доходів: 3 останні платіжні відомості.</p>'
            '<p class="fr-text--bold">Крайній термін: 15/12/2026.</p></div>' + H.button("Додати документ"))
    inner = side_layout(["Усі сповіщення", "Непрочитані (1)", "Архів"], 1, body)
    P.append(_entry("uk notification asking for payslips", "missing_document", "uk", ESP + "notifications/8841",
                    espace(inner, lang="uk", user=USER_B, active=3), **tr("uk")))
    return P


def _blocked_page():
    P = []
    old = ("https://" + H.SSO + "/auth/realms/anef-usagers/protocol/openid-connect/auth?client_id=anef-usagers&theme=portail-anef"
           "&redirect_uri=https%3A%2F%2F" + H.HOST + "%2Fparticuliers%2F%23%2F&response_type=code&scope=openid")
    # fr: Keycloak invalidRedirectUriMessage (an old /particuliers/ bookmark)
    inner = ('<div style="text-align:center;padding:1rem 0 0"><div style="width:3.4rem;height:3.4rem;border-radius:50%;margin:0 auto 1rem;'
             'background:var(--background-contrast-error);color:var(--text-default-error);font-size:2rem;line-height:3.4rem;font-weight:700">×</div>'
             '<h1 class="fr-h4">Une erreur est survenue</h1></div>' +
             H.alert("error", None, "L’URI de redirection est invalide", sm=True) +
             f'<p class="fr-mb-0" style="text-align:center">{H.link("Retour au site Étrangers en France")}</p>')
    P.append(_entry("fr invalid redirect uri from an old bookmark", "blocked_page", "fr", old, sso(inner)))
    # fr dark: Keycloak missingParameterMessage
    nort = (REALM + "protocol/openid-connect/auth?client_id=anef-usagers&theme=portail-anef&redirect_uri=https%3A%2F%2F" + H.HOST +
            "%2Fusagers%2F&scope=openid")
    inner = (H.alert("error", None, "Paramètres manquants : response_type", sm=True) +
             '<p class="fr-text--sm">Fermez cet onglet et reprenez votre démarche depuis la page d’accueil.</p>')
    P.append(_entry("fr dark missing parameters", "blocked_page", "fr", nort, sso(kc_panel("Erreur", inner), dark=True), dark=True))
    # fr: Firefox's connection-interrupted page for the portal
    P.append(_entry("fr Firefox connection interrupted", "blocked_page", "fr", ESP + "mes-demarches", firefox_interrupt(H.HOST),
                    tab="Problème de chargement de la page", browsers=H.FIREFOX_FAMILY))
    # fr: a short red line in the middle of a long dashboard (written)
    hero = ('<div class="x12-hero"><div class="fr-container"><p class="fr-h3 fr-mb-1w">Bonjour Youssef</p>'
            '<p class="fr-text--sm fr-mb-0">Dernière connexion le 24/08/2026</p></div></div>')
    inner = (quick(["Mes démarches", "Mes documents", "Mes notifications", "Mes rendez-vous"]) +
             '<h2 class="fr-h5">Mon titre de séjour</h2>' + H.card('<p class="fr-text--sm fr-mb-0">Carte de séjour temporaire · valable jusqu’au 17/01/2027</p>') +
             '<h2 class="fr-h5 fr-mt-4w">Mes démarches en cours</h2>' +
             '<p class="fr-error-text">Le chargement de vos démarches a échoué (erreur 504). Réessayez dans quelques minutes.</p>' +
             '<h2 class="fr-h5 fr-mt-4w">Mes derniers documents</h2><p class="fr-text--sm x12-grey">Aucun document récent.</p>' + filler())
    P.append(_entry("fr short loading error line in a long dashboard", "blocked_page", "fr", ESP + "mon-compte",
                    espace(inner, user=USER_D, active=0, pre=hero, post=help_fab())))
    # en: Chromium's own offline page for the portal (strings read off Chromium 156, English UI)
    P.append(_entry("en Chromium no internet", "blocked_page", "en", ESP + "mon-compte", chromium_offline(H.HOST), tab=H.HOST,
                    browsers=H.CHROMIUM_FAMILY))
    # ar: Keycloak httpsRequiredMessage, rendered in Arabic (the address typed with http://)
    inner = (H.alert("error", None, "بروتوكول HTTPS مطلوب") + f'<p class="fr-mb-0">{H.link("العودة إلى الموقع")}</p>')
    P.append(_entry("ar https required", "blocked_page", "ar",
                    "http://" + H.SSO + "/auth/realms/anef-usagers/protocol/openid-connect/auth?client_id=anef-usagers&response_type=code&scope=openid",
                    sso(kc_panel("حدث خطأ", inner, top="الأجانب في فرنسا · المصادقة"), lang="ar"), **tr("ar")))
    # ru: too many requests, 429 (written)
    inner = ('<div data-key="error" style="text-align:center;padding:2rem 1rem;border:1px solid var(--border-default-grey)">'
             '<p style="font-size:3rem;font-weight:700;margin:0;color:var(--text-mention-grey)">429</p>'
             '<h1 class="fr-h4">Слишком много запросов</h1><p>Вы отправили слишком много запросов за короткое время. Повторите попытку через '
             'несколько минут.</p>' + H.button("Вернуться на главную страницу", "secondary") + '</div>')
    P.append(_entry("ru too many requests 429", "blocked_page", "ru", ESP + "mes-demarches", espace(inner, lang="ru", user=USER_E, narrow=True), **tr("ru")))
    return P


def _request_status():
    P = []
    # fr submitted: the confirmation after sending, with the attestation de dépôt; a survey strip as noise
    inner = (H.alert("success", "Demande transmise à la préfecture du Nord", "Votre demande de renouvellement de titre de séjour a été enregistrée "
                     "le 19/08/2026 sous le numéro 59-2026-0817342. Elle sera examinée par le service instructeur.") +
             H.buttons(H.button("Télécharger l’attestation de dépôt"), H.button("Retour à mes démarches", "secondary")) +
             '<div style="margin-top:2.5rem;background:var(--background-alt-grey);padding:1rem 1.2rem"><p class="fr-text--sm fr-mb-1w">'
             'Votre avis nous intéresse : comment s’est passée votre démarche ?</p><p class="fr-text--sm fr-mb-0">Difficile · Moyen · Facile · Très facile</p></div>')
    P.append(_entry("fr submitted confirmation with attestation de dépôt", "request_status", "fr", ESP + "demarches/renouvellement/confirmation",
                    espace(inner, user=USER_J), step="submitted"))
    # uk submitted: a list of requests, the last one just deposited
    reqs = [("Поновлення посвідки на проживання (багаторічна посвідка)", "Дата подання: 27/08/2026",
             H.badge("Подано", "info") + '<br><span class="fr-text--xs">Очікує розгляду в префектурі</span>', True),
            ("Підтвердження VLS-TS", "Дата подання: 14/09/2024", H.badge("Завершено", "success"), False)]
    inner = '<h1 class="fr-h3">Мої кроки</h1><h2 class="fr-h5">Мої запити</h2>' + "".join(
        f'<div class="x12-row"{" data-key=status" if k else ""}><span class="fr-text--sm"><b>{n}</b><br>{d}</span><span>{st}</span></div>'
        for n, d, st, k in reqs)
    inner += H.buttons(H.button("Завантажте атестацію депозиту", "secondary"))
    P.append(_entry("uk submitted in a list of requests", "request_status", "uk", ESP + "mes-demarches", espace(inner, lang="uk", user=USER_B),
                    step="submitted", **tr("uk")))
    # fr in_progress: naturalisation vertical timeline at the interview
    tabs = ('<div style="display:flex;flex-wrap:wrap;gap:1.5rem;border-bottom:1px solid var(--border-default-grey);margin-bottom:1.5rem;font-size:.9rem">'
            '<span style="padding:.5rem 0" class="x12-grey">Titre de séjour</span>'
            '<span style="padding:.5rem 0;border-bottom:3px solid var(--border-plain-blue-france,#000091);font-weight:700">Demande d’accès à la Nationalité Française</span></div>')
    tl = vtimeline([("03/02/2026", "Demande envoyée", "done"), ("11/03/2026", "Examen des pièces en cours", "done"),
                    ("12/05/2026", "Réception du récépissé de complétude", "done"), ("en cours", "Entretien d’assimilation", "cur"),
                    ("", "Décision", "todo")])
    inner = (tabs + '<h1 class="fr-h4">Suivi de ma demande</h1>' + tl +
             '<p class="fr-text--sm x12-grey">Vous recevrez votre convocation à l’entretien par courriel et dans vos notifications.</p>')
    P.append(_entry("fr in progress naturalisation timeline at the interview", "request_status", "fr", ESP + "nationalite/suivi",
                    espace(inner, user=USER_G), step="in_progress"))
    # en in_progress: under examination with an attestation de prolongation d'instruction
    inner = ('<h1 class="fr-h3">My applications</h1>' +
             '<div data-key="status" style="border:1px solid var(--border-default-grey);padding:1.4rem;margin-bottom:1.5rem">'
             '<p class="fr-text--xs x12-grey fr-mb-1v">44-2026-0391177 · submitted on 02/06/2026</p>'
             '<h2 class="fr-h5 fr-mb-1w">Residence permit renewal — multi-year card (employee)</h2>' + H.badge("Under examination", "info") +
             '<p class="fr-text--sm fr-mt-1w">The prefecture of Loire-Atlantique is examining your application.</p>'
             '<p class="fr-text--sm fr-mb-0">Attestation de prolongation d’instruction issued on 28/08/2026, valid for 3 months. '
             '<a href="#">Download (PDF)</a></p></div>')
    P.append(_entry("en in progress with attestation de prolongation", "request_status", "en", ESP + "mes-demarches", espace(inner, lang="en", user=USER_F),
                    step="in_progress"))
    # fr dark decision_made: decision taken, the letter to download
    tl = vtimeline([("14/03/2026", "Dépôt de la demande", "done"), ("02/04/2026", "Instruction en cours", "done"),
                    ("26/08/2026", "Décision prise", "cur"), ("", "Document disponible", "todo")], key=False)
    inner = ('<h1 class="fr-h3">Ma demande de titre de séjour</h1>' + tl +
             '<div data-key="decision" style="background:var(--background-alt-blue-france);padding:1.2rem 1.4rem">'
             '<p class="fr-mb-1w">La préfecture a statué sur votre demande le 26/08/2026. Le courrier de décision est disponible ci-dessous.</p>' +
             H.button("Télécharger la décision (PDF)", icon="download-line") + '</div>')
    P.append(_entry("fr dark decision made with letter to download", "request_status", "fr", ESP + "mes-demandes/13-2026-0201948",
                    espace(inner, user=USER_C, dark=True), step="decision_made", dark=True))
    # ar decision_made: a refusal with the time to appeal
    inner = ('<h1 class="fr-h3">قرار بشأن طلبك</h1><div data-key="decision" style="border:1px solid var(--border-default-grey);padding:1.4rem">'
             '<p class="fr-text--xs x12-grey">طلب تصريح إقامة - موظف · 69-2026-0177420</p>' + H.badge("تم اتخاذ القرار", "warning") +
             '<p class="fr-mt-1w">قررت المحافظة رفض طلبك في 24/08/2026. يمكنك تقديم طعن أمام المحكمة الإدارية في غضون شهرين من تاريخ الإخطار.</p>' +
             H.button("تنزيل القرار", icon="download-line") + '</div>')
    P.append(_entry("ar decision refusal with appeal time", "request_status", "ar", ESP + "mes-demandes/69-2026-0177420",
                    espace(inner, lang="ar", user=USER_J), step="decision_made", **tr("ar")))
    # fr document_available: the card arrived at the sub-prefecture
    inner = ('<h1 class="fr-h3">Mon titre de séjour</h1>' +
             '<div data-key="status" style="display:flex;flex-wrap:wrap;gap:1.2rem;border:1px solid var(--border-default-grey);padding:1.4rem">'
             '<div style="flex:none;width:7rem;height:4.5rem;border-radius:6px;background:linear-gradient(135deg,#cfe0f5,#f3e1e1)"></div>'
             '<div style="flex:1 1 16rem">' + H.badge("Document disponible", "success") +
             '<p class="fr-mt-1w">Votre carte de séjour pluriannuelle est arrivée à la sous-préfecture du Havre. Prenez rendez-vous pour la retirer et '
             'munissez-vous d’un timbre fiscal de 225 €.</p>' + H.button("Prendre rendez-vous") + '</div></div>')
    P.append(_entry("fr document available at the sub-prefecture", "request_status", "fr", ESP + "mon-titre", espace(inner, user=USER_H, active=2),
                    step="document_available"))
    # ru document_available: the attestation de décision favorable to download
    inner = ('<h1 class="fr-h3">Мои документы</h1>' +
             H.card('<p class="fr-mb-1w">' + H.badge("Документ доступен", "success") + '</p><p class="fr-text--sm">Выдано 25/08/2026 · PDF, 212 КБ</p>' +
                    H.button("Скачать", icon="download-line"), title="Свидетельство о положительном решении", crop=True) +
             H.card('<p class="fr-text--sm fr-mb-0">Выдано 03/04/2026</p>', title="Атестация депозита"))
    P.append(_entry("ru document available favourable decision", "request_status", "ru", ESP + "mes-documents", espace(inner, lang="ru", user=USER_E, active=2),
                    step="document_available", **tr("ru")))
    # fa, no step: the status is a dash, the follow-up is not available
    inner = ('<h1 class="fr-h3">درخواست های من</h1><div class="x12-row" data-key="status"><span class="fr-text--sm"><b>تمدید کارت اقامت</b><br>'
             'تاریخ ارسال: 10/04/2026</span><span class="fr-text--sm">وضعیت: —<br><span class="fr-text--xs">پیگیری این درخواست در حال حاضر در دسترس '
             'نیست.</span></span></div>')
    P.append(_entry("fa status not available", "request_status", "fa", ESP + "mes-demarches", espace(inner, lang="fa", user=USER_I), **tr("fa")))
    return P


def _unknown():
    P = []
    # fr: a success on ANEF (the phone number changed)
    body = ('<h1 class="fr-h3">Mes coordonnées</h1>' +
            H.alert("success", None, "Votre numéro de téléphone portable a été modifié. Un SMS de confirmation a été envoyé au 06 •• •• •• 47.", sm=True) +
            H.field("Téléphone portable", "06 12 58 90 47") + H.field("Adresse électronique", "amina.toure75@gmail.com") + H.buttons(H.button("Modifier")))
    P.append(_entry("fr success phone number changed", "unknown", "fr", ESP + "mon-compte/coordonnees",
                    espace(side_layout(["Mon profil", "Mes coordonnées", "Sécurité", "Préférences"], 1, body), user=USER_A, active=4)))
    # fr: a help article answering a question about rights (nothing failed)
    art = ('<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-3"><p class="fr-text--sm fr-text--bold">Dans cette rubrique</p>'
           '<ul class="fr-text--sm"><li>Voyager</li><li>Travailler</li><li>Changer d’adresse</li><li>Perte ou vol</li></ul></div><div class="fr-col-12 fr-col-md-9">'
           + H.breadcrumb(["Accueil", "Aide", "Voyager"]) +
           '<h1 class="fr-h3">Puis-je voyager hors de France pendant l’examen de ma demande ?</h1>'
           '<p>Cela dépend du document que vous détenez au moment du départ. Un titre de séjour en cours de validité, présenté avec votre passeport, '
           'vous permet de quitter la France et d’y revenir.</p><p>Si votre titre a expiré et que vous n’avez qu’un document provisoire, renseignez-vous '
           'avant de réserver votre voyage : certains documents ne permettent pas le retour en France.</p>'
           '<p>En cas de doute, posez la question au centre de contact citoyen ou à votre préfecture.</p></div></div>')
    P.append(_entry("fr help article can I travel", "unknown", "fr", USAGERS + "aide/voyager", public(art)))
    # fr: another administration's site showing an error (Mes Droits Sociaux, its own host)
    inner = ('<h1 class="fr-h3">Mes droits</h1>' +
             H.alert("error", "Service momentanément indisponible", "Nous ne pouvons pas afficher vos droits pour le moment. Veuillez réessayer plus tard. "
                     "(erreur 503)") + '<p class="fr-text--sm x12-grey">Vous pouvez aussi estimer vos droits avec le simulateur.</p>')
    P.append(_entry("fr other administration mesdroitssociaux 503", "unknown", "fr", "https://www.mesdroitssociaux.gouv.fr/mes-droits",
                    other_gov("Mes Droits Sociaux", "Vos prestations sociales en un seul endroit", inner, nav=("Accueil", "Mes droits", "Simulateur", "Aide"),
                              tools=("Mon compte",), foot="mesdroitssociaux.gouv.fr est un service public.")))
    # fr: another administration's sign-in refused (l'Assurance retraite, plain site)
    inner = ('<div class="cd" style="max-width:480px"><h1 style="font-size:23px;margin:0 0 14px">Mon espace personnel</h1>'
             '<div class="err">Identifiant ou mot de passe incorrect. Il vous reste 2 tentatives.</div>'
             '<label class="lb">Numéro de sécurité sociale</label><input class="fld" value="2 85 03 99 350 041">'
             '<label class="lb">Mot de passe</label><input class="fld" type="password" value="motdepasse">'
             '<span class="bt" style="background:#0a4c92">Je me connecte</span><p class="gr" style="margin-top:14px">Mot de passe oublié ?</p></div>')
    P.append(_entry("fr other site assurance retraite wrong password", "unknown", "fr", "https://www.lassuranceretraite.fr/portail-services/connexion",
                    plain("l’Assurance retraite", "#0a4c92", ["Particuliers", "Retraités", "Entreprises"], inner,
                          "© l’Assurance retraite · Mentions légales · Accessibilité"), tab="Mon espace personnel - l’Assurance retraite"))
    # en: a booking site confirming an appointment (a success, not ANEF)
    inner = ('<div class="cd" style="max-width:560px"><p style="color:#107acb;font-weight:700;margin:0 0 6px">✓ Appointment confirmed</p>'
             '<h1 style="font-size:22px;margin:0 0 10px">Dr Claire Martin — General practitioner</h1>'
             '<p style="margin:0 0 6px">Tuesday 15 December 2026 at 10:30</p><p class="gr">12 rue des Lilas, 69003 Lyon</p>'
             '<span class="bt" style="background:#107acb">Add to my calendar</span></div>')
    P.append(_entry("en booking site appointment confirmed", "unknown", "en", "https://www.doctolib.fr/appointments/confirmation",
                    plain("Doctolib", "#107acb", ["My appointments", "My documents"], inner, "Doctolib · Terms · Privacy"),
                    tab="Appointment confirmed - Doctolib"))
    # fa: OFII's site, page not found, rendered in Persian (another administration)
    inner = ('<div class="cd" style="text-align:center"><p style="font-size:44px;font-weight:700;color:#9aa3ad;margin:0">404</p>'
             '<h1 style="font-size:22px;margin:6px 0 10px">صفحه مورد نظر پیدا نشد</h1>'
             '<p class="err" style="display:inline-block">صفحه‌ای که به دنبال آن هستید وجود ندارد یا منتقل شده است.</p>'
             '<p><span class="bt" style="background:#1d4f91">بازگشت به صفحه اصلی</span></p></div>')
    P.append(_entry("fa OFII page not found", "unknown", "fa", "https://www.ofii.fr/mon-espace/demarches",
                    plain("OFII", "#1d4f91", ["اداره فرانسوی مهاجرت و ادغام", "خدمات", "تماس"], inner, "OFII · اطلاعات قانونی", rtl=True),
                    tab="OFII", **tr("fa")))
    # uk: the Navigo pass renewed (another site, a success), rendered in Ukrainian
    inner = ('<div class="cd" style="max-width:560px"><p data-key="ok" style="color:#0c6b58;font-weight:700;margin:0 0 8px">✓ Ваш річний проїзний Navigo поновлено</p>'
             '<p style="margin:0 0 6px">Проїзний Navigo Annuel · усі зони</p><p class="gr">Наступний платіж: 05/01/2027</p>'
             '<span class="bt" style="background:#0c6b58">Мій рахунок</span></div>')
    P.append(_entry("uk Navigo pass renewed", "unknown", "uk", "https://www.iledefrance-mobilites.fr/mon-compte/navigo",
                    plain("Île-de-France Mobilités", "#0c6b58", ["Маршрути", "Квитки", "Мій рахунок"], inner, "Île-de-France Mobilités", lang="uk"),
                    tab="Île-de-France Mobilités", **tr("uk")))
    return P


def build_pages():
    return (_account_creation() + _login_failure() + _password_reset() + _franceconnect() + _upload_error() + _missing_document()
            + _blocked_page() + _request_status() + _unknown())
