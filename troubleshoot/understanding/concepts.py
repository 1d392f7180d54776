"""Concepts: the meanings situations are made of, found in a text by their stems.

``knowledge/concepts/*.yaml`` lists each concept's words per language;
``knowledge/concepts/stemming.yaml`` says how a language's words reach their
stem (a Snowball stemmer from PyStemmer where one exists, then prefix and
suffix rules written as data for the rest: Pashto, Ukrainian, Persian
clitics). Words and input go through the same normalisation and the same
stemming, so "identifiants", "Identifiant" and "identifiant" meet on
``identifi``. A token is looked up in every language of its script (a Latin
token as French and as English); a word of five letters or more that is
not found tolerates one typing error (two from nine letters) against the
stems of those languages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..knowledge import KnowledgeBase, LanguageSpec
from .normalize import Replacement, normalize_text

Key = tuple[str, str]  # (language, stem)
EXACT = "="  # a word written "=form" matches that form only
_SEPARATOR = "qqqwordbreakqqq"
_SHORT = 3  # tokens shorter than this match only words written as short
_PLAIN = re.compile(r"[^\W_]+(?: [^\W_]+)*")  # letters and digits in words separated by single spaces  # between words tokenised together; survives normalisation as one token


@dataclass(frozen=True)
class Mention:
    """A concept found in a text: tokens [start, end) and the knowledge word they matched."""

    concept: str
    start: int
    end: int
    word: str  # the word as the knowledge file writes it
    fuzzy: bool = False  # one of its tokens was matched despite a typing error
    part: bool = False  # found inside a token (an address, a file name), not as words


def script_of(token: str) -> str | None:
    """The writing system of a token's first letter (``latin``, ``arabic``, ``cyrillic``)."""
    for char in token:
        code = ord(char)
        if char.isascii():
            if char.isalnum():
                return "latin"  # digits too: error codes are listed with the Latin languages
            continue
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            return "arabic"
        if 0x0400 <= code <= 0x04FF:
            return "cyrillic"
        if char.isalpha():
            return "latin"
    return None


class LanguageStemmer:
    """One language's stemming: its Snowball stemmer (if any), then its affix rules."""

    def __init__(self, spec: LanguageSpec, rules: Sequence[Replacement]) -> None:
        self._snowball = Stemmer.Stemmer(spec.stemmer) if spec.stemmer else None
        # Affixes are written like words, so they are normalised like words.
        fold: Callable[[str], str] = lambda a: normalize_text(a, rules)  # noqa: E731
        self._prefixes = sorted({fold(p) for p in spec.prefixes if fold(p)}, key=len, reverse=True)
        self._suffixes = sorted({fold(s) for s in spec.suffixes if fold(s)}, key=len, reverse=True)
        self._min = spec.min_stem
        self._truncate = spec.truncate

    def __call__(self, token: str) -> str:
        # Affixes first, then Snowball: Snowball's Persian stemmer leaves "درخواستم"
        # whole but cuts "درخواست"; stripping the possessive first makes both meet.
        stem = token
        for prefix in self._prefixes:
            if stem.startswith(prefix) and len(stem) - len(prefix) >= self._min:
                stem = stem[len(prefix) :]
                break
        for _ in range(3):  # a plural, a case and a possessive: "حساب‌هایم", "جوړولی"
            for suffix in self._suffixes:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= self._min:
                    stem = stem[: -len(suffix)]
                    break
            else:
                break
        if self._snowball is not None and len(stem) > self._min:
            stem = self._snowball.stemWord(stem) or stem
        if self._truncate is not None:
            stem = stem[: self._truncate]
        return stem


