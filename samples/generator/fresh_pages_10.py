"""Pages of the tenth blind screenshot set (samples/fresh/screens-10, seed screens-fresh-10).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from
Keycloak's login-theme catalogs (messages_fr.properties under themes/src/main/resources-community/... and
messages_en.properties under themes/src/main/resources/... of keycloak/keycloak, read for this set), keys the
screens-6, -7, -8 and -9 READMEs do not list.  Everything else (ANEF's own notices, task lists, summaries, tables of
pieces, status pages, the other sites, and the sentences standing for the browser's machine translations) is written
here in the style of those sites and is not a verified wording.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt, browsers.
"""
import anef_html as H
import make_screens as M

ESP = H.PORTAL
USAGERS = H.USAGERS
SSO_ACT = H.SSO_ACT
SSO_AUTH = H.SSO_AUTH
SSO_BROKER = "https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/"
SSO_ACCOUNT = "https://" + H.SSO + "/auth/realms/anef-usagers/account/"

USER_A = "Mme Aminata TRAORÉ"
USER_B = "M. Taras HRYTSENKO"
USER_C = "Mme Maryam AHMADI"
USER_D = "M. Youssef EL AMRANI"
USER_E = "Mme Olga PETROVA"
USER_F = "M. Kwame MENSAH"
USER_G = "Mme Linh NGUYEN"


def _entry(name, situation, lang, url, doc, step="", tab=None, **kw):
    """H.page_entry; a browser-translated page's tab title is translated too."""
    if kw.get("translated") and tab is None:
        tab = H.HEADER_TXT[lang]["title"]
    return H.page_entry(name, situation, lang, url, doc, step=step, tab=tab, **kw)


TARGETS = {"ar": "arabe", "fa": "persan", "ru": "russe", "uk": "ukrainien"}


def tr(lang):
    """what a French-speaking Chrome says once it has translated the page."""
    return dict(translated=True, bubble_txt=("Cette page a été traduite", "français", TARGETS[lang]))


def act(path, q="session_code=Hq3pV8&execution=9d02b7e1&client_id=anef-usagers&tab_id=Lm4xT6"):
    return SSO_ACT + path + "?" + q


def doc(body, lang="fr", dark=False, css=""):
    rtl = lang in ("ar", "fa")
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=H.translation_css(lang, rtl) + css,
                      title=H.HEADER_TXT[lang]["title"])


def espace(inner, lang="fr", user=USER_A, active=1, dark=False, pre="", post="", narrow=False, foot=""):
    return doc(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow) + foot + post, lang, dark)


def public(inner, lang="fr", dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=None, pre=pre, narrow=narrow) + post, lang, dark)


def sso(inner, lang="fr", dark=False, post="", pre=""):
    return doc(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False, pre=pre) + post, lang, dark)


# ----------------------------------------------------------------------------- layouts of this set
def highlight(text):
    """DSFR mise en exergue (noise unless wrapped)."""
    return f'<div class="fr-highlight fr-mb-3w"><p>{text}</p></div>'


def skip():
    return ('<div class="fr-skiplinks"><nav class="fr-container"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#">'
            'Contenu</a></li><li><a class="fr-link" href="#">Menu</a></li><li><a class="fr-link" href="#">Pied de page</a></li></ul></nav></div>')


def tasks(rows, key_row=None):
    """a task list: (title, detail, tag text, tag colour); the key row carries the message mark."""
    out = []
    for i, (t, d, tag, col) in enumerate(rows):
        mark = ' data-key="task"' if i == key_row else ""
        out.append(f'<li style="list-style:none;display:flex;gap:1rem;align-items:flex-start;justify-content:space-between;'
                   f'border-bottom:1px solid var(--border-default-grey);padding:.9rem 0"{mark}><div><p class="fr-text--bold fr-mb-1v">{t}</p>'
                   f'<p class="fr-text--sm fr-mb-0" style="color:var(--text-mention-grey)">{d}</p></div>'
                   f'<p class="fr-badge fr-badge--sm fr-badge--{col} fr-badge--no-icon" style="flex:none">{tag}</p></li>')
    return f'<ul class="fr-pl-0 fr-mb-4w">{"".join(out)}</ul>'


def summary(title, items):
    """DSFR sommaire (noise)."""
    lis = "".join(f'<li><a class="fr-summary__link" href="#">{x}</a></li>' for x in items)
    return (f'<nav class="fr-summary fr-mb-4w" role="navigation"><p class="fr-summary__title">{title}</p>'
            f'<ol class="fr-summary__list">{lis}</ol></nav>')


def toggle(label, on=True, hint=""):
    h = f'<p class="fr-hint-text">{hint}</p>' if hint else ""
    return (f'<div class="fr-toggle fr-mb-2w"><input type="checkbox" class="fr-toggle__input" {"checked" if on else ""}>'
            f'<label class="fr-toggle__label">{label}</label>{h}</div>')


def checkbox(label, checked=False, error=None):
    err = f'<p class="fr-error-text">{error}</p>' if error else ""
    grp = "fr-checkbox-group" + (" fr-checkbox-group--error" if error else "")
    return (f'<div class="{grp} fr-mb-2w"><input type="checkbox" {"checked" if checked else ""}>'
            f'<label class="fr-label">{label}</label>{err}</div>')


def fieldset(legend, parts, error=None):
    """a DSFR fieldset; each part in its own element (one per line)."""
    inner = "".join(f'<div class="fr-fieldset__element">{x}</div>' for x in parts)
    cls = "fr-fieldset" + (" fr-fieldset--error" if error else "")
    er = (f'<div class="fr-messages-group"><p class="fr-message fr-message--error fr-error-text">{error}</p></div>' if error else "")
    return f'<fieldset class="{cls} fr-mb-3w"><legend class="fr-fieldset__legend">{legend}</legend>{inner}{er}</fieldset>'


def download(label, detail):
    return (f'<div class="fr-download fr-mb-2w"><p><a class="fr-download__link" href="#">{label}'
            f'<span class="fr-download__detail">{detail}</span></a></p></div>')


def pagination(n=5, cur=1):
    lis = "".join(f'<li><a class="fr-pagination__link" href="#"{" aria-current=page" if i == cur else ""}>{i}</a></li>'
                  for i in range(1, n + 1))
    return f'<nav class="fr-pagination fr-mb-3w"><ul class="fr-pagination__list">{lis}</ul></nav>'


def top_banner(text, btn):
    """a cookie banner at the top of the page (noise, no message class)."""
    return ('<div style="background:var(--background-contrast-grey);padding:.8rem 0;border-bottom:1px solid var(--border-default-grey)">'
            f'<div class="fr-container" style="display:flex;gap:1rem;align-items:center;flex-wrap:wrap"><p class="fr-text--xs fr-mb-0" style="flex:1 1 20rem">{text}</p>'
            f'{H.button(btn, "secondary")}{H.button("OK")}</div></div>')


