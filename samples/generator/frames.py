"""Randomised screen *frames* (browser toolbar + operating-system bar) drawn in HTML/CSS around a page iframe.

Used by make_frames.py.  `random_frame(rng, kind, page, when)` draws one frame variant: browser (Chrome, Edge,
Firefox, Safari on desktop; Android Chrome, Samsung Internet, Firefox for Android, iOS Safari on phones; or none),
operating-system bar (Windows 10 / 11 taskbar, macOS menu bar, GNOME top bar, KDE panel, Android / iOS status
bars; or none), theme, tabs, bookmark bar, bubbles, clock format, fonts and screen size.  It returns a Frame: the
outer HTML (with IFRAME_SRC where the page's file URI goes), the viewport, and what is drawn (labels).

Every element whose text the labels promise is visible carries a data-check attribute ("clock", "hostbox",
"host"): make_frames.py checks after rendering that they are on screen, not clipped and not covered.
"""
import datetime as dt
from dataclasses import dataclass, field
from html import escape

IFRAME_SRC = "@@IFRAME_SRC@@"
ANEF_HOSTS = ("administration-etrangers-en-france.interieur.gouv.fr", "sso.anef.dgef.interieur.gouv.fr")


def e(s):
    return escape(str(s), quote=True)


def pick(rng, weighted):
    """weighted: list of (value, weight)."""
    tot = sum(w for _, w in weighted)
    x = rng.uniform(0, tot)
    for v, w in weighted:
        x -= w
        if x <= 0:
            return v
    return weighted[-1][0]


# ----------------------------------------------------------------------------- fonts (Debian's installed fonts only)
FONTS = {
    "win": ["'Liberation Sans'", "'Noto Sans'", "'DejaVu Sans'", "'DejaVu Sans Condensed'"],
    "mac": ["'Noto Sans'", "'Liberation Sans'", "'DejaVu Sans'"],
    "gnome": ["'Noto Sans'", "'DejaVu Sans'", "'Liberation Sans'"],
    "kde": ["'Noto Sans'", "'DejaVu Sans'"],
    "android": ["'Noto Sans'", "'Liberation Sans'", "'DejaVu Sans'", "'DejaVu Sans Condensed'"],
    "ios": ["'Noto Sans'", "'Liberation Sans'", "'DejaVu Sans'"],
}
FALLBACK = ",'Noto Sans','DejaVu Sans','Noto Sans Symbols','Noto Sans Symbols2',sans-serif"


