"""HTML building blocks (DSFR markup) for the synthetic ANEF screenshots.

Only page *text* and markup live here; rendering / effects are in make_screens.py.
"""
from html import escape as _esc

HOST = "administration-etrangers-en-france.interieur.gouv.fr"
SSO = "sso.anef.dgef.interieur.gouv.fr"
PORTAL = "https://" + HOST + "/usagers/#/espace-personnel/"
USAGERS = "https://" + HOST + "/usagers/#/"

# Shared by the fresh page sets: which browsers draw which error pages, and the fonts a
# browser-translated page falls back on (right-to-left scripts, Cyrillic).
CHROMIUM_FAMILY = frozenset({"chrome", "edge", "android-chrome", "samsung", "none"})
FIREFOX_FAMILY = frozenset({"firefox", "firefox-android", "none"})
RTL_CSS = ("body,.fr-header,.fr-footer,h1,h2,h3,p,a,button,label,td,th,li,span,input"
           "{font-family:'Noto Sans Arabic','DejaVu Sans',Marianne,sans-serif}")
CYR_CSS = "body,h1,h2,h3,p,a,button,label,td,th,li,span{font-family:Marianne,'Noto Sans','DejaVu Sans',sans-serif}"


def page_entry(name, situation, lang, url, doc, step="", tab=None, **kw):
    """One page of a fresh set, as ``make_fresh_screens`` takes it (the tab titled as the portal's)."""
    d = dict(name=name, situation=situation, step=step, lang=lang, url=url, doc=doc,
             tab=tab or ("Étrangers en France" if lang == "fr" else "Foreigners in France"))
    d.update(kw)
    return d


def translation_css(lang, rtl):
    """The fonts a browser-translated page falls back on: right-to-left scripts, Cyrillic."""
    return RTL_CSS if rtl else (CYR_CSS if lang in ("ru", "uk") else "")
SSO_AUTH = ("https://" + SSO + "/auth/realms/anef-usagers/protocol/openid-connect/auth"
            "?client_id=anef-usagers&theme=portail-anef&redirect_uri=https%3A%2F%2F" + HOST +
            "%2Fusagers%2F&response_type=code&scope=openid")
SSO_ACT = "https://" + SSO + "/auth/realms/anef-usagers/login-actions/"


def e(s):
    return _esc(s, quote=False)


# ----------------------------------------------------------------------------- header / footer
HEADER_TXT = {
    "fr": dict(title="Étrangers en France", tag="Administration numérique pour les étrangers en France",
               login="Se connecter", create="Créer un compte", logout="Se déconnecter", lang="FR",
               nav=["Accueil", "Mes démarches", "Mes documents", "Mes notifications", "Mon compte"]),
    "en": dict(title="Foreigners in France", tag="Digital administration for foreigners in France",
               login="Sign in", create="Create an account", logout="Sign out", lang="EN",
               nav=["Home", "My applications", "My documents", "My notifications", "My account"]),
    # what a browser machine translation of the French header typically gives
    "tr": dict(title="Foreigners in France", tag="Digital administration for foreigners in France",
               login="To log in", create="Create an account", logout="To disconnect", lang="FR",
               nav=["Welcome", "My steps", "My documents", "My notifications", "My account"]),
    # browser machine translations of the French header into the languages of the later "translated" samples
    "ar": dict(title="الأجانب في فرنسا", tag="الإدارة الرقمية للأجانب في فرنسا",
               login="تسجيل الدخول", create="إنشاء حساب", logout="قطع الاتصال", lang="FR", logo="الجمهورية<br>الفرنسية",
               nav=["استقبال", "إجراءاتي", "مستنداتي", "إشعاراتي", "حسابي"]),
    "ru": dict(title="Иностранцы во Франции", tag="Цифровая администрация для иностранцев во Франции",
               login="Подключиться", create="Создать аккаунт", logout="Отключиться", lang="FR", logo="Французская<br>Республика",
               nav=["Прием", "Мои шаги", "Мои документы", "Мои уведомления", "Мой аккаунт"]),
    "uk": dict(title="Іноземці у Франції", tag="Цифрова адміністрація для іноземців у Франції",
               login="Підключитися", create="Створіть обліковий запис", logout="Від’єднатися", lang="FR", logo="Французька<br>Республіка",
               nav=["Прийом", "Мої кроки", "Мої документи", "Мої сповіщення", "Мій рахунок"]),
    "fa": dict(title="خارجی ها در فرانسه", tag="اداره دیجیتال برای خارجی ها در فرانسه",
               login="وارد شدن", create="یک حساب کاربری ایجاد کنید", logout="قطع ارتباط", lang="FR", logo="جمهوری<br>فرانسه",
               nav=["پذیرایی", "مراحل من", "اسناد من", "اعلان های من", "حساب من"]),
}


