"""Personal identifiers found and hidden: texts, and screenshots read again by the real Tesseract."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from PIL import Image

from tests.conftest import render_text_image
from troubleshoot.answering import redact
from troubleshoot.errors import KnowledgeError
from troubleshoot.models import Diagnosis, Evidence
from troubleshoot.reading import images, ocr

ROOT = Path(__file__).resolve().parents[2]
FOREIGN = "7512043391"
EMAIL = "amina.karimi@example.org"
SURNAME = "KARIMI"
GIVEN = "Amina"
PAGE = [
    "Étrangers en France - Mon espace personnel",
    f"Bonjour Mme {GIVEN} {SURNAME}",
    f"Numéro étranger : {FOREIGN}",
    f"Adresse électronique : {EMAIL}",
    "Identifiant ou mot de passe incorrect.",
]


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        (f"Identifiant {FOREIGN} inconnu", [FOREIGN], ["Identifiant", "inconnu"]),
        (f"Écrivez à {EMAIL} svp", [EMAIL], ["Écrivez", "svp"]),
        ("Appelez le 06 12 34 56 78 ou le +33 7 81 22 33 44", ["06 12 34 56 78", "+33 7 81 22 33 44"], ["Appelez"]),
        ("Bonjour Mme Leila HADDAD, votre demande", ["Leila", "HADDAD"], ["Bonjour Mme", "votre demande"]),
        ("Bonjour, merci de fournir un justificatif", [], ["Bonjour, merci de fournir un justificatif"]),
        ("Nom de naissance Prénom(s)\nOKAFOR Chidi Emmanuel\nNationalité", ["OKAFOR", "Chidi", "Emmanuel"], ["Nationalité"]),
        ("Prenom : Jean-Marc", ["Jean-Marc"], ["Prenom"]),  # OCR dropped the accent
        ("Nom d'utilisateur ou mot de passe invalide.", [], ["Nom d'utilisateur ou mot de passe invalide."]),
        ("Date de naissance : 03/11/1990", ["03/11/1990"], ["Date de naissance"]),
        ("Né(e) le 3 novembre 1990 à Kaboul", ["3 novembre 1990"], ["Kaboul"]),
        ("Numéro de visa : FRA123456789", ["FRA123456789"], ["Numéro de visa"]),
        ("© Carlos MENDOZA [3 Se déconnecter FR", ["Carlos", "MENDOZA"], ["Se déconnecter"]),
        ("Se déconnecter FR\n@ Olena KOVALENKO\nAccueil", ["Olena", "KOVALENKO"], ["Accueil"]),
        ("Le numéro étranger doit comporter 10 chiffres. Délai : avant le 30/04/2025",
         [], ["Le numéro étranger doit comporter 10 chiffres. Délai : avant le 30/04/2025"]),
        ("Appelez le CCC au 0 806 001 620", [], ["0 806 001 620"]),  # help, not identity
    ],
)
def test_mask_text_hides_identifiers_and_keeps_the_rest(text: str, hidden: list[str], kept: list[str]) -> None:
    masked = redact.mask_text(text)
    for value in hidden:
        assert value not in masked
    for value in kept:
        assert value in masked
    assert ("masqu" in masked) == bool(hidden)


def test_a_kind_the_user_keeps_stays_visible() -> None:
    text = f"Identifiant {FOREIGN}, courriel {EMAIL}"
    masked = redact.mask_text(text, keep={"foreign_number"})
    assert FOREIGN in masked and EMAIL not in masked


def test_identifier_rules_are_data_and_checked(knowledge_copy: Path) -> None:
    path = knowledge_copy / "identifiers.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["labels"].append({"kind": "name", "words": ["Pseudo"], "value": "name"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert "Zorro" not in redact.mask_text("Pseudo : Zorro", redact.load_rules(knowledge_copy))
    assert "Zorro" in redact.mask_text("Pseudo : Zorro")  # the bundled rules have no such label
    data["patterns"][0]["regex"] = "([unclosed"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="identifiers.yaml"):
        redact.load_rules(knowledge_copy)


def _page() -> Image.Image:
    return render_text_image(PAGE, size=(1300, 420), font_size=30)


def _read_again(image: Image.Image) -> str:
    prepared, _ = images.prepare_for_ocr(image)
    return ocr.read(prepared, languages="fra+eng", timeout=60, psm=11).text


@pytest.mark.ocr
def test_masked_screenshot_read_again_shows_no_identifier(engine) -> None:
    original = _page()
    assert FOREIGN in _read_again(original)  # the test image does hold them, readably
    diagnosis = engine.diagnose_image(redact.png(original))
    masked = redact.masked_view(diagnosis)
    assert masked is not None and masked.size == original.size
    again = _read_again(masked)
    for value in (FOREIGN, EMAIL, "karimi", SURNAME, GIVEN, "7512"):
        assert value.lower() not in again.lower()
    assert "incorrect" in again  # the error message itself stays readable


@pytest.mark.ocr
def test_redacted_diagnosis_masks_every_text_it_carries(engine) -> None:
    diagnosis = redact.redact_diagnosis(engine.diagnose_image(redact.png(_page())))
    payload = json.dumps(diagnosis.to_dict(), ensure_ascii=False)
    for value in (FOREIGN, EMAIL, SURNAME):
        assert value not in payload
    assert "[numéro étranger masqué]" in diagnosis.text


def test_the_words_behind_each_concept_are_masked_too() -> None:
    evidence = Evidence(f"contactez {EMAIL}", "p", 1.0, concepts=(("contact", f"contactez {EMAIL}"), ("cannot", "impossible")))
    hidden = redact.redact_diagnosis(Diagnosis(input="text:1", lang="fr", situation=None, evidence=(evidence,)))
    assert [w for _, w in hidden.evidence[0].concepts] == ["contactez [adresse électronique masquée]", "impossible"]
    assert EMAIL not in json.dumps(hidden.to_dict(), ensure_ascii=False)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "troubleshoot", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, env={"PATH": "/usr/bin:/bin", "OMP_THREAD_LIMIT": "1"})


@pytest.mark.ocr
def test_cli_redact_writes_a_masked_png(tmp_path: Path) -> None:
    source = tmp_path / "shot.jpg"
    _page().save(source, format="JPEG", quality=95)
    out = tmp_path / "masked.png"
    done = _cli("redact", str(source), "--out", str(out))
    assert done.returncode == 0, done.stderr
    masked = Image.open(io.BytesIO(out.read_bytes()))
    assert masked.format == "PNG"
    again = _read_again(masked.convert("RGB"))
    assert FOREIGN not in again and EMAIL not in again


def test_cli_redact_exit_statuses_are_those_of_diagnose(tmp_path: Path) -> None:
    assert _cli("redact", str(tmp_path / "none.png"), "--out", str(tmp_path / "o.png")).returncode == 1
    (tmp_path / "bad.png").write_bytes(b"<html>not an image</html>")
    assert _cli("redact", str(tmp_path / "bad.png"), "--out", str(tmp_path / "o.png")).returncode == 1
    assert _cli("redact", str(tmp_path / "bad.png")).returncode == 2  # --out is required
    assert not (tmp_path / "o.png").exists()


def test_cli_diagnose_redact_masks_text_error_text_and_message() -> None:
    text = f"Identifiant ou mot de passe incorrect pour {FOREIGN} ({EMAIL})"
    plain = json.loads(_cli("diagnose", "--json", "--text", text).stdout)
    assert FOREIGN in plain["ccc_message"]  # without --redact the message quotes it
    done = _cli("diagnose", "--json", "--redact", "--text", text)
    assert done.returncode == 0
    result = json.loads(done.stdout)
    for field in ("text", "error_text", "ccc_message"):
        assert FOREIGN not in result[field] and EMAIL not in result[field]
    assert FOREIGN not in done.stdout and EMAIL not in done.stdout
    assert result["situation"] == plain["situation"]