# ----------------------------------------------------------------------------- locale texts
WD = {"fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
      "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}
WD_LONG = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
MON = {"fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
       "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]}

UI = {
    "fr": dict(newtab="Nouvel onglet", search10="Taper ici pour rechercher", search="Rechercher", notsecure="Non sécurisé",
               dl_title="Téléchargements récents", dl_done="Terminé", kb="Ko", tr_q="Traduire cette page ?",
               tr_done="Cette page a été traduite", src="français", dst="anglais", activities="Activités", lang_ind="FRA",
               lang_sub="FR", weather=["Nuageux", "Ensoleillé", "Averses", "Couvert", "Pluie"], bookmarks="Tous les favoris",
               safari_start="Page de départ", other="Autres favoris"),
    "en-GB": dict(newtab="New Tab", search10="Type here to search", search="Search", notsecure="Not secure",
                  dl_title="Recent download history", dl_done="Done", kb="KB", tr_q="Translate this page?",
                  tr_done="This page has been translated", src="French", dst="English", activities="Activities",
                  lang_ind="ENG", lang_sub="UK", weather=["Cloudy", "Sunny", "Showers", "Mostly cloudy", "Rain"],
                  bookmarks="All Bookmarks", safari_start="Start Page", other="Other bookmarks"),
    "en-US": dict(newtab="New Tab", search10="Type here to search", search="Search", notsecure="Not secure",
                  dl_title="Recent download history", dl_done="Done", kb="KB", tr_q="Translate this page?",
                  tr_done="This page has been translated", src="French", dst="English", activities="Activities",
                  lang_ind="ENG", lang_sub="US", weather=["Cloudy", "Sunny", "Showers", "Mostly cloudy", "Rain"],
                  bookmarks="All Bookmarks", safari_start="Start Page", other="Other bookmarks"),
}


def lg(loc):
    return "fr" if loc == "fr" else "en"


# ----------------------------------------------------------------------------- clock and date formats
def fmt_time(t, style):
    """t: datetime.time.  24: 14:32 / 09:05; 12: 2:32 PM; h: 14 h 32 (French Canadian style, rare)."""
    if style == "12":
        h = t.hour % 12 or 12
        return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    if style == "h":
        return f"{t.hour} h {t.minute:02d}"
    return f"{t.hour:02d}:{t.minute:02d}"


def fmt_date(d, style, loc):
    """d: datetime.date."""
    lang = lg(loc)
    wd, mo = WD[lang][d.weekday()], MON[lang][d.month - 1]
    return {
        "d/m/Y": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "d/m/y": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "d.m.Y": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "Y-m-d": d.isoformat(),
        "m/d/Y": f"{d.month}/{d.day}/{d.year}",
        "mm/dd/Y": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "m/d/y": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "wd d mon": f"{wd} {d.day} {mo}",
        "wd mon d": f"{wd} {mo} {d.day}",
        "d mon": f"{d.day} {mo}",
        "mon d": f"{mo} {d.day}",
    }[style]


def time_style(rng, loc, rare_h=True):
    if loc == "en-US":
        return pick(rng, [("12", 88), ("24", 12)])
    if loc == "en-GB":
        return pick(rng, [("24", 92), ("12", 8)])
    return pick(rng, [("24", 95), ("h", 5 if rare_h else 0)])


def short_date_style(rng, loc):
    """Windows / KDE short date."""
    if loc == "en-US":
        return pick(rng, [("m/d/Y", 70), ("mm/dd/Y", 15), ("m/d/y", 7), ("Y-m-d", 8)])
    if loc == "en-GB":
        return pick(rng, [("d/m/Y", 80), ("d/m/y", 8), ("Y-m-d", 8), ("d.m.Y", 4)])
    return pick(rng, [("d/m/Y", 78), ("d/m/y", 6), ("d.m.Y", 8), ("Y-m-d", 8)])


@dataclass
class Clock:
    """what the OS clock shows; `has_date` is what the labels say (a weekday alone is not a date)."""
    when: dt.datetime
    loc: str
    tstyle: str = "24"
    dstyle: str | None = None   # None: time only
    weekday: bool = False       # a weekday before the time (macOS / GNOME), with or without a date

    @property
    def has_date(self):
        return self.dstyle is not None

    def time(self):
        return fmt_time(self.when.time(), self.tstyle)

    def date(self):
        return fmt_date(self.when.date(), self.dstyle, self.loc) if self.dstyle else ""

    def one_line(self):
        """macOS / GNOME style: weekday, date, time on one line."""
        lang = lg(self.loc)
        d = self.when.date()
        wd, mo = WD[lang][d.weekday()], MON[lang][d.month - 1]
        parts = []
        if self.dstyle:
            if self.loc == "en-US":
                parts.append(f"{wd} {mo} {d.day}" if self.weekday else f"{mo} {d.day}")
            else:
                parts.append(f"{wd} {d.day} {mo}" if self.weekday else f"{d.day} {mo}")
        elif self.weekday:
            parts.append(wd)
        parts.append(self.time())
        return "\u2002".join(parts) if (not self.weekday and self.dstyle and self.loc != "fr") else " ".join(parts)


# ----------------------------------------------------------------------------- icons (inline SVG, 24x24 view box)
P = {
    "back": "M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z",
    "fwd": "M4 11h12.2l-5.6-5.6L12 4l8 8-8 8-1.4-1.4 5.6-5.6H4z",
    "chev_l": "M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z",
    "chev_r": "M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z",
    "reload": "M17.65 6.35A7.95 7.95 0 0 0 12 4a8 8 0 1 0 7.73 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4z",
    "star": ("M22 9.24l-7.19-.62L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21 12 17.27 18.18 21l-1.63-7.03L22 9.24zM12 15.4"
             "l-3.76 2.27 1-4.28-3.32-2.88 4.38-.38L12 6.1l1.71 4.04 4.38.38-3.32 2.88 1 4.28L12 15.4z"),
    "lock": "M18 8h-1V6A5 5 0 0 0 7 6v2H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2zM9 6a3 3 0 0 1 6 0v2H9V6z",
    "tune": ("M3 17v2h6v-2H3zM3 5v2h10V5H3zm10 16v-2h8v-2h-8v-2h-2v6h2zM7 9v2H3v2h4v2h2V9H7zm14 4v-2H11v2h10zm-6-4h2V7h4V5h-4V3"
             "h-2v6z"),
    "home": "M10 20v-6h4v6h5v-8h3L12 3 2 12h3v8z",
    "search": ("M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99"
               "L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"),
    "wifi": ("M1 9l2 2c4.97-4.97 13.03-4.97 18 0l2-2C16.93 2.93 7.08 2.93 1 9zm8 8l3 3 3-3a4.24 4.24 0 0 0-6 0zm-4-4l2 2"
             "a7.07 7.07 0 0 1 10 0l2-2C15.14 9.14 8.87 9.14 5 13z"),
    "vol": ("M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05c1.48-.73 2.5-2.25 2.5-4.02zM14 3.23v2.06c2.89.86 5 3.54"
            " 5 6.71s-2.11 5.85-5 6.71v2.06c4.01-.91 7-4.49 7-8.77s-2.99-7.86-7-8.77z"),
    "bell": ("M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68C7.63 5.36 6 7.92"
             " 6 11v5l-2 2v1h16v-1l-2-2z"),
    "menu": "M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z",
    "dots_v": "M12 8a2 2 0 1 0 0-4 2 2 0 0 0 0 4zm0 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm0 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4z",
    "dots_h": "M6 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm12 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm-6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4z",
    "download": "M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z",
    "puzzle": ("M20.5 11H19V7a2 2 0 0 0-2-2h-4V3.5a2.5 2.5 0 0 0-5 0V5H4a2 2 0 0 0-2 2v3.8h1.5a2.7 2.7 0 0 1 0 5.4H2V20a2 2 0 0 0"
               " 2 2h3.8v-1.5a2.7 2.7 0 0 1 5.4 0V22H17a2 2 0 0 0 2-2v-4h1.5a2.5 2.5 0 0 0 0-5z"),
    "person": "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z",
    "shield": "M12 1 3 5v6c0 5.55 3.84 10.74 9 12 5.16-1.26 9-6.45 9-12V5l-9-4z",
    "share": "M16 5l-1.42 1.42-1.59-1.59V16h-1.98V4.83L9.42 6.42 8 5l4-4 4 4zm4 5v11a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2h3v2H6v11h12V10h-3V8h3a2 2 0 0 1 2 2z",
    "book": "M21 5c-1.11-.35-2.33-.5-3.5-.5-1.95 0-4.05.4-5.5 1.5-1.45-1.1-3.55-1.5-5.5-1.5S2.45 4.9 1 6v14.65c1.45-1.1 3.55-1.5 5.5-1.5s4.05.4 5.5 1.5c1.35-.85 3.8-1.5 5.5-1.5 1.65 0 3.35.3 4.75 1.05.1.05.15.05.25.05V6c-.6-.45-1.25-.75-2-1z",
    "plus": "M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z",
    "sidebar": "M3 4h18v16H3zm2 2v12h4V6zm6 0v12h8V6z",
    "tabs": "M4 6h14v14H4zm2 2v10h10V8zM8 2h14v14h-2V4H8z",
    "mic": "M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5.3-3a5.3 5.3 0 0 1-10.6 0H5a7 7 0 0 0 6 6.72V21h2v-3.28A7 7 0 0 0 19 11z",
    "apple": ("M16.4 12.6c0-2.5 2-3.7 2.1-3.8-1.2-1.7-3-1.9-3.6-2-1.5-.2-3 .9-3.8.9-.8 0-2-.9-3.3-.9-1.7 0-3.3 1-4.2 2.5"
              "-1.8 3.1-.5 7.7 1.3 10.2.9 1.2 1.9 2.6 3.2 2.6 1.3-.1 1.8-.8 3.3-.8s2 .8 3.3.8c1.4 0 2.2-1.2 3.1-2.5 1-1.4 1.4-2.8"
              " 1.4-2.9-.1 0-2.8-1-2.8-4.1zM13.9 5.1c.7-.8 1.2-2 1-3.1-1 0-2.2.7-2.9 1.5-.6.7-1.2 1.9-1 3 1.1.1 2.2-.6 2.9-1.4z"),
    "ctrl": "M4 7h10v2H4zm12-1a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM10 15h10v2H10zm-2-1a2 2 0 1 1 0 4 2 2 0 0 1 0-4z",
    "power": "M13 3h-2v10h2V3zm4.83 2.17-1.42 1.42A6.92 6.92 0 0 1 19 12a7 7 0 1 1-11.41-5.41L6.17 5.17A8.93 8.93 0 0 0 3 12a9 9 0 0 0 18 0c0-2.74-1.23-5.18-3.17-6.83z",
    "translate": ("M12.87 15.07l-2.54-2.51.03-.03A17.52 17.52 0 0 0 14.07 6H17V4h-7V2H8v2H1v2h11.17C11.5 7.92 10.44 9.75 9 11.35"
                  " 8.07 10.32 7.3 9.19 6.69 8h-2c.73 1.63 1.73 3.17 2.98 4.56l-5.09 5.02L4 19l5-5 3.11 3.11.76-2.04zM18.5 10h-2L12"
                  " 22h2l1.12-3h4.75L21 22h2l-4.5-12zm-2.62 7 1.62-4.33L19.12 17h-3.24z"),
    "cell": "M2 22h20V2z",
    "file": "M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z",
}


def icon(name, size=18, color="currentColor", style=""):
    return (f'<svg width="{size}" height="{size}" viewBox="0 0 24 24" style="flex:none;display:block;{style}">'
            f'<path fill="{color}" d="{P[name]}"/></svg>')


def favicon(kind, size=16):
    """small favicons drawn with CSS."""
    s = f"flex:none;display:inline-block;width:{size}px;height:{size}px;"
    if kind == "anef":  # Marianne-ish tricolore block
        return (f'<span style="{s}border-radius:2px;background:linear-gradient(90deg,#000091 0 33%,#fff 33% 66%,#e1000f 66%);'
                f'box-shadow:0 0 0 1px rgba(0,0,0,.15) inset"></span>')
    if kind == "chrome":
        return (f'<span style="{s}border-radius:50%;background:radial-gradient(circle,#1a73e8 0 30%,#fff 31% 40%,transparent 41%),'
                'conic-gradient(from -60deg,#db4437 0 120deg,#0f9d58 0 240deg,#f4b400 0)"></span>')
    if kind == "edge":
        return f'<span style="{s}border-radius:50%;background:conic-gradient(from 200deg,#0c59a4,#1fa3e0,#35c1f1,#54d36f,#0c59a4)"></span>'
    if kind == "firefox":
        return f'<span style="{s}border-radius:50%;background:radial-gradient(circle at 35% 30%,#ffe94f,#ff9640 40%,#e31587 80%,#7542e5)"></span>'
    if kind == "safari":
        return f'<span style="{s}border-radius:50%;background:radial-gradient(circle,#fff 0 15%,#1e90ff 16% 70%,#d8ecff 71%)"></span>'
    if kind == "folder":
        return f'<span style="{s}border-radius:2px;background:linear-gradient(#f8d775 0 30%,#e9b843 30%)"></span>'
    if kind == "globe":
        return f'<span style="{s}border-radius:50%;border:1.5px solid #7a7a7a;box-sizing:border-box"></span>'
    if kind.startswith("#"):  # coloured letter tile
        col, letter = kind.split(":", 1) if ":" in kind else (kind, "")
        fs = int(size * 0.7)
        return (f'<span style="{s}border-radius:3px;background:{col};color:#fff;font-size:{fs}px;line-height:{size}px;'
                f'text-align:center;font-weight:700;font-family:\'DejaVu Sans\',sans-serif">{e(letter)}</span>')
    return f'<span style="{s}border-radius:3px;background:{kind}"></span>'


# ----------------------------------------------------------------------------- other tabs / bookmarks
TAB_POOL = {
    "fr": [("Boîte de réception (12) - Webmel", "#5b3cc4:W"), ("Service-Public.fr | Le site officiel de l’administration", "#000091:M"),
           ("Prendre rendez-vous - Préfecture du Rhône", "anef"), ("Traduction - Français vers Anglais", "#4285f4:T"),
           ("Itinéraire - Cartes", "#34a853:C"), ("Mon compte allocataire", "#1f4e9c:A"), ("Météo Paris - Prévisions à 15 jours", "#f2a900:M"),
           ("Forum : titre de séjour bloqué depuis 3 mois", "#e35d0b:F"), ("Vidéos - Comment renouveler son titre de séjour", "#e00:▶"),
           ("Mes rendez-vous - RDV Santé", "#107acb:R"), ("Espace particulier - Finances publiques", "#2a3f5f:F"),
           ("Messages", "#25d366:M"), ("Banque en ligne - Mes comptes", "#0b3d2e:B"), ("Rechercher", "#4285f4:R"),
           ("ameli, le site de l’Assurance Maladie", "#0c6b58:a"), ("Actualités - Le Quotidien du Matin", "#333:Q"),
           ("Justificatif de domicile : liste des pièces", "#000091:M")],
    "en": [("Inbox (3) - Webmel", "#5b3cc4:W"), ("Translate - French to English", "#4285f4:T"), ("Maps - Directions", "#34a853:M"),
           ("How to renew a French residence permit - Forum", "#e35d0b:F"), ("Weather forecast - Paris", "#f2a900:W"),
           ("Messages", "#25d366:M"), ("Online banking - Accounts", "#0b3d2e:B"), ("Search", "#4285f4:S"),
           ("Service-Public.fr", "#000091:M"), ("The Daily Herald - World news", "#222:D"), ("Video - ANEF account help", "#e00:▶"),
           ("Welcome to France - Student guide", "#c8102e:C")],
}
BOOKMARKS = {
    "fr": ["Impots.gouv", "ameli", "CAF", "Webmel", "Banque", "Traduction", "Préfecture", "Pôle Emploi", "Météo", "RDV Santé",
           "Vidéos", "Cartes", "Démarches", "Travail", "Logement"],
    "en": ["Webmel", "Bank", "Translate", "Maps", "News", "Weather", "Videos", "Prefecture", "Work", "Housing", "University",
           "Recipes", "Travel"],
}
DL_FILES = ["attestation_depot.pdf", "recepisse_2025.pdf", "convocation_prefecture.pdf", "justificatif_domicile.pdf",
            "scan_passeport.pdf", "avis_imposition_2025.pdf", "photo_identite.jpg", "decision.pdf"]


# ----------------------------------------------------------------------------- address text
def split_url(url):
    scheme, rest = url.split("://", 1) if "://" in url else ("https", url)
    cut = min([i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0], default=len(rest))
    return scheme, rest[:cut], rest[cut:]


def host_of(url):
    return split_url(url)[1]


def addr_html(url, mode, strong, weak, strip_www=False, host_weight=400):
    """mode: hostpath (no scheme), full (scheme grey), fullplain (scheme like the host), host (host only).
    The host span carries data-check="host"."""
    scheme, host, path = split_url(url)
    shown = host[4:] if (strip_www and host.startswith("www.")) else host
    h = f'<span data-check="host" style="color:{strong};font-weight:{host_weight}">{e(shown)}</span>'
    if mode == "host":
        return h
    if mode == "full":
        return f'<span style="color:{weak}">{e(scheme)}://</span>{h}<span style="color:{weak}">{e(path)}</span>'
    if mode == "fullplain":
        return f'<span style="color:{strong}">{e(scheme)}://</span>{h}<span style="color:{strong}">{e(path)}</span>'
    return f'{h}<span style="color:{weak}">{e(path)}</span>'


# ----------------------------------------------------------------------------- the frame
@dataclass
class Frame:
    kind: str                       # desktop / phone
    width: int
    height: int
    dsf: float
    html: str
    browser: str
    os: str
    clock: str                      # date+time / time / none
    site: str                       # host in the address bar ("" when no address bar)
    seen_date: str                  # ISO date when a date is on the clock
    seen_time: str                  # HH:MM when a clock is drawn
    notes: dict = field(default_factory=dict)


def _doc(W, H, font, body, body_style="", extra_css=""):
    return (f'<!doctype html><html><head><meta charset="utf-8"><style>*{{box-sizing:border-box}}'
            f'html,body{{margin:0;padding:0;width:{W}px;height:{H}px;overflow:hidden}}'
            f'body{{font-family:{font}{FALLBACK};-webkit-font-smoothing:antialiased;{body_style}}}'
            f'.row{{display:flex;align-items:center}} .nw{{white-space:nowrap}}'
            f'iframe.page{{display:block;border:0;flex:1 1 auto;min-height:0;min-width:0;width:100%;background:#fff}}'
            f'{extra_css}</style></head><body>{body}</body></html>')


IFRAME = f'<iframe class="page" src="{IFRAME_SRC}"></iframe>'


# ============================================================================= desktop browsers
def win_controls(osname, fg, h, dark):
    """window buttons at the right of the tab strip (Windows / Linux)."""
    if osname == "gnome":
        bg = "rgba(255,255,255,.12)" if dark else "rgba(0,0,0,.08)"
        b = (f'<span style="width:24px;height:24px;border-radius:50%;background:{bg};display:flex;align-items:center;justify-content:center;'
             f'margin:0 5px;font-size:12px;color:{fg}">{{}}</span>')
        return f'<div class="row" style="margin-left:8px;padding-right:6px;height:{h}px">{b.format("–")}{b.format("▢")}{b.format("✕")}</div>'
    if osname == "kde":
        return (f'<div class="row" style="margin-left:8px;gap:14px;padding-right:10px;color:{fg};font-size:14px;height:{h}px">'
                f'<span>⌄</span><span>⌃</span><span style="width:18px;height:18px;border-radius:50%;border:1px solid {fg};'
                f'display:flex;align-items:center;justify-content:center;font-size:10px">✕</span></div>')
    w = 46
    thin = f"stroke:{fg};stroke-width:1;fill:none"
    mn = f'<svg width="10" height="10"><line x1="0" y1="5.5" x2="10" y2="5.5" style="{thin}"/></svg>'
    mx = f'<svg width="10" height="10"><rect x=".5" y=".5" width="9" height="9" rx="{1.5 if osname == "win11" else 0}" style="{thin}"/></svg>'
    cl = f'<svg width="10" height="10"><path d="M0 0L10 10M10 0L0 10" style="{thin}"/></svg>'
    cell = f'<span style="width:{w}px;height:{h}px;display:flex;align-items:center;justify-content:center">{{}}</span>'
    return f'<div class="row" style="margin-left:6px;align-self:flex-start">{cell.format(mn)}{cell.format(mx)}{cell.format(cl)}</div>'


def traffic_lights():
    c = "".join(f'<span style="width:12px;height:12px;border-radius:50%;background:{x};margin-right:8px;'
                f'box-shadow:0 0 0 .5px rgba(0,0,0,.2) inset"></span>' for x in ("#ff5f57", "#febc2e", "#28c840"))
    return f'<div class="row" style="padding:0 12px 0 14px;flex:none">{c}</div>'


def _tabs(rng, s, loc):
    """list of (title, favicon) with the page's tab somewhere; index of the active tab."""
    n = pick(rng, [(1, 18), (2, 26), (3, 22), (4, 14), (5, 10), (6, 10)])
    pool = list(TAB_POOL[lg(loc)])
    rng.shuffle(pool)
    others = pool[:n - 1]
    if n > 1 and rng.random() < 0.3:
        others[rng.randrange(len(others))] = (UI[loc]["newtab"], "chrome-nt")
    act = rng.randrange(n)
    tabs = others[:act] + [(s["tab_title"], s["favicon"])] + others[act:]
    return tabs, act


def _bubble(rng, s, loc, pal, top, right, font_css=""):
    """translate or download bubble under the toolbar (right side)."""
    bg, fg, sub, acc = (("#292a2d", "#e8eaed", "#9aa0a6", "#8ab4f8") if pal["dark"] else ("#fff", "#202124", "#5f6368", "#1a73e8"))
    box = (f'position:absolute;right:{right}px;top:{top}px;z-index:5;background:{bg};color:{fg};border-radius:8px;'
           f'box-shadow:0 2px 10px rgba(0,0,0,.35);padding:14px 16px;font-size:13px;width:300px;{font_css}')
    if s["bubble"] == "translate":
        said, src, dst = s.get("bubble_txt") or (UI[loc]["tr_done"] if s.get("translated") else UI[loc]["tr_q"],
                                                  UI[loc]["src"], UI[loc]["dst"])
        rtl = s.get("bubble_rtl", False)
        attr = ' dir="rtl"' if rtl else ""
        ff = "font-family:'Noto Sans Arabic','DejaVu Sans',sans-serif;" if rtl else ""
        return (f'<div style="{box}{ff}"{attr}><div class="row" style="gap:8px;margin-bottom:10px">{icon("translate", 16, acc)}'
                f'<span>{e(said)}</span><span style="margin-inline-start:auto;color:{sub}">✕</span></div>'
                f'<div class="row" style="gap:18px;border-bottom:1px solid {sub}55"><span style="color:{sub};padding:4px 2px">{e(src)}</span>'
                f'<span style="color:{acc};border-bottom:2px solid {acc};padding:4px 2px;font-weight:700">{e(dst)}</span>'
                f'<span style="margin-inline-start:auto;color:{sub}">⋮</span></div></div>')
    f = rng.choice(DL_FILES)
    size = rng.randint(80, 2400)
    sz = f"{size} {UI[loc]['kb']}" if size < 1000 else f"{size / 1000:.1f} {'Mo' if loc == 'fr' else 'MB'}".replace(".", "," if loc == "fr" else ".")
    return (f'<div style="{box}"><div class="row" style="margin-bottom:12px;font-weight:700">{e(UI[loc]["dl_title"])}'
            f'<span style="margin-left:auto;color:{sub};font-weight:400">✕</span></div>'
            f'<div class="row" style="gap:12px">{icon("file", 26, acc)}<div style="min-width:0"><div class="nw" style="overflow:hidden;'
            f'text-overflow:ellipsis">{e(f)}</div><div style="color:{sub};font-size:12px">{e(sz)} • {e(UI[loc]["dl_done"])}</div></div></div></div>')


def _bookmark_bar(rng, loc, pal, style):
    items = list(BOOKMARKS[lg(loc)])
    rng.shuffle(items)
    cols = ["#1a73e8", "#0c6b58", "#1f4e9c", "#5b3cc4", "#e35d0b", "#107acb", "#c8102e", "#34a853", "#f2a900"]
    out = []
    for t in items[:rng.randint(4, 10)]:
        fav = favicon("folder", 14) if rng.random() < 0.3 else favicon(rng.choice(cols) + ":" + t[0], 14)
        out.append(f'<span class="row nw" style="gap:6px;padding:0 8px;color:{pal["fg"]}">{fav}{e(t)}</span>')
    sep = f'<span style="width:1px;height:16px;background:{pal["line"]};margin:0 4px"></span>' if style != "safari" else ""
    if style == "chrome" and rng.random() < 0.6:
        out.append(f'<span class="row nw" style="margin-left:auto;gap:6px;padding:0 10px;color:{pal["fg"]}">{sep}{favicon("folder", 14)}'
                   f'{e(UI[loc]["bookmarks"] if rng.random() < 0.5 else UI[loc]["other"])}</span>')
    return (f'<div class="row" style="height:28px;background:{pal["toolbar"]};font-size:12px;padding:0 8px;overflow:hidden;'
            f'border-bottom:1px solid {pal["line"]}">{"".join(out)}</div>')


def chromium_desktop(rng, s, osname, loc, dark, variant):
    """Chrome (variant "chrome") or Edge ("edge") on Windows / macOS / Linux."""
    edge = variant == "edge"
    if edge:
        pal = dict(dark=dark, frame="#1f1f1f" if dark else "#eaeaea", toolbar="#2b2b2b" if dark else "#ffffff",
                   box="#3b3b3b" if dark else "#f3f3f3", fg="#ffffff" if dark else "#1b1b1b", weak="#a9a9a9" if dark else "#6b6b6b",
                   line="#3f3f3f" if dark else "#e0e0e0", tab_in="#a0a0a0" if dark else "#444")
    else:
        fr = rng.choice(["#202124", "#1f1f1f"]) if dark else rng.choice(["#dee1e6", "#d3e3fd", "#e8eaed"])
        pal = dict(dark=dark, frame=fr, toolbar="#35363a" if dark else "#ffffff", box="#282828" if dark else rng.choice(["#f1f3f4", "#e9eef6"]),
                   fg="#e8eaed" if dark else "#1f1f1f", weak="#9aa0a6" if dark else "#5f6368", line="#3c4043" if dark else "#dadce0",
                   tab_in="#bdc1c6" if dark else "#3c4043")
    tabs, act = _tabs(rng, s, loc)
    mac = osname == "macos"
    strip_h = 40 if not edge else 38
    tw_max = 240 if not edge else 250
    tab_html = []
    for i, (title, fav) in enumerate(tabs):
        active = i == act
        fv = favicon("chrome", 16) if fav == "chrome-nt" else favicon(fav, 16)
        bg = pal["toolbar"] if active else "transparent"
        col = pal["fg"] if active else pal["tab_in"]
        rad = "8px 8px 0 0" if not edge else "8px 8px 0 0"
        sep = "" if (active or i + 1 == act or i == len(tabs) - 1) else f"border-right:1px solid {pal['line']};"
        tab_html.append(f'<div class="row" style="flex:0 1 {tw_max}px;min-width:48px;height:{strip_h - 6}px;background:{bg};border-radius:{rad};'
                        f'padding:0 10px;gap:8px;color:{col};font-size:12px;{sep}overflow:hidden">{fv}'
                        f'<span class="nw" style="flex:1;overflow:hidden;text-overflow:clip">{e(title)}</span>'
                        f'<span style="font-size:10px;flex:none">✕</span></div>')
    left = traffic_lights() if mac else ""
    if edge and not mac:
        left = (f'<div class="row" style="gap:10px;padding:0 10px 0 10px">{icon("person", 18, pal["fg"])}'
                f'{icon("tabs", 16, pal["fg"])}</div>')
    elif not mac:
        left = '<div style="width:8px"></div>'
    strip = (f'<div class="row" style="height:{strip_h}px;background:{pal["frame"]};align-items:flex-end;flex:none">'
             f'<div class="row" style="height:100%;align-self:stretch">{left}</div>'
             f'<div class="row" style="flex:1;min-width:0;align-items:flex-end;gap:0">{"".join(tab_html)}'
             f'<span style="padding:0 12px 8px;color:{pal["fg"]};font-size:18px;flex:none">+</span></div>'
             f'{"" if mac else win_controls(osname, pal["fg"], strip_h, dark)}</div>')
    # address box
    url = s["url"]
    scheme = split_url(url)[0]
    mode = pick(rng, [("hostpath", 72), ("full", 20), ("host", 8 if not edge else 0)])
    if edge:
        mode = pick(rng, [("hostpath", 55), ("fullplain", 25), ("full", 20)])
    strip_www = mode == "hostpath" and not edge
    if scheme == "http":
        chip = (f'<span class="row nw" style="gap:5px;color:{"#f28b82" if dark else "#c5221f"};font-size:13px;flex:none">'
                f'<span style="font-size:13px">⚠</span>{e(UI[loc]["notsecure"])}<span style="color:{pal["weak"]};margin:0 4px">|</span></span>')
    else:
        chip = icon("lock" if (edge or rng.random() < 0.25) else "tune", 16, pal["weak"] if edge else pal["fg"], "margin-right:8px")
    tr = ""
    if s.get("translated") or (s["bubble"] == "translate"):
        tr = (f'<span style="margin-left:auto;padding-left:10px;flex:none">{icon("translate", 18, "#1a73e8" if not dark else "#8ab4f8")}</span>')
    star = f'<span style="{"margin-left:auto;" if not tr else "margin-left:10px;"}padding-left:10px;flex:none">{icon("star", 18, pal["weak"])}</span>'
    fs = rng.choice([14, 14, 15]) if not edge else 14
    box_h = 34 if not edge else 32
    radius = box_h // 2 if not edge else rng.choice([6, 16])
    box = (f'<div data-check="hostbox" class="row" style="flex:1;min-width:0;height:{box_h}px;border-radius:{radius}px;background:{pal["box"]};'
           f'padding:0 14px;font-size:{fs}px;overflow:hidden;{"border:1px solid " + pal["line"] + ";" if edge and not dark else ""}">'
           f'{chip}<span class="nw" style="overflow:hidden;min-width:0;flex:0 1 auto">{addr_html(url, mode, pal["fg"], pal["weak"], strip_www)}</span>{tr}{star}</div>')
    navs = (f'<div class="row" style="gap:16px;padding:0 6px 0 4px;color:{pal["fg"]}">{icon("back", 20, pal["fg"])}'
            f'{icon("fwd", 20, pal["weak"])}{icon("reload", 20, pal["fg"])}'
            f'{icon("home", 20, pal["fg"]) if rng.random() < 0.3 else ""}</div>')
    right_icons = [icon("puzzle", 18, pal["fg"])] if rng.random() < 0.6 else []
    if s["bubble"] == "download":
        right_icons.append(icon("download", 20, "#1a73e8" if not dark else "#8ab4f8"))
    if edge:
        right_icons += [icon("star", 18, pal["fg"]), icon("tabs", 18, pal["fg"]),
                        '<span style="width:22px;height:22px;border-radius:50%;background:#8e6ad8"></span>', icon("dots_h", 20, pal["fg"])]
    else:
        right_icons += [f'<span style="width:24px;height:24px;border-radius:50%;background:{rng.choice(["#1a73e8", "#0b8043", "#d93025", "#8e24aa", "#f09300"])};'
                        f'color:#fff;font-size:12px;display:flex;align-items:center;justify-content:center">{rng.choice("AKMSOLRY")}</span>',
                        icon("dots_v", 20, pal["fg"])]
    toolbar = (f'<div class="row" style="height:{box_h + 10}px;background:{pal["toolbar"]};gap:12px;padding:0 10px;flex:none;'
               f'position:relative;{"" if s["bookmarks"] else "border-bottom:1px solid " + pal["line"]}">{navs}{box}'
               f'<div class="row" style="gap:14px;padding-left:4px">{"".join(right_icons)}</div></div>')
    bm = _bookmark_bar(rng, loc, pal, "chrome") if s["bookmarks"] else ""
    top_h = strip_h + box_h + 10 + (28 if bm else 0)
    bubble = _bubble(rng, s, loc, pal, top_h - (28 if bm else 0) - 4, 70) if s["bubble"] else ""
    return strip + toolbar + bm, bubble, pal


def firefox_desktop(rng, s, osname, loc, dark):
    pal = dict(dark=dark, frame="#1c1b22" if dark else "#f0f0f4", toolbar="#2b2a33" if dark else "#f9f9fb",
               box="#1c1b22" if dark else "#ffffff", fg="#fbfbfe" if dark else "#15141a", weak="#8f8f9d" if dark else "#5b5b66",
               line="#0c0c0d" if dark else "#e0e0e6", tab_in="#fbfbfe" if dark else "#15141a")
    tabs, act = _tabs(rng, s, loc)
    mac = osname == "macos"
    th = []
    for i, (title, fav) in enumerate(tabs):
        active = i == act
        fv = favicon("firefox", 16) if fav == "chrome-nt" else favicon(fav, 16)
        bg = ("#42414d" if dark else "#ffffff") if active else "transparent"
        sh = "box-shadow:0 0 4px rgba(0,0,0,.18);" if active else ""
        th.append(f'<div class="row" style="flex:0 1 225px;min-width:76px;height:32px;margin:4px 2px;background:{bg};{sh}border-radius:4px;'
                  f'padding:0 8px;gap:8px;color:{pal["tab_in"]};font-size:12px;overflow:hidden">{fv}'
                  f'<span class="nw" style="flex:1;overflow:hidden">{e(title)}</span><span style="font-size:10px;flex:none">{"✕" if active else ""}</span></div>')
    left = traffic_lights() if mac else '<div style="width:6px"></div>'
    strip = (f'<div class="row" style="height:40px;background:{pal["frame"]};flex:none">{left}'
             f'<div class="row" style="flex:1;min-width:0">{"".join(th)}<span style="padding:0 10px;color:{pal["fg"]};font-size:18px;flex:none">+</span></div>'
             f'<span style="padding:0 10px;color:{pal["fg"]};font-size:12px">⌄</span>'
             f'{"" if mac else win_controls(osname, pal["fg"], 40, dark)}</div>')
    url = s["url"]
    scheme = split_url(url)[0]
    mode = pick(rng, [("hostpath", 50), ("full", 50)])  # Firefox 126+ trims https://, older versions show it grey
    if scheme == "http":
        mode = "hostpath"
        lock = f'<span style="position:relative;flex:none;margin-right:8px">{icon("lock", 16, pal["weak"])}<span style="position:absolute;left:-1px;top:7px;width:19px;height:2px;background:#e22850;transform:rotate(-40deg)"></span></span>'
    else:
        lock = icon("lock", 16, pal["weak"], "margin-right:8px")
    shield = icon("shield", 16, pal["weak"], "margin-right:6px") if rng.random() < 0.7 else ""
    box = (f'<div data-check="hostbox" class="row" style="flex:1;min-width:0;height:32px;border-radius:4px;background:{pal["box"]};padding:0 10px;'
           f'font-size:14px;overflow:hidden;{"box-shadow:0 1px 2px rgba(0,0,0,.15);" if not dark else ""}">{shield}{lock}'
           f'<span class="nw" style="overflow:hidden;min-width:0;flex:0 1 auto">{addr_html(url, mode, pal["fg"], pal["weak"])}</span>'
           f'<span style="margin-left:auto;padding-left:10px;flex:none">{icon("star", 17, pal["fg"])}</span></div>')
    navs = (f'<div class="row" style="gap:14px;padding:0 4px">{icon("back", 18, pal["fg"])}{icon("fwd", 18, pal["weak"])}'
            f'{icon("reload", 18, pal["fg"])}</div>')
    dl = icon("download", 18, "#0060df" if not dark else "#00ddff") if s["bubble"] == "download" else ""
    right = (f'<div class="row" style="gap:14px;padding-left:6px">{icon("shield", 17, pal["fg"]) if rng.random() < 0.5 else ""}{dl}'
             f'{icon("person", 18, pal["fg"])}{icon("puzzle", 17, pal["fg"])}{icon("menu", 18, pal["fg"])}</div>')
    toolbar = (f'<div class="row" style="height:42px;background:{pal["toolbar"]};gap:10px;padding:0 8px;flex:none;'
               f'{"" if s["bookmarks"] else "border-bottom:1px solid " + pal["line"]}">{navs}{box}{right}</div>')
    bm = _bookmark_bar(rng, loc, pal, "firefox") if s["bookmarks"] else ""
    bubble = _bubble(rng, s, loc, pal, 40 + 42 - 2, 60) if s["bubble"] == "download" else ""
    return strip + toolbar + bm, bubble, pal


def safari_desktop(rng, s, loc, dark):
    pal = dict(dark=dark, frame="#2e2e30" if dark else "#f6f6f6", toolbar="#2e2e30" if dark else "#f6f6f6",
               box="#4a4a4c" if dark else "#e3e3e5", fg="#e5e5e7" if dark else "#262626", weak="#98989d" if dark else "#7a7a7d",
               line="#1b1b1d" if dark else "#d6d6d6", tab_in="#a1a1a6" if dark else "#6e6e73")
    tabs, act = _tabs(rng, s, loc)
    url = s["url"]
    full = rng.random() < 0.2  # "Show full website address"
    mode = "hostpath" if full else "host"
    scheme = split_url(url)[0]
    ns = (f'<span class="nw" style="color:{pal["weak"]};margin-right:6px">⚠ {e(UI[loc]["notsecure"])} —</span>' if scheme == "http"
          else icon("lock", 12, pal["weak"], "margin-right:6px"))
    box = (f'<div data-check="hostbox" class="row" style="flex:0 1 {rng.randint(520, 760)}px;min-width:200px;height:30px;border-radius:8px;'
           f'background:{pal["box"]};padding:0 10px;font-size:13px;overflow:hidden;justify-content:center;position:relative">'
           f'<span class="row nw" style="overflow:hidden;min-width:0;justify-content:center">{ns}'
           f'<span class="nw" style="overflow:hidden;text-overflow:ellipsis;min-width:0">{addr_html(url, mode, pal["fg"], pal["weak"], strip_www=True)}</span></span>'
           f'<span style="position:absolute;right:8px;top:7px">{icon("reload", 15, pal["fg"])}</span></div>')
    toolbar = (f'<div class="row" style="height:52px;background:{pal["toolbar"]};flex:none;padding-right:14px">{traffic_lights()}'
               f'<div class="row" style="gap:18px;padding:0 10px">{icon("sidebar", 18, pal["fg"])}<span class="row" style="gap:10px">'
               f'{icon("chev_l", 22, pal["fg"])}{icon("chev_r", 22, pal["weak"])}</span></div>'
               f'<div style="flex:1"></div>{box}<div style="flex:1"></div>'
               f'<div class="row" style="gap:18px;padding-left:10px">{icon("share", 18, pal["fg"])}{icon("plus", 20, pal["fg"])}{icon("tabs", 18, pal["fg"])}</div></div>')
    bm = _bookmark_bar(rng, loc, pal, "safari") if s["bookmarks"] else ""
    tabbar = ""
    if len(tabs) > 1:
        th = []
        for i, (title, fav) in enumerate(tabs):
            active = i == act
            fv = favicon("safari", 14) if fav == "chrome-nt" else favicon(fav, 14)
            bg = (pal["box"] if active else "transparent")
            th.append(f'<div class="row" style="flex:1 1 0;min-width:0;height:26px;margin:0 1px;background:{bg};border-radius:6px;'
                      f'padding:0 10px;gap:6px;color:{pal["fg"] if active else pal["tab_in"]};font-size:12px;justify-content:center;overflow:hidden">'
                      f'{fv}<span class="nw" style="overflow:hidden;text-overflow:ellipsis">{e(title)}</span></div>')
        tabbar = (f'<div class="row" style="height:32px;background:{pal["frame"]};padding:0 8px;border-top:1px solid {pal["line"]};'
                  f'border-bottom:1px solid {pal["line"]};flex:none">{"".join(th)}</div>')
    bubble = ""
    return toolbar + bm + tabbar, bubble, pal


# ============================================================================= OS bars (desktop)
def _app_icons(rng, browser, n, size=24, gap=10):
    cols = ["folder", "#0078d4:", "#e81123:", "#107c10:", "#5c2d91:", "#ff8c00:", "#2b579a:", "#217346:", "#b7472a:", "#25d366:"]
    icons = [favicon("folder", size)]
    bfav = {"chrome": "chrome", "edge": "edge", "firefox": "firefox", "safari": "safari"}.get(browser, "chrome")
    icons.append(favicon(bfav, size))
    for c in cols[1:n]:
        icons.append(favicon(c, size))
    rng.shuffle(icons)
    return icons, bfav


def _tray_icons(fg, size=16):
    return icon("wifi", size, fg) + icon("vol", size, fg)


def _battery_h(fg, w=22, pct=None):
    """horizontal battery."""
    fill = int((w - 5) * (pct if pct is not None else 0.7))
    return (f'<span style="position:relative;display:inline-block;width:{w}px;height:{int(w * 0.5)}px;border:1.4px solid {fg};border-radius:3px;flex:none">'
            f'<span style="position:absolute;left:1.5px;top:1.5px;bottom:1.5px;width:{fill}px;background:{fg};border-radius:1px"></span>'
            f'<span style="position:absolute;right:-4px;top:30%;width:2px;height:40%;background:{fg};border-radius:0 1px 1px 0"></span></span>')


def win10_taskbar(rng, clk, loc, browser, dark, pos):
    """pos: bottom / top / left / right."""
    bg, fg = ("#101010", "#ffffff") if dark else ("#e6e9ee", "#000000")
    vertical = pos in ("left", "right")
    icons, bfav = _app_icons(rng, browser, rng.randint(3, 7), 24)
    logo = ('<svg width="16" height="16" viewBox="0 0 16 16" style="flex:none"><path fill="%s" d="M0 2.2 6.5 1.3v6.3H0zM7.3 1.2 16 0v7.6H7.3zM0 8.4h6.5'
            'v6.3L0 13.8zM7.3 8.4H16V16l-8.7-1.2z"/></svg>') % ("#fff" if dark else "#000")
    t, d = clk.time(), clk.date()
    if vertical:
        wd = WD_LONG[lg(loc)][clk.when.weekday()]
        lines = [t] + ([wd, d] if d else [])
        clock = (f'<div style="text-align:center;font-size:12px;line-height:17px;padding:6px 0;color:{fg}">' +
                 "".join(f'<div class="nw" data-check="clock">{e(x)}</div>' for x in lines) + "</div>")
        cells = "".join(f'<div style="height:48px;display:flex;align-items:center;justify-content:center">{i}</div>' for i in icons)
        bar = (f'<div style="width:76px;background:{bg};display:flex;flex-direction:column;align-items:center;flex:none;color:{fg}">'
               f'<div style="height:48px;display:flex;align-items:center">{logo}</div>'
               f'<div style="height:40px;display:flex;align-items:center">{icon("search", 18, fg)}</div>{cells}'
               f'<div style="margin-top:auto;display:flex;flex-direction:column;align-items:center;gap:10px">{_tray_icons(fg)}'
               f'<span style="font-size:12px">{UI[loc]["lang_ind"]}</span>{clock}'
               f'<div style="padding-bottom:10px">{icon("bell", 18, fg)}</div></div></div>')
        return bar
    search_style = pick(rng, [("box", 55), ("icon", 45)])
    if search_style == "box":
        sb = (f'<div class="row nw" style="height:40px;width:{rng.randint(250, 344)}px;background:{"#f3f3f3" if not dark else "#ffffff"};'
              f'color:#555;font-size:13px;gap:10px;padding:0 12px;flex:none">{icon("search", 16, "#333")}{e(UI[loc]["search10"])}</div>')
    else:
        sb = f'<div class="row" style="width:48px;height:40px;justify-content:center">{icon("search", 18, fg)}</div>'
    ic = "".join(f'<div style="width:48px;height:40px;display:flex;align-items:center;justify-content:center;position:relative">{i}'
                 f'{"<span style=position:absolute;left:6px;right:6px;bottom:0;height:2px;background:#76b9ed></span>" if k < 2 else ""}</div>'
                 for k, i in enumerate(icons))
    lines = [t] + ([d] if d else [])
    clock = (f'<div style="text-align:center;font-size:12px;line-height:16px;padding:0 8px;color:{fg}">' +
             "".join(f'<div class="nw" data-check="clock">{e(x)}</div>' for x in lines) + "</div>")
    tray = (f'<div class="row" style="margin-left:auto;gap:12px;color:{fg};font-size:12px;padding-left:10px">'
            f'<span style="font-size:10px">⌃</span>{_battery_h(fg, 18) if rng.random() < 0.4 else ""}{_tray_icons(fg)}'
            f'<span>{UI[loc]["lang_ind"]}</span>{clock}'
            f'<span style="padding:0 8px">{icon("bell", 17, fg)}</span><span style="width:5px;height:40px;border-left:1px solid #777"></span></div>')
    return (f'<div class="row" style="height:40px;background:{bg};flex:none;color:{fg}">'
            f'<div class="row" style="width:48px;height:40px;justify-content:center">{logo}</div>{sb}'
            f'<div class="row" style="width:48px;justify-content:center">{icon("tabs", 18, fg)}</div>{ic}{tray}</div>')


def win11_taskbar(rng, clk, loc, browser, dark):
    bg, fg = ("#1c1c1c", "#ffffff") if dark else ("#eef1f6", "#1a1a1a")
    icons, bfav = _app_icons(rng, browser, rng.randint(3, 7), 24)
    logo = ('<svg width="22" height="22" viewBox="0 0 22 22" style="flex:none"><rect x="0" y="0" width="10.4" height="10.4" rx="1" fill="#0a84e0"/>'
            '<rect x="11.6" y="0" width="10.4" height="10.4" rx="1" fill="#1b93eb"/><rect x="0" y="11.6" width="10.4" height="10.4" rx="1" fill="#0a84e0"/>'
            '<rect x="11.6" y="11.6" width="10.4" height="10.4" rx="1" fill="#1b93eb"/></svg>')
    sstyle = pick(rng, [("pill", 55), ("icon", 45)])
    if sstyle == "pill":
        sb = (f'<div class="row nw" style="height:32px;width:{rng.randint(150, 220)}px;border-radius:16px;background:{"#2e2e2e" if dark else "#fff"};'
              f'color:{"#aaa" if dark else "#555"};font-size:13px;gap:8px;padding:0 12px;flex:none;border:1px solid {"#3a3a3a" if dark else "#ddd"}">'
              f'{icon("search", 16, fg)}{e(UI[loc]["search"])}</div>')
    else:
        sb = icon("search", 20, fg)
    cells = "".join(f'<div style="width:40px;height:40px;border-radius:4px;display:flex;align-items:center;justify-content:center;position:relative;'
                    f'{"background:rgba(255,255,255,.08);" if (k == 0 and dark) else ("background:rgba(0,0,0,.05);" if k == 0 else "")}">{i}'
                    f'<span style="position:absolute;bottom:2px;left:{15 if k == 0 else 17}px;width:{10 if k == 0 else 6}px;height:3px;border-radius:2px;'
                    f'background:{"#4cc2ff" if k == 0 else "#888"};{"" if k < 3 else "display:none"}"></span></div>'
                    for k, i in enumerate(icons))
    centre = f'<div class="row" style="gap:6px">{logo}<span style="width:6px"></span>{sb}{icon("tabs", 20, fg)}{cells}</div>'
    temp = rng.randint(-3, 31)
    widgets = (f'<div class="row nw" style="gap:8px;padding-left:12px;font-size:12px;line-height:15px;color:{fg}">'
               f'<span style="width:24px;height:24px;border-radius:50%;background:radial-gradient(circle at 40% 40%,#ffd54a 0 45%,#cfd8dc 46%)"></span>'
               f'<div><div>{temp}°C</div><div style="color:{"#bbb" if dark else "#555"}">{e(rng.choice(UI[loc]["weather"]))}</div></div></div>') if rng.random() < 0.7 else ""
    two_line_lang = rng.random() < 0.5
    lang_ind = (f'<div style="text-align:center;font-size:11px;line-height:14px"><div>{UI[loc]["lang_ind"]}</div><div>{UI[loc]["lang_sub"]}</div></div>'
                if two_line_lang else f'<span style="font-size:12px">{UI[loc]["lang_ind"]}</span>')
    t, d = clk.time(), clk.date()
    lines = [t] + ([d] if d else [])
    clock = (f'<div style="text-align:right;font-size:12px;line-height:17px;padding:0 4px 0 8px;color:{fg}">' +
             "".join(f'<div class="nw" data-check="clock">{e(x)}</div>' for x in lines) + "</div>")
    badge = rng.random() < 0.45
    bell = (f'<span style="position:relative;padding:0 10px 0 6px">{icon("bell", 17, fg)}'
            + (f'<span style="position:absolute;right:2px;top:-6px;min-width:16px;height:16px;border-radius:8px;background:#0a84e0;color:#fff;'
               f'font-size:10px;line-height:16px;text-align:center">{rng.randint(1, 9)}</span>' if badge else "") + "</span>")
    tray = (f'<div class="row" style="margin-left:auto;gap:10px;color:{fg};padding-right:4px">'
            f'<span style="font-size:10px">⌃</span>{lang_ind}<span class="row" style="gap:8px">{_tray_icons(fg)}'
            f'{_battery_h(fg, 18) if rng.random() < 0.5 else ""}</span>{clock}{bell}</div>')
    return (f'<div class="row" style="height:48px;background:{bg};flex:none;position:relative;border-top:1px solid {"#2b2b2b" if dark else "#d8dce2"}">'
            f'{widgets}<div style="position:absolute;left:50%;top:4px;transform:translateX(-50%)">{centre}</div>{tray}</div>')


MAC_MENUS = {
    "chrome": {"fr": "Chrome Fichier Édition Présentation Historique Favoris Profils Onglet Fenêtre Aide",
               "en": "Chrome File Edit View History Bookmarks Profiles Tab Window Help"},
    "edge": {"fr": "Microsoft Edge Fichier Modifier Afficher Historique Favoris Profils Onglet Fenêtre Aide",
             "en": "Microsoft Edge File Edit View History Favourites Profiles Tab Window Help"},
    "firefox": {"fr": "Firefox Fichier Édition Affichage Historique Marque-pages Outils Fenêtre Aide",
                "en": "Firefox File Edit View History Bookmarks Tools Window Help"},
    "safari": {"fr": "Safari Fichier Édition Présentation Historique Signets Fenêtre Aide",
               "en": "Safari File Edit View History Bookmarks Window Help"},
}


def macos_menubar(rng, clk, loc, browser, dark):
    bg, fg = (("rgba(30,30,32,.92)", "#f2f2f2") if dark else ("rgba(236,236,240,.94)", "#111"))
    words = MAC_MENUS.get(browser, MAC_MENUS["chrome"])[lg(loc)]
    if browser == "edge":
        first, rest = "Microsoft Edge", words.split(" ", 2)[2]
    else:
        first, rest = words.split(" ", 1)
    menus = f'<b style="margin-right:8px">{e(first)}</b>' + "".join(f'<span style="margin-right:8px">{e(w)}</span>' for w in rest.split())
    h = rng.choice([24, 24, 25, 30])
    pct = rng.randint(18, 100)
    batt = (f'<span class="row" style="gap:5px">{f"<span>{pct} %</span>" if (rng.random() < 0.4 and loc == "fr") else (f"<span>{pct}%</span>" if rng.random() < 0.3 else "")}'
            f'{_battery_h(fg, 22, pct / 100)}</span>')
    clock = f'<span class="nw" data-check="clock">{e(clk.one_line())}</span>'
    right = (f'<div class="row" style="margin-left:auto;gap:14px;padding-right:12px">{batt}{icon("wifi", 15, fg)}{icon("search", 15, fg)}'
             f'{icon("ctrl", 15, fg)}{clock}</div>')
    return (f'<div class="row nw" style="height:{h}px;background:{bg};color:{fg};font-size:13px;flex:none;overflow:hidden">'
            f'<span style="padding:0 16px 0 16px">{icon("apple", 15, fg)}</span>{menus}{right}</div>')


def gnome_topbar(rng, clk, loc, dark=True):
    bg, fg = ("#000000", "#ffffff") if rng.random() < 0.8 else ("#1d1d20", "#f0f0f0")
    left = (f'<span style="padding:0 14px;font-weight:700">{e(UI[loc]["activities"])}</span>' if rng.random() < 0.5 else
            '<span class="row" style="gap:5px;padding:0 14px"><span style="width:28px;height:8px;border-radius:4px;background:#fff"></span>'
            '<span style="width:8px;height:8px;border-radius:4px;background:#777"></span><span style="width:8px;height:8px;border-radius:4px;background:#777"></span></span>')
    clock = f'<span class="nw" data-check="clock" style="font-weight:700">{e(clk.one_line())}</span>'
    right = (f'<div class="row" style="margin-left:auto;gap:12px;padding:0 14px">{icon("wifi", 15, fg)}{icon("vol", 15, fg)}'
             f'{_battery_h(fg, 20) if rng.random() < 0.6 else ""}{icon("power", 15, fg)}</div>')
    return (f'<div class="row nw" style="height:{rng.choice([30, 32])}px;background:{bg};color:{fg};font-size:14px;flex:none;position:relative">'
            f'{left}<div style="position:absolute;left:50%;transform:translateX(-50%)">{clock}</div>{right}</div>')


def kde_panel(rng, clk, loc, browser, dark):
    bg, fg = ("#232629", "#eff0f1") if dark else ("#eff0f1", "#232629")
    icons, bfav = _app_icons(rng, browser, rng.randint(3, 6), 26)
    launcher = ('<span style="width:28px;height:28px;border-radius:6px;background:linear-gradient(135deg,#3daee9,#1d99f3);display:flex;'
                'align-items:center;justify-content:center;color:#fff;font-weight:700;font-size:16px;font-family:\'DejaVu Sans\'">K</span>')
    cells = "".join(f'<div style="width:44px;height:44px;display:flex;align-items:center;justify-content:center;'
                    f'{"border-bottom:3px solid #3daee9;" if k == 0 else ""}">{i}</div>' for k, i in enumerate(icons))
    t, d = clk.time(), clk.date()
    clock = (f'<div style="text-align:center;padding:0 10px;color:{fg}"><div class="nw" data-check="clock" style="font-size:15px;line-height:18px">{e(t)}</div>' +
             (f'<div class="nw" data-check="clock" style="font-size:11px;line-height:14px">{e(d)}</div>' if d else "") + "</div>")
    tray = (f'<div class="row" style="margin-left:auto;gap:12px;padding-left:10px">{icon("wifi", 16, fg)}{icon("vol", 16, fg)}'
            f'{_battery_h(fg, 20) if rng.random() < 0.5 else ""}{clock}<span style="width:20px"></span></div>')
    return (f'<div class="row" style="height:44px;background:{bg};flex:none;border-top:1px solid {"#111" if dark else "#ccc"}">'
            f'<div style="width:50px;display:flex;justify-content:center">{launcher}</div>{cells}{tray}</div>')


def mac_dock(rng, browser):
    icons, _ = _app_icons(rng, browser, rng.randint(5, 9), 44)
    cells = "".join(f'<span style="margin:0 4px">{i}</span>' for i in icons)
    return (f'<div style="position:absolute;left:50%;bottom:6px;transform:translateX(-50%);padding:7px 10px;border-radius:18px;'
            f'background:rgba(235,235,240,.55);box-shadow:0 0 0 1px rgba(255,255,255,.35) inset;display:flex;z-index:3">{cells}</div>')


WALLPAPERS = ["linear-gradient(135deg,#1e3c72,#2a5298)", "linear-gradient(160deg,#0f2027,#203a43,#2c5364)",
              "radial-gradient(circle at 30% 40%,#4e7ac7,#0b1d3a)", "linear-gradient(120deg,#614385,#516395)",
              "linear-gradient(135deg,#355c7d,#6c5b7b,#c06c84)", "linear-gradient(180deg,#7fa7c9,#d7c4a3)",
              "radial-gradient(circle at 70% 20%,#0078d4,#001a33 70%)", "linear-gradient(135deg,#134e5e,#71b280)"]


# ============================================================================= desktop assembly
DESKTOP_SIZES = [((1280, 720), 5), ((1280, 800), 5), ((1366, 768), 12), ((1440, 900), 10), ((1536, 864), 12), ((1600, 900), 7),
                 ((1680, 1050), 5), ((1920, 1080), 22), ((1920, 1200), 6), ((2048, 1152), 3), ((2560, 1440), 6),
                 ((1512, 982), 4), ((1470, 956), 3)]


def desktop_frame(rng, s, when, browser, osname, loc):
    (W, H) = pick(rng, DESKTOP_SIZES)
    dsf = pick(rng, [(1.0, 50), (1.25, 32), (1.5, 18)])
    if W * H * dsf * dsf > 2560 * 1440 * 1.6:  # the very largest (2560x1440 at 1.5): rarer
        dsf = pick(rng, [(1.0, 60), (1.25, 25), (1.5, 15)])
    dark_os = rng.random() < (0.55 if s["dark"] else 0.45)
    dark_b = rng.random() < (0.75 if s["dark"] else 0.22)
    font = rng.choice(FONTS.get({"win10": "win", "win11": "win", "macos": "mac"}.get(osname, osname), FONTS["win"]))
    # clock
    clk = None
    if osname in ("win10", "win11", "kde"):
        dstyle = short_date_style(rng, loc)
        if osname == "kde" and rng.random() < 0.2:
            dstyle = "wd d mon" if loc != "en-US" else "wd mon d"
        if rng.random() < (0.08 if osname != "kde" else 0.15):
            dstyle = None  # date hidden (small taskbar buttons / panel setting)
        clk = Clock(when, loc, time_style(rng, loc), dstyle)
    elif osname == "macos":
        v = pick(rng, [("date", 70), ("weekday", 15), ("time", 15)])
        clk = Clock(when, loc, time_style(rng, loc, rare_h=False), "d mon" if v == "date" else None, weekday=v in ("date", "weekday") and rng.random() < 0.97)
    elif osname == "gnome":
        v = pick(rng, [("weekday", 45), ("date", 35), ("wd+date", 20)])
        clk = Clock(when, loc, time_style(rng, loc), "d mon" if v != "weekday" else None, weekday=v != "date")
    # browser chrome
    bubble = ""
    pal = None
    if browser in ("chrome", "edge"):
        top, bubble, pal = chromium_desktop(rng, s, osname, loc, dark_b, browser)
    elif browser == "firefox":
        top, bubble, pal = firefox_desktop(rng, s, osname, loc, dark_b)
    elif browser == "safari":
        top, bubble, pal = safari_desktop(rng, s, loc, dark_b)
    else:
        top = ""
    # window placement: maximised, or a window on the wallpaper (macOS often, others sometimes)
    floating = browser != "none" and osname != "none" and rng.random() < {"macos": 0.45, "gnome": 0.2, "kde": 0.15}.get(osname, 0.1)
    if floating:
        m = [rng.randint(10, 60), rng.randint(20, 160), rng.randint(10, 70), rng.randint(20, 160)]
        rad = 10 if osname == "macos" else 8 if osname == "win11" else 4 if osname == "gnome" else 0
        win_style = (f"position:absolute;top:{m[0]}px;right:{m[1]}px;bottom:{m[2]}px;left:{m[3]}px;border-radius:{rad}px;overflow:hidden;"
                     f"box-shadow:0 10px 40px rgba(0,0,0,.45),0 0 0 1px rgba(0,0,0,.25)")
    else:
        win_style = "position:absolute;inset:0"
    dock = mac_dock(rng, browser) if (osname == "macos" and floating and rng.random() < 0.6) else ""
    win = (f'<div style="{win_style};display:flex;flex-direction:column;background:{pal["toolbar"] if pal else "#fff"}">{top}{IFRAME}'
           f'{bubble}</div>')
    desk = (f'<div style="flex:1;position:relative;min-width:0;min-height:0;background:{rng.choice(WALLPAPERS)}">{win}{dock}</div>')
    before = after = ""
    direction = "column"
    if osname == "win10":
        pos = pick(rng, [("bottom", 84), ("left", 7), ("top", 5), ("right", 4)])
        bar = win10_taskbar(rng, clk, loc, browser, dark_os or rng.random() < 0.5, pos)
        if pos in ("left", "right"):
            direction = "row"
        before, after = (bar, "") if pos in ("top", "left") else ("", bar)
    elif osname == "win11":
        after = win11_taskbar(rng, clk, loc, browser, dark_os)
    elif osname == "macos":
        before = macos_menubar(rng, clk, loc, browser, dark_os)
    elif osname == "gnome":
        before = gnome_topbar(rng, clk, loc)
    elif osname == "kde":
        after = kde_panel(rng, clk, loc, browser, dark_os or rng.random() < 0.4)
    body = f'<div style="display:flex;flex-direction:{direction};width:{W}px;height:{H}px">{before}{desk}{after}</div>'
    return W, H, dsf, _doc(W, H, font, body), clk


# ============================================================================= phones
PHONE_SIZES = [((360, 780), 10), ((360, 800), 12), ((384, 854), 5), ((390, 844), 14), ((393, 852), 12), ((393, 873), 6),
               ((412, 915), 12), ((412, 892), 5), ((414, 896), 5), ((428, 926), 4), ((430, 932), 8), ((375, 812), 5), ((402, 874), 3)]


def _signal(fg, h=11):
    bars = "".join(f'<span style="width:3px;height:{int(h * k / 4)}px;background:{fg};border-radius:1px"></span>' for k in (1, 2, 3, 4))
    return f'<span class="row" style="gap:1.5px;align-items:flex-end;height:{h}px">{bars}</span>'


def android_status(rng, clk, bg, fg, centre=False, samsung=False):
    h = rng.choice([24, 28, 32, 36])
    notif = "".join(f'<span style="width:12px;height:12px;border-radius:{r};background:{fg};opacity:.85"></span>'
                    for r in rng.sample(["2px", "50%", "3px 3px 0 3px", "1px"], rng.randint(0, 3)))
    pct = rng.randint(12, 100)
    battery = (f'<span style="position:relative;display:inline-block;width:8px;height:14px;border:1.3px solid {fg};border-radius:2px">'
               f'<span style="position:absolute;left:1px;right:1px;bottom:1px;height:{int(10 * pct / 100)}px;background:{fg}"></span></span>')
    right = (f'<span class="row" style="gap:6px">{icon("wifi", 14, fg)}{icon("cell", 13, fg)}'
             f'{f"<span style=font-size:12px>{pct}%</span>" if (samsung or rng.random() < 0.4) else ""}{battery}</span>')
    clock = f'<span class="nw" data-check="clock" style="font-size:{rng.choice([13, 14, 14, 15])}px;font-weight:{rng.choice([400, 500, 600])}">{e(clk.time())}</span>'
    if centre:
        inner = (f'<span class="row" style="gap:6px;flex:1">{notif}</span>{clock}<span class="row" style="flex:1;justify-content:flex-end">{right}</span>')
    else:
        inner = f'{clock}<span class="row" style="gap:6px;margin-left:8px">{notif}</span><span style="margin-left:auto">{right}</span>'
    cam = (f'<span style="position:absolute;left:50%;top:{h // 2 - 5}px;width:10px;height:10px;margin-left:-5px;border-radius:50%;background:#000"></span>'
           if (not centre and rng.random() < 0.6) else "")
    return (f'<div class="row" style="height:{h}px;background:{bg};color:{fg};padding:0 16px 0 20px;flex:none;position:relative">{inner}{cam}</div>')


def ios_status(rng, clk, bg, fg):
    island = rng.random() < 0.6
    h = 54 if island else 47
    pct = rng.randint(12, 100)
    batt = (f'<span style="position:relative;display:inline-block;width:25px;height:12px;border:1.2px solid {fg}99;border-radius:4px">'
            f'<span style="position:absolute;left:1.5px;top:1.5px;bottom:1.5px;width:{int(19 * pct / 100)}px;background:{fg if pct > 20 else "#ff3b30"};border-radius:2px"></span></span>')
    notch = ('<span style="position:absolute;left:50%;top:11px;width:122px;height:35px;margin-left:-61px;border-radius:18px;background:#000"></span>' if island else
             '<span style="position:absolute;left:50%;top:0;width:160px;height:31px;margin-left:-80px;border-radius:0 0 18px 18px;background:#000"></span>')
    clock = f'<span class="nw" data-check="clock" style="font-size:{rng.choice([15, 16, 17])}px;font-weight:600">{e(clk.time())}</span>'
    return (f'<div class="row" style="height:{h}px;background:{bg};color:{fg};flex:none;position:relative;padding-top:{6 if island else 2}px">'
            f'<div class="row" style="width:33%;justify-content:center">{clock}</div>{notch}'
            f'<div class="row" style="margin-left:auto;width:33%;justify-content:center;gap:6px">{_signal(fg)}{icon("wifi", 15, fg)}{batt}</div></div>')


def android_nav(rng, dark, bg=None):
    bg = bg or ("#000" if dark else "#f3f3f3")
    fg = "#e0e0e0" if dark else "#222"
    if rng.random() < 0.65:
        return (f'<div class="row" style="height:{rng.choice([16, 20, 24])}px;background:{bg};justify-content:center;flex:none">'
                f'<span style="width:{rng.choice([100, 120, 130])}px;height:4px;border-radius:2px;background:{fg}"></span></div>')
    return (f'<div class="row" style="height:46px;background:{bg};justify-content:space-around;flex:none;color:{fg};font-size:18px;padding:0 40px">'
            f'<span>◁</span><span style="width:16px;height:16px;border-radius:50%;border:2px solid {fg}"></span>'
            f'<span style="width:15px;height:15px;border:2px solid {fg};border-radius:2px"></span></div>')


def ios_home(dark, bg):
    return (f'<div class="row" style="height:30px;background:{bg};justify-content:center;flex:none">'
            f'<span style="width:134px;height:5px;border-radius:3px;background:{"#fff" if dark else "#000"}"></span></div>')


def _tab_count(fg, n, radius=4, size=20):
    return (f'<span style="width:{size}px;height:{size}px;border:2px solid {fg};border-radius:{radius}px;display:flex;align-items:center;'
            f'justify-content:center;font-size:{11 if n < 10 else 9}px;font-weight:700;color:{fg};flex:none">{n if n < 100 else ":D"}</span>')


def phone_frame(rng, s, when, browser, osname, loc):
    (W, H) = pick(rng, PHONE_SIZES)
    if browser == "ios-safari" and W in (360, 384, 412):
        W, H = pick(rng, [((390, 844), 3), ((393, 852), 3), ((430, 932), 2), ((375, 812), 1), ((402, 874), 1)])
    dsf = pick(rng, [(2.0, 45), (3.0, 55)]) if osname != "ios" else pick(rng, [(2.0, 25), (3.0, 75)])
    dark = rng.random() < (0.7 if s["dark"] else 0.2)
    font = rng.choice(FONTS["ios" if osname == "ios" else "android"])
    clk = Clock(when, loc, "24") if osname != "none" else None
    bg_bar = "#202124" if dark else "#ffffff"
    fg = "#e8eaed" if dark else "#1f1f1f"
    weak = "#9aa0a6" if dark else "#5f6368"
    url = s.get("url") or ""
    status = ""
    top = bottom = ""
    nav = ""
    ntabs = pick(rng, [(1, 10), (2, 15), (3, 15), (4, 10), (5, 8), (rng.randint(6, 30), 25), (rng.randint(31, 120), 10)])
    fs = rng.choice([14, 15, 16])
    if browser == "android-chrome":
        box = "#303134" if dark else rng.choice(["#f1f3f4", "#eef1f4"])
        host = (f'<div data-check="hostbox" class="row" style="flex:1;min-width:0;height:{rng.choice([36, 40, 42])}px;border-radius:22px;background:{box};'
                f'padding:0 14px;gap:10px;overflow:hidden">{icon("tune", 18, fg)}'
                f'<span class="nw" style="overflow:hidden;text-overflow:ellipsis;min-width:0;font-size:{fs}px">{addr_html(url, "host", fg, weak)}</span></div>')
        top = (f'<div class="row" style="height:56px;background:{bg_bar};padding:0 8px 0 12px;gap:12px;flex:none;'
               f'border-bottom:1px solid {"#3c4043" if dark else "#e6e6e6"}">{icon("home", 22, fg) if rng.random() < 0.45 else ""}{host}'
               f'{_tab_count(fg, ntabs)}{icon("dots_v", 22, fg)}</div>')
        if rng.random() < 0.15:  # toolbar hidden after scrolling: no address bar
            top = ""
    elif browser == "samsung":
        box = "#2e2e2e" if dark else "#f1f1f1"
        host = (f'<div data-check="hostbox" class="row" style="flex:1;min-width:0;height:40px;border-radius:{rng.choice([10, 20])}px;background:{box};'
                f'padding:0 12px;gap:8px;overflow:hidden">{icon("lock", 15, weak)}'
                f'<span class="nw" style="overflow:hidden;text-overflow:ellipsis;min-width:0;font-size:{fs}px;flex:1">{addr_html(url, "host", fg, weak)}</span>'
                f'{icon("reload", 18, fg)}</div>')
        top = f'<div class="row" style="height:58px;background:{bg_bar};padding:0 10px;flex:none">{host}</div>'
        bottom = (f'<div class="row" style="height:52px;background:{bg_bar};justify-content:space-around;flex:none;border-top:1px solid {"#333" if dark else "#e2e2e2"}">'
                  f'{icon("chev_l", 26, fg)}{icon("chev_r", 26, weak)}{icon("home", 24, fg)}{icon("star", 22, fg)}{_tab_count(fg, ntabs, 5)}{icon("menu", 22, fg)}</div>')
    elif browser == "firefox-android":
        box = "#42414d" if dark else "#f0f0f4"
        bg_bar = "#2b2a33" if dark else "#f9f9fb"
        fg = "#fbfbfe" if dark else "#15141a"
        host = (f'<div data-check="hostbox" class="row" style="flex:1;min-width:0;height:40px;border-radius:8px;background:{box};'
                f'padding:0 12px;gap:8px;overflow:hidden">{icon("lock", 15, weak)}'
                f'<span class="nw" style="overflow:hidden;text-overflow:ellipsis;min-width:0;font-size:{fs}px">'
                f'{addr_html(url, "host" if rng.random() < 0.75 else "hostpath", fg, weak)}</span></div>')
        bar = (f'<div class="row" style="height:56px;background:{bg_bar};padding:0 10px 0 8px;gap:12px;flex:none">{icon("home", 22, fg) if rng.random() < 0.3 else ""}'
               f'{host}{_tab_count(fg, ntabs, 4)}{icon("dots_v", 22, fg)}</div>')
        if rng.random() < 0.45:
            bottom = bar
        else:
            top = bar
    elif browser == "ios-safari":
        bg_bar = "#1c1c1e" if dark else "#f5f5f7"
        box = "#3a3a3c" if dark else "#ffffff"
        fg = "#ffffff" if dark else "#000000"
        blue = "#0a84ff" if dark else "#007aff"
        if rng.random() < 0.2:  # minimised bar after scrolling: just the host, tiny, centred
            bottom = (f'<div data-check="hostbox" class="row" style="height:26px;background:{bg_bar};justify-content:center;flex:none;padding:0 40px;overflow:hidden">'
                      f'<span class="nw" style="overflow:hidden;text-overflow:ellipsis;min-width:0;font-size:12px">{addr_html(url, "host", fg, fg, strip_www=True)}</span></div>')
        else:
            small = rng.choice([13, 14, 15])
            bottom = (f'<div style="background:{bg_bar};flex:none;padding:6px 14px 0;border-top:1px solid {"#333" if dark else "#d9d9de"}">'
                      f'<div data-check="hostbox" class="row" style="height:44px;border-radius:12px;background:{box};padding:0 12px;gap:8px;'
                      f'box-shadow:0 1px 4px rgba(0,0,0,.12);overflow:hidden">'
                      f'<span style="font-size:{small}px;flex:none"><span style="font-size:{small - 4}px">A</span>A</span>'
                      f'<span class="row nw" style="flex:1;min-width:0;justify-content:center;font-size:{small}px;overflow:hidden">'
                      f'{icon("lock", 11, fg, "margin-right:4px") if rng.random() < 0.4 else ""}'
                      f'<span class="nw" style="overflow:hidden;text-overflow:ellipsis;min-width:0">{addr_html(url, "host", fg, fg, strip_www=True)}</span></span>'
                      f'{icon("reload", 18, fg)}</div>'
                      f'<div class="row" style="height:46px;justify-content:space-around">{icon("chev_l", 28, blue)}{icon("chev_r", 28, "#8e8e93")}'
                      f'{icon("share", 24, blue)}{icon("book", 24, blue)}{icon("tabs", 24, blue)}</div></div>')
    # status and navigation bars
    sb_bg = bg_bar if browser != "none" else rng.choice(["#ffffff", "#000091", "#ffffff", "#000000" if dark else "#f6f6f6"])
    sb_fg = "#ffffff" if sb_bg in ("#202124", "#1c1c1e", "#2b2a33", "#000091", "#000000") else "#111111"
    if browser == "ios-safari":
        sb_bg = "#000000" if dark else "#ffffff"  # page top colour (the DSFR header is white)
        sb_fg = "#ffffff" if dark else "#000000"
    if osname == "android":
        status = android_status(rng, clk, sb_bg, sb_fg, centre=rng.random() < 0.2, samsung=browser == "samsung")
        nav = android_nav(rng, dark, bg_bar if browser in ("samsung", "firefox-android") and bottom else None)
    elif osname == "ios":
        status = ios_status(rng, clk, sb_bg, sb_fg)
        nav = ios_home(dark, bg_bar if browser == "ios-safari" else ("#000" if dark else "#fff"))
    body = f'<div style="display:flex;flex-direction:column;width:{W}px;height:{H}px">{status}{top}{IFRAME}{bottom}{nav}</div>'
    drew_bar = bool(top or bottom)
    return W, H, dsf, _doc(W, H, font, body), clk, drew_bar


# ============================================================================= choosing a frame
DESKTOP_BROWSERS = [("chrome", 40), ("edge", 20), ("firefox", 19), ("safari", 12), ("none", 9)]
PHONE_BROWSERS = [("android-chrome", 40), ("samsung", 15), ("firefox-android", 12), ("ios-safari", 27), ("none", 6)]


def choose_browser(rng, kind):
    return pick(rng, DESKTOP_BROWSERS if kind == "desktop" else PHONE_BROWSERS)


def choose_os(rng, kind, browser):
    if kind == "phone":
        if browser == "ios-safari":
            return pick(rng, [("ios", 93), ("none", 7)])
        if browser == "none":
            return pick(rng, [("android", 55), ("ios", 35), ("none", 10)])
        return pick(rng, [("android", 93), ("none", 7)])
    if browser == "safari":
        return pick(rng, [("macos", 85), ("none", 15)])
    if browser == "none":  # a page shown full screen (F11, kiosk): mostly nothing else on screen
        return pick(rng, [("none", 70), ("win11", 12), ("win10", 10), ("macos", 8)])
    return pick(rng, [("win11", 34), ("win10", 22), ("macos", 12), ("gnome", 8), ("kde", 6), ("none", 18)])


def choose_locale(rng, page_lang):
    if page_lang == "fr":
        return pick(rng, [("fr", 74), ("en-GB", 13), ("en-US", 13)])
    if page_lang == "en":
        return pick(rng, [("fr", 40), ("en-GB", 34), ("en-US", 26)])
    return pick(rng, [("fr", 48), ("en-GB", 28), ("en-US", 24)])


def page_view(rng, page, loc):
    """what the frame needs to know about the page (tab title, favicon, bubble...)."""
    url = page.get("url") or ""
    host = host_of(url) if url else ""
    own = host in ANEF_HOSTS
    tab = page.get("tab") or ""
    if not own and tab in ("", "Étrangers en France", "Foreigners in France"):
        tab = host[4:] if host.startswith("www.") else host
    if own:
        fav = "anef"
    elif "franceconnect" in host:
        fav = "#000091:F"
    else:
        fav = rng.choice(["#0c6b58", "#1f4e9c", "#8a1538", "#e35d0b", "#222", "#107acb", "#5b3cc4", "#2a3f5f"]) + ":" + (host.split(".")[-2][:1].upper() if host.count(".") else "")
    if url and rng.random() < 0.04:  # a page opened over plain http ("Non sécurisé")
        url = "http://" + url.split("://", 1)[1]
    bubble = ""
    if page.get("translated") and rng.random() < 0.6:
        bubble = "translate"
    elif rng.random() < 0.08:
        bubble = "download"
    elif lg(loc) == "en" and page.get("lang") == "fr" and rng.random() < 0.12:
        bubble = "translate"
    return dict(url=url, tab_title=tab, favicon=fav, dark=bool(page.get("dark")), translated=bool(page.get("translated")),
                bubble=bubble, bubble_txt=page.get("bubble_txt"), bubble_rtl=page.get("bubble_rtl", False),
                bookmarks=rng.random() < 0.3)


def random_frame(rng, kind, page, when, browser=None, osname=None):
    """one random frame around `page` (a registry entry: url, tab, dark, lang, translated...) at `when` (datetime)."""
    browser = browser or choose_browser(rng, kind)
    if not page.get("url"):
        browser = "none"
    osname = osname or choose_os(rng, kind, browser)
    loc = choose_locale(rng, page.get("lang", "fr"))
    s = page_view(rng, page, loc)
    if browser == "safari" and s["bubble"] == "translate":
        s["bubble"] = ""
    if kind == "desktop":
        W, H, dsf, html, clk = desktop_frame(rng, s, when, browser, osname, loc)
        bar = browser != "none"
    else:
        W, H, dsf, html, clk, bar = phone_frame(rng, s, when, browser, osname, loc)
    if not bar:
        browser = "none"  # no address bar drawn (full-screen page, toolbar scrolled away): labelled as no browser
    site = host_of(page["url"]) if (bar and page.get("url")) else ""
    clock = "none" if clk is None else ("date+time" if clk.has_date else "time")
    return Frame(kind=kind, width=W, height=H, dsf=dsf, html=html, browser=browser, os=osname, clock=clock, site=site,
                 seen_date=when.date().isoformat() if clock == "date+time" else "",
                 seen_time=f"{when.hour:02d}:{when.minute:02d}" if clk else "",
                 notes=dict(loc=loc, clock_text=(clk.one_line() if osname in ("macos", "gnome") else f"{clk.time()} {clk.date()}".strip()) if clk else "",
                            bubble=s["bubble"]))
