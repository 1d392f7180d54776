#!/usr/bin/env python3
"""Screenshots of Debian's real browsers (Chromium, Firefox ESR) on a real X desktop (Xvfb + openbox + a tint2
panel whose clock runs under libfaketime), showing the ANEF page bodies of samples/generator.

Usage (from the repository root, as root, after `bash samples/realbrowser/setup.sh`):
    .venv/bin/python samples/realbrowser/make_real.py            # writes samples/real/images/r*.png + labels.csv
    .venv/bin/python samples/realbrowser/make_real.py --only 3,7 # debug: redo these captures (labels untouched)
    .venv/bin/python samples/realbrowser/make_real.py --check    # also OCR the panel clock and compare

How the pages reach the browsers without touching /etc/hosts and without a port in the address bar:
- a loopback HTTP server (127.0.0.1:80) answers by Host header + path, and serves the DSFR files under /dsfr/;
- Chromium: --host-resolver-rules "MAP <host> 127.0.0.1:80" for every site host;
- Firefox: network.dns.localDomains (those hosts resolve to 127.0.0.1) in a fresh profile's user.js.
Network-error pages: Chromium maps the ANEF host to the closed port 127.0.0.1:9; for Firefox the server is
stopped while it loads the page (nothing listens on port 80).  The panel clock is frozen at the chosen minute
(faketime -f '<date time>', monotonic clock left real so tint2's timers still run).
Deterministic plan (fixed seed); the captures themselves are real renderings and differ slightly run to run.
"""
import argparse
import contextlib
import csv
import datetime as dt
import http.server
import locale
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent
GEN = SAMPLES / "generator"
OUT = SAMPLES / "real"
sys.path.insert(0, str(GEN))

import anef_html as H  # noqa: E402
import make_screens as M  # noqa: E402
from screens_content import build_more_samples, build_persian_samples, build_samples  # noqa: E402

SEED = "realbrowser-20261201"
PORT = 80
CLOSED_PORT = 9  # discard: nothing listens there -> connection refused
SIZES = [(1366, 768), (1920, 1080), (1280, 1024), (1600, 900)]
FIRST_DAY, LAST_DAY = dt.date(2024, 3, 1), dt.date(2026, 11, 30)
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--no-default-browser-check", "--password-store=basic",
                  "--test-type",  # no "unsupported command-line flag: --no-sandbox" infobar
                  "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter",
                  "--start-maximized"]

# tint2 clock: (name, time1_format, time2_format, LC_TIME, label) -- every date shown carries its year
CLOCKS = [
    ("H:M / d/m/Y", "%H:%M", "%d/%m/%Y", "fr_FR.UTF-8", "date+time"),
    ("a d b Y H:M (fr)", "%a %d %b %Y  %H:%M", "", "fr_FR.UTF-8", "date+time"),
    ("I:M p / m/d/Y (us)", "%I:%M %p", "%m/%d/%Y", "en_US.UTF-8", "date+time"),
    ("H:M", "%H:%M", "", "fr_FR.UTF-8", "time"),
    ("H:M / A d B Y (fr)", "%H:%M", "%A %d %B %Y", "fr_FR.UTF-8", "date+time"),
    ("d/m/Y H:M (gb)", "%d/%m/%Y %H:%M", "", "en_GB.UTF-8", "date+time"),
    ("H:M / a d b Y (gb)", "%H:%M", "%a %d %b %Y", "en_GB.UTF-8", "date+time"),
]
OB_THEMES = ["Clearlooks", "Onyx", "Mikachu", "Natura", "Clearlooks-3.4", "Bear2"]


# ----------------------------------------------------------------------------- page registry
def registry():
    """the generator's sample list, same seeds as make_screens.render_all (index i -> its s{i+1:03d})."""
    s = build_samples(random.Random(M.SEED))
    s += build_more_samples(random.Random(M.SEED_MORE))
    s += build_persian_samples(random.Random(M.SEED_FA))
    return s


