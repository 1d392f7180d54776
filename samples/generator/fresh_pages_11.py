"""Pages of the eleventh blind screenshot set (samples/fresh/screens-11, seed screens-fresh-11).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from
Keycloak's login-theme catalogs (messages_fr.properties under themes/src/main/resources-community/... and
messages_en.properties under themes/src/main/resources/... of keycloak/keycloak, read for this set), keys the
screens-1 to screens-10 READMEs do not list, and from a French Firefox netError catalog and a French Chromium
error page as quoted in public files.  Everything else (ANEF's own notices, dashboards, inboxes, file lists, status
pages, the other administrations' sites, and the sentences standing for the browser's machine translations) is
written here in the style of those sites and is not a verified wording.

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

USER_A = "Mme Fatoumata DIALLO"
USER_B = "M. Arash KARIMI"
USER_C = "Mme Oksana KOVALENKO"
USER_D = "M. Karim BENSALEM"
USER_E = "Mme Irina SOKOLOVA"
USER_F = "M. Samuel OKAFOR"
USER_G = "Mme Thi Hoa PHAM"
USER_H = "M. Diego RAMÍREZ"


def _entry(name, situation, lang, url, doc, step="", tab=None, **kw):
    """H.page_entry; a browser-translated page's tab title is translated too."""
    if kw.get("translated") and tab is None:
        tab = H.HEADER_TXT[lang]["title"]
    return H.page_entry(name, situation, lang, url, doc, step=step, tab=tab, **kw)


TARGETS = {"ar": "arabe", "fa": "persan", "ru": "russe", "uk": "ukrainien"}


def tr(lang):
    """what a French-speaking Chrome says once it has translated the page."""
    return dict(translated=True, bubble_txt=("Cette page a été traduite", "français", TARGETS[lang]))


def act(path, q="session_code=Zt81kQ&execution=4c7e20aa&client_id=anef-usagers&tab_id=Wq9sR2"):
    return SSO_ACT + path + "?" + q


def doc(body, lang="fr", dark=False, css=""):
    rtl = lang in ("ar", "fa")
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=H.translation_css(lang, rtl) + css,
                      title=H.HEADER_TXT[lang]["title"])


def espace(inner, lang="fr", user=USER_A, active=1, dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow) + post, lang, dark)


def public(inner, lang="fr", dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=None, pre=pre, narrow=narrow) + post, lang, dark)


def sso(inner, lang="fr", dark=False, post="", pre=""):
    return doc(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False, pre=pre) + post, lang, dark)


# ----------------------------------------------------------------------------- layouts of this set
MUTED = "color:var(--text-mention-grey)"


def band(text):
    """a thin information band above the header (noise: no message class)."""
    return ('<div style="background:var(--background-action-low-blue-france);color:var(--text-action-high-blue-france);'
            f'font-size:.8rem;line-height:1.3;padding:.4rem 1rem;text-align:center">{text}</div>')


def consent_inline(lang="fr"):
    """a cookie consent block in the page's flow, above the header (noise)."""
    t = {"fr": ("Ce site dépose des cookies de mesure d’audience anonymisée. Vous pouvez les accepter ou les refuser ; "
                "votre choix est conservé 6 mois.", "Tout accepter", "Tout refuser", "Personnaliser"),
         "en": ("This site sets anonymised audience-measurement cookies. You can accept or refuse them; your choice is kept "
                "for 6 months.", "Accept all", "Refuse all", "Customise")}[lang]
    return ('<div style="background:var(--background-raised-grey);box-shadow:0 2px 6px rgba(0,0,0,.18);padding:.9rem 0">'
            f'<div class="fr-container" style="display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center">'
            f'<p class="fr-text--sm fr-mb-0" style="flex:1 1 22rem">{t[0]}</p>'
            f'<span style="display:flex;gap:.5rem;flex-wrap:wrap">{H.button(t[1], "secondary")}{H.button(t[2], "secondary")}'
            f'{H.button(t[3], "tertiary")}</span></div></div>')


def toast(title, text, kind="error"):
    """a toast pinned at the top right of the page (the message)."""
    col = {"error": "var(--border-plain-error)", "success": "var(--border-plain-success)",
           "warning": "var(--border-plain-warning)", "info": "var(--border-plain-info)"}[kind]
    return (f'<div data-key="toast" role="status" style="position:fixed;top:5.5rem;right:1rem;z-index:950;width:min(380px,92vw);'
            f'background:var(--background-default-grey);border-left:6px solid {col};box-shadow:0 4px 16px rgba(0,0,0,.32);padding:.8rem 1rem">'
            f'<p class="fr-text--bold fr-mb-1v" style="color:var(--text-default-{kind})">{title}</p>'
            f'<p class="fr-text--sm fr-mb-0">{text}</p><p class="fr-text--xs fr-mb-0" style="text-align:right;{MUTED}">✕</p></div>')


def split(aside, inner):
    """two panes: an information aside on a tinted background, the form beside it (stacked on phones)."""
    return ('<div style="display:flex;flex-wrap:wrap;border:1px solid var(--border-default-grey)">'
            f'<div style="flex:1 1 15rem;background:var(--background-alt-blue-france);padding:2rem 1.5rem">{aside}</div>'
            f'<div style="flex:2 1 20rem;padding:2rem 1.5rem;background:var(--background-default-grey)">{inner}</div></div>')


def bullets(items, small=True):
    cls = "fr-text--sm" if small else ""
    return "<ul>" + "".join(f'<li class="{cls}">{x}</li>' for x in items) + "</ul>"


def faq(title, qas):
    """a long question list (noise under the message)."""
    items = "".join(f'<div style="border-top:1px solid var(--border-default-grey);padding:1rem 0">'
                    f'<p class="fr-text--bold fr-mb-1v">{q}</p><p class="fr-text--sm fr-mb-0">{a}</p></div>' for q, a in qas)
    return f'<section class="fr-mt-6w"><h2 class="fr-h4">{title}</h2>{items}</section>'


def news(title, rows):
    """a column of news items with dates (noise)."""
    items = "".join(f'<div style="display:flex;gap:1rem;padding:.8rem 0;border-bottom:1px dashed var(--border-default-grey)">'
                    f'<p class="fr-text--xs fr-mb-0" style="flex:none;width:5.5rem;{MUTED}">{d}</p>'
                    f'<p class="fr-text--sm fr-mb-0">{t}</p></div>' for d, t in rows)
    return f'<section class="fr-mt-5w"><h2 class="fr-h5">{title}</h2>{items}</section>'


def segmented(options, cur):
    cells = "".join(f'<span style="flex:1;text-align:center;padding:.5rem .8rem;font-size:.875rem;'
                    f'{"background:var(--background-action-high-blue-france);color:#fff;font-weight:700" if i == cur else "color:var(--text-action-high-blue-france)"}">{x}</span>'
                    for i, x in enumerate(options))
    return f'<div style="display:flex;border:1px solid var(--border-plain-blue-france, #000091);margin-bottom:1.5rem">{cells}</div>'


def filelist(rows):
    """uploaded files, one a row: (name, meta, state ok/err/wait, note)."""
    out = []
    for name, meta, state, note in rows:
        mark, col = {"ok": ("✓", "var(--text-default-success)"), "err": ("✕", "var(--text-default-error)"),
                     "wait": ("…", "var(--text-mention-grey)")}[state]
        if state == "err":
            n = f'<p class="fr-error-text fr-mt-1v fr-mb-0">{note}</p>'
        else:
            n = f'<p class="fr-text--xs fr-mb-0" style="color:{col}">{note}</p>' if note else ""
        border = "var(--border-plain-error)" if state == "err" else "var(--border-default-grey)"
        out.append(f'<li style="list-style:none;display:flex;gap:.8rem;padding:.7rem .9rem;border:1px solid {border};margin-bottom:.5rem">'
                   f'<span style="font-weight:700;color:{col};width:1.2rem;flex:none">{mark}</span><div style="min-width:0">'
                   f'<p class="fr-text--sm fr-text--bold fr-mb-0" style="word-break:break-all">{name}</p>'
                   f'<p class="fr-text--xs fr-mb-0" style="{MUTED}">{meta}</p>{n}</div></li>')
    return f'<ul class="fr-pl-0 fr-mb-3w">{"".join(out)}</ul>'


def drawer(title, inner, close="Fermer"):
    """a side panel over the dimmed page (the message inside)."""
    return ('<div style="position:fixed;inset:0;background:rgba(0,0,18,.45);z-index:900"></div>'
            '<aside id="crop" style="position:fixed;top:0;bottom:0;inset-inline-end:0;width:min(470px,100vw);z-index:901;overflow:hidden;'
            'background:var(--background-default-grey);padding:1.2rem 1.5rem;box-shadow:-8px 0 24px rgba(0,0,0,.35)">'
            f'<p class="fr-text--sm" style="text-align:end">{close} ✕</p><h2 class="fr-h5">{title}</h2>{inner}</aside>')


def sheet(title, body, btns, close="Fermer"):
    """a dialog anchored to the bottom of the screen with rounded top corners, over a dimmed page."""
    bs = "".join(f"<li>{b}</li>" for b in btns)
    return ('<div style="position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:900"></div>'
            '<div id="crop" role="dialog" style="position:fixed;left:50%;bottom:0;transform:translateX(-50%);width:min(720px,100vw);'
            'z-index:901;background:var(--background-default-grey);border-radius:14px 14px 0 0;padding:1.2rem 1.6rem 1.6rem;'
            'box-shadow:0 -6px 24px rgba(0,0,0,.4)"><div style="width:3rem;height:4px;border-radius:2px;background:var(--border-default-grey);margin:0 auto .8rem"></div>'
            f'<p class="fr-text--sm" style="text-align:end;margin:0">{close} ✕</p><h1 class="fr-h5">{title}</h1>{body}'
            f'<ul class="fr-btns-group fr-btns-group--inline-md fr-mb-0">{bs}</ul></div>')


