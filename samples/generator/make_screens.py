#!/usr/bin/env python3
"""Generate the labelled screenshot samples (samples/images/*, samples/labels.csv).

Usage (from the repository root):  .venv/bin/python samples/generator/make_screens.py
Held-out set (samples/holdout/images/*, samples/holdout/labels.csv; list in holdout_content.py, own seed; the main
set is left untouched):  .venv/bin/python samples/generator/make_screens.py --holdout
Needs: `cd samples/generator && npm install` (DSFR CSS + Marianne fonts), Pillow, Playwright (python),
Debian's /usr/bin/chromium.  Deterministic: fixed seed, fixed sample list.
"""
import contextlib
import csv
import io
import math
import random
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

GEN = Path(__file__).resolve().parent
SAMPLES = GEN.parent
sys.path.insert(0, str(GEN))

import anef_html as H  # noqa: E402
from screens_content import build_more_samples, build_persian_samples, build_samples  # noqa: E402

DSFR = GEN / "node_modules" / "@gouvfr" / "dsfr" / "dist"
SEED = 20261126
SEED_MORE = f"{SEED}-more"  # samples added later: own draws, numbered after the first set (which stays byte-identical)
SEED_FA = f"{SEED}-fa"  # Persian browser translations added after those: own list, own draws, numbered last
SEED_HOLDOUT = f"{SEED}-holdout"  # held-out set (--holdout): own list, own draws, own directory
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run",
                 "--allow-file-access-from-files"]  # lets the DSFR icon masks (svg files) load over file://

CHROME_FONT = "'DejaVu Sans','Liberation Sans',sans-serif"


# ----------------------------------------------------------------------------- html documents
def dsfr_doc(body, dark=False, lang="fr", title="Étrangers en France", rtl=False, css_extra=""):
    """rtl: page machine-translated by the browser into a right-to-left language (the translator marks
    <html> with dir="rtl" and a translated-rtl class); css_extra: extra style rules (e.g. fallback fonts)."""
    if not (DSFR / "dsfr.min.css").exists():
        # Chromium would draw the page unstyled without a word: a set unlike every other.
        raise SystemExit(f"DSFR styles missing in {DSFR}: run `cd samples/generator && npm ci` first")
    theme = "dark" if dark else "light"
    css = (DSFR / "dsfr.min.css").as_uri()
    util = (DSFR / "utility" / "utility.min.css").as_uri()
    attrs = ' dir="rtl" class="translated-rtl"' if rtl else ""
    return (f'<!doctype html><html lang="{lang}"{attrs} data-fr-theme="{theme}" data-fr-scheme="{theme}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="{css}">'
            f'<link rel="stylesheet" href="{util}"><title>{title}</title>'
            f'<style>body{{background:var(--background-default-grey)}} .fr-hr-or{{margin:1.5rem 0}}{css_extra}</style></head><body>{body}</body></html>')


def plain_doc(body, css=""):
    return (f'<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<style>{H.PLAIN_CSS}{css}</style></head><body>{body}</body></html>')


def _url_html(url, dark):
    """address-bar text: scheme grey, host strong, rest grey."""
    scheme, rest = ("", url)
    if "://" in url:
        scheme, rest = url.split("://", 1)
        scheme += "://"
    host, _, path = rest.partition("/")
    path = ("/" + path) if (path or rest.endswith("/")) else ""
    strong = "#e8eaed" if dark else "#202124"
    weak = "#9aa0a6" if dark else "#5f6368"
    return (f'<span style="color:{weak}">{H.e(scheme)}</span><span style="color:{strong}">{H.e(host)}</span>'
            f'<span style="color:{weak}">{H.e(path)}</span>')


