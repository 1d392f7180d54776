#!/usr/bin/env python3
"""The second blind screenshot set: new pages (fresh_pages_2.py) drawn in randomised frames, seed screens-fresh-2.

Usage (from the repository root):
    OMP_THREAD_LIMIT=1 .venv/bin/python samples/generator/make_fresh_screens_2.py      # -> samples/fresh/screens-2
    ... make_fresh_screens_2.py --only 3,17     # debug: re-render those images (labels.csv untouched)

Same approach as make_fresh_screens.py (its plan, render with the message scrolled into view, browser choice, and
make_frames' visibility checks and label columns); only the pages and the seed are new.  One Chromium is launched
for the whole run (the page language only changes the context's locale), to keep to one browser at a time.
"""
import argparse
import csv
import datetime as dt
import random
import shutil
import sys
import tempfile
from pathlib import Path

GEN = Path(__file__).resolve().parent
sys.path.insert(0, str(GEN))

import frames as F  # noqa: E402
from fresh_pages_2 import build_pages  # noqa: E402
from make_frames import COLUMNS, MAX_TRIES, check  # noqa: E402
from make_fresh_screens import DATE0, DATE1, pick_browser, plan, render  # noqa: E402
from make_screens import CHROMIUM_ARGS, photo_effect, save_png  # noqa: E402

SEED = "screens-fresh-2"
OUT = GEN.parent / "fresh" / "screens-2"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", default=SEED)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--only", default="", help="debug: comma-separated image numbers to re-render (labels.csv untouched)")
    a = ap.parse_args()
    only = {int(x) for x in a.only.split(",") if x}
    from playwright.sync_api import sync_playwright

    pages = build_pages()
    order, kinds, photos, jpegs = plan(a.seed, pages)
    img_dir = a.out / "images"
    if img_dir.exists() and not only:
        shutil.rmtree(img_dir)
    img_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="anef_fresh2_"))
    rows, span = [], (DATE1 - DATE0).days
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS + ["--lang=fr-FR"])
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
                img, items, msg = render(browser, fr, page, tmp / f"s{n:03d}")
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
        browser.close()
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