def usable(d):
    """ordinary French desktop pages with an address; not the ones that imitate a browser's own error page."""
    return (d["presentation"] == "desktop" and d["frame"] == "desk_chrome" and d["lang"] == "fr"
            and not d["translated"] and d.get("url") and d.get("tab") != d.get("site"))


def http_url(url):
    return "http://" + url.split("://", 1)[1]


def key_of(url):
    u = urlsplit(url)
    return (u.hostname, u.path or "/")


def served_doc(d):
    """the page as served over HTTP: DSFR file:// links -> /dsfr/, <title> = the tab text of the registry."""
    doc = d["doc"]
    for form in {M.DSFR.as_uri(), "file://" + str(M.DSFR)}:
        doc = doc.replace(form, "/dsfr")
    title = f"<title>{H.e(d['tab'])}</title>"
    if "<title>" in doc:
        doc = re.sub(r"<title>.*?</title>", lambda _m: title, doc, count=1, flags=re.S)
    else:
        doc = doc.replace("<head>", "<head>" + title, 1)
    doc = doc.replace("</title>", '</title><link rel="icon" href="/favicon.ico">', 1)
    return doc.encode("utf-8")


# ----------------------------------------------------------------------------- loopback server
class Site:
    def __init__(self):
        self.routes = {}  # (host, path) -> bytes
        self.hits = []  # (host, path) served
        self.lock = threading.Lock()
        self.httpd = None
        self.thread = None

    def handler(self):
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def do_GET(self):
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                path = urlsplit(self.path).path or "/"
                body, ctype = None, "text/html; charset=utf-8"
                if path.startswith("/dsfr/"):
                    f = (M.DSFR / path[len("/dsfr/"):]).resolve()
                    if f.is_file() and M.DSFR.resolve() in f.parents:
                        body, ctype = f.read_bytes(), _ctype(f.suffix)
                elif path == "/favicon.ico" and host in (H.HOST, H.SSO):
                    body, ctype = (M.DSFR / "favicon" / "favicon.ico").read_bytes(), "image/x-icon"
                else:
                    body = site.routes.get((host, path))
                with site.lock:
                    site.hits.append((host, path))
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

        return Handler

    def start(self):
        if self.httpd:
            return
        http.server.ThreadingHTTPServer.allow_reuse_address = True
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), self.handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        if self.httpd:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None


def _ctype(suffix):
    return {".css": "text/css", ".woff2": "font/woff2", ".woff": "font/woff", ".svg": "image/svg+xml",
            ".png": "image/png", ".ico": "image/x-icon", ".js": "text/javascript"}.get(suffix, "application/octet-stream")