def desktop_chrome(inner_uri, s, W, Hh):
    dark = s["dark"]
    bg_tabs, bg_bar, bg_box, fg = (("#202124", "#35363a", "#202124", "#e8eaed") if dark else
                                   ("#dee1e6", "#ffffff", "#f1f3f4", "#202124"))
    top = ""
    chrome_h = 0
    if s.get("url"):
        tr_icon = ""
        bubble = ""
        if s.get("translated"):
            tr_icon = ('<span style="margin-left:auto;border:1px solid #8ab4f8;color:#1a73e8;border-radius:4px;'
                       'padding:0 5px;font-size:12px;font-weight:700">G文</span>')
            if s.get("bubble"):
                said, src, dst = s.get("bubble_txt", ("This page has been translated", "French", "English"))
                rtl = s.get("bubble_rtl", False)  # browser UI in a right-to-left language
                b_font = ";font-family:'Noto Sans Arabic','DejaVu Sans',sans-serif" if rtl else ""
                b_attr = f' dir="rtl" lang="{s["lang"]}"' if rtl else ""
                bubble = ('<div style="position:absolute;right:60px;top:76px;z-index:5;background:#fff;border-radius:8px;'
                          f'box-shadow:0 2px 8px rgba(0,0,0,.35);padding:12px 16px;font-size:13px;color:#202124;width:260px{b_font}"{b_attr}>'
                          f'<div style="margin-bottom:8px">{said}</div>'
                          f'<span style="color:#5f6368;margin-{"left" if rtl else "right"}:16px">{src}</span>'
                          f'<span style="color:#1a73e8;border-bottom:2px solid #1a73e8;font-weight:700">{dst}</span></div>')
        tab = H.e(s.get("tab", "Étrangers en France"))
        top = f'''<div style="height:36px;background:{bg_tabs};display:flex;align-items:flex-end;padding-left:10px">
<div style="height:30px;width:240px;background:{bg_bar};border-radius:8px 8px 0 0;color:{fg};font-size:12px;padding:8px 12px;white-space:nowrap;overflow:hidden">{tab}</div>
<div style="height:30px;width:190px;color:{'#9aa0a6' if dark else '#5f6368'};font-size:12px;padding:8px 12px;white-space:nowrap;overflow:hidden">{H.e(s.get("tab2", "Nouvel onglet" if s["lang"] == "fr" else "New Tab"))}</div>
<div style="margin-left:auto;color:{fg};font-size:16px;padding:6px 14px">—&nbsp;&nbsp;☐&nbsp;&nbsp;✕</div></div>
<div style="height:42px;background:{bg_bar};display:flex;align-items:center;gap:14px;padding:0 12px;border-bottom:1px solid {'#3c4043' if dark else '#dadce0'};position:relative">
<span style="color:{fg};font-size:17px">←&nbsp; →&nbsp; ⟳</span>
<div style="flex:1;height:30px;border-radius:15px;background:{bg_box};display:flex;align-items:center;padding:0 14px;font-size:14px;white-space:nowrap;overflow:hidden">
<span style="color:{fg};margin-right:10px;font-size:12px">🔒︎</span>{_url_html(s["url"], dark)}{tr_icon}</div>
<span style="color:{fg};font-size:16px">☆&nbsp;&nbsp;⋮</span>{bubble}</div>'''
        chrome_h = 78
    task = ""
    task_h = 0
    if s.get("time"):
        tb_bg = "#1c1c1c" if (dark or s.get("dark_taskbar", True)) else "#e9eef4"
        tb_fg = "#ffffff" if tb_bg == "#1c1c1c" else "#111"
        icons = "".join(f'<span style="display:inline-block;width:22px;height:22px;border-radius:4px;background:{c};margin:0 9px"></span>'
                        for c in ["#2b7de9", "#f2b01e", "#3aa757", "#d9432f", "#8c6bd6"])
        lang_ind = "FRA" if s["lang"] == "fr" else s.get("kbd", "FRA")
        d = s["date"]
        dtxt = f"{d[8:10]}/{d[5:7]}/{d[0:4]}"
        task = f'''<div style="height:48px;background:{tb_bg};display:flex;align-items:center;padding:0 10px;font-family:{CHROME_FONT};color:{tb_fg}">
<span style="display:inline-block;width:24px;height:24px;border-radius:50%;border:3px solid #6fb3ff;margin:0 14px 0 6px"></span>
<span style="background:{'#2d2d2d' if tb_bg == '#1c1c1c' else '#fff'};color:#999;border-radius:14px;padding:6px 60px 6px 14px;font-size:13px">{'Rechercher' if s['lang'] == 'fr' else 'Search'}</span>
<span style="margin-left:18px">{icons}</span>
<span style="margin-left:auto;font-size:12px;margin-right:14px">{lang_ind}</span>
<span style="font-size:13px;margin-right:14px">⌔&nbsp; 🔊︎</span>
<div style="text-align:center;font-size:14px;line-height:19px;margin-right:8px">{s["time"]}<br>{dtxt}</div></div>'''
        task_h = 48
    ih = Hh - chrome_h - task_h
    return (f'<!doctype html><html><head><meta charset="utf-8"><style>*{{box-sizing:border-box}} body{{margin:0;overflow:hidden;font-family:{CHROME_FONT};'
            f'background:{bg_tabs}}} iframe{{display:block;border:0;width:{W}px;height:{ih}px;background:#fff}}</style></head>'
            f'<body>{top}<iframe src="{inner_uri}"></iframe>{task}</body></html>')