def centre_dialog(title, body, btns, icon="!", colour="var(--border-plain-warning)"):
    """a small centred dialog with a round icon on top (the message)."""
    bs = "".join(f"<li>{b}</li>" for b in btns)
    return ('<div style="position:fixed;inset:0;background:rgba(30,30,30,.6);z-index:900"></div>'
            '<div id="crop" role="alertdialog" style="position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:min(480px,92vw);'
            'z-index:901;background:var(--background-default-grey);padding:1.6rem 1.6rem 1.2rem;text-align:center;box-shadow:0 10px 30px rgba(0,0,0,.45)">'
            f'<div style="width:3.2rem;height:3.2rem;border-radius:50%;margin:0 auto 1rem;background:{colour};color:#fff;font-size:1.8rem;'
            f'line-height:3.2rem;font-weight:700">{icon}</div><h1 class="fr-h5">{title}</h1>{body}'
            f'<ul class="fr-btns-group fr-btns-group--inline fr-btns-group--center fr-mb-0">{bs}</ul></div>')


def inbox(rows, subject, meta, body, title="Mes notifications"):
    """a message list beside a reading pane; the pane carries the message mark."""
    lis = []
    for sender, subj, date, unread, cur in rows:
        bg = "background:var(--background-action-low-blue-france);" if cur else ""
        dot = ('<span style="display:inline-block;width:.5rem;height:.5rem;border-radius:50%;background:var(--background-action-high-blue-france);'
               'margin-inline-end:.4rem"></span>') if unread else ""
        lis.append(f'<li style="list-style:none;{bg}padding:.7rem .9rem;border-bottom:1px solid var(--border-default-grey)">'
                   f'<p class="fr-text--xs fr-mb-0" style="{MUTED}">{sender} · {date}</p>'
                   f'<p class="fr-text--sm fr-mb-0" style="font-weight:{700 if unread else 400}">{dot}{subj}</p></li>')
    return (f'<h1 class="fr-h3">{title}</h1><div class="fr-grid-row fr-grid-row--gutters">'
            f'<div class="fr-col-12 fr-col-md-4"><ul style="padding:0;margin:0;border:1px solid var(--border-default-grey)">{"".join(lis)}</ul></div>'
            f'<div class="fr-col-12 fr-col-md-8"><article data-key="message" style="border:1px solid var(--border-default-grey);padding:1.4rem">'
            f'<h2 class="fr-h5 fr-mb-1v">{subject}</h2><p class="fr-text--xs" style="{MUTED}">{meta}</p>{body}</article></div></div>')


def chip(text, kind="info"):
    cols = {"info": ("var(--background-contrast-info)", "var(--text-default-info)"),
            "success": ("var(--background-contrast-success)", "var(--text-default-success)"),
            "warning": ("var(--background-contrast-warning)", "var(--text-default-warning)"),
            "error": ("var(--background-contrast-error)", "var(--text-default-error)"),
            "grey": ("var(--background-contrast-grey)", "var(--text-mention-grey)")}[kind]
    return (f'<span style="display:inline-block;background:{cols[0]};color:{cols[1]};border-radius:1rem;padding:.15rem .8rem;'
            f'font-size:.8rem;font-weight:700">{text}</span>')


def dossier(title, ref, status, lines, side="", key=True):
    """a request block: title and reference, a status chip, lines under it, an optional side column."""
    mark = ' data-key="status"' if key else ""
    ls = "".join(f'<p class="fr-text--sm fr-mb-1w">{x}</p>' for x in lines)
    sd = f'<div style="flex:1 1 12rem;border-inline-start:1px solid var(--border-default-grey);padding-inline-start:1.2rem">{side}</div>' if side else ""
    return (f'<div style="display:flex;flex-wrap:wrap;gap:1.2rem;border:1px solid var(--border-default-grey);padding:1.4rem;margin-bottom:1.5rem">'
            f'<div style="flex:3 1 18rem"{mark}><p class="fr-text--xs fr-mb-1v" style="{MUTED}">{ref}</p>'
            f'<h2 class="fr-h5 fr-mb-1w">{title}</h2><p class="fr-mb-1w">{status}</p>{ls}</div>{sd}</div>')


def profile_panel(name, number, lines):
    ls = "".join(f'<p class="fr-text--xs fr-mb-1v">{x}</p>' for x in lines)
    return (f'<div style="background:var(--background-alt-grey);padding:1.2rem"><div style="width:3rem;height:3rem;border-radius:50%;'
            f'background:var(--background-action-high-blue-france);color:#fff;text-align:center;line-height:3rem;font-weight:700;margin-bottom:.6rem">'
            f'{name.split()[1][0]}{name.split()[-1][0]}</div><p class="fr-text--bold fr-mb-0">{name}</p>'
            f'<p class="fr-text--xs" style="{MUTED}">{number}</p>{ls}</div>')


def two_cols(left, right):
    return (f'<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-3">{left}</div>'
            f'<div class="fr-col-12 fr-col-md-9">{right}</div></div>')


def chevrons(steps, cur, key=False):
    """a horizontal frieze of arrow-shaped steps (done / current / to come)."""
    mark = ' data-key="frise"' if key else ""
    cells = []
    for i, s in enumerate(steps):
        if i < cur:
            bg, fg = "var(--background-contrast-success)", "var(--text-default-success)"
        elif i == cur:
            bg, fg = "var(--background-action-high-blue-france)", "#fff"
        else:
            bg, fg = "var(--background-contrast-grey)", "var(--text-mention-grey)"
        cells.append(f'<div style="flex:1 1 8rem;background:{bg};color:{fg};padding:.7rem 1.4rem .7rem 1.6rem;font-size:.8rem;'
                     f'font-weight:{700 if i == cur else 400};clip-path:polygon(0 0,calc(100% - 12px) 0,100% 50%,calc(100% - 12px) 100%,0 100%,12px 50%)">'
                     f'{"✓ " if i < cur else ""}{s}</div>')
    return f'<div style="display:flex;flex-wrap:wrap;gap:4px;margin:1rem 0 1.5rem"{mark}>{"".join(cells)}</div>'


def spinner(text, sub):
    return ('<div id="crop" style="position:fixed;inset:0;z-index:950;background:rgba(246,246,246,.94);display:flex;flex-direction:column;'
            'align-items:center;justify-content:center;gap:1rem;text-align:center;padding:1rem">'
            '<div style="width:60px;height:60px;border-radius:50%;border:6px solid #dcdcf0;border-top-color:#000091;transform:rotate(35deg)"></div>'
            f'<p class="fr-text--lg fr-text--bold fr-mb-0" style="color:#161616">{text}</p><p class="fr-text--sm fr-mb-0" style="color:#3a3a3a">{sub}</p></div>')


def kc_box(title, alert_html, links=(), lead=""):
    """the ANEF Keycloak theme's message page, drawn as a box with a tricolour top edge."""
    ls = "".join(f'<p class="fr-mt-2w fr-mb-0">{H.link(x)}</p>' for x in links)
    return ('<div style="border:1px solid var(--border-default-grey);padding:1.6rem 1.6rem 1.4rem;position:relative">'
            '<div style="position:absolute;top:-1px;left:-1px;right:-1px;height:5px;background:linear-gradient(90deg,#000091 0 33%,#fff 33% 66%,#e1000f 66%)"></div>'
            f'<h1 class="fr-h4">{title}</h1>{lead}{alert_html}{ls}</div>')


def rules(items):
    """password rules with a tick or a cross each."""
    lis = "".join(f'<li style="list-style:none;font-size:.875rem;margin:.2rem 0;color:{"var(--text-default-success)" if ok else "var(--text-default-error)"}">'
                  f'{"✓" if ok else "✕"}&nbsp; {x}</li>' for x, ok in items)
    return f'<ul class="fr-pl-0 fr-mb-2w">{lis}</ul>'


def pieces(rows, key_row=None):
    """a list of pieces: (name, state text, chip kind); one row may carry the message mark."""
    out = []
    for i, (name, state, kind) in enumerate(rows):
        mark = ' data-key="piece"' if i == key_row else ""
        out.append(f'<div style="display:flex;flex-wrap:wrap;gap:.4rem 1rem;justify-content:space-between;align-items:center;'
                   f'padding:.75rem 0;border-bottom:1px solid var(--border-default-grey)"{mark}>'
                   f'<p class="fr-text--sm fr-mb-0" style="flex:1 1 14rem">{name}</p>{chip(state, kind)}</div>')
    return f'<div class="fr-mb-4w">{"".join(out)}</div>'


def facts(pairs):
    """a strip of small fact boxes (noise)."""
    cells = "".join(f'<div style="flex:1 1 9rem;border:1px solid var(--border-default-grey);padding:.7rem .9rem">'
                    f'<p class="fr-text--xs fr-mb-0" style="{MUTED}">{k}</p><p class="fr-text--sm fr-text--bold fr-mb-0">{v}</p></div>'
                    for k, v in pairs)
    return f'<div style="display:flex;flex-wrap:wrap;gap:.6rem;margin-bottom:1.5rem">{cells}</div>'


