#!/usr/bin/env python3
"""Screens in many randomised frames (browser toolbar + OS bar), for measuring how site, date and time are read.

Usage (from the repository root):
    .venv/bin/python samples/generator/make_frames.py --seed frames-dev-1 --count 60 --out samples/frames/dev

Takes pages from the existing page registry (screens_content.py: build_samples, build_more_samples,
build_persian_samples; their situation / step / lang labels are kept), draws each in a random frame (frames.py)
at a random date and time, renders it with Playwright + Debian's Chromium, and writes DIR/images/fNNN.png|jpg and
DIR/labels.csv.  About 10 % of the images are photos of the screen (make_screens.photo_effect), about 15 % JPEG
screenshots.  Deterministic for a given seed.  The held-out page list (holdout_content.py) is not used.
Debug: --only 3,17 re-renders those numbers only (labels.csv is left alone).
"""
import argparse
import csv
import datetime as dt
import io
import random
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image

GEN = Path(__file__).resolve().parent
sys.path.insert(0, str(GEN))

import frames as F  # noqa: E402
from make_screens import CHROMIUM_ARGS, SEED, SEED_FA, SEED_MORE, _settle, photo_effect, save_png  # noqa: E402
from screens_content import build_more_samples, build_persian_samples, build_samples  # noqa: E402

DATE0, DATE1 = dt.date(2024, 3, 1), dt.date(2026, 11, 30)
COLUMNS = ["file", "situation", "step", "site", "seen_date", "seen_time", "presentation", "lang", "browser", "os", "clock"]
PHOTO_SHARE, JPEG_SHARE, PHONE_SHARE = 0.10, 0.15, 0.37
MAX_TRIES = 8

CHECK_JS = """() => {
  const W = innerWidth, H = innerHeight, out = [];
  const visible = (el) => {               // the extent of the element's text, cut by every clipping box (itself included)
    const rg = document.createRange();
    rg.selectNodeContents(el);
    let r = rg.getBoundingClientRect(), v = {l: r.left, t: r.top, r: r.right, b: r.bottom};
    for (let p = el; p; p = p.parentElement) {
      const cs = getComputedStyle(p);
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
        const q = p.getBoundingClientRect();
        v = {l: Math.max(v.l, q.left), t: Math.max(v.t, q.top), r: Math.min(v.r, q.right), b: Math.min(v.b, q.bottom)};
      }
    }
    v = {l: Math.max(v.l, 0), t: Math.max(v.t, 0), r: Math.min(v.r, W), b: Math.min(v.b, H)};
    return [r, v];
  };
  for (const el of document.querySelectorAll('[data-check]')) {
    const [r, v] = visible(el);
    const y = (r.top + r.bottom) / 2;
    const xs = el.dataset.check === 'clock' ? [r.left + 2, (r.left + r.right) / 2, r.right - 2] : [Math.max(v.l, r.left) + 6];
    const covered = xs.some((x) => { const h = document.elementFromPoint(x, y);
                                     return !h || !(h === el || el.contains(h) || h.contains(el)); });
    out.push({k: el.dataset.check, text: el.textContent, w: r.right - r.left, h: r.bottom - r.top,
              vw: v.r - v.l, vh: v.b - v.t, covered});
  }
  return out;
}"""


def check(items, fr):
    """what the labels promise is on screen: the clock whole, the host at least partly (its start)."""
    problems = []
    kinds = {it["k"] for it in items}
    if fr.clock != "none" and "clock" not in kinds:
        problems.append("no clock element")
    if fr.site and not {"host", "hostbox"} <= kinds:
        problems.append("no host element")
    for it in items:
        if it["k"] == "clock":
            if it["vw"] < it["w"] - 0.5 or it["vh"] < it["h"] - 0.5 or it["covered"]:
                problems.append(f"clock clipped/covered: {it}")
        elif it["k"] == "hostbox":
            if it["vw"] < 90 or it["covered"]:
                problems.append(f"address box too small/covered: {it}")
        elif it["k"] == "host" and (it["vw"] < min(it["w"], 90) - 0.5 or it["vh"] < it["h"] - 1 or it["covered"]):
            problems.append(f"host hidden: {it}")
    return problems


def registry():
    pages = build_samples(random.Random(SEED))
    pages += build_more_samples(random.Random(SEED_MORE))
    pages += build_persian_samples(random.Random(SEED_FA))
    return [p for p in pages if not p.get("picture") and p.get("doc")]


def plan(seed, count, pages):
    """kinds, photo / jpeg picks and situations for every image (drawn from the seed only)."""
    m = random.Random(f"{seed}-plan")
    n_phone = round(count * PHONE_SHARE)
    kinds = ["phone"] * n_phone + ["desktop"] * (count - n_phone)
    m.shuffle(kinds)
    idx = list(range(count))
    photos = set(m.sample(idx, round(count * PHOTO_SHARE)))
    jpegs = set(m.sample([i for i in idx if i not in photos], round(count * JPEG_SHARE)))
    sits = sorted({p["situation"] for p in pages})
    order = []
    while len(order) < count:
        block = sits[:]
        m.shuffle(block)
        order += block
    return kinds, photos, jpegs, order[:count]