def phone_chrome(inner_uri, s, W, Hh):
    dark = s["dark"]
    sb_bg = s.get("sb_bg") or ("#000" if dark else "#fff")
    sb_fg = "#fff" if sb_bg in ("#000", "#161616") else "#111"
    bars = "".join(f'<span style="display:inline-block;width:3px;height:{h}px;background:{sb_fg};margin-left:2px"></span>' for h in (4, 6, 8, 10))
    battery = (f'<span style="display:inline-block;width:22px;height:11px;border:1.5px solid {sb_fg};border-radius:3px;margin-left:8px;'
               f'position:relative;vertical-align:-1px"><span style="position:absolute;left:1px;top:1px;bottom:1px;width:{s.get("batt", 70) // 5}px;background:{sb_fg}"></span></span>')
    status = (f'<div style="height:34px;background:{sb_bg};color:{sb_fg};display:flex;align-items:center;padding:0 18px;font-weight:700;font-size:15px">'
              f'<span>{s["time"]}</span><span style="margin-left:auto;font-size:12px">{bars}&nbsp;&nbsp;4G{battery}</span></div>') if s.get("time") else ""
    urlbar = ""
    if s.get("url"):
        host = s["url"].split("://", 1)[-1].split("/", 1)[0]
        ub_bg = "#202124" if dark else "#fff"
        box = "#303134" if dark else "#f1f3f4"
        fg = "#e8eaed" if dark else "#202124"
        urlbar = (f'<div style="height:50px;background:{ub_bg};display:flex;align-items:center;padding:0 8px;gap:8px;border-bottom:1px solid {"#3c4043" if dark else "#ddd"}">'
                  f'<div style="flex:1;height:36px;border-radius:18px;background:{box};display:flex;align-items:center;padding:0 10px;'
                  f'font-family:\'DejaVu Sans Condensed\',sans-serif;font-stretch:condensed;font-size:11px;color:{fg};white-space:nowrap;overflow:hidden">'
                  f'<span style="font-size:10px;margin-right:5px">🔒︎</span>{H.e(host)}</div>'
                                    f'<span style="color:{fg};font-size:16px">⋮</span></div>')
    nav = (f'<div style="height:24px;background:{"#000" if dark else "#f7f7f7"};display:flex;justify-content:center;align-items:center">'
           f'<span style="width:120px;height:4px;border-radius:2px;background:{"#ddd" if dark else "#222"}"></span></div>')
    used = (34 if status else 0) + (50 if urlbar else 0) + 24
    return (f'<!doctype html><html><head><meta charset="utf-8"><style>body{{margin:0;overflow:hidden;font-family:{CHROME_FONT}}}'
            f'iframe{{display:block;border:0;width:{W}px;height:{Hh - used}px;background:#fff}}</style></head>'
            f'<body>{status}{urlbar}<iframe src="{inner_uri}"></iframe>{nav}</body></html>')