def tabsbar(items, cur):
    """a row of tabs drawn by hand (noise)."""
    cells = "".join(f'<span style="padding:.6rem 1rem;font-size:.875rem;white-space:nowrap;'
                    f'{"border:1px solid var(--border-default-grey);border-bottom:0;border-top:2px solid var(--border-plain-blue-france, #000091);font-weight:700;background:var(--background-default-grey)" if i == cur else "background:var(--background-contrast-grey)"}">{x}</span>'
                    for i, x in enumerate(items))
    return f'<div style="display:flex;flex-wrap:wrap;gap:2px;border-bottom:1px solid var(--border-default-grey);margin-bottom:1.5rem">{cells}</div>'


def gov_doc(service, tagline, inner, tools=("Se connecter",), lang="fr", foot="", dark=False, operator=""):
    """another administration's DSFR site: its own service name, a short footer."""
    tl = "".join(f'<li><a class="fr-btn" href="#">{x}</a></li>' for x in tools)
    op = f'<div class="fr-header__operator"><p class="fr-text--bold fr-mb-0" style="font-size:1.1rem">{operator}</p></div>' if operator else ""
    head = (f'<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">'
            f'<div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>{op}'
            f'<div class="fr-header__navbar"><button class="fr-btn--menu fr-btn" title="Menu">Menu</button></div></div>'
            f'<div class="fr-header__service"><a href="#"><p class="fr-header__service-title">{service}</p></a><p class="fr-header__service-tagline">{tagline}</p></div></div>'
            f'<div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group">{tl}</ul></div></div></div></div></div></header>')
    f = (f'<footer class="fr-footer" role="contentinfo"><div class="fr-container"><div class="fr-footer__body"><div class="fr-footer__brand"><p class="fr-logo">République<br>Française</p></div>'
         f'<div class="fr-footer__content"><p class="fr-footer__content-desc">{foot}</p></div></div></div></footer>')
    rtl = lang in ("ar", "fa")
    return M.dsfr_doc(head + f'<main class="fr-container fr-py-5w">{inner}</main>' + f, dark=dark, lang=lang, rtl=rtl,
                      css_extra=H.translation_css(lang, rtl), title=service)


def webmail(brand, colour, folders, rows, subject, sender, when, body):
    """a webmail page: folders, message list, the open message (the message mark)."""
    fl = "".join(f'<li style="padding:6px 12px;{"background:#e8eefc;font-weight:700" if i == 0 else ""}">{x}</li>' for i, x in enumerate(folders))
    rl = "".join(f'<tr style="{"font-weight:700" if b else ""}{";background:#eef3ff" if cur else ""}"><td style="width:34%">{s}</td><td>{t}</td>'
                 f'<td style="width:16%;text-align:right;color:#666">{d}</td></tr>' for s, t, d, b, cur in rows)
    css = (".mail{display:flex;gap:0;min-height:100vh}.fold{flex:none;width:190px;background:#f1f3f8;padding-top:14px;font-size:14px}"
           ".fold ul{list-style:none;margin:0;padding:0}.mid{flex:1;min-width:0;padding:14px 20px;background:#fff}"
           ".read{border:1px solid #dde2ea;border-radius:6px;padding:18px 20px;margin-top:14px;background:#fff}"
           ".read p{font-size:15px;line-height:1.5;margin:0 0 10px}@media(max-width:700px){.fold{display:none}.mid{padding:10px}}"
           "table td{font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:0}")
    return M.plain_doc(f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav><a href="#">Mail</a><a href="#">Contacts</a><a href="#">Agenda</a></nav></div>'
                       f'<div class="mail"><div class="fold"><ul>{fl}</ul></div><div class="mid"><table>{rl}</table>'
                       f'<div class="read" data-key="mail"><h2 style="margin-bottom:4px">{subject}</h2><p class="muted" style="font-size:13px">{sender} · {when}</p>{body}</div>'
                       '</div></div>', css)