# ----------------------------------------------------------------------------- shot plan
def plan():
    rng = random.Random(SEED)
    reg = registry()
    pages = [(i, d) for i, d in enumerate(reg) if usable(d)]
    rng.shuffle(pages)
    others = [(i, d) for i, d in pages if d["site"] not in (H.HOST, H.SSO)]  # other sites: extra tabs
    anef = [(i, d) for i, d in pages if d["site"] in (H.HOST, H.SSO)]
    mains = anef + rng.sample(others, 2)  # every ANEF / SSO page, and two pages of other sites
    rng.shuffle(mains)
    shots = [dict(page=i, browser="chromium" if k % 2 == 0 else "firefox") for k, (i, _) in enumerate(mains)]
    # two ANEF pages once more, in the other browser
    for b in ("chromium", "firefox"):
        first = rng.choice([x for x in shots if x["browser"] == b and reg[x["page"]]["site"] in (H.HOST, H.SSO)])
        shots.insert(rng.randint(1, len(shots)), dict(page=first["page"], browser="firefox" if b == "chromium" else "chromium"))
    # the browsers' own network-error pages for the ANEF host
    anef_urls = [d["url"] for _, d in anef if d["site"] == H.HOST]
    error_sizes = iter(rng.sample(SIZES, 4))
    for b in ("chromium", "firefox", "chromium", "firefox"):
        shots.insert(rng.randint(3, len(shots)), dict(page=None, browser=b, url=rng.choice(anef_urls),
                                                      size=next(error_sizes)))
    n_chr = 0
    for n, s in enumerate(shots):
        size = SIZES[n % len(SIZES)] if n % 5 else rng.choice(SIZES)
        s.setdefault("size", size)
        s["clock"] = CLOCKS[(n * 3 + rng.randint(0, 1)) % len(CLOCKS)]
        s["panel_top"] = rng.random() < 0.18
        s["panel_dark"] = rng.random() < 0.7
        s["font"] = rng.choice([9, 10, 10, 11])
        two_lines = bool(s["clock"][2])
        s["panel_h"] = max(rng.choice([32, 36, 40, 44]), 4 * s["font"] + 2 if two_lines else 0)
        s["taskbar_name"] = rng.random() < 0.4
        s["ob_theme"] = rng.choice(OB_THEMES)
        day = FIRST_DAY + dt.timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))
        s["when"] = dt.datetime.combine(day, dt.time(rng.randint(7, 23), rng.randint(0, 59)))
        if s["browser"] == "chromium":
            anef_page = s["page"] is not None and reg[s["page"]]["site"] in (H.HOST, H.SSO)
            n_chr += anef_page
            s["ui"] = "en-GB" if (anef_page and n_chr % 4 == 2) else "fr"  # some with the English UI
        else:
            s["ui"] = "fr"
        s["extra"] = []
        s["main_last"] = False
        if s["page"] is not None and rng.random() < 0.45:
            d = reg[s["page"]]
            # other pages whose tab title differs from the main one (the window title then tells which tab is shown)
            pool = [j for j, e in pages if key_of(e["url"]) != key_of(d["url"]) and e["tab"] != d["tab"]]
            s["extra"] = rng.sample(sorted(set(pool)), rng.choice([1, 1, 2]))
            s["main_last"] = rng.random() < 0.5
    return reg, shots


# ----------------------------------------------------------------------------- X desktop
class Desktop:
    def __init__(self, tmp, size):
        self.tmp = tmp
        self.procs = []
        r, w = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", f"{size[0]}x{size[1]}x24",
                                 "-nolisten", "tcp", "-noreset"], pass_fds=(w,), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(w)
        self.procs.append(xvfb)
        buf = b""
        while not buf.endswith(b"\n"):
            c = os.read(r, 16)
            if not c:
                raise RuntimeError("Xvfb did not start")
            buf += c
        os.close(r)
        self.display = ":" + buf.decode().strip()
        self.env = dict(os.environ, DISPLAY=self.display)
        self.env.pop("WAYLAND_DISPLAY", None)

    def spawn(self, argv, env=None, log=None):
        fh = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115
        p = subprocess.Popen(argv, env=env or self.env, stdout=fh, stderr=fh, start_new_session=True)
        self.procs.append(p)
        return p

    def stop_proc(self, p):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGTERM)
        try:
            p.wait(5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(p.pid, signal.SIGKILL)
            p.wait(5)

    def close(self):
        for p in reversed(self.procs):
            self.stop_proc(p)
        self.procs = []

    def wait_title(self, text, timeout):
        t0 = time.time()
        while time.time() - t0 < timeout:
            pattern = re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", text)  # xdotool takes a regular expression
            p = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", pattern], env=self.env,
                               capture_output=True, check=False)
            if p.stdout.strip():
                return True
            time.sleep(0.4)
        return False

    def capture(self, path):
        subprocess.run(["import", "-window", "root", f"png:{path}"], env=self.env, check=True)


def openbox_rc(tmp, theme):
    rc = Path("/etc/xdg/openbox/rc.xml").read_text(encoding="utf-8")
    rc = re.sub(r"(<theme>\s*<name>)[^<]*(</name>)", lambda m: m.group(1) + theme + m.group(2), rc, count=1)
    rule = ('<applications><application class="*"><maximized>true</maximized><focus>yes</focus>'
            '</application></applications>')
    rc = re.sub(r"<applications>.*</applications>", lambda _m: rule, rc, count=1, flags=re.S)
    p = tmp / "openbox-rc.xml"
    p.write_text(rc, encoding="utf-8")
    return p


