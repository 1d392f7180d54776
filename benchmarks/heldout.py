"""Generalisation of the learned weights: fitted without some labelled sets, then the whole
engine (rules + learned weights) scored on them.

    .venv/bin/python benchmarks/heldout.py samples/fresh/wording-4/texts.csv samples/fresh/status-4/texts.csv
    .venv/bin/python benchmarks/heldout.py HELD.csv ... [--c 4] [--share 0.75]

Every text of the held files is left out of the training texts (wherever else it
appears), the weights are fitted in a copy of ``knowledge/``, and each held file is
scored: French and English apart from the other languages, steps where the situation
is right. The committed knowledge is not touched. Needs scikit-learn (``.[learn]``).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from troubleshoot.engine import Engine  # noqa: E402
from troubleshoot.knowledge import DEFAULT_DIR  # noqa: E402
from troubleshoot.understanding import learned  # noqa: E402


def _rows(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _share(right: int, total: int) -> str:
    return f"{right}/{total} = {100 * right / max(1, total):.1f} %"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("held", nargs="+", help="labelled texts.csv files to leave out, then score")
    parser.add_argument("--c", type=float, help="LogisticRegression C (default: knowledge/learned/training.yaml)")
    parser.add_argument("--share", type=float, help="the learned share of the blend (default: settings.yaml)")
    args = parser.parse_args()
    root = DEFAULT_DIR.parent
    with tempfile.TemporaryDirectory() as tmp_dir:
        knowledge = Path(tmp_dir) / "knowledge"
        shutil.copytree(DEFAULT_DIR, knowledge)
        if args.share is not None:
            settings = yaml.safe_load((knowledge / "settings.yaml").read_text(encoding="utf-8"))
            settings["scoring"]["learned_share"] = args.share
            (knowledge / "settings.yaml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
        rules = Engine(knowledge, learned_weights=False)
        spec = learned.training_spec(knowledge)
        held = {row["text"] for path in args.held for row in _rows(path)}
        rows = [r for r in learned.examples(knowledge, root, rules.kb, rules=rules) if r.text not in held]
        data = learned.fit([rules.learned_features(r.text) for r in rows], [r.label for r in rows],
                           c=args.c or float(spec["c"]), min_weight=float(spec["min_weight"]), trained_on={})
        learned.write(data, knowledge)
        engine = Engine(knowledge)
        print(f"fitted on {len(rows)} texts without the {len(held)} held ones")
        for path in args.held:
            got = {"fren": [0, 0], "other": [0, 0]}
            steps = [0, 0]
            for row in _rows(path):
                d = engine.diagnose_text(row["text"], lang="fr")
                key = "fren" if row["lang"] in ("fr", "en") else "other"
                ok = d.situation == row["situation"]
                got[key][0] += ok
                got[key][1] += 1
                if ok and row.get("step"):
                    steps[1] += 1
                    steps[0] += (d.step or "") == row["step"]
            print(f"{Path(path).parent.name}: fr/en {_share(*got['fren'])}; other {_share(*got['other'])}; "
                  f"steps {_share(*steps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