def choose_page(rng, pages, situation, need_url, used):
    cands = [p for p in pages if p["situation"] == situation and (p.get("url") or not need_url)]
    fresh = [p for p in cands if id(p) not in used]
    p = rng.choice(fresh or cands)
    used.add(id(p))
    return p


def render(browser, fr, page, stem):
    inner = stem.with_suffix(".page.html")
    inner.write_text(page["doc"], encoding="utf-8")
    outer = stem.with_suffix(".outer.html")
    outer.write_text(fr.html.replace(F.IFRAME_SRC, inner.as_uri()), encoding="utf-8")
    ctx = browser.new_context(viewport={"width": fr.width, "height": fr.height}, device_scale_factor=fr.dsf,
                              locale="fr-FR" if page["lang"] == "fr" else "en-GB")
    pg = ctx.new_page()
    try:
        pg.goto(outer.as_uri())
        _settle(pg)
        items = pg.evaluate(CHECK_JS)
        png = pg.screenshot()
    finally:
        ctx.close()
    return Image.open(io.BytesIO(png)).convert("RGB"), items


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--only", default="", help="debug: comma-separated image numbers to re-render (labels.csv untouched)")
    a = ap.parse_args()
    only = {int(x) for x in a.only.split(",") if x}
    from playwright.sync_api import sync_playwright

    pages = registry()
    kinds, photos, jpegs, order = plan(a.seed, a.count, pages)
    img_dir = a.out / "images"
    if img_dir.exists() and not only:
        shutil.rmtree(img_dir)
    img_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="anef_frames_"))
    rows, used, span = [], set(), (DATE1 - DATE0).days
    with sync_playwright() as p:
        browsers = {}

        def browser_for(lang):
            if lang not in browsers:
                browsers[lang] = p.chromium.launch(executable_path="/usr/bin/chromium",
                                                   args=CHROMIUM_ARGS + ["--lang=" + ("fr-FR" if lang == "fr" else "en-GB")])
            return browsers[lang]

        for i in range(a.count):
            n = i + 1
            rng = random.Random(f"{a.seed}-{n}")
            kind = kinds[i]
            first_browser = F.choose_browser(rng, kind)
            page = choose_page(rng, pages, order[i], first_browser != "none", used)
            when = dt.datetime.combine(DATE0 + dt.timedelta(days=rng.randint(0, span)), dt.time()) + dt.timedelta(minutes=rng.randrange(1440))
            if only and n not in only:
                continue
            for attempt in range(MAX_TRIES):
                frng = rng if attempt == 0 else random.Random(f"{a.seed}-{n}-redraw{attempt}")
                fr = F.random_frame(frng, kind, page, when, browser=first_browser)
                img, items = render(browser_for(page["lang"]), fr, page, tmp / f"f{n:03d}")
                problems = check(items, fr)
                if not problems:
                    break
                print(f"  f{n:03d} attempt {attempt}: {problems[0]}", flush=True)
            else:
                raise SystemExit(f"f{n:03d}: no frame passed the visibility checks")
            out_rng = random.Random(f"{a.seed}-{n}-out")
            if i in photos:
                pres = "photo"
                img = photo_effect(img, out_rng, phone=kind == "phone")
                out = img_dir / f"f{n:03d}.jpg"
                img.save(out, quality=out_rng.randint(80, 88), optimize=True)
            elif i in jpegs:
                pres = kind
                out = img_dir / f"f{n:03d}.jpg"
                img.save(out, quality=out_rng.randint(82, 90), optimize=True)
            else:
                pres = kind
                out = img_dir / f"f{n:03d}.png"
                save_png(img, out)
            rows.append({"file": f"images/{out.name}", "situation": page["situation"], "step": page.get("step", ""),
                         "site": fr.site, "seen_date": fr.seen_date, "seen_time": fr.seen_time, "presentation": pres,
                         "lang": page["lang"], "browser": fr.browser, "os": fr.os, "clock": fr.clock})
            print(f"{out.name:9s} {page['situation']:17s} {pres:8s} {fr.browser:16s} {fr.os:8s} {fr.clock:9s} "
                  f"{fr.width}x{fr.height}@{fr.dsf} {fr.notes['loc']:5s} [{fr.notes['clock_text']}] {fr.site} {fr.notes['bubble']}", flush=True)
        for b in browsers.values():
            b.close()
    shutil.rmtree(tmp, ignore_errors=True)
    if only:
        return
    with open(a.out / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} images written to {a.out}")


if __name__ == "__main__":
    main()