# ----------------------------------------------------------------------------- image effects
def _coeffs(dst, src):
    """perspective coefficients mapping output points dst -> input points src."""
    import numpy as np
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo_effect(img, rng, phone=False):
    import numpy as np
    img = img.convert("RGB")
    bez = max(10, int(img.width * (0.05 if phone else 0.018)))
    img = ImageOps.expand(img, border=bez, fill=(12, 12, 14))
    if not phone:  # monitor: a little extra chin
        img = ImageOps.expand(img, border=(0, 0, 0, bez * 2), fill=(28, 28, 30))
    if phone:
        outW = rng.randint(1600, 1900)
        target_h = rng.uniform(0.80, 0.88)
        outH = int(outW * rng.uniform(1.30, 1.40))
        sc = outH * target_h / img.height
    else:
        outW = rng.randint(2000, 2700)
        sc = outW * rng.uniform(0.80, 0.88) / img.width
        outH = int(img.height * sc / rng.uniform(0.80, 0.87))
    img = img.resize((int(img.width * sc), int(img.height * sc)), Image.LANCZOS)
    w, h = img.size
    # background: dark desk / wall, smooth gradient in a random direction (float maths: no banding)
    base = np.array(rng.choice([(48, 42, 38), (35, 38, 45), (60, 55, 50), (28, 30, 28), (70, 62, 52)]), float)
    yy, xx = np.mgrid[0:outH, 0:outW].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = (xx * math.cos(ang) + yy * math.sin(ang))
    g = (g - g.min()) / (g.max() - g.min())
    bg = Image.fromarray(np.clip(base[None, None, :] + 40 * g[..., None], 0, 255).astype(np.uint8))
    base = tuple(int(c) for c in base)
    # destination quad
    cx, cy = outW / 2 + rng.uniform(-0.03, 0.03) * outW, outH / 2 + rng.uniform(-0.03, 0.03) * outH
    def j() -> float:
        return rng.uniform(-0.035, 0.035)

    kx = rng.uniform(-0.04, 0.04)  # keystone
    dst = [(cx - w / 2 + (j() + kx) * w, cy - h / 2 + j() * h), (cx + w / 2 + (j() - kx) * w, cy - h / 2 + j() * h),
           (cx + w / 2 + j() * w, cy + h / 2 + j() * h), (cx - w / 2 + j() * w, cy + h / 2 + j() * h)]
    rot = math.radians(rng.uniform(-4, 4))  # slight rotation of the whole screen
    dst = [(cx + (x - cx) * math.cos(rot) - (y - cy) * math.sin(rot), cy + (x - cx) * math.sin(rot) + (y - cy) * math.cos(rot))
           for x, y in dst]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    co = _coeffs(dst, src)
    warped = img.transform((outW, outH), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", (w, h), 255).transform((outW, outH), Image.PERSPECTIVE, co, Image.BILINEAR)
    bg.paste(warped, (0, 0), mask)
    out = bg
    # lighting: brightness, contrast, colour cast, soft glare
    out = ImageEnhance.Brightness(out).enhance(rng.uniform(0.78, 1.0))
    out = ImageEnhance.Contrast(out).enhance(rng.uniform(0.85, 0.97))
    cast = rng.choice([(1.06, 1.0, 0.88), (0.92, 0.98, 1.08), (1.0, 1.03, 0.95), (1.04, 0.98, 0.96)])
    r, g, b = out.split()
    out = Image.merge("RGB", [ch.point(lambda v, f=f: min(255, int(v * f))) for ch, f in zip((r, g, b), cast, strict=True)])
    # soft glare spot + sensor noise, in float
    arr = np.asarray(out).astype(np.float32)
    gx, gy, gs = rng.uniform(0.2, 0.8) * outW, rng.uniform(0.1, 0.6) * outH, rng.uniform(0.25, 0.45) * outW
    glare = np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * gs * gs)) * rng.uniform(0.10, 0.22)
    arr = arr + (255 - arr) * glare[..., None]
    nrng = np.random.default_rng(rng.randint(0, 2 ** 31))
    arr = arr + nrng.normal(0, rng.uniform(3, 6), arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
    return out


def irrelevant_picture(rng, W=2000, Hh=1500):
    """a photo-like picture without any text (landscape)."""
    import numpy as np
    img = Image.new("RGB", (W, Hh))
    d = ImageDraw.Draw(img)
    top, bot = (110, 160, 215), (225, 200, 170)
    for y in range(Hh):
        t = y / Hh
        d.line([(0, y), (W, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bot, strict=True)))
    d.ellipse([W * 0.68, Hh * 0.18, W * 0.78, Hh * 0.18 + W * 0.1], fill=(255, 236, 190))
    for k, col in enumerate([(92, 110, 80), (70, 92, 62), (48, 70, 45)]):
        pts = [(0, Hh)]
        base = Hh * (0.55 + 0.12 * k)
        for x in range(0, W + 50, 50):
            pts.append((x, base + 60 * math.sin(x / (180 + 70 * k) + k * 2) + rng.uniform(-12, 12)))
        pts.append((W, Hh))
        d.polygon(pts, fill=col)
    for _ in range(14):  # trees
        x = rng.uniform(0, W)
        y = rng.uniform(Hh * 0.78, Hh * 0.95)
        s = rng.uniform(40, 90)
        d.polygon([(x, y - s * 2.2), (x - s * 0.6, y), (x + s * 0.6, y)], fill=(30, 55, 34))
    arr = np.asarray(img).astype(np.int16)
    nrng = np.random.default_rng(rng.randint(0, 2 ** 31))
    arr = arr + nrng.normal(0, 5, arr.shape).astype(np.int16)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))


def save_png(img, path):
    img = img.convert("RGB")
    img.save(path, optimize=True)
    if path.stat().st_size > 420_000:  # keep the set small: palette PNG, no dithering (text stays crisp)
        img.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)


