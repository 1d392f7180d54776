"""The message for the préfecture when the question is the progress of a file (knowledge/prefecture_message.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from troubleshoot import Engine
from troubleshoot.answering import prefecture_message as pm
from troubleshoot.errors import KnowledgeError
from troubleshoot.webapp import prefecture_values

PROGRESS = [
    "18 mois depuis le dépôt de mon dossier de naturalisation et aucune nouvelle",
    "mon attestation de prolongation a expiré et la préfecture ne répond pas",
    "mon dossier est passé en CONTROLE_EN_ATTENTE_PEC, ça veut dire quoi ?",
    "Examen des pièces en cours",
]
BLOCKAGES = [
    "Erreur 503 Service Unavailable sur administration-etrangers-en-france.interieur.gouv.fr",
    "Demande invalide. Vous n'êtes pas reconnu bénéficiaire de la protection internationale.",
    "Nom d'utilisateur ou mot de passe invalide.",
]


@pytest.mark.parametrize("text", PROGRESS)
def test_the_progress_of_a_file_gets_a_message_for_the_prefecture(engine: Engine, text: str) -> None:
    d = engine.diagnose_text(text, lang="en")
    message = d.prefecture_message
    assert message is not None and message.startswith("Demande d'information sur l'avancement de ma demande")
    spec = engine.kb.prefecture
    for name in ("request_number", "deposit_date", "attestation_end"):
        assert spec.placeholders[name]["fr"] in message  # only the user knows them: visible placeholders
    assert "Madame, Monsieur" in message and "attestation de prolongation d'instruction" in message
    assert "mot de passe" not in message.lower()
    assert d.ccc_message  # the CCC message is still there, for a blockage


@pytest.mark.parametrize("text", BLOCKAGES)
def test_a_blockage_keeps_the_ccc_message_only(engine: Engine, text: str) -> None:
    d = engine.diagnose_text(text)
    assert d.situation not in engine.kb.prefecture.situations
    assert d.prefecture_message is None and d.ccc_message.startswith("Objet :")
    assert engine.prefecture_message(d, {"request_number": "123"}) is None


def test_the_step_is_the_label_read_or_a_placeholder(engine: Engine) -> None:
    with_label = engine.diagnose_text("Examen des pièces en cours").prefecture_message
    assert "« Examen des pièces en cours »" in with_label
    without = engine.diagnose_text("ou en est mon dossier ? pas de nouvelles depuis 5 mois").prefecture_message
    assert engine.kb.prefecture.placeholders["status"]["fr"] in without
    # an internal code is not what the page shows: the message does not claim it does
    code = engine.diagnose_text("CONTROLE_EN_ATTENTE_PEC").prefecture_message
    assert "CONTROLE" not in code.upper() and engine.kb.prefecture.placeholders["status"]["fr"] in code


def test_what_the_user_typed_fills_the_message(engine: Engine) -> None:
    d = engine.diagnose_text("mon attestation de prolongation a expiré et la préfecture ne répond pas")
    values = prefecture_values("  2026-ABC-42 ", "02/03/2026", " 30/11/2026")
    assert values == {"request_number": "2026-ABC-42", "deposit_date": "02/03/2026", "attestation_end": "30/11/2026"}
    message = engine.prefecture_message(d, values)
    assert message.count("2026-ABC-42") == 2 and "le 02/03/2026" in message and "jusqu'au 30/11/2026" in message
    assert "[À COMPLÉTER : numéro de la demande]" not in message
    assert engine.prefecture_message(d, {"request_number": "   ", "password": "x"}) == d.prefecture_message
    assert prefecture_values("", " ", "") == {}


def test_the_user_reads_it_in_their_language(engine: Engine) -> None:
    d = engine.diagnose_text("Examen des pièces en cours")
    fr = engine.prefecture_message(d, {"request_number": "42"})
    for lang in ("en", "ar", "fa", "ps", "uk", "ru"):
        other = engine.prefecture_message(d, {"request_number": "42"}, lang)
        assert other != fr and "42" in other and "Examen des pièces en cours" in other  # the site's French words


def test_the_message_is_short_and_polite(engine: Engine) -> None:
    message = engine.diagnose_text("Instruction en cours").prefecture_message
    assert len(message) <= 1_200  # fits a contact form
    assert message.rstrip().endswith("distinguées.")


def test_a_template_field_that_does_not_exist_fails_at_start(knowledge_copy: Path) -> None:
    path = knowledge_copy / "prefecture_message.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["template"]["fr"] += "\n{password}"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="prefecture_message.yaml: template: unknown field"):
        Engine(knowledge_copy)


def test_the_situations_are_data(knowledge_copy: Path) -> None:
    path = knowledge_copy / "prefecture_message.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["situations"] = ["nowhere"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="prefecture_message.yaml: situations: unknown"):
        Engine(knowledge_copy)
    assert set(pm.FIELDS) >= set(Engine().kb.prefecture.placeholders)