def cookie_bottom(lang="fr"):
    t = {"fr": ("Gestion des cookies", "Ce site utilise des traceurs de mesure d’audience. Vous pouvez les accepter, les refuser ou les paramétrer.",
                "Accepter", "Refuser", "Paramétrer"),
         "en": ("Cookie management", "This site uses audience measurement trackers. You can accept, refuse or configure them.",
                "Accept", "Refuse", "Configure")}[lang if lang in ("fr", "en") else "fr"]
    return ('<div style="position:fixed;left:1rem;bottom:1rem;z-index:800;width:min(420px,88vw);background:var(--background-default-grey);'
            'box-shadow:0 6px 18px rgba(0,0,0,.28);padding:1rem 1.2rem .5rem;border-top:4px solid var(--border-plain-blue-france)">'
            f'<p class="fr-text--bold fr-mb-1v">{t[0]}</p><p class="fr-text--xs fr-mb-1w">{t[1]}</p>'
            f'<ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0"><li>{H.button(t[2])}</li>'
            f'<li>{H.button(t[3], "secondary")}</li><li>{H.button(t[4], "tertiary")}</li></ul></div>')


def linkfoot(lang="fr"):
    """a long footer block of partner logos and links (noise), drawn under the portal's footer."""
    names = ["Ministère de l’Intérieur", "OFII", "Service-Public.fr", "France Services", "Légifrance", "data.gouv.fr",
             "Défenseur des droits", "Cimade", "Préfectures"]
    boxes = "".join(f'<li style="list-style:none;border:1px solid var(--border-default-grey);padding:.6rem 1rem;font-size:.8rem">{x}</li>'
                    for x in names)
    t = "Nos partenaires" if lang == "fr" else "Our partners"
    return (f'<div style="background:var(--background-alt-grey);padding:1.5rem 0"><div class="fr-container"><p class="fr-text--bold fr-mb-1w">{t}</p>'
            f'<ul style="display:flex;flex-wrap:wrap;gap:.6rem;padding:0;margin:0">{boxes}</ul>'
            f'<p class="fr-text--xs fr-mt-2w fr-mb-0">© 2026 – Direction générale des étrangers en France · Version 4.12.3</p></div></div>')


def stepbar(labels, cur, crop=False):
    """a horizontal numbered stepper with labels under each circle (done / current / to come)."""
    ident = ' id="crop"' if crop else ""
    cells = []
    for i, s in enumerate(labels):
        if i < cur:
            bg, fg, w = "var(--background-action-high-blue-france)", "#fff", 400
        elif i == cur:
            bg, fg, w = "var(--background-action-high-blue-france)", "#fff", 700
        else:
            bg, fg, w = "var(--background-contrast-grey)", "var(--text-mention-grey)", 400
        ring = ";box-shadow:0 0 0 4px var(--background-action-low-blue-france)" if i == cur else ""
        cells.append(f'<div style="flex:1;text-align:center;min-width:0"><div style="margin:0 auto .4rem;width:2rem;height:2rem;border-radius:50%;'
                     f'background:{bg};color:{fg};line-height:2rem;font-weight:700{ring}">{"✓" if i < cur else i + 1}</div>'
                     f'<p class="fr-text--xs fr-mb-0" style="font-weight:{w}">{s}</p></div>')
    return f'<div style="display:flex;gap:.4rem;margin:1rem 0 2rem"{ident}>{"".join(cells)}</div>'


def kc_page(title, msg, links=(), kind="error", before=""):
    """the ANEF Keycloak theme's message page."""
    ls = "".join(f'<p class="fr-mt-2w">{H.link(x)}</p>' for x in links)
    return f'<h1 class="fr-h3">{title}</h1>{before}' + H.alert(kind, None, msg) + ls


def modal(title, body, btns, close="Fermer"):
    """a DSFR-looking modal lower on the screen (bottom-aligned on phones), over a dimmed page."""
    bs = "".join(f"<li>{b}</li>" for b in btns)
    return ('<div style="position:fixed;inset:0;background:rgba(22,22,22,.55);z-index:900"></div>'
            '<div id="crop" role="dialog" style="position:fixed;left:50%;top:18%;transform:translateX(-50%);'
            'width:min(640px,94vw);z-index:901;background:var(--background-default-grey);padding:1rem 1.6rem 1.4rem;'
            'border-top:5px solid var(--border-plain-blue-france);box-shadow:0 10px 30px rgba(0,0,0,.45)">'
            f'<p class="fr-text--sm" style="text-align:right;margin:0 0 .4rem">{close} ✕</p>'
            f'<h1 class="fr-h5">{title}</h1>{body}<ul class="fr-btns-group fr-btns-group--inline-md fr-mb-0">{bs}</ul></div>')


def card(title, desc, badge=None, kind="info", detail="", key=False):
    mark = ' data-key="card"' if key else ""
    b = f'<div class="fr-card__start"><ul class="fr-badges-group"><li>{H.badge(badge, kind)}</li></ul></div>' if badge else ""
    d = f'<div class="fr-card__end"><p class="fr-card__detail">{detail}</p></div>' if detail else ""
    return (f'<div class="fr-col-12 fr-col-md-4"><div class="fr-card fr-card--no-arrow fr-card--sm"{mark}><div class="fr-card__body"><div class="fr-card__content">'
            f'<h3 class="fr-card__title"><a href="#">{title}</a></h3><p class="fr-card__desc">{desc}</p>{b}</div>{d}</div></div></div>')


def row(*cols):
    return f'<div class="fr-grid-row fr-grid-row--gutters fr-mb-3w">{"".join(cols)}</div>'


