#!/usr/bin/env python3
"""A fresh blind screenshot set: a page module's pages drawn in randomised frames.

Usage (from the repository root; every set is deterministic for its page module and seed):
    OMP_THREAD_LIMIT=1 .venv/bin/python samples/generator/make_fresh_screens.py \
        --pages fresh_pages_3 --seed screens-fresh-3 --out samples/fresh/screens-3 --photo-share 0.13
    ... make_fresh_screens.py --browsers per-lang     # screens-1 (the defaults: fresh_pages_1, screens-fresh-1)
    ... make_fresh_screens.py --pages fresh_pages_2 --seed screens-fresh-2 --out samples/fresh/screens-2
    ... --only 3,17      # debug: re-render those image numbers (labels.csv untouched)

Every page of PAGES.build_pages() is drawn once, in an order, a frame (frames.random_frame), a date and time, and
an output form (about 15 % JPEG screenshots, --photo-share photos of the screen, the rest PNG) all drawn from the
seed only, so that the same module and seed give the same set.  Rendering, the visibility checks of what the labels
promise, and the label columns are make_frames.py's; only the pages differ from set to set.

--browsers: screens-1 was drawn with one Chromium per page language (--lang=fr-FR, or en-GB for every other page);
screens-2 and later with one Chromium for the whole run (--lang=fr-FR; the page language only sets the context's
locale).  Both are kept so the earlier sets stay reproducible byte for byte.
"""
import argparse
import contextlib
import csv
import datetime as dt
import importlib
import io
import random
import shutil
import sys
import tempfile
from pathlib import Path

GEN = Path(__file__).resolve().parent
sys.path.insert(0, str(GEN))

import frames as F  # noqa: E402
from make_frames import CHECK_JS, COLUMNS, MAX_TRIES, check  # noqa: E402
from make_screens import CHROMIUM_ARGS, _settle, photo_effect, save_png  # noqa: E402
from PIL import Image  # noqa: E402

PAGES, SEED = "fresh_pages_1", "screens-fresh-1"  # the first set's, kept as the defaults
OUT = GEN.parent / "fresh" / "screens-1"
# the DSFR theme has been live since June 2026: clocks fall in the months after it
DATE0, DATE1 = dt.date(2026, 9, 1), dt.date(2026, 11, 30)
PHOTO_SHARE, JPEG_SHARE, PHONE_SHARE = 0.10, 0.15, 0.37


def plan(seed, pages, photo_share=PHOTO_SHARE):
    """page order, phone/desktop kinds and photo/JPEG picks, drawn from the seed only."""
    m = random.Random(f"{seed}-plan")
    order = list(range(len(pages)))
    m.shuffle(order)
    n = len(pages)
    n_phone = round(n * PHONE_SHARE)
    kinds = ["phone"] * n_phone + ["desktop"] * (n - n_phone)
    m.shuffle(kinds)
    idx = list(range(n))
    photos = set(m.sample(idx, round(n * photo_share)))
    jpegs = set(m.sample([i for i in idx if i not in photos], round(n * JPEG_SHARE)))
    return order, kinds, photos, jpegs


# In the page (the iframe): the page's message (alerts, error texts under fields or buttons, notices, elements marked
# id="crop" or data-key; else the main heading) must be on screen.  A person takes the screenshot with the message
# in view, so when it lies below the fold the page is scrolled to it.  Returns what was done and whether it fits.
MESSAGE_JS = """() => {
  const sel = '.fr-alert, .fr-error-text, .fr-notice, .err, .info, #crop, [data-key]';
  let els = [...document.querySelectorAll(sel)];
  if (!els.length) els = [...document.querySelectorAll('h1')].slice(0, 1);
  if (!els.length) return {ok: true, scrolled: 0, none: true};
  const H = innerHeight, box = () => {
    const rs = els.map((el) => el.getBoundingClientRect());
    return {top: Math.min(...rs.map((r) => r.top)), bottom: Math.max(...rs.map((r) => r.bottom))};
  };
  let b = box(), before = scrollY;
  if (b.top < 0 || b.bottom > H) {
    const span = b.bottom - b.top;
    const dy = span <= H - 24 ? b.top - Math.max(12, (H - span) / 2) : b.top - 12;
    window.scrollBy(0, dy);
    b = box();
  }
  return {ok: b.top >= 0 && b.bottom <= H + 0.5, scrolled: Math.round(scrollY - before), top: b.top, bottom: b.bottom, H};
}"""