def tint2_rc(tmp, s):
    src = "/usr/share/tint2/horizontal-dark-opaque.tint2rc" if s["panel_dark"] else \
        "/usr/share/tint2/horizontal-light-opaque.tint2rc"
    rc = Path(src).read_text(encoding="utf-8")
    _, t1, t2, _, _ = s["clock"]
    f = s["font"]
    sets = {
        "panel_size": f"100% {s['panel_h']}",
        "panel_position": ("top" if s["panel_top"] else "bottom") + " center horizontal",
        "time1_format": t1, "time2_format": t2,
        "time1_font": f"sans bold {f}" if t2 else f"sans {f}", "time2_font": f"sans {f - 1}",
        "clock_padding": "6 0", "clock_tooltip": "",
        "taskbar_name": "1" if s["taskbar_name"] else "0",
        "task_font": "sans 9", "task_maximum_size": "180 35",
        "rounded": "0" if s["panel_h"] > 38 else "3",
    }
    out = []
    for line in rc.splitlines():
        k = line.split("=", 1)[0].strip()
        if k in sets:
            line = f"{k} = {sets[k]}"
        elif k == "launcher_item_app":
            continue
        out.append(line)
    out.append("launcher_item_app = firefox-esr.desktop\nlauncher_item_app = chromium.desktop")
    p = tmp / "tint2rc"
    p.write_text("\n".join(out) + "\n", encoding="utf-8")
    return p


def firefox_profile(tmp, hosts):
    prof = tmp / "ff-profile"
    prof.mkdir()
    prefs = {
        "intl.locale.requested": "fr", "intl.accept_languages": "fr-FR, fr, en-US, en",
        "browser.aboutwelcome.enabled": False, "browser.startup.homepage_override.mstone": "ignore",
        "startup.homepage_welcome_url": "", "startup.homepage_welcome_url.additional": "",
        "startup.homepage_override_url": "", "browser.startup.page": 0,
        "datareporting.policy.dataSubmissionEnabled": False, "datareporting.policy.firstRunURL": "",
        "datareporting.healthreport.uploadEnabled": False, "toolkit.telemetry.enabled": False,
        "toolkit.telemetry.unified": False, "toolkit.telemetry.archive.enabled": False,
        "app.update.auto": False, "app.update.enabled": False, "app.normandy.enabled": False,
        "app.shield.optoutstudies.enabled": False, "browser.discovery.enabled": False,
        "browser.shell.checkDefaultBrowser": False, "browser.sessionstore.resume_from_crash": False,
        "browser.uitour.enabled": False, "extensions.pocket.enabled": False,
        "browser.newtabpage.activity-stream.feeds.topsites": False,
        "browser.newtabpage.activity-stream.feeds.section.topstories": False,
        "browser.safebrowsing.malware.enabled": False, "browser.safebrowsing.phishing.enabled": False,
        "browser.safebrowsing.downloads.enabled": False, "network.captive-portal-service.enabled": False,
        "network.connectivity-service.enabled": False, "extensions.update.enabled": False,
        "extensions.getAddons.cache.enabled": False, "browser.search.update": False,
        "network.dns.localDomains": ",".join(sorted(hosts)), "network.dns.disableIPv6": True,
        "network.proxy.type": 0, "dom.security.https_first": False, "dom.security.https_only_mode": False,
        "dom.security.https_first_schemeless": False,
        "browser.translations.automaticallyPopup": False, "signon.rememberSignons": False,
    }

    def js(v):
        return ("true" if v else "false") if isinstance(v, bool) else (str(v) if isinstance(v, int) else f'"{v}"')

    (prof / "user.js").write_text("".join(f'user_pref("{k}", {js(v)});\n' for k, v in prefs.items()),
                                  encoding="utf-8")
    return prof


