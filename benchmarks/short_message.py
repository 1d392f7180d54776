"""Length of the short CCC message on every sample screenshot (the contact form takes 1,000 characters).

    .venv/bin/python benchmarks/short_message.py [DIR ...]    (default: samples/images)

Each screenshot is one case, with a device and a browser given (the app reads
them from the user agent); prints the shortest, median and longest message and
every one over the limit.
"""

from __future__ import annotations

import os
import statistics
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from troubleshoot import Engine  # noqa: E402
from troubleshoot.answering import report  # noqa: E402
from troubleshoot.answering.case import CaseItem, build  # noqa: E402


def main(folders: list[str]) -> int:
    engine = Engine()
    kb = engine.kb
    lengths: dict[str, int] = {}
    for folder in folders or [str(ROOT / "samples" / "images")]:
        for path in sorted(Path(folder).iterdir()):
            if path.suffix.lower() not in {".png", ".jpg", ".jpeg", ".webp"}:
                continue
            d = engine.diagnose_image(path, input_name=path.name)
            case = build([CaseItem(0, path.name, d)], kb.fallback.id)
            fields = replace(report.read_fields(case), device="Android 14 (Samsung SM-A546B)", browser="Chrome Mobile 126")
            lengths[path.name] = len(report.messages(kb, case, fields, "fr").short)
    values = sorted(lengths.values())
    over = {name: n for name, n in lengths.items() if n > report.SHORT_LIMIT}
    print(f"{len(values)} screenshots: short message {values[0]}–{values[-1]} characters, median {statistics.median(values):.0f}; "
          f"over {report.SHORT_LIMIT}: {len(over)}")
    for name, n in sorted(over.items()):
        print(f"  {name}: {n}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