def render(browser, fr, page, stem):
    """make_frames.render, plus: the page scrolled to its message, which must fit in the page's view."""
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
        msg = {"ok": False, "why": "no page frame"}
        for f in pg.frames:
            if f is not pg.main_frame:
                with contextlib.suppress(Exception):
                    msg = f.evaluate(MESSAGE_JS)
        pg.wait_for_timeout(60)
        items = pg.evaluate(CHECK_JS)
        png = pg.screenshot()
    finally:
        ctx.close()
    return Image.open(io.BytesIO(png)).convert("RGB"), items, msg


def pick_browser(rng, kind, page):
    """a random browser of the kind; a browser's own error page is only drawn in a browser of that family."""
    allowed = page.get("browsers")
    for _ in range(50):
        b = F.choose_browser(rng, kind)
        if not allowed or b in allowed:
            return b
    return sorted(allowed - {"none"})[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", default=PAGES, help="page module in samples/generator with build_pages()")
    ap.add_argument("--seed", default=SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--photo-share", type=float, default=PHOTO_SHARE, help="share of photos of the screen")
    ap.add_argument("--browsers", choices=["one", "per-lang"], default="one",
                    help="one Chromium for the run (screens-2 on), or one per page language (screens-1)")
    ap.add_argument("--only", default="", help="debug: comma-separated image numbers to re-render (labels.csv untouched)")
    a = ap.parse_args()
    only = {int(x) for x in a.only.split(",") if x}
    from playwright.sync_api import sync_playwright

    pages = importlib.import_module(a.pages).build_pages()
    order, kinds, photos, jpegs = plan(a.seed, pages, a.photo_share)
    img_dir = a.out / "images"
    if img_dir.exists() and not only:
        shutil.rmtree(img_dir)
    img_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="anef_fresh_"))
    rows, span = [], (DATE1 - DATE0).days
    with sync_playwright() as p:
        browsers = {}

        def browser_for(lang):
            key = "fr" if a.browsers == "one" or lang == "fr" else "other"
            if key not in browsers:
                browsers[key] = p.chromium.launch(executable_path="/usr/bin/chromium",
                                                  args=CHROMIUM_ARGS + ["--lang=" + ("fr-FR" if key == "fr" else "en-GB")])
            return browsers[key]

        for i, pi in enumerate(order):
            n = i + 1
            page = pages[pi]
            rng = random.Random(f"{a.seed}-{n}")
            kind = kinds[i]
            first_browser = pick_browser(rng, kind, page)
            when = (dt.datetime.combine(DATE0 + dt.timedelta(days=rng.randint(0, span)), dt.time())
                    + dt.timedelta(minutes=rng.randrange(7 * 60, 23 * 60)))  # waking hours
            if only and n not in only:
                continue
            for attempt in range(MAX_TRIES):
                frng = rng if attempt == 0 else random.Random(f"{a.seed}-{n}-redraw{attempt}")
                fr = F.random_frame(frng, kind, page, when, browser=first_browser)
                img, items, msg = render(browser_for(page["lang"]), fr, page, tmp / f"s{n:03d}")
                problems = check(items, fr) + ([] if msg.get("ok") else [f"message not in view: {msg}"])
                if not problems:
                    break
                print(f"  s{n:03d} attempt {attempt}: {problems[0]}", flush=True)
            else:
                raise SystemExit(f"s{n:03d}: no frame passed the visibility checks")
            out_rng = random.Random(f"{a.seed}-{n}-out")
            if i in photos:
                pres = "photo"
                img = photo_effect(img, out_rng, phone=kind == "phone")
                out = img_dir / f"s{n:03d}.jpg"
                img.save(out, quality=out_rng.randint(80, 88), optimize=True)
            elif i in jpegs:
                pres = kind
                out = img_dir / f"s{n:03d}.jpg"
                img.save(out, quality=out_rng.randint(82, 90), optimize=True)
            else:
                pres = kind
                out = img_dir / f"s{n:03d}.png"
                save_png(img, out)
            rows.append({"file": f"images/{out.name}", "situation": page["situation"], "step": page.get("step", ""),
                         "site": fr.site, "seen_date": fr.seen_date, "seen_time": fr.seen_time, "presentation": pres,
                         "lang": page["lang"], "browser": fr.browser, "os": fr.os, "clock": fr.clock})
            print(f"{out.name:9s} {page['situation']:17s} {page['lang']} {pres:8s} {fr.browser:16s} {fr.os:8s} {fr.clock:9s} "
                  f"{fr.width}x{fr.height}@{fr.dsf} scroll={msg.get('scrolled', 0)}:{round(msg.get('bottom', -1))}/{msg.get('H')} | {page['name']}", flush=True)
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