CUR = ' aria-current="page"'


def header(lang="fr", user=None, nav=True, active=0, tools=True):
    t = HEADER_TXT[lang]
    if user:
        links = (f'<li><a class="fr-btn fr-icon-account-circle-line" href="#">{e(user)}</a></li>'
                 f'<li><a class="fr-btn fr-icon-logout-box-r-line" href="#">{t["logout"]}</a></li>')
    else:
        links = (f'<li><a class="fr-btn fr-icon-account-circle-line" href="#">{t["login"]}</a></li>'
                 f'<li><a class="fr-btn fr-icon-add-circle-line" href="#">{t["create"]}</a></li>')
    links += (f'<li><button class="fr-btn fr-btn--tertiary fr-translate__btn fr-icon-translate-2">{t["lang"]}</button></li>')
    navhtml = ""
    if nav and user:
        items = "".join(
            f'<li class="fr-nav__item"><a class="fr-nav__link" href="#"{CUR if i == active else ""}>{x}</a></li>'
            for i, x in enumerate(t["nav"]))
        navhtml = (f'<div class="fr-header__menu fr-modal"><div class="fr-container"><nav class="fr-nav">'
                   f'<ul class="fr-nav__list">{items}</ul></nav></div></div>')
    toolhtml = (f'<div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group">{links}</ul></div></div>'
                if tools else "")
    return f'''<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
<div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">{t.get("logo", "République<br>Française")}</p></div>
<div class="fr-header__navbar"><button class="fr-btn--menu fr-btn" title="Menu">Menu</button></div></div>
<div class="fr-header__service"><a href="#"><p class="fr-header__service-title">{t["title"]}</p></a><p class="fr-header__service-tagline">{t["tag"]}</p></div></div>
{toolhtml}</div></div></div>{navhtml}</header>'''