def site(brand, colour, nav, inner, foot, css=""):
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    return M.plain_doc(f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav>{links}</nav></div>'
                       f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>', css)


def firefox_error(title, lines, btn):
    """Firefox's own error page (drawn only in Firefox-family browsers)."""
    lis = "".join(f"<li>{x}</li>" for x in lines)
    css = ("body{background:#f9f9fb;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#15141a}"
           ".box{max-width:620px;margin:16vh auto 0;padding:0 28px;border-left:0}.ic{width:48px;height:48px;border-radius:50%;"
           "background:#b1b1b3;margin-bottom:22px}h1{font-size:26px;font-weight:300;margin:0 0 16px}p,li{font-size:15px;margin:0 0 8px}"
           "ul{padding-left:20px}.b{margin-top:26px;display:inline-block;background:#0061e0;color:#fff;border-radius:4px;padding:8px 20px;font-size:14px}")
    return ('<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<style>{css}</style></head><body><div class="box" id="crop"><div class="ic"></div><h1>{title}</h1>'
            f'<ul>{lis}</ul><span class="b">{btn}</span></div></body></html>')


def chromium_error(title, lines, code, btn):
    body = "".join(f"<p>{x}</p>" for x in lines)
    css = ("body{background:#fff;font-family:'DejaVu Sans','Liberation Sans',sans-serif;color:#202124}"
           ".box{max-width:600px;margin:14vh auto 0;padding:0 24px}.ic{width:40px;height:48px;border-radius:4px;"
           "border:3px solid #9aa0a6;margin-bottom:26px}h1{font-size:24px;font-weight:500;margin:0 0 14px}p{font-size:15px;color:#5f6368;margin:0 0 8px}"
           ".code{font-size:12px;color:#5f6368;margin-top:18px}.b{margin-top:34px;display:inline-block;"
           "background:#1a73e8;color:#fff;border-radius:4px;padding:9px 22px;font-size:14px}")
    return ('<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<style>{css}</style></head><body><div class="box" id="crop"><div class="ic"></div><h1>{title}</h1>{body}'
            f'<p class="code">{code}</p><span class="b">{btn}</span></div></body></html>')


def pw(lbl, err=None, hint=None):
    return H.field(lbl, "•••••••••••", typ="password", error=err, hint=hint)


CREATE_STEPS = "Création de votre compte"
ACCOUNT_MENU = ["Mon profil", "Sécurité et connexion", "Comptes liés", "Notifications", "Supprimer mon compte"]


def sidenav(title, items, cur, inner):
    lis = "".join(f'<li class="fr-sidemenu__item{" fr-sidemenu__item--active" if i == cur else ""}">'
                  f'<a class="fr-sidemenu__link" href="#"{H.CUR if i == cur else ""}>{x}</a></li>' for i, x in enumerate(items))
    return (f'<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-3">'
            f'<nav class="fr-sidemenu"><div class="fr-sidemenu__inner"><div class="fr-collapse"><p class="fr-sidemenu__title">{title}</p>'
            f'<ul class="fr-sidemenu__list">{lis}</ul></div></div></nav></div><div class="fr-col-12 fr-col-md-9">{inner}</div></div>')


# ----------------------------------------------------------------------------- the pages
def build_pages():
    P = []
    add = P.append

    # ======================================================================== account_creation
    add(_entry("creation: name with invalid characters, cookie banner at the bottom", "account_creation", "fr",
               USAGERS + "inscription/formulaire",
               public(H.breadcrumb(["Accueil", "Créer un compte"]) +
                      H.stepper(CREATE_STEPS, 2, 3, "Choix du mot de passe") +
                      '<p class="fr-text--sm">Les champs marqués d’un astérisque (*) sont obligatoires.</p>' +
                      fieldset("Votre identité",
                               [H.field("Nom de naissance *", "DIALLO2", error="La valeur contient des caractères invalides."),
                                H.field("Prénom(s) *", "Mariama"),
                                H.field("Date de naissance *", "12/04/1994", hint="Format attendu : JJ/MM/AAAA")]) +
                      H.buttons(H.button("Précédent", "secondary"), H.button("Continuer")), narrow=True,
                      post=cookie_bottom("fr"))))

    add(_entry("creation via visa: visa number length between 9 and 12", "account_creation", "fr",
               USAGERS + "inscription/visa",
               public('<h1 class="fr-h3">Je crée mon compte avec mon visa</h1>' +
                      highlight("Le numéro de visa figure en haut à droite de la vignette collée dans votre passeport.") +
                      H.field("Numéro de visa *", "FRA4471", hint="Exemple : FRA1234567890",
                              error="La longueur doit être entre 9 et 12.") +
                      H.field("Date de début de validité *", "02/09/2026") +
                      H.field("Date de fin de validité *", "01/09/2027") +
                      H.buttons(H.button("Vérifier mon visa")), narrow=True)))

    add(_entry("creation: captcha refused at the end of the form", "account_creation", "fr",
               USAGERS + "inscription/confirmation",
               public(H.stepper(CREATE_STEPS, 3, 3) +
                      H.field("Adresse électronique *", "s.benkirane@laposte.net") +
                      H.field("Confirmation de l’adresse électronique *", "s.benkirane@laposte.net") +
                      checkbox("J’accepte les conditions générales d’utilisation du téléservice", True) +
                      '<div class="fr-mb-2w" style="border:1px solid var(--border-default-grey);padding:1rem;max-width:22rem">'
                      '<p class="fr-text--sm fr-mb-1w">Recopiez les caractères de l’image</p>'
                      '<div style="height:48px;background:repeating-linear-gradient(45deg,#d9d9d9,#d9d9d9 6px,#efefef 6px,#efefef 12px);'
                      'font:italic 700 26px serif;letter-spacing:6px;padding:6px 10px;color:#444">k7WpQ2</div>'
                      '<input class="fr-input fr-input--error fr-mt-1w" value="k7wpq2"><p class="fr-error-text">Re-captcha invalide</p></div>' +
                      H.buttons(H.button("Précédent", "secondary"), H.button("Créer mon compte")), narrow=True)))

    add(_entry("creation: foreign number with a letter O, help accordion", "account_creation", "fr",
               USAGERS + "inscription/titre-sejour",
               public('<h1 class="fr-h3">Créer mon compte</h1><p>Vous possédez un titre de séjour ou un récépissé.</p>' +
                      H.field("Numéro étranger *", "75O2119846", hint="10 chiffres, inscrits sur votre titre de séjour",
                              error="Nombre invalide.") +
                      '<section class="fr-accordion fr-mb-3w"><h3 class="fr-accordion__title"><button class="fr-accordion__btn" '
                      'aria-expanded="false">Où trouver mon numéro étranger ?</button></h3></section>' +
                      H.field("Date de fin de validité du titre *", "18/03/2027") +
                      H.buttons(H.button("Continuer")), narrow=True)))

    add(_entry("en creation: foreign national number too short", "account_creation", "en",
               USAGERS + "inscription/titre-sejour",
               public(H.breadcrumb(["Home", "Create an account"]) + H.stepper("Creating your account", 1, 3, "Your contact details",
                                                                           state_lbl="Step {c} of {t}", next_lbl="Next step:") +
                      H.field("Foreign national number *", "750221984", hint="10 digits, shown on your residence permit",
                              error="Minimal length is 10.") +
                      H.field("Permit valid until *", "30/06/2028") +
                      H.buttons(H.button("Continue")), lang="en", narrow=True)))

    add(_entry("ar creation: receipt number not recognised", "account_creation", "ar",
               USAGERS + "inscription/recepisse",
               public('<h1 class="fr-h3">إنشاء حسابي</h1>' +
                      H.alert("error", "تعذر إنشاء حسابك",
                              "رقم الإيصال الذي أدخلته غير معروف لدينا. تحقق من الرقم المطبوع على الإيصال الخاص بك وتاريخ انتهاء صلاحيته.") +
                      H.field("رقم الإيصال *", "9912047733") +
                      H.field("تاريخ انتهاء الصلاحية *", "14/01/2027") +
                      H.buttons(H.button("متابعة")), lang="ar", narrow=True), **tr("ar")))

    add(_entry("ru creation: activation e-mail resent too many times", "account_creation", "ru",
               USAGERS + "inscription/verification",
               public('<h1 class="fr-h3">Подтвердите свой адрес электронной почты</h1>'
                      '<p>Мы отправили ссылку для активации на адрес <b>o.petrova88@mail.ru</b>. Нажмите на ссылку, чтобы активировать свою учетную запись.</p>' +
                      H.alert("warning", None, "Вы достигли максимального количества повторных отправок (3). Письмо не пришло? "
                              "Проверьте папку «Спам» или начните создание учетной записи заново через 24 часа.") +
                      H.buttons(H.button("Отправить письмо повторно", "secondary")) +
                      f'<p class="fr-mt-3w">{H.link("Изменить адрес электронной почты")}</p>', lang="ru", narrow=True), **tr("ru")))

    # ======================================================================== login_failure
    add(_entry("sign-in: unknown user above the form, remember-me box", "login_failure", "fr", SSO_AUTH,
               sso(H.login_form("fr", alert_html=H.alert("error", None, "Utilisateur inconnu", sm=True),
                                ident="7503318820", extra_bottom="") .replace(
                   '<p><a class="fr-link fr-text--sm" href="#">', checkbox("Se souvenir de moi") + '<p><a class="fr-link fr-text--sm" href="#">', 1))))

    add(_entry("sign-in: account blocked until a given time", "login_failure", "fr", act("authenticate"),
               sso(H.login_form("fr", alert_html=H.alert("error", "Accès à votre compte suspendu",
                                                         "Suite à plusieurs tentatives de connexion infructueuses, l’accès à votre compte est "
                                                         "suspendu. Vous pourrez vous reconnecter à partir de 16 h 40."),
                                ident="a.traore@gmail.com"))))

    add(_entry("sign-in: wrong password with Caps Lock on (phone-friendly)", "login_failure", "fr", act("authenticate"),
               sso(H.login_form("fr", ident="7501190342", fc=False,
                                pw_err="Identifiant ou mot de passe erroné. La touche Verr. Maj est activée.")), ))

    add(_entry("en sign-in: could not sign you in", "login_failure", "en", act("authenticate"),
               sso(H.login_form("en", alert_html=H.alert("error", "We could not sign you in",
                                                         "Check your foreign national number or email address and your password, then try again."),
                                ident="kwame.mensah@outlook.com"), lang="en")))

    add(_entry("uk sign-in: account locked, unlock e-mail sent", "login_failure", "uk", act("authenticate"),
               sso(H.login_form("uk", alert_html=H.alert("error", "Ваш обліковий запис заблоковано",
                                                         "З міркувань безпеки ваш обліковий запис тимчасово заблоковано після кількох "
                                                         "невдалих спроб входу. Ми надіслали вам електронний лист для розблокування."),
                                ident="7504412093"), lang="uk"), **tr("uk")))

    add(_entry("fa sign-in: identifier format refused", "login_failure", "fa", act("authenticate"),
               sso(H.login_form("fa", ident="FR-2291834", fc=False,
                                ident_err="شناسه باید 10 رقم یا یک آدرس ایمیل معتبر باشد."), lang="fa"), **tr("fa")))

    add(_entry("ar sign-in: too many attempts from this device", "login_failure", "ar", act("authenticate"),
               sso(H.login_form("ar", alert_html=H.alert("error", None, "محاولات تسجيل دخول كثيرة جدًا من هذا الجهاز. يرجى المحاولة مرة أخرى بعد 15 دقيقة."),
                                ident="7502094416"), lang="ar"), **tr("ar")))

    # ======================================================================== password_reset
    add(_entry("new password: fails the site's pattern (Keycloak regex message)", "password_reset", "fr", act("reset-credentials"),
               sso('<h1 class="fr-h3">Mise à jour du mot de passe</h1>' +
                   H.alert("error", None, "Mot de passe invalide : ne valide pas l’expression rationnelle.", sm=True) +
                   '<p class="fr-text--sm">Votre mot de passe doit contenir au moins 12 caractères, dont une majuscule, une minuscule, '
                   'un chiffre et un caractère spécial parmi ! @ # $ % &amp; *</p>' +
                   pw("Nouveau mot de passe") + pw("Confirmation du nouveau mot de passe") +
                   H.buttons(H.button("Soumettre")))))

    add(_entry("forgot password: reset not allowed", "password_reset", "fr", act("reset-credentials"),
               sso(kc_page("Mot de passe oublié ?", "La remise à zéro n’est pas autorisée",
                           ["« Retour à la connexion"]) +
                   '<p class="fr-text--sm fr-mt-3w">Besoin d’aide ? Contactez le Centre de contact citoyen via le formulaire en ligne.</p>')))

    add(_entry("en forced update: password contains the username", "password_reset", "en", act("required-action"),
               sso('<h1 class="fr-h3">Update Password</h1><p>You need to change your password.</p>' +
                   pw("New Password", err="Invalid password: Can not contain the username.") +
                   pw("Confirm password") + H.buttons(H.button("Submit")), lang="en")))

    add(_entry("en reset: link sent, valid for one hour, help block", "password_reset", "en", act("reset-credentials"),
               sso('<h1 class="fr-h3">Forgot your password?</h1>' +
                   H.alert("info", None, "If an account matches the identifier you entered, we have sent a reset link to the email address "
                           "linked to it. The link is valid for 1 hour.") +
                   '<h2 class="fr-h6 fr-mt-3w">Still no email after 15 minutes?</h2><ul class="fr-text--sm"><li>Check your spam or junk folder.</li>'
                   '<li>Make sure you typed the identifier you used when creating your account.</li></ul>' +
                   H.buttons(H.button("Send the link again", "secondary")), lang="en")))

    add(_entry("ru reset: link expired after 60 minutes", "password_reset", "ru", act("action-token"),
               sso(kc_page("Сброс пароля", "Срок действия этой ссылки истёк: она действует 60 минут после отправки письма. "
                           "Запросите новую ссылку на странице «Забыли пароль?».", ["« Вернуться на страницу входа"]), lang="ru"), **tr("ru")))

    add(_entry("fa new password must differ from the temporary one", "password_reset", "fa", act("required-action"),
               sso('<h1 class="fr-h3">رمز عبور خود را تغییر دهید</h1><p>برای ادامه، یک رمز عبور جدید انتخاب کنید.</p>' +
                   pw("رمز عبور جدید", err="رمز عبور جدید باید با رمز عبور موقتی که از طریق ایمیل دریافت کرده اید متفاوت باشد.") +
                   pw("تأیید رمز عبور جدید") + H.buttons(H.button("ارسال")), lang="fa"), **tr("fa")))

    add(_entry("password expired after 12 months (dark)", "password_reset", "fr", act("required-action"),
               sso('<h1 class="fr-h3">Votre mot de passe a expiré</h1>' +
                   H.alert("warning", None, "Pour des raisons de sécurité, votre mot de passe doit être renouvelé tous les 12 mois. "
                           "Choisissez un nouveau mot de passe pour accéder à votre espace.") +
                   pw("Nouveau mot de passe") + pw("Confirmation du nouveau mot de passe") +
                   H.buttons(H.button("Valider")), dark=True), dark=True))

    # ======================================================================== franceconnect
    add(_entry("FC: user with this e-mail already exists", "franceconnect", "fr", SSO_BROKER + "endpoint?state=aX82k&code=f1c0",
               sso(kc_page("Nous sommes désolés...",
                           "Cet utilisateur avec ce courriel existe déjà. Veuillez vous connecter au gestionnaire de compte pour lier le compte.",
                           ["« Revenir à l’application"]))))

    add(_entry("FC: confirm linking of the FranceConnect account", "franceconnect", "fr", act("first-broker-login"),
               sso('<h1 class="fr-h3">Lier votre compte</h1>' +
                   H.alert("info", None, "Confirmez la liaison du compte l.nguyen.fc du fournisseur d’entité franceconnect-particulier avec votre compte.") +
                   '<p class="fr-text--sm">Lier votre compte en vous connectant.</p>' +
                   H.field("Identifiant", "7502873361") + pw("Mot de passe") +
                   H.buttons(H.button("Continuer"), H.button("Annuler", "secondary")))))

    add(_entry("en FC: unexpected error handling the provider's response", "franceconnect", "en",
               SSO_BROKER + "endpoint?state=Zr41&code=7be0",
               sso(kc_page("We are sorry...", "Unexpected error when handling response from identity provider.",
                           ["« Back to Application"]) +
                   '<p class="fr-text--sm fr-mt-2w">You tried to sign in with FranceConnect.</p>', lang="en")))

    add(_entry("en FC: insufficient permissions on the linked accounts page", "franceconnect", "en", ESP + "mon-compte/comptes-lies",
               espace(sidenav("My account", ["My profile", "Security and sign-in", "Linked accounts", "Notifications"], 2,
                              '<h1 class="fr-h3">Linked accounts</h1>' +
                              H.alert("error", None, "Insufficient permissions to link identities.", sm=True) +
                              H.table("Sign-in services", ["Service", "Status", ""],
                                      [["FranceConnect", H.badge("Not linked", "warning"), H.link("Link")]])),
                      lang="en", user=USER_F, active=4)))

    add(_entry("ru FC: link your account after FranceConnect", "franceconnect", "ru", act("first-broker-login"),
               sso('<h1 class="fr-h3">Учетная запись уже существует</h1>' +
                   H.alert("warning", None, "Учетная запись с такими данными FranceConnect уже существует в «Иностранцы во Франции». "
                           "Свяжите свою учетную запись, войдя в систему.") +
                   H.field("Идентификатор", "7503027718") + pw("Пароль") +
                   H.buttons(H.button("Связать учетные записи")), lang="ru"), **tr("ru")))

    add(_entry("ar FC: could not send the authentication request", "franceconnect", "ar", SSO_BROKER + "login?client_id=anef-usagers",
               sso(kc_page("نحن آسفون...", "تعذر إرسال طلب المصادقة إلى مزود الهوية FranceConnect.",
                           ["« العودة إلى التطبيق"]), lang="ar"), **tr("ar")))

    # ======================================================================== upload_error
    add(_entry("pieces table: too many pages in one file", "upload_error", "fr", ESP + "demande/pieces",
               espace(H.stepper("Pièces justificatives", 3, 5, "Récapitulatif") +
                      H.table("Pièces à joindre", ["Pièce", "Fichier", "État"],
                              [["Passeport", "passeport.pdf", H.badge("Ajouté", "success")],
                               ["Justificatif de domicile", "quittance_juillet.pdf", H.badge("Ajouté", "success")],
                               ["Relevés de compte (3 derniers mois)", "releves_banque.pdf", H.badge("Refusé", "error")]]) +
                      H.alert("error", None, "Le fichier « releves_banque.pdf » comporte 14 pages. Chaque pièce est limitée à 10 pages : "
                              "répartissez vos relevés ou ne gardez que les pages utiles.", sm=True),
                      user=USER_D)))

    add(_entry("drop zone: zip archive refused", "upload_error", "fr", ESP + "demande/pieces",
               espace('<h1 class="fr-h3">Ajouter vos pièces</h1>' + tags_line(["Renouvellement", "Carte pluriannuelle"]) +
                      '<div style="border:2px dashed var(--border-default-grey);padding:2rem;text-align:center" class="fr-mb-2w">'
                      '<p class="fr-mb-1w">Glissez vos fichiers ici ou</p>' + H.button("Parcourir", "secondary") + '</div>' +
                      '<p class="fr-error-text">Format non accepté : « documents_famille.zip ». Déposez chaque pièce séparément, au format PDF, JPG ou PNG.</p>',
                      user=USER_G)))

    add(_entry("e-photo: photo behind the code does not meet the standards", "upload_error", "fr", ESP + "demande/photo",
               espace(H.breadcrumb(["Accueil", "Mes démarches", "Renouvellement", "Photo et signature"]) +
                      '<h1 class="fr-h3">Photo et signature</h1><p>Saisissez le code figurant sur la planche remise par le photographe ou la cabine agréée.</p>' +
                      H.field("Code e-photo", "MK2Q 9T7R 4PZA", error="La photo associée à ce code n’a pas été acceptée : fond non uniforme. "
                              "Faites réaliser une nouvelle photo d’identité.") +
                      H.buttons(H.button("Valider le code")), user=USER_A)))

    add(_entry("fr duplicate: same file already given for another piece", "upload_error", "fr", ESP + "demande/pieces",
               espace(H.upload("Attestation d’hébergement", "Formats acceptés : PDF, JPG, PNG. Taille maximale : 10 Mo.",
                               error="Ce fichier a déjà été déposé pour la pièce « Justificatif de domicile ». Ajoutez l’attestation signée par votre hébergeur.",
                               filename_note="scan_0712.pdf") +
                      H.upload("Pièce d’identité de l’hébergeur", "Formats acceptés : PDF, JPG, PNG. Taille maximale : 10 Mo."),
                      user=USER_C, pre=H.notice("Pensez à vérifier que chaque document est lisible avant de l’envoyer."))))

    add(_entry("en upload: empty file", "upload_error", "en", ESP + "demande/pieces",
               espace('<h1 class="fr-h3">Supporting documents</h1>' +
                      H.upload("Birth certificate", "Accepted formats: PDF, JPG, PNG. Maximum size: 10 MB.",
                               error="This file is empty (0 KB) and cannot be added. Check the file and try again.",
                               filename_note="acte_naissance.pdf", lang="en") +
                      H.buttons(H.button("Save", "secondary"), H.button("Next")), lang="en", user=USER_F)))

    add(_entry("uk upload: file name with forbidden characters", "upload_error", "uk", ESP + "demande/pieces",
               espace('<h1 class="fr-h3">Додайте підтвердні документи</h1>' +
                      H.upload("Підтвердження місця проживання", "Формати: PDF, JPG, PNG. Максимальний розмір: 10 МБ.",
                               error="Файл не додано: назва файлу містить недозволені символи (# % &amp;). Перейменуйте файл і повторіть спробу.",
                               filename_note="рахунок#вересень%.pdf", lang="uk"), lang="uk", user=USER_B), **tr("uk")))

    add(_entry("fa upload: total size of the request exceeded", "upload_error", "fa", ESP + "demande/pieces",
               espace('<h1 class="fr-h3">مدارک پشتیبان</h1>' +
                      progress_bar(96, "28.9 از 30 مگابایت استفاده شده") +
                      H.alert("error", None, "این فایل اضافه نشد: حجم کل مدارک درخواست شما از 30 مگابایت بیشتر می شود. "
                              "فایل های خود را فشرده کنید.", sm=True) +
                      H.upload("گواهی کار", "فرمت ها: PDF، JPG، PNG.", lang="fa"), lang="fa", user=USER_C), **tr("fa")))

    # ======================================================================== missing_document
    add(_entry("notification: incomplete request with a table of pieces and a deadline", "missing_document", "fr",
               ESP + "notifications/8841",
               espace(H.breadcrumb(["Accueil", "Mes notifications", "Demande de pièces"]) +
                      '<p class="fr-text--xs fr-mb-1w">Reçue le 27/08/2026 · Préfecture de la Gironde</p>' +
                      H.alert("warning", "Votre demande est incomplète",
                              "<p>Pour poursuivre l’examen de votre demande de titre de séjour, la préfecture a besoin des pièces suivantes "
                              "avant le <b>04/01/2027</b> :</p><ul><li>bulletins de salaire des 3 derniers mois ;</li>"
                              "<li>avis d’imposition 2026.</li></ul>") +
                      H.buttons(H.button("Ajouter les pièces")) +
                      H.notice("Rappel : la prise de rendez-vous n’est pas nécessaire pour déposer ces documents."),
                      user=USER_D, active=3)))

    add(_entry("request page: a task list with one piece to provide", "missing_document", "fr", ESP + "demandes/2026-0412",
               espace('<h1 class="fr-h3">Ma demande de carte de résident</h1>' +
                      '<p class="fr-text--sm">Numéro de demande : 2026-0412-7718 · Déposée le 03/06/2026</p>' +
                      tasks([("Formulaire de demande", "Complété le 03/06/2026", "Terminé", "success"),
                             ("Timbre fiscal", "Payé", "Terminé", "success"),
                             ("Attestation de connaissance de la langue française (A2)",
                              "Demandée par la préfecture le 22/08/2026 — à fournir", "À fournir", "warning"),
                             ("Photo et signature", "Code e-photo validé", "Terminé", "success")], key_row=2) +
                      summary("Sur cette page", ["Mes pièces", "Mes échanges avec la préfecture", "Mes documents"]),
                      user=USER_E)))

    add(_entry("naturalisation: complement modal from the notifications", "missing_document", "fr", ESP + "nationalite",
               espace('<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>' +
                      H.table("Mes notifications", ["Date", "Objet"], [["25/08/2026", "Demande de complément"],
                                                                      ["12/05/2026", "Confirmation de dépôt"]]),
                      user=USER_F,
                      post=modal("Demande de complément",
                                 "<p>Afin de poursuivre l’instruction de votre demande de naturalisation, merci de transmettre la copie intégrale "
                                 "de votre acte de naissance accompagnée de sa traduction par un traducteur assermenté.</p>"
                                 "<p class=\"fr-text--sm\">Délai de réponse : 2 mois à compter de la réception de ce message.</p>",
                                 [H.button("Répondre à la demande"), H.button("Plus tard", "secondary")]))))

    add(_entry("en card: action required before 18/12/2026", "missing_document", "en", ESP,
               espace('<h1 class="fr-h3">Welcome, Kwame</h1>' +
                      row(card("Renewal of my residence permit", "The prefecture is waiting for a document from you: proof of enrolment for the 2026–2027 academic year.",
                               badge="Action required", kind="warning", detail="To be sent before 18/12/2026", key=True),
                          card("Travel document", "No application in progress.", detail="Last update 02/03/2026"),
                          card("My appointments", "No upcoming appointment.")),
                      lang="en", user=USER_F, active=0)))

    add(_entry("ar prefecture asks for a recent proof of address", "missing_document", "ar", ESP + "notifications/9105",
               espace('<h1 class="fr-h3">رسالة من المحافظة</h1>' +
                      H.alert("info", "مستند إضافي مطلوب",
                              "يرجى تقديم إثبات عنوان يقل عمره عن 3 أشهر (فاتورة كهرباء أو غاز أو إيصال إيجار). "
                              "المستند الذي قدمته يعود إلى مارس 2026.") +
                      H.buttons(H.button("إضافة مستند")), lang="ar", user=USER_D, active=3), **tr("ar")))

    add(_entry("fa complement request with 15 days to answer", "missing_document", "fa", ESP + "demandes",
               espace('<h1 class="fr-h3">درخواست های من</h1>' +
                      H.alert("warning", "پرونده شما ناقص است",
                              "استان درخواست یک سند اضافی کرده است: قرارداد کار امضا شده. شما 15 روز فرصت دارید تا آن را در فضای شخصی خود اضافه کنید.") +
                      H.table("", ["درخواست", "وضعیت"], [["کارت اقامت چند ساله", H.badge("تکمیل شود", "warning")]]),
                      lang="fa", user=USER_C), **tr("fa")))

    add(_entry("ru prefecture asks for the children's school certificates", "missing_document", "ru", ESP + "notifications/9312",
               espace(H.breadcrumb(["Прием", "Мои уведомления", "Запрос документов"]) +
                      '<h1 class="fr-h3">Запрос дополнительных документов</h1>' + tags_line(["Продление", "Семейная жизнь"]) +
                      H.alert("warning", None, "Префектура просит вас добавить справки о посещении школы ваших детей за 2026–2027 учебный год. "
                              "Срок: до 15/01/2027. Без этих документов рассмотрение вашего заявления не может быть продолжено.") +
                      H.buttons(H.button("Добавить документы")), lang="ru", user=USER_E, active=3), **tr("ru")))

    # ======================================================================== blocked_page
    add(_entry("Keycloak: session not active", "blocked_page", "fr", act("authenticate"),
               sso(kc_page("Nous sommes désolés...", "La session n’est pas active.", ["« Revenir à l’application"]))))

    add(_entry("Keycloak: an error occurred, reconnect (with skiplinks and long footer)", "blocked_page", "fr",
               act("authenticate", "execution=7731&client_id=anef-usagers"),
               doc(skip() + H.page_anef(kc_page("Nous sommes désolés...",
                                                "Une erreur est survenue, veuillez vous reconnecter à votre application.",
                                                ["« Retour à la connexion"]), narrow=True, nav=False, tools=False) + linkfoot())))

    add(_entry("Chromium: connection reset on the portal", "blocked_page", "fr", ESP + "mon-compte",
               chromium_error("Ce site est inaccessible", ["La connexion a été réinitialisée.", "Essayez les solutions suivantes :",
                                                          "• Vérifier la connexion", "• Vérifier le proxy et le pare-feu"],
                              "ERR_CONNECTION_RESET", "Actualiser"),
               tab=H.HOST, browsers=H.CHROMIUM_FAMILY))

    add(_entry("Firefox: server not found for the sign-in host", "blocked_page", "fr", SSO_AUTH,
               firefox_error("Hum… nous ne parvenons pas à trouver ce site.",
                             ["Nous ne parvenons pas à nous connecter au serveur à l’adresse " + H.SSO + ".",
                              "Vérifiez que l’adresse ne contient pas de faute de frappe.",
                              "Vérifiez votre connexion au réseau."], "Réessayer"),
               tab="Problème de chargement de la page", browsers=H.FIREFOX_FAMILY))

    add(_entry("en submit button: error 502 on sending the application", "blocked_page", "en", ESP + "demande/recapitulatif",
               espace(H.stepper("Summary and submission", 5, 5, state_lbl="Step {c} of {t}") +
                      H.alert("error", "Something went wrong on our side",
                              "Your application could not be sent (error 502). Your answers have been saved: try again in a few minutes.") +
                      checkbox("I certify that the information provided is accurate", True) +
                      H.buttons(H.button("Send my application")), lang="en", user=USER_F)))

    add(_entry("ru maintenance notice on the home page", "blocked_page", "ru", USAGERS,
               public(H.alert("warning", "Техническое обслуживание",
                              "Сайт «Иностранцы во Франции» временно недоступен из-за технических работ. "
                              "Пожалуйста, повторите попытку позже. Приносим извинения за неудобства.") +
                      '<div class="fr-grid-row fr-grid-row--gutters">' +
                      H.tile("Я подтверждаю свою VLS-TS", "Долгосрочная виза, заменяющая вид на жительство") +
                      H.tile("Я запрашиваю или продлеваю вид на жительство", "Первое обращение или продление") +
                      H.tile("Натурализация", "Подать заявление о приобретении гражданства") + "</div>", lang="ru"), **tr("ru")))

    add(_entry("uk service temporarily unavailable (full page)", "blocked_page", "uk", ESP + "demandes",
               doc(H.header("uk", nav=False, tools=False) + '<main class="fr-container fr-py-10w"><div class="fr-grid-row fr-grid-row--center"><div class="fr-col-12 fr-col-md-8" id="crop">'
                   '<p class="fr-text--sm">Помилка 503</p><h1>Сервіс тимчасово недоступний</h1>'
                   '<p class="fr-text--lead">Ми не можемо відобразити цю сторінку зараз. Спробуйте пізніше.</p>' +
                   H.buttons(H.button("Повернутися на головну")) + '</div></div></main>', lang="uk"), **tr("uk")))

    # ======================================================================== request_status
    add(_entry("stepper step 1/4: request sent to the prefecture", "request_status", "fr", ESP + "demandes/2026-0977",
               espace(H.stepper("Suivi de ma demande", 1, 4, "Instruction en cours", crop=True) +
                      H.alert("success", None, "Votre demande de renouvellement a bien été transmise à la préfecture du Rhône le 14/08/2026. "
                              "Elle sera examinée dans l’ordre d’arrivée des dossiers.") +
                      download("Télécharger l’attestation de dépôt", "PDF – 84 ko") +
                      H.table("Informations", ["", ""], [["Type", "Carte de séjour pluriannuelle – salarié"], ["Numéro", "6902-2026-0977"]]),
                      user=USER_A), step="submitted"))

    add(_entry("en table: application submitted, awaiting examination", "request_status", "en", ESP + "demandes",
               espace('<h1 class="fr-h3">My applications</h1>' +
                      H.table("Applications", ["Application", "Filed on", "Status"],
                              [["Residence permit – student", "29/08/2026",
                                '<span data-key="status">' + H.badge("Submitted – awaiting examination", "info") + "</span>"],
                               ["VLS-TS validation", "15/09/2025", H.badge("Completed", "success")]]) +
                      pagination(2, 1), lang="en", user=USER_G), step="submitted"))

    add(_entry("naturalisation horizontal stepper: processing in progress", "request_status", "fr", ESP + "nationalite",
               espace('<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>' +
                      stepbar(["Demande envoyée", "Examen des pièces", "Récépissé de complétude", "Traitement en cours",
                               "Entretien d’assimilation", "Décision"], 3, crop=True) +
                      '<p>Votre dossier est complet. Les enquêtes administratives sont en cours ; vous serez informé(e) de la date de votre entretien.</p>' +
                      H.table("Échanges", ["Date", "Événement"], [["19/07/2026", "Récépissé de complétude envoyé"], ["02/04/2026", "Demande envoyée"]]),
                      user=USER_E), step="in_progress"))

    add(_entry("ar convocation to the assimilation interview", "request_status", "ar", ESP + "nationalite",
               espace('<h1 class="fr-h3">طلب الحصول على الجنسية الفرنسية</h1>' +
                      H.alert("info", "مقابلة الاندماج", "تم تحديد موعد مقابلة الاندماج الخاصة بك في 08/12/2026 الساعة 10:30 في محافظة الرون. "
                              "ستجد الاستدعاء في مستنداتك.") +
                      H.timeline(["تم إرسال الطلب", "فحص المستندات", "إيصال اكتمال الملف", "مقابلة الاندماج", "القرار"], 3),
                      lang="ar", user=USER_D), step="in_progress", **tr("ar")))

    add(_entry("request closed without follow-up (classement sans suite)", "request_status", "fr", ESP + "demandes/2026-0311",
               espace(H.breadcrumb(["Accueil", "Mes démarches", "Demande 2026-0311"]) +
                      '<h1 class="fr-h3">Changement de statut étudiant → salarié</h1>' +
                      H.alert("info", "Votre demande a été classée sans suite",
                              "Faute de réponse à la demande de pièces du 02/06/2026 dans le délai imparti, la préfecture a clôturé "
                              "votre demande le 11/08/2026. La décision est disponible dans « Mes documents ».") +
                      download("Décision de classement sans suite", "PDF – 112 ko"), user=USER_G), step="decision_made"))

    add(_entry("fa refusal decision notified", "request_status", "fa", ESP + "demandes",
               espace('<h1 class="fr-h3">درخواست های من</h1>' +
                      H.alert("error", "تصمیم گرفته شد", "درخواست شما برای کارت اقامت رد شده است. نامه تصمیم، شامل دلایل و راه های اعتراض، "
                              "در «اسناد من» موجود است.") +
                      row(card("کارت اقامت موقت", "تاریخ ثبت: 10/05/2026", badge="تصمیم گرفته شد", kind="error")),
                      lang="fa", user=USER_C, dark=True), step="decision_made", dark=True, **tr("fa")))

    add(_entry("documents: card ready, book the collection appointment", "request_status", "fr", ESP + "mes-documents",
               espace('<h1 class="fr-h3">Mes documents</h1>' +
                      row(card("Votre carte de séjour est prête", "Votre carte de séjour pluriannuelle a été fabriquée. Présentez-vous à la "
                               "préfecture de la Haute-Garonne avec la convocation reçue par SMS et un timbre fiscal de 225 €.",
                               badge="Document disponible", kind="success", key=True),
                          card("Attestation de décision favorable", "Émise le 21/08/2026", detail="PDF – 96 ko"),
                          card("Attestation de dépôt", "Émise le 06/05/2026", detail="PDF – 80 ko")),
                      user=USER_A, active=2), step="document_available"))

    add(_entry("my procedures: status not shown yet (no step)", "request_status", "fr", ESP + "demandes",
               espace('<h1 class="fr-h3">Mes démarches</h1>' +
                      H.notice("Le suivi détaillé de votre demande sera bientôt disponible dans cet espace.") +
                      H.table("Démarches", ["Démarche", "Référence", "Statut"],
                              [["Titre de séjour – vie privée et familiale", "9301-2026-4418", "—"]]),
                      user=USER_D), step=""))

    add(_entry("uk help page: how long does the examination take (no step)", "request_status", "uk", USAGERS + "aide/delais",
               public(H.breadcrumb(["Прийом", "Допомога", "Терміни"]) +
                      '<h1 class="fr-h3">Скільки часу триває розгляд моєї заяви?</h1>' +
                      '<div data-key="faq"><p>Термін розгляду залежить від префектури та типу заяви. Він може становити кілька місяців. '
                      'Поки ваша заява розглядається, стежте за сповіщеннями у своєму особистому просторі.</p></div>' +
                      highlight("Не подавайте нову заяву, поки попередня розглядається."), lang="uk"), step="", **tr("uk")))

    # ======================================================================== unknown
    add(_entry("Keycloak: account linked with FranceConnect (success)", "unknown", "fr", act("first-broker-login"),
               sso(kc_page("Comptes liés", "Votre compte a été correctement lié avec franceconnect-particulier compte m.traore.fc .",
                           ["« Revenir à l’application"], kind="success"))))

    add(_entry("Keycloak: e-mail address updated (success)", "unknown", "fr", act("action-token"),
               sso(kc_page("Adresse courriel mis à jour",
                           "La mise à jour de votre adresse courriel vers y.elamrani@free.fr a été complétée avec succès.",
                           ["« Revenir à l’application"], kind="success"))))

    add(_entry("CAF: a document is missing on another site", "unknown", "fr", "https://wwwd.caf.fr/wps/portal/caffr/moncompte",
               site("caf.fr", "#00487e", ["Mon Compte", "Mes démarches", "Mes paiements"],
                    '<div class="box"><h1>Mes démarches en cours</h1><div class="info">Il manque un justificatif pour traiter votre demande d’aide au logement : '
                    'l’attestation de loyer signée par votre bailleur. Déposez-la depuis la rubrique « Mes démarches ».</div>'
                    '<span class="btn" style="background:#00487e">Envoyer un justificatif</span></div>', "Caisse d’allocations familiales"),
               tab="Mon Compte - caf.fr"))

    add(_entry("timbre fiscal site: payment failed", "unknown", "fr", "https://timbres.impots.gouv.fr/pages/paiement",
               site("timbres.impots.gouv.fr", "#000091", ["Acheter un timbre", "Mes timbres", "Aide"],
                    '<div class="box"><h1>Paiement de votre timbre électronique</h1><div class="err">Le paiement n’a pas abouti. Votre carte n’a pas été débitée. '
                    'Vous pouvez recommencer avec un autre moyen de paiement.</div>'
                    '<table><tr><td>Timbre</td><td>Titre de séjour – 225 €</td></tr><tr><td>Montant</td><td>225,00 €</td></tr></table></div>',
                    "Direction générale des Finances publiques"), tab="Timbre électronique"))

    add(_entry("en train ticket payment declined", "unknown", "en", "https://www.sncf-connect.com/en-en/checkout",
               site("SNCF Connect", "#0c131f", ["Trains", "Bookings", "Help"],
                    '<div class="box"><h1>Payment</h1><div class="err">Your payment was declined by your bank. Please check your card details '
                    'or use another card.</div><p class="muted">Paris Gare de Lyon → Lyon Part-Dieu · 1 adult</p></div>', "SNCF Connect"),
               tab="Checkout | SNCF Connect"))

    add(_entry("ru ministry page on the resident card conditions (question about the law)", "unknown", "ru",
               "https://www.immigration.interieur.gouv.fr/Immigration/Les-titres-de-sejour",
               site("Министерство внутренних дел", "#000091", ["Иммиграция", "Убежище", "Гражданство"],
                    '<div class="box"><h1>Карта резидента: условия получения</h1><p>Карта резидента сроком на 10 лет может быть выдана иностранцу, '
                    'законно проживающему во Франции не менее пяти лет, при соблюдении условий интеграции и достаточных ресурсов.</p>'
                    '<h2>Кто может подать заявление?</h2><p class="muted">Супруги французских граждан, родители французских детей, '
                    'обладатели статуса беженца…</p></div>', "immigration.interieur.gouv.fr"), tab="Карта резидента", **tr("ru")))

    add(_entry("ar my profile page, nothing wrong", "unknown", "ar", ESP + "mon-compte",
               espace(sidenav("حسابي", ["ملفي الشخصي", "الأمان وتسجيل الدخول", "الحسابات المرتبطة", "الإشعارات"], 0,
                              '<h1 class="fr-h3">ملفي الشخصي</h1>' +
                              H.table("", ["", ""], [["الاسم", "EL AMRANI"], ["الاسم الأول", "Youssef"],
                                                     ["الرقم الأجنبي", "7502918834"], ["البريد الإلكتروني", "y.elamrani@free.fr"]]) +
                              toggle("تلقي الإشعارات عبر الرسائل القصيرة", True)),
                      lang="ar", user=USER_D, active=4), **tr("ar")))
    return P


def tags_line(items):
    lis = "".join(f'<li><p class="fr-tag fr-tag--sm">{x}</p></li>' for x in items)
    return f'<ul class="fr-tags-group fr-mb-2w">{lis}</ul>'


def progress_bar(pct, label):
    return (f'<div class="fr-mb-2w"><p class="fr-text--xs fr-mb-1v">{label}</p><div style="height:10px;border-radius:5px;background:var(--background-contrast-grey)">'
            f'<div style="height:10px;border-radius:5px;width:{pct}%;background:var(--background-flat-error)"></div></div></div>')
