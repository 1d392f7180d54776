"""Command line: ``troubleshoot diagnose``, ``redact``, ``eval`` and ``learn``.

``troubleshoot report`` (one case for the CCC) lives in ``casedir.py``.

Exit statuses: 0 every input processed, 1 some input failed (its line carries
the error), 2 usage error, 3 Tesseract or its language data missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import casedir
from .errors import ExitCode, TroubleshootError
from .inputs import Input, command_inputs, diagnose_each
from .models import Diagnosis


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; keep its message short
        self.print_usage(sys.stderr)
        self.exit(ExitCode.USAGE, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="troubleshoot", description="Diagnose ANEF (Étrangers en France) error screens and messages.")
    parser.add_argument("--knowledge", type=Path, default=None, help="knowledge folder (default: the bundled one)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    diagnose = commands.add_parser("diagnose", help="diagnose screenshots and/or pasted messages")
    diagnose.add_argument("images", nargs="*", metavar="IMAGE", help="screenshot or photo (PNG, JPEG, WebP, HEIC)")
    diagnose.add_argument("--text", action="append", default=[], metavar="TEXT", help="a pasted message (repeatable)")
    diagnose.add_argument("--texts", type=Path, metavar="FILE", help="a file with one message per line")
    diagnose.add_argument("--lang", default="fr", help="language of the fix: fr, en, ar, fa, ps, uk, ru (default fr)")
    diagnose.add_argument("--json", action="store_true", help="one JSON object per input, one per line")
    diagnose.add_argument("--redact", action="store_true",
                          help="mask personal identifiers (foreign number, email, name...) in the text and the CCC message")
    redact = commands.add_parser("redact", help="write a copy of a screenshot with personal identifiers masked")
    redact.add_argument("image", metavar="IMAGE", help="screenshot or photo (PNG, JPEG, WebP, HEIC)")
    redact.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to write the masked copy (PNG)")
    casedir.add_parser(commands)
    evaluate = commands.add_parser("eval", help="score the engine on a labelled folder")
    evaluate.add_argument("directory", type=Path, metavar="DIR", help="folder with labels.csv and/or texts.csv")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    learn = commands.add_parser("learn", help="fit knowledge/learned/weights.json on the labelled texts (needs scikit-learn)")
    learn.add_argument("--check", action="store_true", help="exit 1 if the weights are not those the texts give")
    return parser


def _learn(args: argparse.Namespace, out: TextIO) -> int:
    from .engine import Engine
    from .understanding import learned

    engine = Engine(args.knowledge, learned_weights=False)
    if args.check:  # the texts' fingerprint against the file's: no fitting needed
        rows = learned.examples(engine.kb.root, engine.kb.root.parent, engine.kb, rules=engine)
        current = learned.LearnedWeights.load(engine.kb.root)
        same = current is not None and current.trained_on.get("sha256") == learned.fingerprint(rows)
        print("the learned weights are up to date" if same else "the learned weights are stale: run `troubleshoot learn`",
              file=out)
        return ExitCode.OK if same else ExitCode.INPUT_FAILED
    data = learned.learn(engine, engine.kb.root.parent)
    path = learned.write(data, engine.kb.root)
    print(f"{path}: {len(data['weights'])} features, {len(data['classes'])} classes, "
          f"{data['trained_on']['rows']} examples", file=out)
    return ExitCode.OK


def _inputs(args: argparse.Namespace) -> list[Input]:
    """The images, then the texts given one by one and those of --texts (one a line)."""
    texts = list(args.text)
    if args.texts is not None:
        texts += [line for line in args.texts.read_text(encoding="utf-8").splitlines() if line.strip()]
    return command_inputs(args.images, texts)


def _report(d: Diagnosis, out: TextIO) -> None:
    print(f"== {d.input}", file=out)
    if d.error is not None:
        print(f"   Could not process: {d.error.message}", file=out)
        if d.error.remedy:
            print(f"   What to do: {d.error.remedy}", file=out)
        return
    step = f" ({d.step})" if d.step else ""
    print(f"   Situation: {d.title}{step} [{d.situation}, confidence {d.confidence:.2f}]", file=out)
    print(f"   {d.summary}", file=out)
    if d.poor_reading:
        print("   The picture was hard to read: the result may be wrong. A straight, sharp screenshot helps.", file=out)
    if d.page_script:
        print(f"   The page was translated by the browser ({d.page_script} script). For the CCC, also capture it in French,"
              " with the translation turned off.", file=out)
    if d.evidence:
        print("   Because of: " + "; ".join(f"\u201c{' '.join(e.phrase.split())}\u201d" for e in d.evidence), file=out)
        said = [" + ".join(f"{c} (\u201c{' '.join(w.split())}\u201d)" for c, w in e.concepts) for e in d.evidence if e.concepts]
        if said:
            print("   Concepts: " + "; ".join(said), file=out)
    guesses = [why for guessed, why in ((d.seen_date_year_guessed, "year not shown, guessed"),
                                        (d.seen_date_order_guessed, "day and month may be either way round")) if guessed]
    seen = [f"site {d.site}" if d.site else "",
            f"date {d.seen_date:%d/%m/%Y}" + "".join(f" ({why})" for why in guesses) if d.seen_date else "",
            f"time {d.seen_time:%H:%M}" if d.seen_time else ""]
    if any(seen):
        print("   Seen on screen: " + ", ".join(s for s in seen if s), file=out)
    if d.shows is not None and d.shows.key != "site_date_time":
        missing = [name for name in ("site", "date", "time") if not getattr(d.shows, name)]
        unknown = " and ".join(name for name in missing if name != "site")
        fill = f"; write the {unknown} where it says [À COMPLÉTER]" if unknown else ""
        print(f"   Not seen on screen: {', '.join(missing)}. The message says so{fill}.", file=out)
    if d.notice:
        print(f"   Note: {d.notice}", file=out)
    if d.status is not None:
        print(f"   Status \u201c{d.status.found}\u201d: {d.status.meaning}", file=out)
        print(f"      {d.status.reliability_note} Source: {d.status.source_title} <{d.status.source_url}>", file=out)
    if d.fix is not None:
        print(f"\n   {d.fix.title}", file=out)
        for number, step_ in enumerate(d.fix.steps, start=1):
            print(f"   {number}. {step_.text}", file=out)
            print(f"      Source: {step_.source_title} <{step_.source_url}>", file=out)
    if d.prefecture_message:
        print("\n   Message for the prefecture (its contact form; the CCC cannot tell how far a file has gone):", file=out)
        for line in d.prefecture_message.splitlines():
            print(f"   | {line}", file=out)
        print("\n   Only if the site blocks you, message for the CCC:", file=out)
    else:
        print("\n   Message for the CCC (contact form of the site, or read it on 0 806 001 620):", file=out)
    for line in d.ccc_message.splitlines():
        print(f"   | {line}", file=out)
    print(file=out)


def _diagnose(args: argparse.Namespace, out: TextIO) -> int:
    from .engine import Engine

    inputs = _inputs(args)
    if not inputs:
        print("troubleshoot diagnose: give at least one IMAGE, --text or --texts", file=sys.stderr)
        return ExitCode.USAGE
    engine = Engine(args.knowledge)  # loaded once for every input
    if args.lang not in engine.kb.settings.languages:
        print(f"troubleshoot diagnose: unknown --lang {args.lang!r} (choose from {', '.join(engine.kb.settings.languages)})", file=sys.stderr)
        return ExitCode.USAGE
    status = ExitCode.OK
    for done in diagnose_each(engine, inputs, args.lang):
        diagnosis = done.diagnosis
        if done.failed:
            status = max(status, ExitCode.INPUT_FAILED)
        if args.redact and diagnosis.error is None:
            from .answering.redact import load_rules, redact_diagnosis

            diagnosis = redact_diagnosis(diagnosis, load_rules(args.knowledge))
        if args.json:
            print(json.dumps(diagnosis.to_dict(), ensure_ascii=False), file=out, flush=True)
        else:
            _report(diagnosis, out)
    return status


def _redact(args: argparse.Namespace, out: TextIO) -> int:
    """Read the image, cover its identifiers, write the copy as PNG (never the original)."""
    from .answering.redact import load_rules, masked_view, png
    from .engine import Engine

    engine = Engine(args.knowledge)
    try:
        diagnosis = engine.diagnose_image(Path(args.image), input_name=args.image)
    except TroubleshootError as exc:
        print(f"troubleshoot: {exc.message}" + (f"\n{exc.remedy}" if exc.remedy else ""), file=sys.stderr)
        return int(exc.exit_code)
    masked = masked_view(diagnosis, load_rules(args.knowledge))
    args.out.write_bytes(png(masked))
    print(f"masked copy written to {args.out}", file=out)
    return ExitCode.OK


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse: --help exits 0, errors exit 2
        return int(exc.code or 0)
    try:
        if args.command == "diagnose":
            return int(_diagnose(args, out))
        if args.command == "report":
            return int(casedir.run(args, out))
        if args.command == "redact":
            return int(_redact(args, out))
        if args.command == "learn":
            return int(_learn(args, out))
        from .evaluate import run_eval

        return int(run_eval(args.directory, knowledge=args.knowledge, as_json=args.json, out=out))
    except TroubleshootError as exc:
        print(f"troubleshoot: {exc.message}" + (f"\n{exc.remedy}" if exc.remedy else ""), file=sys.stderr)
        return int(exc.exit_code)
    except OSError as exc:  # e.g. an unreadable --texts file
        print(f"troubleshoot: {exc}", file=sys.stderr)
        return int(ExitCode.USAGE)


def main_entry() -> None:
    """Console-script entry point."""
    raise SystemExit(main())