FOOTER_TXT = {
    "fr": ("Le site Étrangers en France permet de réaliser en ligne vos démarches de titre de séjour, de naturalisation et de document de voyage.",
           ["Contact", "Plan du site", "Accessibilité : partiellement conforme", "Mentions légales", "Données personnelles", "Gestion des cookies", "Aide / FAQ"]),
    "en": ("The Foreigners in France website lets you carry out your residence permit, naturalisation and travel document procedures online.",
           ["Contact", "Sitemap", "Accessibility: partially compliant", "Legal notice", "Personal data", "Cookie settings", "Help / FAQ"]),
    "tr": ("The Foreigners in France site allows you to carry out online your steps of title of stay, of naturalization and of travel document.",
           ["Contact", "Site map", "Accessibility: partially compliant", "Legal Notice", "Personal data", "Management of cookies", "Help / FAQ"]),
    "ar": ("يتيح لك موقع الأجانب في فرنسا القيام بإجراءات تصريح الإقامة والتجنس ووثيقة السفر عبر الإنترنت.",
           ["اتصال", "خريطة الموقع", "إمكانية الوصول: متوافقة جزئيًا", "إشعار قانوني", "البيانات الشخصية", "إدارة ملفات تعريف الارتباط", "مساعدة / الأسئلة الشائعة"]),
    "ru": ("Сайт Иностранцы во Франции позволяет выполнять онлайн ваши шаги по виду на жительство, натурализации и проездному документу.",
           ["Контакт", "Карта сайта", "Доступность: частично соответствует", "Правовая информация", "Персональные данные", "Управление файлами cookie", "Помощь / FAQ"]),
    "uk": ("Сайт Іноземці у Франції дозволяє здійснювати онлайн ваші кроки щодо посвідки на проживання, натуралізації та проїзного документа.",
           ["Контакт", "План сайту", "Доступність: частково відповідає", "Юридичні повідомлення", "Персональні дані", "Керування файлами cookie", "Допомога / FAQ"]),
    "fa": ("سایت خارجی ها در فرانسه به شما امکان می دهد مراحل عنوان اقامت، تابعیت و سند سفر خود را به صورت آنلاین انجام دهید.",
           ["تماس", "نقشه سایت", "دسترسی: تا حدی مطابق", "اطلاعات حقوقی", "اطلاعات شخصی", "مدیریت کوکی ها", "راهنما / سوالات متداول"]),
}


def footer(lang="fr"):
    desc, items = FOOTER_TXT[lang]
    logo = HEADER_TXT[lang].get("logo", "République<br>Française")
    lis = "".join(f'<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#">{x}</a></li>' for x in items)
    return f'''<footer class="fr-footer" role="contentinfo"><div class="fr-container"><div class="fr-footer__body">
<div class="fr-footer__brand fr-enlarge-link"><p class="fr-logo">{logo}</p></div>
<div class="fr-footer__content"><p class="fr-footer__content-desc">{desc}</p><ul class="fr-footer__content-list">
<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="#">info.gouv.fr</a></li>
<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="#">service-public.fr</a></li>
<li class="fr-footer__content-item"><a class="fr-footer__content-link" href="#">legifrance.gouv.fr</a></li></ul></div></div>
<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list">{lis}</ul></div></div></footer>'''


# ----------------------------------------------------------------------------- components
def alert(kind, title=None, text="", sm=False, crop=False):
    cls = f"fr-alert fr-alert--{kind}" + (" fr-alert--sm" if sm else "")
    ident = ' id="crop"' if crop else ""
    t = f'<h3 class="fr-alert__title">{title}</h3>' if title else ""
    body = text if text.lstrip().startswith("<") else f"<p>{text}</p>"
    return f'<div class="{cls} fr-mb-3w"{ident}>{t}{body}</div>'


def notice(text):
    return f'<div class="fr-notice fr-notice--info"><div class="fr-container"><div class="fr-notice__body"><p class="fr-notice__title">{text}</p></div></div></div>'


def breadcrumb(items):
    lis = "".join(f'<li><a class="fr-breadcrumb__link" href="#">{x}</a></li>' for x in items[:-1])
    lis += f'<li><a class="fr-breadcrumb__link" aria-current="page">{items[-1]}</a></li>'
    return f'<nav class="fr-breadcrumb" aria-label="vous êtes ici :"><div class="fr-collapse"><ol class="fr-breadcrumb__list">{lis}</ol></div></nav>'


def field(label, value="", hint=None, error=None, typ="text", valid=None):
    grp = "fr-input-group" + (" fr-input-group--error" if error else "") + (" fr-input-group--valid" if valid else "")
    inp = "fr-input" + (" fr-input--error" if error else "")
    h = f'<span class="fr-hint-text">{hint}</span>' if hint else ""
    er = f'<p class="fr-error-text">{error}</p>' if error else ""
    ok = f'<p class="fr-valid-text">{valid}</p>' if valid else ""
    return (f'<div class="{grp}"><label class="fr-label">{label}{h}</label>'
            f'<input class="{inp}" type="{typ}" value="{e(value)}">{er}{ok}</div>')