class ConceptIndex:
    """Every concept word, stemmed, ready to be found in tokenised normalised text."""

    def __init__(self, kb: KnowledgeBase, tokenize: Callable[[str], list[str]]) -> None:
        self._kb = kb
        self._tokenize = tokenize
        spec = kb.stemming
        self.stemmers = {lang: LanguageStemmer(s, kb.normalization) for lang, s in spec.languages.items()}
        self._by_script: dict[str, tuple[str, ...]] = defaultdict(tuple)
        for lang, s in spec.languages.items():
            self._by_script[s.script] += (lang,)
        self._stem = lru_cache(maxsize=65536)(lambda lang, token: self.stemmers[lang](token))
        self._fuzzy_min = spec.fuzzy_min_length
        self._fuzzy_two = spec.fuzzy_two_from
        self._fuzzy_scripts = frozenset(spec.fuzzy_scripts)
        # (language, first stem) -> [(concept, all stems, word as written)]
        self._first: dict[Key, list[tuple[str, tuple[str, ...], str]]] = defaultdict(list)
        self._stems: dict[str, set[str]] = defaultdict(set)  # language -> every stem of its words
        self._surface: dict[str, dict[str, str]] = defaultdict(dict)  # language -> word as written -> its stem
        # (language, stem) -> the length of the shortest written token with that stem: a
        # token of one or two letters only stands for a word that short ("LI", a frame's
        # OCR crumb, is not French "lier", though both stem to "li").
        self._shortest: dict[Key, int] = {}
        self.words: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        entries = [(name, lang, word) for name, c in kb.concepts.items() for lang, ws in c.words.items() for word in ws]
        for (name, lang, word), tokens in zip(entries, self._tokenize_all([w for _, _, w in entries]), strict=True):
            if not tokens:
                continue
            # "=word": this very form only, never its stem (Russian "забыл", I forgot,
            # must not catch "забыли", the link's "you forgot").
            exact = tokens[0] == EXACT  # the tokenizer splits "=" off
            if exact:
                tokens = tokens[1:]
                if not tokens:
                    continue
            stems = tuple(EXACT + t if exact and i == 0 else self._stem(lang, t) for i, t in enumerate(tokens))
            self._first[(lang, stems[0])].append((name, stems, word))
            self._stems[lang].update(stems)
            for token, stem in zip(tokens, stems, strict=True):
                key = (lang, stem)
                self._shortest[key] = min(self._shortest.get(key, len(token)), len(token))
                if len(token) >= self._fuzzy_min and not stem.startswith(EXACT):
                    self._surface[lang].setdefault(token, stem)
            self.words[(name, lang)].append((word, stems))
        # Typos are measured on words as written, not on stems: "manqvante" is one letter
        # from "manquante", while their stems "manqv" and "manqu" are too short to compare.
        self._fuzzy_choices = {lang: sorted(words) for lang, words in self._surface.items()}
        parts = [(normalize_text(p, kb.normalization), name) for name, c in kb.concepts.items() for p in c.parts]
        self._parts: Mapping[str, str] = dict(parts)
        self._parts_re = (
            re.compile("|".join(re.escape(p) for p, _ in sorted(parts, key=lambda x: -len(x[0])) if p)) if parts else None
        )
        self._keys = lru_cache(maxsize=65536)(self._token_keys)
        self._all_stems = lru_cache(maxsize=65536)(self._stems_of)

    def _tokenize_all(self, words: list[str]) -> list[list[str]]:
        """Normalise every word at once (one pass instead of thousands: start-up time), then
        tokenise it. A word of letters, digits and spaces only is split on its spaces, which
        is what spaCy's tokenizer does with it, without spaCy creating a vocabulary entry per
        word (most of the start-up); anything else goes through the tokenizer."""
        joined = f" {_SEPARATOR} ".join(words)
        pieces = normalize_text(joined, self._kb.normalization).split(_SEPARATOR)
        out: list[list[str]] = []
        for piece in pieces:
            piece = piece.strip()
            exact = piece.startswith(EXACT)
            if exact:
                piece = piece[len(EXACT) :].strip()
            tokens = piece.split() if _PLAIN.fullmatch(piece) else self._tokenize(piece)
            out.append([EXACT, *tokens] if exact else tokens)
        return out

    def _token_keys(self, token: str) -> tuple[tuple[str, str, bool], ...]:
        """(language, stem, fuzzy) for each language of the token's script that knows it.

        A token some language knows exactly is never also read as another's typo
        ("erroné" is French, not a misspelt English "error").
        """
        script = script_of(token)
        if script is None:
            return ()
        langs = self._by_script.get(script, ())
        exact = tuple(
            (lang, stem, False)
            for lang in langs
            if (stem := self._stem(lang, token)) in self._stems[lang] and self._long_enough(lang, stem, token)
        )
        exact += tuple((lang, EXACT + token, False) for lang in langs if EXACT + token in self._stems[lang])
        if exact or script not in self._fuzzy_scripts or len(token) < self._fuzzy_min:
            return exact
        out = []
        limit = 2 if len(token) >= self._fuzzy_two else 1
        for lang in langs:
            if not self._kb.stemming.languages[lang].fuzzy:
                continue
            found = process.extractOne(
                token, self._fuzzy_choices.get(lang, ()), scorer=Levenshtein.distance, score_cutoff=limit
            )
            if found is not None and found[0][0] == token[0]:
                out.append((lang, self._surface[lang][found[0]], True))
        return tuple(out)

    def _long_enough(self, lang: str, stem: str, token: str) -> bool:
        return len(token) >= _SHORT or len(token) >= self._shortest.get((lang, stem), 0)

    def stem_keys(self, token: str) -> tuple[tuple[str, str, bool], ...]:
        return self._keys(token)

    def token_stems(self, token: str) -> tuple[tuple[str, str], ...]:
        """(language, stem) of a normalised token in every language of its script, known
        to a concept or not: the learned weights' words (``learned.py``)."""
        return self._all_stems(token)

    def _stems_of(self, token: str) -> tuple[tuple[str, str], ...]:
        script = script_of(token)
        return tuple((lang, self._stem(lang, token)) for lang in self._by_script.get(script, ())) if script else ()

    def find(self, tokens: Sequence[str], text: str = "", starts: Sequence[int] = ()) -> list[Mention]:
        """Every concept mention in ``tokens`` (normalised); ``text``/``starts`` let ``parts`` be found."""
        keys = [self._keys(t) for t in tokens]
        found: list[Mention] = []
        seen: set[tuple[str, int, int]] = set()
        for index, options in enumerate(keys):
            for lang, stem, fuzzy in options:
                for concept, stems, word in self._first.get((lang, stem), ()):
                    end = index + len(stems)
                    if end > len(tokens):
                        continue
                    typo = fuzzy
                    for offset in range(1, len(stems)):
                        match = next((f for lg, st, f in keys[index + offset] if lg == lang and st == stems[offset]), None)
                        if match is None:
                            break
                        typo = typo or match
                    else:
                        if (concept, index, end) not in seen:
                            seen.add((concept, index, end))
                            found.append(Mention(concept, index, end, word, typo))
        if self._parts_re is not None and starts:
            from bisect import bisect_right

            for hit in self._parts_re.finditer(text):
                token = bisect_right(starts, hit.start()) - 1
                concept = self._parts[hit.group(0)]
                if token >= 0 and (concept, token, token + 1) not in seen:
                    seen.add((concept, token, token + 1))
                    found.append(Mention(concept, token, token + 1, hit.group(0), part=True))
        found.sort(key=lambda m: (m.start, m.end, m.concept))
        return found
