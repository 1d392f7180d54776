"""Status codes and labels pasted as they are (knowledge/status_codes.yaml, troubleshoot/understanding/status_codes.py)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
import yaml

from troubleshoot import Engine
from troubleshoot.cli import main
from troubleshoot.errors import KnowledgeError
from troubleshoot.knowledge import load_knowledge
from troubleshoot.understanding.status_codes import INTERNAL, StatusRecognizer

KB = load_knowledge()
TABLE = KB.status_table
assert TABLE is not None
CODES = [e for e in TABLE.entries if e.kind in INTERNAL]
LABELS = [e for e in TABLE.entries if e.kind == "label"]


def _typo(code: str) -> str | None:
    """The code with one letter left out of its longest word (a typo), when the table tolerates one there."""
    words = re.findall(r"[^\W_]+", code)
    longest = max(words, key=len)
    if len(longest) < 6 or len("".join(words)) < 6:
        return None
    cut = len(longest) // 2
    return code.replace(longest, longest[:cut] + longest[cut + 1 :], 1)


def _variants(code: str) -> list[str]:
    spaced = re.sub(r"[_|.]+", " ", code)
    forms = [code.lower(), code.upper(), spaced.lower(), spaced.upper()]
    typo = _typo(code)
    if typo is not None:
        forms += [typo.lower(), typo.upper()]
    return list(dict.fromkeys(forms))


CODE_CASES = [(e.code, form) for e in CODES for form in _variants(e.code)]


def test_the_table_holds_the_reference_codes() -> None:
    codes = {e.code.lower() for e in CODES}
    for code in ("controle_en_attente_pec", "css_manuels_a_affecter", "instruction_date_ea_a_fixer",
                 "prop_decision_pref_a_effectuer", "decret_naturalisation_publie", "demande_en_cours_de_traitement",
                 "show_decision_download_button"):
        assert code in codes
    assert {e.kind for e in TABLE.entries} >= {"code", "macro", "flag", "label", "term"}
    assert {"official", "interpretation"} == {e.reliability for e in TABLE.entries}


@pytest.mark.parametrize(("code", "text"), CODE_CASES)
def test_every_code_pasted_alone_is_recognised(engine: Engine, code: str, text: str) -> None:
    entry = next(e for e in CODES if e.code == code)
    d = engine.diagnose_text(text, lang="en")
    assert d.situation == TABLE.situation_of(entry), (text, d.candidates)
    assert d.step == entry.step
    assert d.status is not None
    if d.status_code != entry.code:
        # Written as plain words, the same words as a label of the site are that label ("décision défavorable").
        assert "_" not in text and d.status_label is not None, text
        label = next(e for e in LABELS if e.code == d.status_label)
        assert d.status.reliability == label.reliability and d.step == label.step
        return
    assert d.status.meaning == TABLE.meanings[entry.meaning]["en"]
    assert d.status.reliability == entry.reliability == "interpretation"  # an internal code is never official
    assert d.status.source_url == KB.sources[entry.source].url
    assert any(ev.pattern == f"status_codes/{entry.code}" for ev in d.evidence)


@pytest.mark.parametrize("entry", LABELS, ids=lambda e: e.code)
def test_every_label_pasted_alone_is_recognised(engine: Engine, entry) -> None:
    for text in (entry.code, entry.code.upper(), *entry.aliases):
        d = engine.diagnose_text(text)
        assert d.situation == TABLE.situation_of(entry), (text, d.candidates)
        assert d.step == entry.step, text
        assert d.status_label == entry.code and d.status is not None, text
        assert d.status.reliability == entry.reliability


@pytest.mark.parametrize(("text", "code"), [
    ("mon dossier est passé en CONTROLE_EN_ATTENTE_PEC, ça veut dire quoi ?", "controle_en_attente_pec"),
    ("mon dossier est passé en controle en atente pec, ça veut dire quoi ?", "controle_en_attente_pec"),
    ("my dossier got the status CSS_MANUELS_A_AFFECTER", "css_manuels_a_affecter"),
    ("Statut : prop decision pref a effectuer, c'est bon signe ?", "prop_decision_pref_a_effectuer"),
    ("طلب التجنس: CONTROLE_EN_ATTENTE_PEC منذ شهرين", "controle_en_attente_pec"),
    ("вже рік статус controle en attente pec", "controle_en_attente_pec"),
])
def test_a_code_inside_a_sentence(engine: Engine, text: str, code: str) -> None:
    d = engine.diagnose_text(text)
    assert d.status_code == code and d.situation == TABLE.situation
    assert d.prefecture_message is not None  # a question on the progress of a file


def test_the_july_2026_macro_and_flags(engine: Engine) -> None:
    d = engine.diagnose_text(
        "DECISION_NOTIFIEE|SHOW_DECISION_DOWNLOAD_BUTTON|CAN_ACCESS_DMR|MES_DEMANDES.DECISION_STATUS|STATUT_DOSSIER_COMPLETED")
    assert (d.situation, d.step, d.status_code) == (TABLE.situation, "decision_made", "decision_notifiee")
    found = {ev.pattern for ev in d.evidence}
    assert {"status_codes/SHOW_DECISION_DOWNLOAD_BUTTON", "status_codes/STATUT_DOSSIER_COMPLETED"} <= found


def test_ordinary_words_are_no_internal_code() -> None:
    recognizer = StatusRecognizer(TABLE)
    for text in ("mon dossier déposé depuis trois mois, rien", "I saved a draft of my letter",
                 "la décision notifiée par courrier", "non applicable à mon cas"):
        assert not [m for m in recognizer.find(text) if m.entry.kind in INTERNAL], text
    # the same words written as a code, or pasted alone, are the code
    assert [m.entry.code for m in recognizer.find("statut DOSSIER_DEPOSE")] == ["dossier_depose"]
    assert [m.entry.code for m in recognizer.find("draft")] == ["draft"]


def test_a_next_step_or_a_negation_is_not_the_status() -> None:
    recognizer = StatusRecognizer(TABLE)
    for text in ("Étape suivante : Décision prise", "Next step: Decision made", "pas encore de décision prise",
                 "Document indisponible", "document non disponible"):
        assert not [m for m in recognizer.find(text) if m.entry.kind == "label"], text
    assert [m.entry.code for m in recognizer.find("Décision prise — Document disponible")] == [
        "Décision prise", "Document disponible"]


def test_a_typo_is_tolerated_but_not_another_word() -> None:
    recognizer = StatusRecognizer(TABLE)
    assert [m.entry.code for m in recognizer.find("Examen des pieces en cour")] == ["Examen des pièces en cours"]
    assert [m.entry.code for m in recognizer.find("Decisi0n prise")] == ["Décision prise"]
    # "défavorable" is not "favorable": a word with two letters more is another word
    assert not [m for m in recognizer.find("attestation de décision défavorable") if m.entry.code.endswith("favorable")]


@pytest.mark.parametrize(("text", "detail"), [
    ("Instruction en cours — renouvellement de titre de séjour, rien depuis 5 mois", "waiting_sejour"),
    ("18 mois depuis le dépôt de mon dossier de naturalisation et aucune nouvelle", "waiting_naturalisation"),
    ("mon attestation de prolongation a expiré et la préfecture ne répond pas", "attestations"),
    ("Mon employeur refuse mon attestation de dépôt, est-ce un titre de séjour ?", "attestations"),
    ("ma demande a été classée sans suite", "closed"),
    ("Notre dossier est caduc d'après la préfecture, que faire ?", "closed"),
    ("J'ai reçu une décision de refus de titre de séjour", "refused"),
    ("my residence permit application was refused, what can I do", "refused"),
])
def test_each_kind_brings_its_explanations(engine: Engine, text: str, detail: str) -> None:
    d = engine.diagnose_text(text, lang="fr")
    assert d.situation == TABLE.situation and detail in d.status_details, (d.candidates, d.status_details)
    texts = [s.text for s in d.fix.steps]
    for step in KB.status_details[detail].steps:
        assert step.text["fr"] in texts  # every step of the block, with its source
    assert all(s.source_url.startswith("http") for s in d.fix.steps)


def test_the_attestation_block_answers_the_usual_questions(engine: Engine) -> None:
    d = engine.diagnose_text("l'attestation de prolongation d'instruction a expiré hier, mon employeur veut un document")
    words = " ".join(s.text for s in d.fix.steps)
    for needle in ("3 mois", "France Travail", "CAF", "employeur", "attestation de dépôt", "préfecture", "récépissé"):
        assert needle in words
    assert d.status.reliability == "official" and "F36206" in d.status.source_title


@pytest.mark.parametrize(("text", "detail", "site"), [
    ("France-Visas — Votre demande de visa a été enregistrée", "not_anef_visa", "France-Visas"),
    ("TLScontact : votre rendez-vous pour le dépôt du visa est confirmé", "not_anef_visa", "France-Visas"),
    ("Je n'arrive pas à avoir un rendez-vous en préfecture pour les empreintes, aucun créneau",
     "not_anef_appointment", "préfecture"),
    ("Mon dossier sur demarches-simplifiees.fr est en construction", "not_anef_ds", "Démarches simplifiées"),
])
def test_another_website_is_said_plainly(engine: Engine, text: str, detail: str, site: str) -> None:
    d = engine.diagnose_text(text, lang="fr")
    assert d.situation == engine.kb.fallback.id and d.status_details == (detail,)
    assert site in d.title and "ANEF" in d.title
    assert d.title != engine.kb.fallback.title["fr"] and d.prefecture_message is None


def test_an_appointment_elsewhere_adds_nothing(engine: Engine) -> None:
    d = engine.diagnose_text("Doctolib — Votre rendez-vous est confirmé pour le mardi 14 mai à 10h30")
    assert d.status_details == () and d.status is None and d.title == engine.kb.fallback.title["fr"]


def test_the_explanation_speaks_every_language(engine: Engine) -> None:
    d = engine.diagnose_text("CONTROLE_EN_ATTENTE_PEC", lang="fr")
    seen = set()
    for lang in KB.settings.languages:
        other = engine.localize(d, lang)
        assert other.status.meaning == TABLE.meanings["civil_status_check"][lang]
        assert other.status.reliability_note == TABLE.reliability["interpretation"][lang]
        assert other.status_code == d.status_code and other.status_details == d.status_details
        detail = KB.status_details["waiting_naturalisation"].steps[0].text[lang]
        assert detail in [s.text for s in other.fix.steps]
        seen.add(other.status.meaning)
    assert len(seen) == len(KB.settings.languages)


def test_every_text_of_the_table_is_in_every_language() -> None:
    for name, text in list(TABLE.meanings.items()) + list(TABLE.reliability.items()):
        assert set(text) == set(KB.settings.languages), name
    for name, detail in KB.status_details.items():
        for step in detail.steps:
            assert set(step.text) == set(KB.settings.languages), name


def test_the_json_carries_the_status(capsys) -> None:
    out = io.StringIO()
    assert main(["diagnose", "--json", "--lang", "en", "--text", "my dossier got the status CSS_MANUELS_A_AFFECTER"], out=out) == 0
    data = json.loads(out.getvalue())
    assert data["status_code"] == "css_manuels_a_affecter" and data["status_label"] is None
    assert data["status"]["reliability"] == "interpretation" and data["status"]["source_url"].startswith("https://")
    assert "proposal" in data["status"]["meaning"] and data["status_details"] == ["closed"]
    assert data["prefecture_message"].startswith("Demande d'information")


def test_the_text_report_says_it_is_an_interpretation() -> None:
    out = io.StringIO()
    assert main(["diagnose", "--lang", "en", "--text", "CONTROLE_EN_ATTENTE_PEC"], out=out) == 0
    report = out.getvalue()
    assert "not a promise" in report and "Message for the prefecture" in report


# -- the table's weight drives the evidence; the loader checks the table ------------------


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_the_weight_comes_from_the_table(knowledge_copy: Path) -> None:
    _edit(knowledge_copy / "status_codes.yaml", lambda d: d["weights"].update(code=0.0))
    engine = Engine(knowledge_copy, learned_weights=False)  # the table and the rules alone: the examples know codes too
    d = engine.diagnose_text("CONTROLE_EN_ATTENTE_PEC")
    assert d.situation == engine.kb.fallback.id  # no weight, no evidence
    assert d.status_code == "controle_en_attente_pec"  # still explained


def test_an_entry_can_support_another_situation() -> None:
    entry = next(e for e in CODES if e.code == "DEMANDE_COMPLEMENT_INSTRUCTION")
    assert TABLE.situation_of(entry) != TABLE.situation
    d = Engine().diagnose_text("DEMANDE_COMPLEMENT_INSTRUCTION")
    assert d.situation == TABLE.situation_of(entry) and d.step is None and d.prefecture_message is None


@pytest.mark.parametrize(("change", "needle"), [
    (lambda d: d["entries"][0].update(step="approved"), r"entries\.0 \(draft\)\.step"),
    (lambda d: d["entries"][0].update(meaning="nowhere"), r"entries\.0 \(draft\)\.meaning"),
    (lambda d: d["entries"][0].update(source="a-blog"), r"entries\.0 \(draft\)\.source"),
    (lambda d: d["entries"][0].update(detail="nothing"), r"entries\.0 \(draft\)\.detail"),
    (lambda d: d["entries"][0].update(situation="nowhere"), r"entries\.0 \(draft\)\.situation"),
    (lambda d: d["entries"][0].update(reliability="sure"), r"entries\.0\.reliability"),
    (lambda d: d["meanings"]["draft"].pop("en"), r"meanings\.draft: missing language"),
    (lambda d: d["entries"].append(dict(d["entries"][0])), "listed twice"),
])
def test_a_broken_table_names_file_and_field(knowledge_copy: Path, change, needle: str) -> None:
    _edit(knowledge_copy / "status_codes.yaml", change)
    with pytest.raises(KnowledgeError, match=r"status_codes\.yaml: .*" + needle):
        load_knowledge(knowledge_copy)


def test_a_broken_detail_names_file_and_field(knowledge_copy: Path) -> None:
    _edit(knowledge_copy / "status_details.yaml", lambda d: d["details"]["closed"]["steps"][0].update(source="a-blog"))
    with pytest.raises(KnowledgeError, match=r"status_details\.yaml: details\.closed\.steps\.0\.source"):
        load_knowledge(knowledge_copy)
    _edit(knowledge_copy / "status_details.yaml", lambda d: d["details"]["closed"].update(for_steps=["later"]))
    with pytest.raises(KnowledgeError, match="status_details.yaml"):
        load_knowledge(knowledge_copy)


def test_recognising_is_cheap_on_a_long_page() -> None:
    # Not a timing test: the work is bounded by exact look-ups and a few fuzzy comparisons per word.
    recognizer = StatusRecognizer(TABLE)
    page = "Bienvenue dans votre espace personnel. " * 300 + " CONTROLE_EN_ATTENTE_PEC"
    assert [m.entry.code for m in recognizer.find(page)] == ["controle_en_attente_pec"]


@pytest.mark.parametrize(("text", "situation"), [
    ("Instruction en cours. Notification — Demande de pièces complémentaires", "missing_document"),
    ("Examen des pièces en cours — Pièce manquante : justificatif de domicile", "missing_document"),
    ("Traitement en cours… Le fichier dépasse la taille maximale autorisée (2 Mo).", "upload_error"),
])
def test_a_label_the_rules_already_read_counts_once(rules_engine: Engine, text: str, situation: str) -> None:
    # The label is also a rule's phrase: counted twice it would outweigh the page's real message.
    # (The rules and the table alone: what the examples weigh is another matter, test_learned.py.)
    d = rules_engine.diagnose_text(text)
    assert d.situation == situation, d.candidates
    assert d.status_label is None and d.status is None  # the label is not this page's explanation


def test_a_progress_bar_shows_the_label_of_the_step_the_request_is_at(engine: Engine) -> None:
    # A stepper names every step; the first one listed is not where the request stands.
    text = ("Suivi de ma demande de titre de séjour\nDépôt de la demande\nInstruction en cours depuis le 02/11/2025\n"
            "Décision\nRemise du titre")
    diagnosis = engine.diagnose_text(text)
    assert diagnosis.step == "in_progress"
    assert diagnosis.status_label is not None and diagnosis.status_label.lower().startswith("instruction")


def test_another_website_lowers_the_table_like_the_rules() -> None:
    """Démarches simplifiées' 'dossier classé sans suite' is no ANEF request."""
    from troubleshoot.understanding.status_codes import decide
    found = StatusRecognizer(TABLE).find("Votre dossier a été classé sans suite")
    assert found
    chosen = (KB.fallback.id, 1.0, None)
    assert decide(KB, found, [], chosen).situation == TABLE.situation
    factor = KB.settings.scoring.foreign_site_factor
    assert decide(KB, found, [], chosen, site_factor=factor).situation == KB.fallback.id
    engine = Engine()
    assert engine.diagnose_text("demarches-simplifiees.fr — Votre dossier a été classé sans suite").situation == KB.fallback.id
    assert engine.diagnose_text("ANEF — Votre dossier a été classé sans suite").situation == TABLE.situation


def test_an_outranking_phrase_lowers_the_table_like_the_rules() -> None:
    """A document asked for beside the label of a step: what the user must do wins."""
    from troubleshoot.understanding.status_codes import decide
    found = StatusRecognizer(TABLE).find("Votre attestation de dépôt est disponible")
    assert found
    chosen = ("missing_document", 0.8, None)
    assert decide(KB, found, [], chosen).situation == TABLE.situation  # the label alone outweighs it
    assert decide(KB, found, [], chosen, damping={TABLE.situation: 0.15}).situation == "missing_document"