# ----------------------------------------------------------------------------- one capture
def shoot(s, reg, site, hosts, tmp, png_path):
    tmp.mkdir(parents=True)
    desk = Desktop(tmp, s["size"])
    try:
        desk.spawn(["openbox", "--config-file", str(openbox_rc(tmp, s["ob_theme"]))], log=tmp / "openbox.log")
        time.sleep(0.8)
        name, _, _, lc_time, _ = s["clock"]
        stamp = s["when"].strftime("%Y-%m-%d %H:%M:00")
        tenv = dict(desk.env, LC_TIME=lc_time, LANG="fr_FR.UTF-8", TZ="Europe/Paris", DONT_FAKE_MONOTONIC="1")
        desk.spawn(["faketime", "-f", stamp, "tint2", "-c", str(tint2_rc(tmp, s))], env=tenv, log=tmp / "tint2.log")
        time.sleep(1.0)
        error = s["page"] is None
        if error:
            urls = [http_url(s["url"])]
        else:
            d = reg[s["page"]]
            urls = [http_url(d["url"])] + [http_url(reg[j]["url"]) for j in s["extra"]]
            if s["main_last"]:
                urls = urls[1:] + urls[:1]
            site.routes = {key_of(reg[j]["url"]): served_doc(reg[j]) for j in [s["page"], *s["extra"]]}
        with site.lock:
            site.hits.clear()
        ui = s["ui"]
        benv = dict(desk.env, LANGUAGE=ui.replace("-", "_") if ui != "fr" else "fr",
                    LANG="en_GB.UTF-8" if ui == "en-GB" else "fr_FR.UTF-8", TZ="Europe/Paris")
        if s["browser"] == "chromium":
            if error:
                rules = f"MAP {H.HOST} 127.0.0.1:{CLOSED_PORT}"
            else:
                rules = ", ".join(f"MAP {h} 127.0.0.1:{PORT}" for h in sorted(hosts))
            argv = ["chromium", *CHROMIUM_FLAGS, f"--lang={ui}", f"--user-data-dir={tmp / 'chromium-profile'}",
                    f"--host-resolver-rules={rules}", f"--window-size={s['size'][0]},{s['size'][1]}", *urls]
        else:
            prof = firefox_profile(tmp, hosts)
            argv = ["firefox-esr", "--no-remote", "--profile", str(prof), *urls]
            if error:
                site.stop()  # nothing on 127.0.0.1:80 -> "La connexion a échoué"
        desk.spawn(argv, env=benv, log=tmp / "browser.log")
        if error:  # wait for the browser's own error page (window title), then let it paint
            title = "Erreur de chargement" if s["browser"] == "firefox" else H.HOST
            if not desk.wait_title(title, 40):
                print(f"  warning: no window titled {title!r}", flush=True)
            time.sleep(2.5)
        else:
            want = {key_of(u) for u in urls}
            t0 = time.time()
            while time.time() - t0 < 45:
                with site.lock:
                    got = set(site.hits)
                needs_css = any(b"/dsfr/" in site.routes[k] for k in want)
                if want <= got and (not needs_css or any(p.startswith("/dsfr/") for _, p in got)):
                    break
                time.sleep(0.3)
            else:
                print(f"  warning: not all pages requested ({sorted(want - got)})", flush=True)
            first = reg[s["extra"][0]] if s["main_last"] else reg[s["page"]]
            if not desk.wait_title(first["tab"], 20):  # the active tab's page has its title: it is parsed
                print(f"  warning: no window titled {first['tab']!r}", flush=True)
            time.sleep(3.0)  # styles, fonts, icons, first paint
        if s["main_last"]:  # show the last tab (Chromium: Ctrl+9; Firefox on Linux: Alt+9)
            key = "ctrl+9" if s["browser"] == "chromium" else "alt+9"
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=desk.env, check=False)
            time.sleep(1.2)
        if not error and not desk.wait_title(reg[s["page"]]["tab"], 10):
            raise RuntimeError(f"the labelled page is not the tab shown ({reg[s['page']]['tab']!r})")
        raw = tmp / "raw.png"
        desk.capture(raw)
        M.save_png(Image.open(raw), png_path)
    finally:
        desk.close()
        if s["browser"] == "firefox" and s["page"] is None:
            site.start()


def expected_clock(s):
    """what the panel shows (strftime in the panel's LC_TIME)."""
    _, t1, t2, lc, _ = s["clock"]
    old = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, lc)
        return [s["when"].strftime(t) for t in (t1, t2) if t]
    finally:
        locale.setlocale(locale.LC_TIME, old)


