"""Concepts are found by their stems, in every language, despite typos and missing accents."""

import pytest

from troubleshoot.knowledge import LanguageSpec, load_knowledge
from troubleshoot.understanding.concepts import EXACT, LanguageStemmer, script_of
from troubleshoot.understanding.matcher import RuleMatcher

KB = load_knowledge()
MATCHER = RuleMatcher(KB)
INDEX = MATCHER.concepts
WORDS = [(name, lang, word) for name, c in KB.concepts.items() for lang, words in c.words.items() for word in words]


def _concepts(text: str) -> set[str]:
    return {m.concept for m in MATCHER.mentions(text)}


def test_every_concept_has_words_in_every_language_it_is_used_in() -> None:
    for name, concept in KB.concepts.items():
        assert concept.parts or any(concept.words.values()), name
        # The meanings users type need all seven languages; error codes and site names need not.
        if len(concept.words) > 2:
            assert set(concept.words) == set(KB.stemming.languages), (name, sorted(concept.words))


def test_no_part_is_plain_words_once_normalised() -> None:
    """A part is found inside a token (an address, a file name). One the normalisation
    turns into plain words ("mot_de_passe_oublie" into "mot de passe oublie") is found
    in the page's own words instead: the sign-in page's link read as a reset page's address."""
    from troubleshoot.understanding.normalize import normalize_text

    words_only = [
        (name, part) for name, c in KB.concepts.items() for part in c.parts
        if " " in (n := normalize_text(part, KB.normalization)) and n.replace(" ", "").isalpha() and " " not in part
    ]
    assert words_only == []
    assert "reset_password_page" not in _concepts("Mot de passe\nMot de passe oublié ?")


def test_every_word_in_every_language_reaches_its_stem_form() -> None:
    """Each word, written as its file writes it, is found as its own concept: its
    normalised tokens all reach the stems the index holds for it."""
    missed = [(n, lang, w) for n, lang, w in WORDS if not w.startswith(EXACT) and n not in _concepts(w)]
    assert missed == []


def test_stems_are_not_empty_and_no_longer_than_the_word() -> None:
    for (name, lang), entries in INDEX.words.items():
        for word, stems in entries:
            assert stems and all(s for s in stems), (name, lang, word)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("identifiants", "identifier"),  # French plural
        ("IDENTIFIANT", "identifier"),  # case
        ("expirée", "expired"),
        ("expiree", "expired"),  # no accents
        ("passwords", "password"),  # English plural
        ("пароля", "password"),  # Russian genitive
        ("заблокована", "locked"),  # Ukrainian, no Snowball stemmer: endings as data
        ("حسابي", "account"),  # Arabic possessive
        ("حسابم", "account"),  # Persian possessive, stripped before Snowball's Persian stemmer
        ("پاسورډونه", "password"),  # Pashto plural
    ],
)
def test_inflected_forms_reach_the_stem(text: str, concept: str) -> None:
    assert concept in _concepts(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("indentifiant", "identifier"),
        ("invalde", "invalid"),
        ("pasword", "password"),
        ("неверрный", "invalid"),
    ],
)
def test_typing_errors_are_tolerated_on_long_words(text: str, concept: str) -> None:
    mention = next(m for m in MATCHER.mentions(text) if m.concept == concept)
    assert mention.fuzzy


def test_short_words_and_arabic_script_words_must_be_spelled_right() -> None:
    assert "locked" not in _concepts("look")  # "lock" is too short to be a typo of anything
    assert "card" not in _concepts("کار")  # work, not a card (کارت)


def test_sms_spelling_is_normalised_as_data() -> None:
    # jarrive -> j arrive, pa -> pas, g -> j ai: rules of normalization.yaml, not code.
    assert "cannot" in _concepts("jarrive pa a me connecter")
    assert "forgot" in _concepts("g oublié mon mdp")
    assert "cannot" in _concepts("i cant sign in")


def test_an_exact_form_does_not_catch_its_inflections() -> None:
    assert "me" in _concepts("Я забыл пароль")
    assert "me" not in _concepts("Забыли пароль?")  # the link's "you forgot", same stem


def test_parts_are_found_inside_a_token() -> None:
    assert "anef_site" in _concepts("https://administration-etrangers-en-france.interieur.gouv.fr/#/connexion")
    assert "file" in _concepts("releve_EDF.pdf")


def test_a_known_word_is_not_also_read_as_another_languages_typo() -> None:
    # "erroné" is French (invalid); it is not an English "error" with a typo.
    assert "error" not in _concepts("Code confidentiel erroné")


def test_script_of_tells_the_writing_system() -> None:
    assert [script_of(t) for t in ("mot", "503", "пароль", "رمز", "--")] == ["latin", "latin", "cyrillic", "arabic", None]