# ----------------------------------------------------------------------------- rendering
def render_all(holdout=False, only=None):
    """holdout: render only the held-out set (h001…, into samples/holdout/); only: debug, re-render these numbers."""
    from playwright.sync_api import sync_playwright

    if holdout:
        from holdout_content import build_holdout_samples
        samples = build_holdout_samples(random.Random(SEED_HOLDOUT))
        out_dir, prefix, seed = SAMPLES / "holdout", "h", SEED_HOLDOUT
    else:
        rng = random.Random(SEED)
        samples = build_samples(rng)
        samples += build_more_samples(random.Random(SEED_MORE))
        samples += build_persian_samples(random.Random(SEED_FA))
        out_dir, prefix, seed = SAMPLES, "s", SEED
    img_dir = out_dir / "images"
    if img_dir.exists() and not only:
        shutil.rmtree(img_dir)
    img_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="anef_screens_"))
    rows = []
    with sync_playwright() as p:
        browsers = {}

        def browser_for(lang):  # UI language of the browser (file-input button text etc.)
            if lang not in browsers:
                browsers[lang] = p.chromium.launch(executable_path="/usr/bin/chromium",
                                                   args=CHROMIUM_ARGS + ["--lang=" + ("fr-FR" if lang == "fr" else "en-GB")])
            return browsers[lang]

        for n, s in enumerate(samples, 1):
            if only and n not in only:
                continue
            name = f"{prefix}{n:03d}"
            srng = random.Random(f"{seed}-{n}")
            pres = s["presentation"]
            if s.get("picture"):
                img = irrelevant_picture(srng)
                out = img_dir / f"{name}.jpg"
                img.save(out, quality=72)
            else:
                img = shoot(browser_for(s["lang"]), s, tmp / name)
                if pres == "photo":
                    img = photo_effect(img, srng, phone=s["frame"].startswith("phone"))
                    out = img_dir / f"{name}.jpg"
                    img.save(out, quality=srng.randint(62, 78))
                else:
                    if pres == "lowres":
                        f = s.get("scale", 0.58)
                        img = img.resize((int(img.width * f), int(img.height * f)), Image.BILINEAR)
                    out = img_dir / f"{name}.png"
                    save_png(img, out)
            rows.append({"file": f"images/{out.name}", "situation": s["situation"], "step": s.get("step", ""),
                         "site": s.get("site", ""), "seen_date": s.get("date", "") if s.get("clock_date", True) else "",
                         "seen_time": s.get("time", ""), "presentation": pres, "lang": s["lang"]})
            print(f"{out.name:9s} {s['situation']:17s} {s.get('step', ''):18s} {pres:10s} {s['lang']}", flush=True)
        for b in browsers.values():
            b.close()
    shutil.rmtree(tmp, ignore_errors=True)
    if only:
        return
    with open(out_dir / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "situation", "step", "site", "seen_date", "seen_time", "presentation", "lang"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} samples written")


def shoot(browser, s, stem):
    phone = s["frame"].startswith("phone")
    W, Hh = (390, 844) if phone else s.get("size", (1366, 768))
    dsf = s.get("dsf", 2) if phone else 1
    inner = stem.with_suffix(".page.html")
    doc = s["doc"]
    inner.write_text(doc, encoding="utf-8")
    ctx = browser.new_context(viewport={"width": W, "height": Hh}, device_scale_factor=dsf,
                              locale="fr-FR" if s["lang"] == "fr" else "en-GB")
    page = ctx.new_page()
    try:
        if s["presentation"] == "crop":
            page.set_viewport_size({"width": W, "height": 1600})
            page.goto(inner.as_uri())
            _settle(page)
            bb = page.locator("#crop").first.bounding_box()
            m = s.get("crop_margin", 14)
            clip = {"x": max(0, bb["x"] - m), "y": max(0, bb["y"] - m), "width": min(W, bb["width"] + 2 * m),
                    "height": bb["height"] + 2 * m}
            png = page.screenshot(clip=clip, full_page=True)
        else:
            if s["frame"] == "desk_chrome":
                outer = desktop_chrome(inner.as_uri(), s, W, Hh)
            elif s["frame"] == "phone":
                outer = phone_chrome(inner.as_uri(), s, W, Hh)
            else:
                outer = None
            if outer:
                op = stem.with_suffix(".outer.html")
                op.write_text(outer, encoding="utf-8")
                page.goto(op.as_uri())
            else:
                page.goto(inner.as_uri())
            _settle(page)
            png = page.screenshot()
    finally:
        ctx.close()
    return Image.open(io.BytesIO(png)).convert("RGB")


def _settle(page):
    page.wait_for_load_state("load")
    for fr in page.frames:
        with contextlib.suppress(Exception):  # a frame may be gone or cross-origin
            fr.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_timeout(120)


if __name__ == "__main__":
    args = sys.argv[1:]
    ho = "--holdout" in args
    nums = [a for a in args if a != "--holdout"]
    render_all(holdout=ho, only={int(x) for x in nums[0].split(",")} if nums else None)