def ocr_clock(png, s):
    """OCR the clock end of the panel (tesseract), for --check."""
    im = Image.open(png).convert("L")
    W, Hh = im.size
    ph = s["panel_h"]
    box = (W - 340, 0, W, ph) if s["panel_top"] else (W - 340, Hh - ph, W, Hh)
    crop = im.crop(box).resize((340 * 4, ph * 4), Image.LANCZOS)
    if s["panel_dark"]:
        from PIL import ImageOps
        crop = ImageOps.invert(crop)
    p = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "6", "-l", "fra+eng"], input=_png_bytes(crop),
                       capture_output=True, check=False)
    return " ".join(p.stdout.decode("utf-8", "replace").split())


def _png_bytes(im):
    import io
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


# ----------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--only", help="comma-separated capture numbers to redo (labels.csv untouched)")
    ap.add_argument("--check", action="store_true", help="OCR the panel clock of each capture and compare")
    ap.add_argument("--list", action="store_true", help="print the plan and exit")
    a = ap.parse_args()
    only = {int(x) for x in a.only.split(",")} if a.only else None
    for tool in ("Xvfb", "openbox", "tint2", "faketime", "chromium", "firefox-esr", "import", "xdotool"):
        if not shutil.which(tool):
            sys.exit(f"missing {tool}: run  bash samples/realbrowser/setup.sh")
    if not (M.DSFR / "dsfr.min.css").exists():
        sys.exit("missing DSFR: run  cd samples/generator && npm ci --no-audit --no-fund")
    reg, shots = plan()
    hosts = {urlsplit(d["url"]).hostname for d in reg if usable(d)}
    rows = []
    for n, s in enumerate(shots, 1):
        d = reg[s["page"]] if s["page"] is not None else None
        situation = d["situation"] if d else "blocked_page"
        step = d.get("step", "") if d else ""
        host = d["site"] if d else H.HOST
        kind = s["clock"][4]
        rows.append(dict(file=f"images/r{n:03d}.png", situation=situation, step=step, site=host,
                         seen_date=s["when"].date().isoformat() if kind == "date+time" else "",
                         seen_time=s["when"].strftime("%H:%M"), presentation="desktop", lang="fr",
                         browser=s["browser"], os="tint2", clock=kind))
        src = f"s{s['page'] + 1:03d}" if d else "error-page"
        s["desc"] = (f"r{n:03d} {s['browser']:8s} {s['ui']:5s} {s['size'][0]}x{s['size'][1]} {situation:16s} "
                     f"{step:18s} {src:10s} clock[{s['clock'][0]}] {s['when']:%Y-%m-%d %H:%M} "
                     f"{'top' if s['panel_top'] else 'bottom'} tabs+{len(s['extra'])}{' last' if s['main_last'] else ''}")
    if a.list:
        for s in shots:
            print(s["desc"])
        return
    img_dir = OUT / "images"
    if img_dir.exists() and not only:
        shutil.rmtree(img_dir)
    img_dir.mkdir(parents=True, exist_ok=True)
    site = Site()
    site.start()
    work = Path(tempfile.mkdtemp(prefix="realbrowser_"))
    bad = 0
    try:
        for n, s in enumerate(shots, 1):
            if only and n not in only:
                continue
            print(s["desc"], flush=True)
            png = img_dir / f"r{n:03d}.png"
            shoot(s, reg, site, hosts, work / f"r{n:03d}", png)
            if a.check:
                txt = ocr_clock(png, s)
                exp = expected_clock(s)
                ok = all(e.replace(" ", "") in txt.replace(" ", "") for e in exp)
                bad += not ok
                print(f"  clock {'ok ' if ok else 'DIFF'} expected {exp} read {txt!r}", flush=True)
    finally:
        site.stop()
        shutil.rmtree(work, ignore_errors=True)
    if not only:
        with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        print(f"{len(rows)} captures written to {OUT}")
    if a.check:
        print(f"clock check: {bad} differences")


if __name__ == "__main__":
    main()