def button(text, kind="", icon=None):
    cls = "fr-btn" + (f" fr-btn--{kind}" if kind else "") + (f" fr-btn--icon-left fr-icon-{icon}" if icon else "")
    return f'<button class="{cls}">{text}</button>'


def buttons(*bs):
    return '<ul class="fr-btns-group fr-btns-group--inline-md fr-mt-2w">' + "".join(f"<li>{b}</li>" for b in bs) + "</ul>"


def link(text, icon=None):
    cls = "fr-link" + (f" fr-link--icon-left fr-icon-{icon}" if icon else "")
    return f'<a class="{cls}" href="#">{text}</a>'


def card(inner, title=None, crop=False):
    ident = ' id="crop"' if crop else ""
    t = f'<h2 class="fr-h4">{title}</h2>' if title else ""
    return f'<div class="fr-p-4w fr-mb-3w" style="border:1px solid var(--border-default-grey);background:var(--background-default-grey)"{ident}>{t}{inner}</div>'


def stepper(title, cur, total, nxt=None, state_lbl="Étape {c} sur {t}", next_lbl="Étape suivante :", crop=False):
    ident = ' id="crop"' if crop else ""
    n = f'<p class="fr-stepper__details"><span class="fr-text--bold">{next_lbl}</span> {nxt}</p>' if nxt else ""
    return (f'<div class="fr-stepper"{ident}><h2 class="fr-stepper__title">{title}<span class="fr-stepper__state">'
            f'{state_lbl.format(c=cur, t=total)}</span></h2><div class="fr-stepper__steps" data-fr-current-step="{cur}" '
            f'data-fr-steps="{total}"></div>{n}</div>')


def timeline(steps, cur, dates=None, crop=False):
    """vertical list of steps; index < cur done, == cur current."""
    ident = ' id="crop"' if crop else ""
    rows = []
    for i, s in enumerate(steps):
        if i < cur:
            col, mark = "var(--text-default-success)", "✓"
        elif i == cur:
            col, mark = "var(--text-action-high-blue-france)", "●"
        else:
            col, mark = "var(--text-mention-grey)", "○"
        d = f' <span class="fr-text--sm" style="color:var(--text-mention-grey)">{dates[i]}</span>' if dates and dates[i] else ""
        w = "700" if i == cur else "400"
        rows.append(f'<li style="list-style:none;margin:0 0 .9rem 0;color:{col};font-weight:{w}">'
                    f'<span style="display:inline-block;width:1.6rem">{mark}</span>{s}{d}</li>')
    return f'<ol class="fr-pl-0 fr-mb-3w"{ident}>{"".join(rows)}</ol>'


def table(caption, head, rows, crop=False, cls=""):
    ident = ' id="crop"' if crop else ""
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<div class="fr-table fr-table--bordered {cls}"{ident}><div class="fr-table__wrapper"><div class="fr-table__container">'
            f'<div class="fr-table__content"><table><caption>{caption}</caption><thead><tr>{th}</tr></thead>'
            f'<tbody>{trs}</tbody></table></div></div></div></div>')


UPLOAD_TXT = {"fr": ("Parcourir…", "Aucun fichier sélectionné"), "en": ("Browse…", "No file selected"),
              "ar": ("تصفح…", "لم يتم اختيار أي ملف"), "ru": ("Обзор…", "Файл не выбран"),
              "uk": ("Огляд…", "Файл не вибрано"), "fa": ("مرور…", "هیچ فایلی انتخاب نشده است")}


