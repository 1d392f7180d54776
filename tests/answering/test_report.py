"""The report of a case: the short and the full message, the sequence told, the screenshot check, the caption band."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
import yaml

from tests.conftest import SAMPLES
from troubleshoot import Diagnosis, Engine
from troubleshoot.answering import report
from troubleshoot.answering.case import TEXT, Case, CaseItem, build
from troubleshoot.answering.device import PLATFORMS
from troubleshoot.errors import KnowledgeError
from troubleshoot.knowledge import load_knowledge
from troubleshoot.models import SCREEN, USER

KB = load_knowledge()
LANGUAGES = KB.settings.languages
HOST = "administration-etrangers-en-france.interieur.gouv.fr"
ERROR = "Une erreur technique est survenue / Code erreur : 500"
GIVEN = report.ReportFields(procedure="Renouvellement de titre de séjour", blocking_step="Envoi des pièces",
                            tried="Un autre navigateur", device="Android 14 (Samsung SM-A546B)", browser="Chrome Mobile 126")


def _item(given: int, situation: str, clock: time | None, *, day: date | None = date(2026, 3, 12), site: str | None = HOST,
          error: str = "") -> CaseItem:
    d = Diagnosis(input=f"s{given}.png", lang="fr", situation=situation, seen_time=clock, seen_date=day if clock else None,
                  site=site, error_text=error, ocr_confidence=88.0)
    return CaseItem(given, d.input, d)


def _case() -> Case:
    return build([_item(0, "blocked_page", time(14, 32), error=ERROR), _item(1, KB.fallback.id, time(14, 28))], KB.fallback.id)


def test_both_messages_state_what_the_ccc_needs() -> None:
    case = _case()
    fields = replace(report.read_fields(case), **{k: getattr(GIVEN, k) for k in ("procedure", "blocking_step", "tried",
                                                                                   "device", "browser")})
    sent = report.messages(KB, case, fields, "fr")
    for message in (sent.short, sent.full):
        assert HOST in message and "12/03/2026 à 14:32" in message and "heure de Paris" in message
        assert "Renouvellement de titre de séjour" in message and "Envoi des pièces" in message
        assert f"« {ERROR} »" in message
        assert "Android 14 (Samsung SM-A546B)" in message and "Chrome Mobile 126" in message
        assert "Un autre navigateur" in message
        assert "À COMPLÉTER" not in message
        assert "Je me connecte avec" not in message and "Connexion avec" not in message  # no identifier unless chosen
        # "mot de passe" only to say it is not shared
        assert all("communique pas" in line for line in message.splitlines() if "mot de passe" in line.lower())
    assert len(sent.short) <= report.SHORT_LIMIT < len(sent.full)
    assert "(relevées sur la capture d'écran)" in sent.full
    assert "1. 01-annotated.png : aucun message d'erreur reconnu ; site, date et heure visibles." in sent.full
    assert "2. 02-annotated.png : Erreur technique ou page bloquée ; site, date et heure visibles." in sent.full
    sequence = sent.full.split("Déroulement :\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert sequence[0].startswith("1. Le 12/03/2026 à 14:28") and sequence[1].startswith("2. Le 12/03/2026 à 14:32")
    assert sequence[-1] == "Le problème à signaler est celui de l'étape 2 : Erreur technique ou page bloquée."


def test_an_identifier_is_said_only_when_given() -> None:
    sent = report.messages(KB, _case(), replace(GIVEN, identifier="Numéro étranger : 7501234567"), "fr")
    assert "Connexion avec : Numéro étranger : 7501234567." in sent.short
    assert "- Je me connecte avec : Numéro étranger : 7501234567" in sent.full


def test_a_problem_screenshot_without_a_clock_keeps_placeholders_and_says_so() -> None:
    case = build([_item(0, "blocked_page", None, site=None, error=ERROR), _item(1, KB.fallback.id, time(14, 28))],
                 KB.fallback.id)
    assert case.problem_item.given == 0
    fields = report.read_fields(case)
    assert (fields.date, fields.time) == (None, None)
    sent = report.messages(KB, case, fields, "fr")
    assert "le [JJ/MM/AAAA] à [HH:MM], heure de Paris." in sent.short
    assert "ni site, ni date, ni heure visibles" in sent.short
    assert "le [À COMPLÉTER : date du problème, JJ/MM/AAAA] à [À COMPLÉTER : heure du problème, HH:MM]" in sent.full
    assert "À une heure qui ne se voit pas sur la capture, la page affichait" in sent.full
    band = report.caption_lines(KB, case, case.problem_item, fields)
    assert band[2:] == ["Date : non visible sur la capture", "Heure : non visible sur la capture"]
    given = replace(fields, date="12/03/2026", time="14:35", date_source=USER, time_source=USER)
    sent = report.messages(KB, case, given, "fr")
    assert "le 12/03/2026 à 14:35 (indiquées par moi), heure de Paris." in sent.short
    band = report.caption_lines(KB, case, case.problem_item, given)
    assert band[0].startswith("Ajouté par l'assistant") and band[0].endswith("01-annotated.png")  # given first, no clock: first
    assert band[2:] == ["Date : 12/03/2026 (indiquée par l'utilisateur)",
                        "Heure : 14:35, heure de Paris (indiquée par l'utilisateur)"]
    converted = report.caption_lines(KB, _case(), _case().problem_item, replace(report.read_fields(_case()), time="20:32"))
    assert converted[3] == "Heure : 14:32 (relevée sur la capture)"  # the clock as the screen shows it
    other = report.caption_lines(KB, case, case.items[1], given)  # not the problem's: what its own clock shows
    assert other[2:] == ["Date : 12/03/2026 (relevée sur la capture)", "Heure : 14:28 (relevée sur la capture)"]


def test_a_long_error_text_still_fits_the_contact_form() -> None:
    long_error = " ".join(["Le téléversement du fichier a échoué car le service est momentanément indisponible."] * 9)
    items = [_item(i, "upload_error", time(10, i), error=long_error) for i in range(8)]
    sent = report.messages(KB, build(items, KB.fallback.id), GIVEN, "fr")
    assert len(sent.short) <= report.SHORT_LIMIT
    assert long_error in sent.full and "…" in sent.short  # cut only where it cannot fit whole


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_translation_says_the_same_in_the_users_language(lang: str) -> None:
    case = _case()
    fields = report.read_fields(case)
    user = report.messages(KB, case, fields, lang)
    story = report.story(KB, case, lang)
    assert len(story) == 3 and all("14:2" in line or "14:3" in line for line in story[:2])
    for message in (user.short, user.full):
        assert HOST in message and ERROR in message and "12/03/2026" in message
        assert report.visible(KB, case.items[0].diagnosis.shows, lang) in message
    if lang != "fr":
        french = report.messages(KB, case, fields, "fr")
        assert "Bonjour" not in user.full and "Déroulement" not in user.full and "capture" not in user.full
        assert user.full != french.full


def test_the_wording_is_complete_and_checked() -> None:
    spec = report.wording(KB)
    for kind in ("short", "full"):
        assert set(getattr(spec, kind)) == set(LANGUAGES)
    assert {p for p in report.platforms(KB)} == set(PLATFORMS)
    for platform in PLATFORMS:
        helps = [report.screenshot_help(KB, platform, lang) for lang in LANGUAGES]
        assert all(h.steps and all(s.text.strip() and s.source_url.startswith("https://") for s in h.steps) for h in helps)
        texts = [h.steps[-1].text for h in helps]
        assert len(set(texts)) == len(texts), platform  # each language in its own words


def test_a_template_with_an_unknown_field_fails_at_load(knowledge_copy: Path) -> None:
    path = knowledge_copy / "case_report.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["short"]["fr"] += "{password}\n"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="password"):
        report.wording(load_knowledge(knowledge_copy))


def test_a_help_citing_an_unknown_source_fails_at_load(knowledge_copy: Path) -> None:
    path = knowledge_copy / "screenshot_help.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["platforms"]["android"]["source"] = "a-forum-post"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="a-forum-post"):
        report.screenshot_help_spec(load_knowledge(knowledge_copy))




@pytest.mark.parametrize(("name", "load", "drop", "needle"), [
    ("case_report.yaml", report.wording, lambda d: d["story"]["problem"].pop("ps"), "story: languages"),
    ("screenshot_help.yaml", report.screenshot_help_spec, lambda d: d["platforms"]["iphone"]["steps"][0].pop("uk"), "platforms: languages"),
], ids=["wording", "screenshot-help"])
def test_a_text_missing_a_language_fails_at_load_naming_its_field(knowledge_copy: Path, name: str, load, drop, needle: str) -> None:
    path = knowledge_copy / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    drop(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=needle):
        load(load_knowledge(knowledge_copy))

def test_every_screenshot_help_source_says_how_its_address_was_checked() -> None:
    # The vendors' pages are cited to users; an address nobody checked must not slip in.
    for platform in PLATFORMS:
        source = KB.sources[report.screenshot_help_spec(KB).platforms[platform].source]
        assert source.verified is not None and source.verification.strip(), platform

# -- every sample screenshot, read by Tesseract --------------------------------------------------

def _spread(per_presentation: int = 2) -> list[Path]:
    """The first screenshots of each presentation in labels.csv (desktop, phone, photo, dark, ...).

    Reading all 127 samples takes minutes on this machine; ``benchmarks/short_message.py``
    measures them all (README: figures).
    """
    chosen: dict[str, list[Path]] = {}
    with (SAMPLES / "labels.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            found = chosen.setdefault(row["presentation"], [])
            if len(found) < per_presentation:
                found.append(SAMPLES / row["file"])
    return [path for paths in chosen.values() for path in paths]


@pytest.fixture(scope="module")
def readings(engine: Engine) -> dict[str, Diagnosis]:
    """Each chosen sample read once for the whole module."""
    return {path.name: engine.diagnose_image(path, input_name=path.name) for path in _spread()}


@pytest.mark.ocr
def test_the_short_message_fits_and_holds_the_facts_on_samples_of_every_presentation(readings: dict[str, Diagnosis]) -> None:
    assert len(readings) >= 14
    lengths = []
    for name, d in readings.items():
        case = build([CaseItem(0, name, d)], KB.fallback.id)
        fields = replace(report.read_fields(case), browser="Chrome 126", device="Windows 11")
        short = report.messages(KB, case, fields, "fr").short
        lengths.append(len(short))
        assert len(short) <= report.SHORT_LIMIT, (name, len(short))
        assert report.site(KB, case) in short, name
        when = re.search(r", le (\S+) à (\S+?)( \(.*?\))?, heure de Paris\.", short)
        assert when, (name, short)
        assert when.group(1) == (f"{d.shown_date:%d/%m/%Y}" if d.shown_date else "[JJ/MM/AAAA]"), name  # a guessed date is the user's to give
        assert when.group(2) == (f"{d.seen_time:%H:%M}" if d.seen_time else "[HH:MM]"), name
        error = " ".join(d.error_text.split())
        assert f"« {error} »" in short if error else "[À COMPLÉTER : message affiché]" in short, name
        assert "navigateur : Chrome 126." in short, name
    print(f"short message: {min(lengths)}–{max(lengths)} characters over {len(lengths)} samples")


@pytest.mark.ocr
def test_a_case_of_the_longest_samples_still_fits(readings: dict[str, Diagnosis]) -> None:
    longest = sorted(readings.items(), key=lambda pair: -len(pair[1].error_text))[:5]
    items = [CaseItem(i, name, d) for i, (name, d) in enumerate(longest)]
    case = build(items, KB.fallback.id)
    short = report.messages(KB, case, replace(GIVEN, tried=None), "fr").short
    assert len(short) <= report.SHORT_LIMIT
    assert " ".join(case.problem_item.diagnosis.error_text.split()) in short
    assert short.count(")") >= len(items)  # every screenshot listed


def test_seen_fields_come_from_the_problem_screenshot_only() -> None:
    case = _case()
    fields = report.read_fields(case)
    assert (fields.date, fields.time, fields.date_source, fields.time_source) == ("12/03/2026", "14:32", SCREEN, SCREEN)
    text = build([CaseItem(0, "text:1", Diagnosis(input="text:1", lang="fr", situation="blocked_page",
                                                  seen_date=date(2026, 1, 1), seen_time=time(9, 0)), TEXT)], KB.fallback.id)
    assert report.read_fields(text) == report.ReportFields()  # a pasted text's date is not the problem's


def test_a_case_about_the_progress_of_a_file_offers_the_prefecture_message_not_the_cccs() -> None:
    progress = KB.prefecture.situations[0]
    d = Diagnosis(input="text:1", lang="fr", situation=progress, step="in_progress", status_label="Instruction en cours",
                  text="toujours rien, Instruction en cours")
    case = build([CaseItem(0, "text:1", d, TEXT)], KB.fallback.id)
    letter = report.prefecture(KB, case, GIVEN, "fr")
    assert letter is not None and "« Instruction en cours »" in letter and "(Renouvellement de titre de séjour)" in letter
    assert "[À COMPLÉTER : numéro de la demande]" in letter  # what only the user knows stays to fill in
    assert "Madame, Monsieur" in letter and "mot de passe" not in letter.lower()
    # A blockage, or no situation at all, is the CCC's: no préfecture message.
    assert report.prefecture(KB, _case(), GIVEN, "fr") is None
    unknown = build([CaseItem(0, "text:1", replace(d, situation=KB.fallback.id), TEXT)], KB.fallback.id)
    assert report.prefecture(KB, unknown, GIVEN, "fr") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_prefecture_note_says_the_ccc_does_not_handle_it_in_every_language(lang: str) -> None:
    note = report.prefecture_note(KB, "prefecture-message.txt", lang)
    assert "prefecture-message.txt" in note and "CCC" in note and "{" not in note