def plain_site(brand, colour, nav, inner, foot, css=""):
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    return M.plain_doc(f'<div class="top" style="background:{colour};flex-wrap:wrap"><span class="brand">{brand}</span><nav>{links}</nav></div>'
                       f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>', css)


def chromium_page(title, paras, code, btn="Actualiser"):
    """Chromium's own network error page (drawn only in Chromium-family browsers)."""
    ps = "".join(f"<p>{x}</p>" for x in paras)
    css = ("body{margin:0;background:#fff;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#202124;font-size:15px}"
           ".w{max-width:560px;margin:0 auto;padding:18vh 24px 0}.ic{width:42px;height:42px;margin-bottom:30px;border-radius:50%;"
           "border:4px solid #5f6368;box-sizing:border-box;position:relative}.ic:after{content:'';position:absolute;left:15px;top:6px;width:4px;height:16px;background:#5f6368}"
           "h1{font-size:1.6em;font-weight:400;line-height:1.25;margin:0 0 16px}p{color:#5f6368;line-height:1.55;margin:0 0 12px}p a{color:#1a73e8}"
           ".c{font-size:.8em;text-transform:uppercase;color:#5f6368;margin-top:18px}.row{display:flex;justify-content:flex-end;margin-top:44px}"
           ".b{background:#1a73e8;color:#fff;border-radius:4px;padding:9px 24px;font-size:14px;font-weight:500}")
    return ('<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<style>{css}</style></head><body><div class="w" id="crop"><div class="ic"></div><h1>{title}</h1>{ps}'
            f'<p class="c">{code}</p><div class="row"><span class="b">{btn}</span></div></div></body></html>')


def firefox_page(title, lead, lines, btn="Réessayer"):
    """Firefox's own network error page (drawn only in Firefox-family browsers)."""
    lis = "".join(f"<li>{x}</li>" for x in lines)
    css = ("body{margin:0;background:#f9f9fb;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#15141a}"
           ".w{max-width:640px;margin:0 auto;padding:14vh 30px 0;display:flex;gap:26px}.ic{flex:none;width:46px;height:46px;"
           "background:#fff;border:3px solid #bfbfc9;border-radius:8px;box-sizing:border-box}h1{font-size:24px;font-weight:600;margin:4px 0 18px}"
           "p,li{font-size:15px;line-height:1.5;margin:0 0 10px}ul{padding-left:20px;margin:0}.b{display:inline-block;margin-top:24px;"
           "background:#0061e0;color:#fff;border-radius:4px;padding:8px 18px;font-size:14px;font-weight:600}@media(max-width:600px){.w{display:block}.ic{margin-bottom:18px}}")
    return ('<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<style>{css}</style></head><body><div class="w" id="crop"><div class="ic"></div><div><h1>{title}</h1><p>{lead}</p>'
            f'<ul>{lis}</ul><span class="b">{btn}</span></div></div></body></html>')


def pw(lbl, err=None, hint=None):
    return H.field(lbl, "••••••••••••", typ="password", error=err, hint=hint)


def signin(lang="fr", ident="", ident_err=None, pw_err=None, alert="", below_btn="", heading=None):
    """the sign-in card of this set: identifier and password, the FranceConnect button under a rule."""
    t = H.LOGIN_TXT[lang]
    return (f'<h1 class="fr-h3">{heading or t["h"]}</h1>{alert}'
            + H.field(t["ident"], ident, hint=t["ihint"], error=ident_err) + pw(t["pw"], err=pw_err)
            + f'<p class="fr-mt-1w"><a class="fr-link fr-text--sm" href="#">{t["forgot"]}</a></p>'
            + H.buttons(H.button(t["btn"])) + below_btn
            + f'<p class="fr-hr-or">{t["or_"]}</p>' + H.fc_button(lang)
            + f'<p class="fr-text--sm fr-mt-3w">{t["first"]} <a href="#">{t["create"]}</a></p>')


def build_pages():
    P = []
    add = P.append
    HELP_FAQ = [("Où trouver mon numéro étranger ?", "Il figure sur votre titre de séjour, votre récépissé ou l’attestation de validation de votre VLS-TS : "
                 "c’est le numéro à 10 chiffres."),
                ("Je n’ai pas reçu le courriel d’activation", "Vérifiez le dossier des courriers indésirables et l’adresse saisie. "
                 "Le courriel est envoyé par une adresse se terminant par interieur.gouv.fr."),
                ("Puis-je utiliser l’adresse électronique d’un proche ?", "Utilisez de préférence une adresse personnelle : "
                 "les notifications concernant votre dossier y seront envoyées."),
                ("Comment me faire aider ?", "Les points d’accueil numérique en préfecture et les espaces France Services peuvent vous accompagner."),
                ("Le site est-il accessible sur téléphone ?", "Oui. Pour joindre des documents, un ordinateur reste plus pratique.")]

    # ======================================================================= account_creation (7)
    aside = ('<p class="fr-h6">Avant de commencer</p>' + bullets([
        "une adresse électronique personnelle que vous consultez", "votre passeport",
        "votre visa long séjour, titre de séjour ou récépissé"]) +
        '<p class="fr-text--xs fr-mb-0">La création du compte prend environ 10 minutes.</p>')
    form = (H.stepper("Création de votre compte", 2, 3, "Votre document de séjour") +
            H.field("Adresse électronique", "f.diallo@gmail,com", hint="Exemple : nom@domaine.fr", error="Courriel invalide.") +
            H.field("Confirmation de l’adresse électronique", "f.diallo@gmail,com") +
            H.field("Téléphone portable (facultatif)", "06 12 48 90 33") +
            H.buttons(H.button("Précédent", "secondary"), H.button("Continuer")))
    add(_entry("creation-email-comma", "account_creation", "fr", act("registration", "client_id=anef-usagers&tab_id=Wq9sR2"),
               doc(H.page_anef(split(aside, form), lang="fr", nav=False))))

    form = ('<h1 class="fr-h3">Votre document de séjour</h1><p class="fr-text--sm">Renseignez les informations telles qu’elles '
            'figurent sur votre titre de séjour ou votre récépissé.</p>' +
            H.field("Type de document", "Carte de séjour temporaire") +
            H.field("Numéro étranger", "7505123498", hint="10 chiffres") +
            H.field("Date de délivrance", "03/09/2025", hint="jj/mm/aaaa") +
            H.field("Date de début de validité", "01/09/2025", hint="jj/mm/aaaa") +
            H.field("Date de fin de validité", "", hint="jj/mm/aaaa", error="Veuillez renseigner ce champ.") +
            H.field("Préfecture de délivrance", "Haute-Garonne") +
            H.buttons(H.button("Précédent", "secondary"), H.button("Valider")) + faq("Questions fréquentes", HELP_FAQ))
    add(_entry("creation-end-date-required", "account_creation", "fr", USAGERS + "creation-compte/document",
               public(form, pre="", narrow=True).replace("<body>", "<body>" + consent_inline("fr"), 1)))

    box = ('<div id="crop" style="border:1px solid var(--border-default-grey);padding:1.4rem;margin-bottom:1.5rem">'
           '<p>Nous avons envoyé un lien d’activation à l’adresse <b>o.sow•••@laposte.net</b>. Ouvrez ce courriel et cliquez sur '
           'le lien pour activer votre compte.</p><p class="fr-mb-0">Vous n’avez pas reçu de code dans le courriel ? '
           '<a href="#">Cliquez ici</a> pour renvoyer le courriel.</p></div>')
    inner = ('<h1 class="fr-h3">Valider votre adresse email</h1>' + box +
             '<p class="fr-text--sm" style="' + MUTED + '">Pensez à regarder dans le dossier « Courrier indésirable » ou « Spam ». '
             'L’expéditeur est ne-pas-repondre@interieur.gouv.fr.</p>' + H.link("Modifier l’adresse électronique"))
    add(_entry("creation-verify-email-resend", "account_creation", "fr", act("required-action", "execution=VERIFY_EMAIL&client_id=anef-usagers&tab_id=Wq9sR2"),
               sso(inner)))

    err_sum = H.alert("error", "There are 2 errors on this page", '<ul class="fr-mb-0"><li><a href="#">Visa number</a></li><li><a href="#">Date of entry into France</a></li></ul>', sm=False)
    form = ('<h1 class="fr-h3">Create your account</h1>' + err_sum +
            H.field("Visa number", "", hint="9 to 12 characters, on the visa sticker in your passport", error="Please specify value.") +
            H.field("Date of entry into France", "31/02/2026", hint="dd/mm/yyyy", error="Invalid value.") +
            H.field("Email address", "samuel.okafor@outlook.com") +
            H.buttons(H.button("Back", "secondary"), H.button("Continue")))
    add(_entry("creation-en-visa-blank", "account_creation", "en", USAGERS + "create-account/visa", public(form, lang="en", narrow=True)))

    inner = ('<h1 class="fr-h3">إنشاء حسابك</h1>' + H.stepper("التحقق الأمني", 3, 3, state_lbl="الخطوة {c} من {t}") +
             '<p class="fr-text--sm">لحماية الخدمة، يرجى تأكيد أنك لست روبوتًا قبل إنشاء حسابك.</p>' +
             H.alert("error", None, "Re-captcha مطلوب، ولكنه غير مهيأ", sm=True) +
             '<div style="border:1px solid #d3d3d3;background:#f9f9f9;width:300px;max-width:100%;height:76px;display:flex;align-items:center;gap:12px;padding:0 12px;margin-bottom:1.2rem">'
             '<span style="width:26px;height:26px;border:2px solid #c1c1c1;background:#fff;border-radius:2px"></span><span style="font-size:14px;color:#222">أنا لست برنامج روبوت</span></div>' +
             '<div class="fr-checkbox-group fr-mb-2w"><input type="checkbox" checked><label class="fr-label">أوافق على الشروط العامة للاستخدام</label></div>' +
             H.buttons(H.button("السابق", "secondary"), H.button("إنشاء حسابي")))
    add(_entry("creation-ar-captcha-not-configured", "account_creation", "ar", act("registration", "client_id=anef-usagers&tab_id=Wq9sR2"),
               sso(inner, "ar"), **tr("ar")))

    inner = kc_box("Активация вашей учетной записи",
                   H.alert("info", None, '<p>Подтвердите действительность адреса электронной почты i.sokolova@mail.ru.</p>', sm=True),
                   links=("» Нажмите здесь",),
                   lead='<p class="fr-text--sm">Ссылка из письма была открыта в другом браузере или на другом устройстве.</p>')
    add(_entry("creation-ru-confirm-address", "account_creation", "ru", act("action-token", "key=eyJhbGciOiJIUzI1NiJ9.x7&client_id=anef-usagers"),
               sso(inner, "ru"), **tr("ru")))

    inner = ('<h1 class="fr-h3">Створення облікового запису</h1>' + segmented(["У мене є іноземний номер", "У мене є віза"], 0) +
             H.field("Іноземний номер", "75022319", hint="10 цифр, вказаних на вашій посвідці на проживання",
                     error="Іноземний номер повинен містити 10 цифр. Він вказаний на вашій посвідці на проживання або розписці.") +
             H.field("Дата закінчення терміну дії", "14/03/2027", hint="дд/мм/рррр") +
             H.buttons(H.button("Продовжити")))
    add(_entry("creation-uk-number-length", "account_creation", "uk", USAGERS + "creation-compte/numero-etranger",
               public(inner, "uk", narrow=True), **tr("uk")))

    # ======================================================================= login_failure (7)
    aside = ('<p class="fr-h6">Votre identifiant</p><p class="fr-text--sm">C’est votre numéro étranger (10 chiffres, sans espace) '
             'ou, si vous n’en avez pas encore, l’adresse électronique utilisée à la création du compte.</p>'
             '<p class="fr-text--xs fr-mb-0">Ne communiquez jamais votre mot de passe, même à un agent.</p>')
    add(_entry("login-identifier-spaces", "login_failure", "fr", SSO_AUTH,
               doc(H.page_anef(split(aside, signin(ident="75 02 23 19 84", ident_err="La valeur contient des caractères invalides.")),
                               lang="fr", nav=False))))

    inner = signin(ident="9301274458")
    add(_entry("login-locked-toast", "login_failure", "fr", SSO_AUTH,
               sso(inner, post=toast("Compte bloqué", "5 mots de passe erronés ont été saisis. Par sécurité, la connexion à ce compte est "
                                     "impossible pendant 45 minutes.", "error"))))

    tiles = (H.tile("Je valide mon VLS-TS", "Visa de long séjour valant titre de séjour") +
             H.tile("Je demande ou renouvelle un titre de séjour", "Première demande, renouvellement, changement de statut")).replace("fr-col-md-4", "fr-col-md-6")
    top = ('<h1 class="fr-h2">Connexion ou création de compte</h1><p class="fr-text--lead">Accédez à vos démarches de séjour, de '
           'naturalisation et de document de voyage.</p><div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">' + tiles + '</div>')
    card = ('<div style="border:1px solid var(--border-default-grey);padding:1.6rem;max-width:34rem">' +
            signin(ident="6902457731", below_btn='<p class="fr-error-text fr-mt-1w">Les informations saisies ne permettent pas de vous identifier.</p>',
                   heading="Se connecter") + '</div>')
    inner = top + card + news("Actualités", [("12/08/2026", "Renouvellement des titres « passeport talent » : la démarche est désormais en ligne."),
                                             ("30/07/2026", "Nouvelle présentation du site : les menus ont changé de place."),
                                             ("02/07/2026", "Étudiants : validez votre VLS-TS dans les 3 mois suivant votre arrivée."),
                                             ("18/06/2026", "Le site adopte le système de design de l’État.")]) + faq("Aide à la connexion", HELP_FAQ)
    add(_entry("login-short-line-long-page", "login_failure", "fr", USAGERS + "espace-personnel/connexion-inscription", public(inner)))

    inner = ('<h1 class="fr-h3">Connexion à votre espace personnel</h1>' +
             H.alert("error", None, "Aucun compte ne correspond à cet identifiant. Vérifiez votre saisie ou créez votre compte.") +
             H.field("Identifiant", "fatou.diallo75@gmail.com") + pw("Mot de passe") + H.buttons(H.button("Se connecter")) +
             '<p class="fr-text--sm fr-mt-3w">Première visite ? <a href="#">Créer votre compte</a></p>')
    add(_entry("login-unknown-account-dark", "login_failure", "fr", SSO_AUTH, sso(inner, dark=True), dark=True))

    inner = signin("en", ident="FRA2026458817", alert=H.alert("error", "Sign-in failed", "Use your 10-digit foreign national number "
                   "(numéro étranger) as your username, not your visa number."))
    add(_entry("login-en-visa-as-username", "login_failure", "en", SSO_AUTH, sso(inner, "en")))

    inner = signin("ar", ident="7504418902", alert=H.alert("error", None, "<p>معرف أو كلمة مرور غير صحيحة.</p><p>تحقق من معرفك (10 أرقام) وكلمة المرور الخاصة بك.</p>"))
    add(_entry("login-ar-wrong-with-band", "login_failure", "ar", SSO_AUTH,
               sso(inner, "ar", pre="").replace("<body>", "<body>" + band("أعمال صيانة مقررة ليلة 14 إلى 15 ديسمبر: قد تكون الخدمة غير متاحة من الساعة 10 مساءً حتى 6 صباحًا."), 1),
               **tr("ar")))

    inner = signin("fa", ident="7503118426", alert=H.alert("error", "حساب معلق شده", "حساب شما به حالت تعلیق درآمده است. برای فعال‌سازی مجدد آن، "
                   "از <a href=\"#\">فرم تماس</a> استفاده کنید و شماره خارجی خود را ذکر کنید."))
    add(_entry("login-fa-suspended", "login_failure", "fa", SSO_AUTH, sso(inner, "fa"), **tr("fa")))

    # ======================================================================= password_reset (7)
    inner = ('<h1 class="fr-h3">Réinitialiser votre mot de passe</h1><p class="fr-text--sm">Entrez votre nom d’utilisateur ; un courriel va vous '
             'être envoyé vous permettant de créer un nouveau mot de passe.</p>' +
             H.alert("success", None, "Si un compte existe pour l’identifiant 7503118426, vous allez recevoir un courriel contenant un lien de "
                     "réinitialisation. Ce lien est valable 30 minutes.") +
             H.field("Identifiant", "7503118426") + H.buttons(H.button("Envoyer", "secondary")) +
             f'<p class="fr-mt-3w">{H.link("Retour à la connexion")}</p>')
    add(_entry("reset-sent-30-minutes", "password_reset", "fr", act("reset-credentials"), sso(inner)))

    inner = ('<h1 class="fr-h3">Choisissez votre mot de passe</h1>' +
             H.alert("warning", None, "<p>La mise à jour de votre mot de passe est requise.</p><p>Vous vous êtes connecté avec le mot de passe "
                     "provisoire reçu par courriel : choisissez maintenant votre propre mot de passe.</p>") +
             pw("Choisissez un mot de passe", hint="12 caractères minimum, dont une majuscule, un chiffre et un caractère spécial") +
             pw("Saisissez-le à nouveau") + H.buttons(H.button("Enregistrer")))
    add(_entry("reset-temporary-password-dark", "password_reset", "fr", act("required-action", "execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=Wq9sR2"),
               sso(inner, dark=True), dark=True))

    under = signin(ident="7508830127")
    add(_entry("reset-link-used-sheet", "password_reset", "fr", act("action-token", "key=eyJhbGciOiJIUzI1NiJ9.rk&client_id=anef-usagers"),
               sso(under, post=sheet("Lien de réinitialisation non valide",
                                     "<p>Ce lien a déjà été utilisé ou a été remplacé par une demande plus récente. Demandez un nouveau lien "
                                     "depuis « Mot de passe oublié ? » sur la page de connexion.</p>",
                                     [H.button("Demander un nouveau lien"), H.button("Fermer", "secondary")]))))

    inner = ('<h1 class="fr-h3">Choose a new password</h1>' +
             rules([("At least 12 characters", True), ("One capital letter", True), ("One number", True), ("One special character", True)]) +
             pw("Choose a password") +
             '<p class="fr-text--sm fr-mt-n2w fr-mb-2w"><a href="#">Show password</a></p>' +
             pw("Confirm password", err="The two passwords are not the same.") + H.buttons(H.button("Save")))
    add(_entry("reset-en-confirm-differs", "password_reset", "en", act("reset-credentials"), sso(inner, "en")))

    inner = ('<h1 class="fr-h3">Password expired</h1>' +
             H.alert("warning", None, "Your password is more than 18 months old and has expired. Choose a new password to continue to your "
                     "personal space.") + pw("Current password") + pw("Choose a password") + pw("Confirm password") + H.buttons(H.button("Save")))
    add(_entry("reset-en-expired-18-months", "password_reset", "en", act("required-action", "execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=Wq9sR2"),
               sso(inner, "en")))

    inner = ('<h1 class="fr-h3">Выберите новый пароль</h1>' + H.alert("error", None, "Пароль не соответствует правилам безопасности.", sm=True) +
             rules([("Не менее 12 символов", False), ("Одна заглавная буква", True), ("Одна цифра", True),
                    ("Один специальный символ из ! @ # $ % &", False)]) +
             pw("Новый пароль") + pw("Подтвердите пароль") + H.buttons(H.button("Подтвердить")))
    add(_entry("reset-ru-rules-unmet", "password_reset", "ru", act("reset-credentials"), sso(inner, "ru"), **tr("ru")))

    inner = ('<h1 class="fr-h3">Скидання пароля</h1>' +
             H.alert("info", None, "Новий лист для скидання пароля вже було надіслано менше 5 хвилин тому. Перевірте папку «Спам», "
                     "перш ніж надсилати новий запит.") +
             H.field("Ідентифікатор", "7504418902") + H.buttons('<button class="fr-btn" disabled>Надіслати</button>') +
             f'<p class="fr-mt-3w">{H.link("Повернутися до підключення")}</p>')
    add(_entry("reset-uk-wait-5-minutes", "password_reset", "uk", act("reset-credentials"), sso(inner, "uk"), **tr("uk")))

    # ======================================================================= franceconnect (6)
    inner = kc_box("Connexion avec FranceConnect",
                   H.alert("error", None, "Impossible de trouver le fournisseur d’identité avec cet identifiant.", sm=True), links=("Retour",))
    add(_entry("fc-provider-not-found", "franceconnect", "fr", REALM + "broker/franceconnect/login?client_id=anef-usagers&tab_id=Wq9sR2&session_code=Zt81kQ",
               sso(inner)))

    fc_block = ('<div style="display:flex;align-items:center;gap:.8rem;margin-bottom:1.2rem"><span style="width:2.6rem;height:2.6rem;'
                'background:#000091;color:#fff;font-weight:700;text-align:center;line-height:2.6rem;border-radius:4px">FC</span>'
                '<p class="fr-text--sm fr-mb-0">Retour depuis FranceConnect vers <b>Étrangers en France</b></p></div>')
    inner = kc_box("La connexion n’a pas abouti", H.alert("error", None, "Erreur inattendue lors de la récupération du jeton provenant du "
                   "fournisseur d’identité."), links=("Redémarrer la connexion",), lead=fc_block)
    add(_entry("fc-token-unexpected", "franceconnect", "fr", BROKER + "endpoint?code=Hk2v0Q9sW&state=Wq9sR2.anef-usagers", sso(inner)))

    inner = ('<h1 class="fr-h3">Lier votre compte FranceConnect</h1><p>Lier votre compte en validant votre courriel.</p>' +
             H.alert("info", None, "<p>Un courriel vient d’être envoyé à a.karimi•••@gmail.com : ouvrez-le et cliquez sur le lien pour relier "
                     "FranceConnect à votre compte Étrangers en France.</p><p>Si vous avez déjà vérifié votre courriel dans un autre "
                     "navigateur <a href=\"#\">Cliquez ici</a> pour continuer.</p>") +
             f'<p class="fr-text--sm" style="{MUTED}">Le lien est à usage unique.</p>')
    add(_entry("fc-link-email-other-browser", "franceconnect", "fr", act("first-broker-login", "execution=idp-email-verification&client_id=anef-usagers&tab_id=Wq9sR2"),
               sso(inner)))

    inner = ('<div style="text-align:center"><h1 class="fr-h3">Sign in with FranceConnect</h1>' +
             H.alert("error", None, "Invalid response from identity provider.") +
             '<p class="fr-text--sm">FranceConnect sent back an answer that could not be read.</p>' + H.buttons(H.button("Try again")) + '</div>')
    add(_entry("fc-en-invalid-response", "franceconnect", "en", BROKER + "endpoint?state=Wq9sR2.anef-usagers&code=9fQe1", sso(inner, "en")))

    inner = kc_box("اتصال با FranceConnect", H.alert("error", None, "خطای غیرمنتظره هنگام پردازش درخواست به ارائه دهنده هویت."),
                   links=("» بازگشت به صفحه اتصال",))
    add(_entry("fc-fa-handling-request", "franceconnect", "fa", BROKER + "login?client_id=anef-usagers&tab_id=Wq9sR2&session_code=Zt81kQ",
               sso(inner, "fa"), **tr("fa")))

    css = (".fc{max-width:560px;margin:40px auto;background:#fff;border:1px solid #ddd;padding:28px 30px}.fc h1{font-size:24px}"
           ".fc .code{font-family:'DejaVu Sans Mono',monospace;background:#f0f0f5;padding:4px 8px;display:inline-block}")
    inner = ('<div class="fc"><h1>Произошла ошибка</h1><div class="err" data-key="fc">Служба «Иностранцы во Франции» не смогла получить ваши '
             'данные. Попробуйте подключиться снова через несколько минут.</div><p class="muted">Код ошибки: <span class="code">Y500015</span></p>'
             '<p><span class="btn" style="background:#000091">Вернуться к службе</span></p></div>')
    add(_entry("fc-ru-on-franceconnect", "franceconnect", "ru", "https://app.franceconnect.gouv.fr/api/v2/authorize?client_id=anef&acr_values=eidas1",
               plain_site("FranceConnect", "#000091", ["Помощь"], inner, "FranceConnect — услуга, предлагаемая государством", css=css),
               tab="FranceConnect", **tr("ru")))

    # ======================================================================= upload_error (7)
    inner = (H.breadcrumb(["Accueil", "Mes démarches", "Titre de séjour", "Pièces justificatives"]) +
             '<h1 class="fr-h3">Justificatif de domicile</h1><p class="fr-text--sm">Facture d’électricité, de gaz ou d’eau, quittance de loyer : '
             'document de moins de 6 mois, à votre nom.</p>' +
             filelist([("facture_edf_aout2026.pdf", "412 Ko · ajouté le 21/08/2026", "ok", "Ajouté"),
                       ("IMG_4471.HEIC", "2,3 Mo", "err", "Format non accepté (.heic). Formats acceptés : PDF, JPG, PNG.")]) +
             H.buttons(H.button("Ajouter un fichier", "secondary"), H.button("Enregistrer")))
    add(_entry("upload-heic-in-list", "upload_error", "fr", ESP + "demarches/sejour/pieces/justificatif-domicile", espace(inner, user=USER_D)))

    behind = (dossier("Demande de naturalisation", "Dossier n° 2026-NAT-031874", chip("Brouillon", "grey"),
                      ["Pièces ajoutées : 9 sur 14"]) + pieces([("Acte de naissance", "Ajouté", "success"),
                                                                ("Relevés bancaires des 3 derniers mois", "À ajouter", "grey"),
                                                                ("Avis d’imposition 2025", "Ajouté", "success")]))
    panel = H.upload("Relevés bancaires des 3 derniers mois", "PDF, 10 Mo maximum par fichier",
                     error="Le fichier « releves_bancaires_2026.pdf » pèse 13,6 Mo. La taille maximale est de 10 Mo par fichier.",
                     filename_note="releves_bancaires_2026.pdf") + H.buttons(H.button("Annuler", "secondary"), H.button("Ajouter"))
    add(_entry("upload-drawer-size", "upload_error", "fr", ESP + "demarches/naturalisation/pieces", espace(behind, user=USER_B, post=drawer("Ajouter un justificatif", panel, "Fermer"))))

    ups = [("Titre de séjour actuel (recto verso)", "PDF ou JPG", "titre_recto_verso.pdf", None),
           ("Justificatif de domicile", "Moins de 6 mois", "quittance_juillet.pdf", None),
           ("Contrat de travail", "Signé par les deux parties", "contrat_cdi.pdf", None),
           ("Trois derniers bulletins de salaire", "Un seul fichier PDF", "bulletins_mai_juin_juillet.pdf", None),
           ("Passeport – pages d’état civil", "PDF ou JPG, 10 Mo max.", "scan_passeport.jpg",
            "Image trop floue : le document doit être lisible (150 dpi minimum)."),
           ("Photo d’identité", "Code e-photo ou fichier", "Code saisi", None),
           ("Attestation d’assurance maladie", "PDF", "attestation_ameli.pdf", None),
           ("Timbre fiscal", "Numéro à 16 chiffres", "Saisi", None)]
    rowsu = "".join(H.upload(a, b, error=err, filename_note=c) for a, b, c, err in ups)
    inner = ('<h1 class="fr-h3">Pièces justificatives</h1><p class="fr-text--sm">Chaque document doit être complet et lisible. '
             'Vous pouvez enregistrer et revenir plus tard.</p>' + H.stepper("Pièces justificatives", 4, 6, "Récapitulatif") + rowsu +
             H.buttons(H.button("Enregistrer le brouillon", "secondary"), H.button("Continuer")))
    add(_entry("upload-blurry-in-long-list", "upload_error", "fr", ESP + "demarches/sejour/renouvellement/pieces", espace(inner, user=USER_G)))

    inner = ('<h1 class="fr-h3">Photo et signature</h1><p class="fr-text--sm">Saisissez le code figurant sur la planche remise par une '
             'cabine ou un photographe agréé « ANTS ».</p>' +
             H.field("Code e-photo", "F7K2 9QXL M4TB 8PWN", error="Ce code e-photo a expiré : il est valable 6 mois après la prise de la photo. "
                     "Refaites une photo dans une cabine ou chez un photographe agréé.") +
             '<div style="display:flex;gap:1rem;align-items:center;margin:1rem 0 1.5rem"><div style="width:70px;height:90px;background:var(--background-contrast-grey);'
             'border:1px dashed var(--border-default-grey)"></div><p class="fr-text--xs fr-mb-0" style="' + MUTED + '">Aperçu indisponible</p></div>' +
             H.buttons(H.button("Vérifier le code")))
    add(_entry("upload-ephoto-expired", "upload_error", "fr", ESP + "demarches/sejour/photo-signature", espace(inner, user=USER_H)))

    inner = ('<h1 class="fr-h3">Supporting documents</h1>' + tabsbar(["Identity", "Residence", "Resources", "Other"], 1) +
             H.upload("Proof of address", "PDF, JPG or PNG, 10 MB maximum",
                      error="The file name is too long (92 characters). Rename the file with 60 characters at most, then add it again.",
                      filename_note="Scan_attestation_hebergement_signee_par_mon_frere_avec_copie_de_sa_carte_identite_2026.pdf", lang="en") +
             H.buttons(H.button("Save")))
    add(_entry("upload-en-name-too-long", "upload_error", "en", ESP + "applications/residence/documents", espace(inner, "en", user=USER_F)))

    inner = ('<h1 class="fr-h3">إضافة مستنداتي</h1>' +
             H.upload("شهادة السكن", "PDF أو JPG أو PNG، 10 ميغابايت كحد أقصى",
                      error="يجب مسح المستند ضوئيًا بالألوان: لا تُقبل النسخ بالأبيض والأسود.", filename_note="attestation_hebergement_scan.pdf", lang="ar") +
             H.upload("جواز السفر", "جميع الصفحات المكتوبة", filename_note="passeport.pdf", lang="ar") + H.buttons(H.button("حفظ")))
    add(_entry("upload-ar-black-and-white", "upload_error", "ar", ESP + "demarches/sejour/pieces", espace(inner, "ar", user=USER_D), **tr("ar")))

    inner = ('<h1 class="fr-h3">Мої документи</h1>' +
             H.upload("Паспорт (сторінка з фотографією)", "JPG, PNG або PDF, максимум 10 МБ",
                      error="Тип файлу .webp не підтримується. Збережіть своє зображення у форматі JPG або PDF.",
                      filename_note="passeport_photo.webp", lang="uk") + H.buttons(H.button("Зберегти")))
    add(_entry("upload-uk-webp", "upload_error", "uk", ESP + "demarches/sejour/pieces", espace(inner, "uk", user=USER_C), **tr("uk")))

    # ======================================================================= missing_document (7)
    body = ('<p class="fr-text--sm">Madame, Monsieur,</p><p class="fr-text--sm">Afin de poursuivre l’instruction de votre demande, vous devez '
            'transmettre les pièces suivantes <b>avant le 21/12/2026</b> :</p>' +
            bullets(["justificatifs de ressources des 6 derniers mois", "contrat de travail signé"]) +
            '<p class="fr-text--sm">Sans réponse dans ce délai, votre demande pourra être classée sans suite.</p>' +
            H.button("Transmettre les pièces"))
    inner = inbox([("Préfecture du Rhône", "Demande de compléments", "24/08/2026", True, True),
                   ("Étrangers en France", "Votre attestation de dépôt est disponible", "12/08/2026", False, False),
                   ("Étrangers en France", "Votre demande a bien été transmise", "12/08/2026", False, False),
                   ("Étrangers en France", "Bienvenue dans votre espace", "02/08/2026", False, False)],
                  "Demande de compléments", "Demande de titre de séjour n° 69-2026-0041187 · Préfecture du Rhône", body)
    add(_entry("md-inbox-complement", "missing_document", "fr", ESP + "notifications/8841207", espace(inner, user=USER_F, active=3)))

    rows = [("Formulaire de demande signé", "Fourni", "success"), ("Acte de naissance", "Fourni", "success"),
            ("Passeport", "Fourni", "success"), ("Justificatif de domicile", "Fourni", "success"),
            ("Avis d’imposition 2025", "Fourni", "success"), ("Bulletins de salaire", "Fourni", "success"),
            ("Attestation d’assurance maladie — à fournir avant le 08/01/2027", "À fournir", "warning"),
            ("Diplôme ou attestation de niveau de langue", "Fourni", "success"), ("Timbre fiscal", "Fourni", "success"),
            ("Photo d’identité", "Fournie", "success")]
    inner = (dossier("Demande d’accès à la Nationalité Française", "Dossier n° 2026-NAT-018233", chip("En cours", "info"),
                     ["Déposée le 26/05/2026"], key=False) +
             facts([("Préfecture", "Isère"), ("Type", "Naturalisation par décret"), ("Dernière mise à jour", "09/08/2026")]) +
             '<h2 class="fr-h5">Pièces du dossier</h2>' + pieces(rows, key_row=6) + faq("Questions fréquentes", HELP_FAQ[3:]))
    add(_entry("md-row-in-long-dossier", "missing_document", "fr", ESP + "demarches/naturalisation/dossier", espace(inner, user=USER_G)))

    body = ('<p>Madame, Monsieur,</p><p>Des pièces complémentaires sont attendues pour votre demande de naturalisation. '
            'Connectez-vous à votre espace personnel sur administration-etrangers-en-france.interieur.gouv.fr, rubrique « Mes démarches », '
            'pour consulter la liste des documents à transmettre.</p><p>Vous disposez d’un délai d’un mois à compter de ce message.</p>'
            '<p class="muted">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>')
    add(_entry("md-webmail-action-needed", "missing_document", "fr", "https://webmail.free.fr/#/mail/inbox/88412",
               webmail("Free", "#cd1e25", ["Boîte de réception (3)", "Envoyés", "Brouillons", "Spam", "Corbeille"],
                       [("ne-pas-repondre@interieur.gouv.fr", "Votre demande nécessite une action de votre part", "09:12", True, True),
                        ("Free Mobile", "Votre facture est disponible", "hier", False, False),
                        ("La Poste", "Votre colis est en route", "lun.", False, False)],
                       "Votre demande nécessite une action de votre part", "ne-pas-repondre@interieur.gouv.fr", "aujourd’hui 09:12", body),
               tab="Free - Webmail"))

    pre = H.notice("New: your filing certificates can now be downloaded from “My documents”.")
    inner = ('<h1 class="fr-h3">My applications</h1>' +
             H.alert("warning", "Documents requested", "<p>Your application is on hold until you send: <b>your 2026 tax notice "
                     "(avis d’imposition)</b>. Deadline: 02/01/2027.</p>") +
             dossier("Multi-year residence permit – Employee", "Application no. 44-2026-0187342", chip("Awaiting documents", "warning"),
                     ["Submitted on 19/06/2026"], key=False))
    add(_entry("md-en-banner-dark", "missing_document", "en", ESP + "applications", espace(inner, "en", user=USER_F, pre=pre, dark=True), dark=True))

    inner = ('<h1 class="fr-h3">طلب الحصول على الجنسية الفرنسية</h1>' +
             '<div data-key="card" style="border:1px solid var(--border-plain-warning);border-inline-start-width:6px;padding:1.2rem;margin-bottom:1.5rem">'
             '<p class="fr-text--bold fr-mb-1w">مطلوب مستند</p><p class="fr-text--sm fr-mb-1w">نسخة كاملة من شهادة الميلاد، مترجمة من قبل مترجم محلف.</p>'
             '<p class="fr-text--sm fr-mb-2w">الموعد النهائي: 15/01/2027</p>' + H.button("إضافة المستند") + '</div>' +
             facts([("المحافظة", "بوش دو رون"), ("آخر تحديث", "28/08/2026")]))
    add(_entry("md-ar-birth-certificate", "missing_document", "ar", ESP + "demarches/naturalisation", espace(inner, "ar", user=USER_D), **tr("ar")))

    inner = ('<h1 class="fr-h3">درخواست کارت اقامت</h1>' +
             H.alert("warning", "درخواست تکمیل پرونده", "استانداری از شما یک مدرک تکمیلی درخواست می کند: قرارداد اجاره یا گواهی اسکان همراه "
                     "با مدرک شناسایی میزبان. مهلت: یک ماه از تاریخ دریافت این پیام.") +
             H.buttons(H.button("افزودن سند")))
    add(_entry("md-fa-lease", "missing_document", "fa", ESP + "demarches/sejour", espace(inner, "fa", user=USER_B), **tr("fa")))

    inner = ('<h1 class="fr-h3">Моя заявка на вид на жительство</h1>' +
             H.alert("warning", None, "Для продолжения рассмотрения необходимо предоставить 1 документ.", sm=True) +
             pieces([("Паспорт (все страницы)", "Требуется предоставить", "warning"), ("Фотография", "Получено", "success"),
                     ("Подтверждение адреса", "Получено", "success")], key_row=0))
    add(_entry("md-ru-passport-pages", "missing_document", "ru", ESP + "demarches/sejour/pieces", espace(inner, "ru", user=USER_E), **tr("ru")))

    # ======================================================================= blocked_page (7)
    inner = kc_box("Nous ne pouvons pas poursuivre", H.alert("error", None, "Code d’accès invalide.", sm=True), links=("Retour",))
    add(_entry("bp-invalid-access-code", "blocked_page", "fr", act("authenticate"), sso(inner)))

    add(_entry("bp-chromium-nxdomain", "blocked_page", "fr", ESP + "mon-compte",
               chromium_page("Ce site est inaccessible", ["Vérifiez si l’adresse <b>administration-etrangers-en-france.interieur.gouv.fr</b> est correcte.",
                                                          "S’il n’y a pas d’erreur, essayez de <a>faire un diagnostic réseau Windows</a>."],
                             "DNS_PROBE_FINISHED_NXDOMAIN"),
               tab="administration-etrangers-en-france.interieur.gouv.fr", browsers=H.CHROMIUM_FAMILY - {"none"}))

    behind = dossier("Mes démarches", "", chip("…", "grey"), ["", ""], key=False)
    add(_entry("bp-spinner-dashboard", "blocked_page", "fr", ESP + "mes-demarches",
               espace(behind, user=USER_C, post=spinner("Chargement de votre espace personnel…", "Cette opération peut prendre quelques secondes."))))

    add(_entry("bp-firefox-redirect-loop", "blocked_page", "fr", USAGERS + "espace-personnel/mon-compte",
               firefox_page("La page n’est pas redirigée correctement",
                            "Firefox a détecté que le serveur redirige la demande pour cette adresse d’une manière qui n’aboutira pas.",
                            ["La cause de ce problème peut être la désactivation ou le refus des cookies."]),
               tab="Problème de chargement de la page", browsers=H.FIREFOX_FAMILY - {"none"}))

    inner = kc_box("Sorry, we cannot continue", H.alert("error", None, "Client not found.", sm=True), links=("Back to the home page",))
    add(_entry("bp-en-client-not-found", "blocked_page", "en", REALM + "protocol/openid-connect/auth?client_id=anef-usager&response_type=code",
               sso(inner, "en")))

    behind = dossier("Запит на продовження посвідки на проживання", "", chip("Чернетка", "grey"), ["Крок 3 з 5"], key=False)
    add(_entry("bp-uk-session-closed", "blocked_page", "uk", ESP + "demarches/sejour/renouvellement",
               espace(behind, "uk", user=USER_C, post=centre_dialog("Сеанс закінчився",
                      "<p>Щоб захистити ваші дані, ваш сеанс було закрито після 30 хвилин бездіяльності. Незбережену інформацію втрачено.</p>",
                      [H.button("Підключитися знову")], icon="⏱")), **tr("uk")))

    inner = ('<div id="crop" style="text-align:center;padding:2rem 0"><div style="font-size:4rem;line-height:1;color:var(--text-mention-grey)">⚙</div>'
             '<h1 class="fr-h3 fr-mt-2w">الخدمة غير متاحة مؤقتًا</h1><p>موقع الأجانب في فرنسا قيد الصيانة. يرجى العودة بعد بضع ساعات. '
             'نعتذر عن الإزعاج.</p><p class="fr-text--xs" style="' + MUTED + '">رمز الخطأ: 503</p></div>')
    add(_entry("bp-ar-maintenance-503", "blocked_page", "ar", USAGERS, public(inner, "ar"), **tr("ar")))

    # ======================================================================= request_status (9)
    side = ('<p class="fr-text--bold fr-mb-1w">Documents</p>' +
            '<div class="fr-download fr-mb-1w"><p class="fr-mb-0"><a class="fr-download__link" href="#">Attestation de dépôt'
            '<span class="fr-download__detail">PDF – 212 Ko</span></a></p></div>')
    inner = two_cols(profile_panel(USER_A, "N° étranger 7505123498", ["Préfecture : Loire-Atlantique", "Compte créé le 18/05/2026"]),
                     '<h1 class="fr-h3">Mes démarches</h1>' +
                     dossier("Carte de séjour pluriannuelle – Salarié", "Demande n° 44-2026-0187342", chip("Déposée le 14/08/2026", "info"),
                             ["Votre demande a bien été transmise. Elle sera examinée par la préfecture de la Loire-Atlantique."], side=side))
    add(_entry("rs-submitted-dashboard", "request_status", "fr", ESP + "mes-demarches", espace(inner), step="submitted"))

    inner = ('<div data-key="done" style="text-align:center;max-width:36rem;margin:0 auto"><div style="width:4rem;height:4rem;border-radius:50%;margin:0 auto 1rem;'
             'background:var(--background-contrast-success);color:var(--text-default-success);font-size:2.2rem;line-height:4rem">✓</div>'
             '<h1 class="fr-h3">Your application has been sent</h1><p>Reference: <b>2026-44-R-0193318</b></p>'
             '<p class="fr-text--sm">Your filing certificate (attestation de dépôt) is available in “My documents”. The prefecture will examine '
             'your application; you will be notified in your personal space.</p>' + H.buttons(H.button("Download the filing certificate", "secondary"),
                                                                                               H.button("Back to my applications")) + '</div>')
    add(_entry("rs-en-sent-confirmation", "request_status", "en", ESP + "applications/residence/confirmation", espace(inner, "en", user=USER_F), step="submitted"))

    inner = (H.breadcrumb(["Accueil", "Mes démarches", "Renouvellement de titre de séjour"]) +
             '<h1 class="fr-h3">Renouvellement de votre carte de séjour</h1>' +
             facts([("Demande n°", "31-2026-0072215"), ("Déposée le", "02/06/2026"), ("Préfecture", "Haute-Garonne"), ("Motif", "Vie privée et familiale")]) +
             '<p class="fr-text--sm fr-mb-1w" data-key="status">Statut : <b>Instruction en cours</b> — une attestation de prolongation d’instruction, '
             'valable jusqu’au 11/02/2027, est disponible dans « Mes documents ».</p>' +
             '<h2 class="fr-h5 fr-mt-4w">Récapitulatif de votre demande</h2>' +
             H.table("Informations transmises", ["Rubrique", "Contenu"],
                     [["État civil", "KOVALENKO Oksana, née le 12/03/1991"], ["Adresse", "14 rue des Lilas, 31000 Toulouse"],
                      ["Situation familiale", "Mariée, 2 enfants"], ["Activité", "Aide-soignante"], ["Pièces", "11 documents transmis"]]) +
             faq("Pendant l’instruction", [("Puis-je voyager ?", "Renseignez-vous avant tout départ : l’attestation ne permet pas toujours "
                                            "le retour en France."),
                                           ("Puis-je travailler ?", "L’attestation de prolongation d’instruction maintient les droits attachés "
                                            "à votre précédent titre."),
                                           ("Dois-je refaire une demande ?", "Non. Ne déposez pas une seconde demande pour le même titre.")]))
    add(_entry("rs-prolongation-long-page", "request_status", "fr", ESP + "demarches/sejour/31-2026-0072215", espace(inner, user=USER_C), step="in_progress"))

    body = ('<p class="fr-text--sm">Vous êtes convoqué(e) à un <b>entretien d’assimilation</b> le <b>19/01/2027 à 9 h 30</b>, '
            'à la préfecture de l’Isère, bureau de la nationalité.</p><p class="fr-text--sm">Présentez-vous avec votre convocation '
            'et votre pièce d’identité. Votre demande reste en cours d’examen jusqu’à la décision.</p>' + H.button("Télécharger la convocation", "secondary"))
    inner = inbox([("Préfecture de l’Isère", "Convocation à un entretien", "06/08/2026", True, True),
                   ("Étrangers en France", "Récépissé de complétude disponible", "17/07/2026", False, False),
                   ("Étrangers en France", "Votre demande a bien été envoyée", "03/03/2026", False, False)],
                  "Convocation à un entretien", "Demande d’accès à la Nationalité Française · n° 2026-NAT-018233", body)
    add(_entry("rs-interview-inbox", "request_status", "fr", ESP + "notifications/8810442", espace(inner, user=USER_G, active=3), step="in_progress"))

    inner = ('<h1 class="fr-h3">Suivi de ma demande</h1><p class="fr-text--sm">Carte de séjour temporaire – Étudiant · n° 75-2026-0412873</p>' +
             chevrons(["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"], 2, key=True) +
             '<p data-key="text">Une décision a été prise sur votre demande. Elle vous sera notifiée par courrier recommandé à l’adresse indiquée '
             'dans votre dossier.</p>')
    add(_entry("rs-decision-frieze-dark", "request_status", "fr", ESP + "demarches/sejour/75-2026-0412873", espace(inner, user=USER_H, dark=True),
               step="decision_made", dark=True))

    inner = (tabsbar(["Residence permits", "French Nationality application"], 1) +
             dossier("French Nationality application", "File no. 2026-NAT-044190", chip("Closed without further action", "grey"),
                     ["Your application was closed without further action (classée sans suite) on 12/08/2026, following your request to withdraw it.",
                      "You may submit a new application at any time."]))
    add(_entry("rs-en-closed-withdrawn", "request_status", "en", ESP + "applications/nationality", espace(inner, "en", user=USER_B), step="decision_made"))

    inner = ('<h1 class="fr-h3">إجراءاتي</h1>' +
             dossier("طلب بطاقة إقامة متعددة السنوات", "الطلب رقم 13-2026-0099812", chip("المستند متاح", "success"),
                     ["بطاقة إقامتك جاهزة. احجز موعدًا في محافظة بوش دو رون لاستلامها، واحضر معك الطابع الضريبي بقيمة 225 يورو."]))
    add(_entry("rs-ar-card-ready", "request_status", "ar", ESP + "mes-demarches", espace(inner, "ar", user=USER_D), step="document_available", **tr("ar")))

    rowsd = [("Багаторічна посвідка на проживання", "Доступний у префектурі — запишіться на прийом, щоб отримати його", "success"),
             ("Підтвердження подання", "Завантажити (PDF)", "grey"), ("Посвідка про продовження розгляду", "Термін дії закінчився", "grey")]
    inner = '<h1 class="fr-h3">Мої документи</h1>' + pieces(rowsd, key_row=0)
    add(_entry("rs-uk-documents-card-ready", "request_status", "uk", ESP + "mes-documents", espace(inner, "uk", user=USER_C, active=2),
               step="document_available", **tr("uk")))

    inner = ('<h1 class="fr-h3">مراحل من</h1>' +
             dossier("درخواست تمدید کارت اقامت", "درخواست شماره 92-2026-0230561", chip("وضعیت: اطلاعات در دسترس نیست", "grey"),
                     ["آخرین به روز رسانی: 02/06/2026", "پیگیری دقیق درخواست شما به محض در دسترس بودن در اینجا نمایش داده می شود."]))
    add(_entry("rs-fa-no-status", "request_status", "fa", ESP + "mes-demarches", espace(inner, "fa", user=USER_B), step="", **tr("fa")))

    # ======================================================================= unknown (7)
    inner = ('<h1 class="fr-h3">Ma demande de permis de conduire</h1>' +
             H.alert("error", "Demande incomplète", "La photo numérique d’identité est absente. Ajoutez un code photo-signature pour que votre "
                     "demande puisse être transmise.") +
             facts([("Type", "Première demande de permis"), ("Numéro de demande", "2026-PC-7781034"), ("Créée le", "21/07/2026")]))
    add(_entry("un-ants-permit-incomplete", "unknown", "fr", "https://permisdeconduire.ants.gouv.fr/tableau-de-bord/mes-demandes",
               gov_doc("ANTS", "Agence Nationale des Titres Sécurisés", inner, tools=("Mon espace", "Se déconnecter"),
                       foot="L’ANTS délivre les titres sécurisés : cartes grises, permis de conduire, passeports et cartes d’identité."),
               tab="Mes demandes - ANTS"))

    css = ".box h1{color:#0c419a}.lab{display:block;margin-top:12px}"
    inner = ('<div class="box" style="max-width:460px;margin:0 auto"><h1>Connexion à mon compte ameli</h1>'
             '<div class="err">Numéro de sécurité sociale ou code confidentiel incorrect. Il vous reste 2 essais.</div>'
             '<label class="lab">Numéro de sécurité sociale</label><input class="t" value="2 91 03 99 350 148">'
             '<label class="lab">Code confidentiel</label><input class="t" type="password" value="00000000">'
             '<span class="btn" style="background:#0c419a">Se connecter</span><p class="muted">Code confidentiel oublié ?</p></div>')
    add(_entry("un-ameli-wrong-code", "unknown", "fr", "https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure",
               plain_site("ameli", "#0c419a", ["Mes démarches", "Remboursements", "Aide"], inner, "© Assurance Maladie", css=css),
               tab="Connexion - ameli, le site de l’Assurance Maladie"))

    inner = ('<div id="crop" style="max-width:40rem"><h1 class="fr-h3">Service momentanément indisponible</h1><p>Votre espace particulier ne '
             'peut pas être affiché pour le moment. Veuillez nous excuser pour la gêne occasionnée et réessayer ultérieurement.</p></div>')
    add(_entry("un-impots-unavailable", "unknown", "fr", "https://cfspart.impots.gouv.fr/monprofil-webapp/",
               gov_doc("impots.gouv.fr", "Direction générale des Finances publiques", inner, tools=("Votre espace particulier",),
                       foot="impots.gouv.fr – le site officiel de la DGFiP"), tab="impots.gouv.fr"))

    inner = kc_box("Déconnexion", '<p>Vous êtes déconnecté des applications suivantes</p><ul><li>Étrangers en France – espace usager</li></ul>',
                   links=("Retour à l’accueil",))
    add(_entry("un-logout-done", "unknown", "fr", REALM + "protocol/openid-connect/logout?client_id=anef-usagers", sso(inner)))

    inner = kc_box("Confirmation email sent", H.alert("success", None, "A confirmation email has been sent to s.okafor.pro@gmail.com. You must follow "
                   "the instructions of the former to complete the email update.", sm=True), links=("Back to my account",))
    add(_entry("un-en-email-change-confirm-sent", "unknown", "en", act("required-action", "execution=UPDATE_EMAIL&client_id=anef-usagers&tab_id=Wq9sR2"),
               sso(inner, "en")))

    css = ".box h1{color:#1b1464}"
    inner = ('<div class="box"><h1>Мое резюме</h1><div class="err">Ошибка импорта: ваше резюме должно быть в формате PDF или Word (не более 5 МБ).</div>'
             '<p class="muted">Файл: CV_Sokolova_2026.odt</p><span class="btn" style="background:#e2002d">Импортировать резюме</span></div>'
             '<div class="box"><h2>Мои предложения</h2><p class="muted">12 вакансий соответствуют вашему профилю.</p></div>')
    add(_entry("un-ru-francetravail-cv", "unknown", "ru", "https://candidat.francetravail.fr/espacepersonnel/cv",
               plain_site("France Travail", "#1b1464", ["Мое пространство", "Предложения", "Мои документы"], inner, "© France Travail", css=css),
               tab="Мое резюме | France Travail", **tr("ru")))

    inner = ('<h1 class="fr-h3">هزینه کارت اقامت چقدر است؟</h1><p>مبلغ با تمبر مالیاتی الکترونیکی پرداخت می شود.</p>' +
             H.table("هزینه ها", ["نوع", "مبلغ"], [["اولین کارت اقامت", "225 یورو"], ["تمدید کارت اقامت", "225 یورو"],
                                                  ["تأیید ویزای اقامت طولانی مدت دانشجو", "50 یورو"]]) +
             '<p class="fr-text--sm">این مبالغ می تواند تغییر کند. مبلغ دقیق هنگام پرداخت نمایش داده می شود.</p>')
    add(_entry("un-fa-fees-help", "unknown", "fa", USAGERS + "aide/tarifs", public(inner, "fa"), **tr("fa")))

    return P