def upload(label, hint, error=None, crop=False, filename_note=None, lang="fr"):
    ident = ' id="crop"' if crop else ""
    grp = "fr-upload-group" + (" fr-upload-group--error" if error else "")
    er = f'<p class="fr-error-text">{error}</p>' if error else ""
    btn, none = UPLOAD_TXT.get(lang, UPLOAD_TXT["en"])
    fn = (f'<div class="fr-mt-1w"><span style="display:inline-block;border:1px solid #8a8a8a;border-radius:3px;padding:1px 10px;'
          f'background:#efefef;color:#161616;font-size:.9rem">{btn}</span> <span class="fr-text--sm">{filename_note or none}</span></div>')
    return (f'<div class="{grp} fr-mb-3w"{ident}><label class="fr-label">{label}<span class="fr-hint-text">{hint}</span></label>'
            f'{fn}{er}</div>')


def badge(text, kind="info"):
    return f'<p class="fr-badge fr-badge--{kind} fr-badge--sm">{text}</p>'


def tile(title, desc):
    return (f'<div class="fr-col-12 fr-col-md-4"><div class="fr-tile fr-enlarge-link"><div class="fr-tile__body"><div class="fr-tile__content">'
            f'<h3 class="fr-tile__title"><a href="#">{title}</a></h3><p class="fr-tile__desc">{desc}</p></div></div></div></div>')


def main(inner, narrow=False):
    col = "fr-col-12 fr-col-md-8 fr-col-lg-6" if narrow else "fr-col-12"
    return (f'<main class="fr-container fr-py-5w" role="main"><div class="fr-grid-row fr-grid-row--center">'
            f'<div class="{col}">{inner}</div></div></main>')


def page_anef(inner, lang="fr", user=None, narrow=False, active=0, pre="", nav=True, tools=True, foot=True):
    hl = "tr" if lang == "tr" else lang
    return header(hl, user=user, active=active, nav=nav, tools=tools) + pre + main(inner, narrow) + (footer(hl) if foot else "")


# --------------------------------------------------------------------- login (SSO keycloak theme)
LOGIN_TXT = {
    "fr": dict(h="Connexion à votre espace personnel", ident="Identifiant",
               ihint="Numéro étranger (10 chiffres) ou adresse électronique", pw="Mot de passe",
               forgot="Mot de passe oublié ?", btn="Se connecter", first="Première visite ?",
               create="Créer votre compte", fc="S’identifier avec FranceConnect", fcq="Qu’est-ce que FranceConnect ?",
               or_="ou", show="Afficher"),
    "en": dict(h="Sign in to your personal space", ident="Username",
               ihint="Foreign national number (10 digits) or email address", pw="Password",
               forgot="Forgot your password?", btn="Sign in", first="First visit?",
               create="Create your account", fc="Sign in with FranceConnect", fcq="What is FranceConnect?",
               or_="or", show="Show"),
    "tr": dict(h="Connection to your personal space", ident="Identifier",
               ihint="Foreign number (10 digits) or electronic address", pw="Password",
               forgot="Forgotten password ?", btn="To log in", first="First visit ?",
               create="Create your account", fc="Identify with FranceConnect", fcq="What is FranceConnect?",
               or_="Or", show="Show"),
    "ar": dict(h="الاتصال بمساحتك الشخصية", ident="المعرف",
               ihint="رقم أجنبي (10 أرقام) أو عنوان إلكتروني", pw="كلمة المرور",
               forgot="هل نسيت كلمة السر ؟", btn="تسجيل الدخول", first="الزيارة الأولى ؟",
               create="قم بإنشاء حسابك", fc="قم بالتعريف باستخدام FranceConnect", fcq="ما هو FranceConnect؟",
               or_="أو", show="عرض"),
    "ru": dict(h="Подключение к вашему личному пространству", ident="Идентификатор",
               ihint="Иностранный номер (10 цифр) или электронный адрес", pw="Пароль",
               forgot="Забыли пароль ?", btn="Подключиться", first="Первый визит ?",
               create="Создайте свою учетную запись", fc="Идентифицироваться с FranceConnect", fcq="Что такое FranceConnect?",
               or_="или", show="Показать"),
    "uk": dict(h="Підключення до вашого особистого простору", ident="Ідентифікатор",
               ihint="Іноземний номер (10 цифр) або електронна адреса", pw="Пароль",
               forgot="Забули пароль ?", btn="Підключитися", first="Перший візит ?",
               create="Створіть свій обліковий запис", fc="Ідентифікуйте себе за допомогою FranceConnect", fcq="Що таке FranceConnect?",
               or_="або", show="Показати"),
    "fa": dict(h="اتصال به فضای شخصی شما", ident="شناسه",
               ihint="شماره خارجی (10 رقم) یا آدرس الکترونیکی", pw="رمز عبور",
               forgot="رمز عبور را فراموش کرده اید؟", btn="وارد شدن", first="اولین بازدید؟",
               create="حساب خود را ایجاد کنید", fc="شناسایی با FranceConnect", fcq="FranceConnect چیست؟",
               or_="یا", show="نمایش دهید"),
}


