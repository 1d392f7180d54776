"""``troubleshoot report``: a case of screenshots and texts written into a folder for the CCC.

DIR receives ``message-short.txt`` and ``message-full.txt`` (French, to send),
``message-LANG.txt`` (the same in the user's language, to read),
``NN-annotated.png`` per screenshot in the case's order, and ``case.json``.
A case about the progress of a file is no technical problem: the CCC cannot
answer it, so DIR receives ``prefecture-message.txt`` (French, for the
préfecture's contact channel) and ``prefecture-message-LANG.txt`` instead of
the CCC messages, and the command says why.
Offline; one engine for every input. Exit statuses as for ``diagnose``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from .errors import ExitCode
from .models import USER

PREFECTURE_FILE = "prefecture-message.txt"
_DATE = re.compile(r"^\d{2}/\d{2}/\d{4}$")
_TIME = re.compile(r"^\d{2}:\d{2}$")


def add_parser(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="write one case (screenshots and texts) as messages for the CCC")
    report.add_argument("images", nargs="*", metavar="IMAGE", help="screenshots or photos, in the order they were given")
    report.add_argument("--text", action="append", default=[], metavar="TEXT", help="a pasted message (repeatable)")
    report.add_argument("--lang", default="fr", help="the user's language: fr, en, ar, fa, ps, uk, ru (default fr)")
    report.add_argument("--out", type=Path, default=Path("report"), metavar="DIR", help="folder to write (default ./report)")
    report.add_argument("--device", help="the device, e.g. 'Android 14 (Samsung A54)'")
    report.add_argument("--browser", help="the browser, e.g. 'Chrome 126'")
    report.add_argument("--tried", action="append", default=[], metavar="TEXT", help="something already tried (repeatable)")
    report.add_argument("--procedure", help="the procedure, e.g. 'Renouvellement de titre de séjour'")
    report.add_argument("--step", help="the page or step where it is stuck")
    report.add_argument("--identifier", help="an identifier to include (only if the user chose to); never a password")
    report.add_argument("--date", help="date of the problem the user gave, DD/MM/YYYY (Paris time)")
    report.add_argument("--time", help="time of the problem the user gave, HH:MM (Paris time)")


def run(args: argparse.Namespace, out: TextIO) -> int:
    from .answering import report
    from .answering.caption import png_bytes, with_caption
    from .answering.case import CaseItem, build
    from .engine import Engine
    from .inputs import command_inputs, diagnose_each

    if not args.images and not args.text:
        print("troubleshoot report: give at least one IMAGE or --text", file=sys.stderr)
        return ExitCode.USAGE
    for value, pattern, name in ((args.date, _DATE, "--date DD/MM/YYYY"), (args.time, _TIME, "--time HH:MM")):
        if value is not None and not _valid(value, pattern, name):
            print(f"troubleshoot report: expected {name}, got {value!r}", file=sys.stderr)
            return ExitCode.USAGE
    engine = Engine(args.knowledge)  # loaded once for every input
    kb = engine.kb
    if args.lang not in kb.settings.languages:
        print(f"troubleshoot report: unknown --lang {args.lang!r} (choose from {', '.join(kb.settings.languages)})", file=sys.stderr)
        return ExitCode.USAGE
    status = ExitCode.OK
    items: list[CaseItem] = []
    for done in diagnose_each(engine, command_inputs(args.images, args.text), args.lang, keep_images=True):
        if done.failed:
            assert done.diagnosis.error is not None
            print(f"troubleshoot report: {done.input.name}: {done.diagnosis.error.message}", file=sys.stderr)
            status = max(status, ExitCode.INPUT_FAILED)
        items.append(CaseItem(done.given, done.input.name, done.diagnosis, done.input.kind, done.image))
    case = build(items, kb.fallback.id)

    read = report.read_fields(case)
    fields = report.ReportFields(
        date=args.date or read.date, time=args.time or read.time,
        date_source=USER if args.date else read.date_source, time_source=USER if args.time else read.time_source,
        procedure=args.procedure, blocking_step=args.step, tried=", ".join(t.strip() for t in args.tried if t.strip()) or None,
        device=args.device, browser=args.browser, identifier=args.identifier)
    sent = report.messages(kb, case, fields, "fr")
    user = report.messages(kb, case, fields, args.lang)
    # The progress of a file: the préfecture's message instead of the CCC's.
    letter = report.prefecture(kb, case, fields, "fr")
    files = [("message-short.txt", sent.short), ("message-full.txt", sent.full), (f"message-{args.lang}.txt", user.full)]
    if letter is not None:
        files = [(PREFECTURE_FILE, letter)]
        if args.lang != "fr":
            files.append((f"prefecture-message-{args.lang}.txt", report.prefecture(kb, case, fields, args.lang) or letter))

    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in files:
        (args.out / name).write_text(text, encoding="utf-8")
        written.append(name)
    for item in case.screenshots:
        number = case.number(item)
        source = item.image if item.image is not None else item.diagnosis.view  # the capture as sent
        if source is None:
            continue
        png = png_bytes(with_caption(source, report.caption_lines(kb, case, item, fields)))
        (args.out / report.annotated_name(number)).write_bytes(png)
        written.append(report.annotated_name(number))
    data = report.case_dict(kb, case, sent, user, args.lang)
    if letter is not None:
        del data["messages"]
        data["prefecture"] = {"note": report.prefecture_note(kb, PREFECTURE_FILE, args.lang), "message": letter,
                              args.lang: dict(files).get(f"prefecture-message-{args.lang}.txt", letter)}
    (args.out / "case.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append("case.json")

    print(f"Case of {len(case.items)} input(s), in the order they happened:", file=out)
    for line in report.story(kb, case, args.lang):
        print(f"  {line}", file=out)
    if letter is not None:
        print(report.prefecture_note(kb, PREFECTURE_FILE, args.lang), file=out)
    else:
        print(f"Short message: {len(sent.short)} characters (the contact form takes {report.SHORT_LIMIT}).", file=out)
    print(f"Written to {args.out}: {', '.join(written)}", file=out)
    return status


def _valid(value: str, pattern: re.Pattern[str], name: str) -> bool:
    if not pattern.match(value):
        return False
    try:
        datetime.strptime(value, "%d/%m/%Y" if "date" in name else "%H:%M")
    except ValueError:
        return False
    return True