def test_language_stemmer_strips_affixes_within_the_minimum() -> None:
    stem = LanguageStemmer(LanguageSpec(script="cyrillic", suffixes=["ами", "и"], min_stem=3, truncate=6), KB.normalization)
    assert stem("файлами") == "файл" and stem("файли") == "файл"
    assert stem("ми") == "ми"  # never below the minimum
    assert len(stem("електронної")) == 6  # truncated: its endings vary too much to list


def test_a_status_word_is_not_read_as_a_decision_or_a_request_for_documents() -> None:
    # "statut" is one letter from "statue" (decision ruled); "marqué" from "manque" (missing);
    # English "request" the noun shares its stem with "requested".
    assert _concepts("le statut est passé") >= {"status"} and "decision" not in _concepts("le statut est passé")
    assert "required" not in _concepts("c'est marqué en cours")
    assert "required" not in _concepts("my request") and "required" in _concepts("documents requested")


def test_a_step_to_come_and_a_closed_request_are_concepts() -> None:
    assert "not_yet" in _concepts("dès que la décision sera prise")
    assert "not_yet" in _concepts("a decision will be made")
    for text in ("classée sans suite", "закрыли", "закрили", "بدون متابعة", "بسته شد", "closed"):
        assert "closed" in _concepts(text), text


def test_everyday_words_are_not_read_as_a_concepts_typo_or_stem() -> None:
    # "maintenant" (now) shares French's stem with "maintenance"; "processus" is one letter
    # from "processing", "parce" from "parcel", "argent" from "agent".
    assert "maintenance" not in _concepts("je suis sans papiers maintenant")
    assert "maintenance" in _concepts("Site en maintenance")
    assert "in_progress" not in _concepts("le processus d'authentification")
    assert "other_place" not in _concepts("parce que")
    assert "agent" not in _concepts("pas d'argent")


def test_no_word_is_read_as_a_boolean() -> None:
    # YAML reads a bare no, yes, on or off as a boolean: English "no" became the word "False".
    import yaml

    from tests.conftest import KNOWLEDGE

    for path in sorted((KNOWLEDGE / "concepts").glob("*.yaml")):
        for name, concept in (yaml.safe_load(path.read_text(encoding="utf-8")).get("concepts") or {}).items():
            for lang, words in concept.items():
                if isinstance(words, list):
                    assert not any(isinstance(w, bool) for w in words), (path.name, name, lang)
    assert "negation" in _concepts("I have no account")


def test_important_is_no_import() -> None:
    # French and English stem "important" like "importer"/"import" (an upload).
    assert "upload" not in _concepts("un nombre important de demandes")
    assert "upload" in _concepts("impossible d'importer le fichier")


def test_a_steppers_marks_are_concepts() -> None:
    """A filled dot marks the step reached, an empty one a step to come: found inside any token."""
    assert "step_current" in _concepts("Instruction en cours ●")
    assert "step_todo" in _concepts("Décision prise ○")
    assert not {"step_current", "step_todo"} & _concepts("Instruction en cours")


def test_a_success_message_is_a_concept_and_its_look_alikes_are_not() -> None:
    for text in ["Votre mot de passe a été mis à jour.", "Your email address has been verified.",
                 "Ваш пароль оновлено.", "تم تحديث كلمة المرور الخاصة بك.", "رمز عبور شما به روز شده است."]:
        assert "done" in _concepts(text), text
    # Ukrainian stems are cut short: "you verified" (підтвердили) is no success message, its exact form is
    assert "done" not in _concepts("Можливо, Ви вже підтвердили свою електронну адресу.")
    assert "done" in _concepts("Адреса електронної пошти підтверджена")


def test_an_empty_field_is_not_a_request_for_documents() -> None:
    """'Please specify password' (fill_in) is the sign-in form's, not 'documents required'."""
    for text in ["Please specify password.", "Veuillez indiquer votre mot de passe.", "لطفا رمز عبور را مشخص کنید",
                 "Будь ласка, вкажіть пароль.", "الرجاء تحديد كلمة المرور."]:
        found = _concepts(text)
        assert "fill_in" in found and "required" not in found, text


def test_a_one_or_two_letter_crumb_is_not_a_longer_word_with_the_same_stem() -> None:
    # OCR of a tab's icon or a toolbar gives crumbs such as "LI"; French "lier" stems to "li" too.
    assert "link_accounts" in _concepts("lier mon compte")
    assert "link_accounts" not in _concepts("LI Mes demandes")
    assert "link_accounts" not in _concepts("li")


def test_already_been_used_meets_already_used() -> None:
    # A passive's auxiliary between "already" and its participle.
    assert "exists_already" in _concepts("This e-photo code has already been used for another application.")
    assert "exists_already" in _concepts("Ce code a déjà été utilisé pour une autre demande.")