def fc_button(lang="fr"):
    t = LOGIN_TXT[lang]
    return (f'<div class="fr-connect-group"><button class="fr-connect"><span class="fr-connect__login">'
            f'{t["fc"].split("FranceConnect")[0].strip()}</span> <span class="fr-connect__brand">FranceConnect</span></button>'
            f'<p><a href="#">{t["fcq"]}</a></p></div>')


def login_form(lang="fr", alert_html="", ident="", ident_err=None, pw_err=None, pw="", fc=True, first=True,
               heading=None, extra_top="", extra_bottom=""):
    t = LOGIN_TXT[lang]
    h = heading or t["h"]
    f = ""
    if fc:
        f = fc_button(lang) + f'<p class="fr-hr-or">{t["or_"]}</p>'
    form = (field(t["ident"], ident, hint=t["ihint"], error=ident_err) +
            field(t["pw"], pw, error=pw_err, typ="password") +
            f'<p><a class="fr-link fr-text--sm" href="#">{t["forgot"]}</a></p>' +
            buttons(button(t["btn"])))
    fv = (f'<hr class="fr-mt-3w"><h2 class="fr-h5">{t["first"]}</h2>' + buttons(button(t["create"], "secondary"))) if first else ""
    return f'<h1 class="fr-h3">{h}</h1>{extra_top}{alert_html}{f}{form}{fv}{extra_bottom}'


# ----------------------------------------------------------------------------- plain (non-DSFR) pages
PLAIN_CSS = """
*{box-sizing:border-box} body{margin:0;font-family:'Liberation Sans','DejaVu Sans',sans-serif;color:#222;background:#f4f5f7}
.top{display:flex;align-items:center;gap:24px;padding:14px 40px;color:#fff}
.top .brand{font-size:22px;font-weight:700;letter-spacing:.3px}
.top nav a{color:#fff;margin-right:18px;text-decoration:none;font-size:15px}
.wrap{max-width:1040px;margin:28px auto;padding:0 20px}
.box{background:#fff;border-radius:8px;padding:24px 28px;margin-bottom:18px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:26px;margin:0 0 14px} h2{font-size:19px;margin:0 0 10px}
.btn{display:inline-block;padding:10px 18px;border-radius:6px;color:#fff;font-weight:700;border:0;font-size:15px}
.muted{color:#666;font-size:14px} table{width:100%;border-collapse:collapse} td,th{padding:9px 6px;border-bottom:1px solid #e3e3e3;text-align:left;font-size:15px}
.err{background:#fdecea;border-left:4px solid #c62828;padding:12px 16px;color:#8e1c1c;margin:12px 0}
.info{background:#e8f1fb;border-left:4px solid #1e63b5;padding:12px 16px;color:#0e3b6e;margin:12px 0}
input.t{width:100%;padding:10px;border:1px solid #aaa;border-radius:4px;font-size:15px;margin:4px 0 14px}
label{font-size:14px;font-weight:700}
.foot{padding:20px 40px;color:#777;font-size:13px}
"""
