"""The diagnosis pipeline: image or text in, situation, fix and CCC message out.

One ``Engine`` loads the knowledge base and compiles the rules once; it is then
read-only, so the app shares one across sessions and the command line one
across inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .answering import prefecture_message
from .answering.render import check_template, render_ccc, render_fix
from .errors import EmptyInputError
from .knowledge import KnowledgeBase, SituationSpec, load_knowledge, localize
from .models import SCREEN, CccFields, Diagnosis, Evidence
from .reading.extract import Line, extract
from .understanding import learned, status_codes, stepper
from .understanding.layout import weigh
from .understanding.matcher import Hit, RuleMatcher
from .understanding.scoring import blend, rank

PARIS = ZoneInfo("Europe/Paris")
MAX_TEXT = 20_000  # characters analysed; a longer paste is cut (a page is ~3,000)
STRONG = 0.75  # below this confidence an image is read a second way
HINT = 0.2  # a situation score this high on an unrecognised page is worth a second look
CLEAN_READING = 85.0  # mean OCR word confidence of a page read cleanly

if TYPE_CHECKING:
    from .reading.strategy import Reading


class Engine:
    def __init__(self, knowledge_dir: Path | str | None = None, *, learned_weights: bool = True) -> None:
        self.kb: KnowledgeBase = load_knowledge(knowledge_dir)
        check_template(self.kb)
        prefecture_message.check(self.kb)
        self._matcher = RuleMatcher(self.kb)
        self._status = status_codes.StatusRecognizer(self.kb.status_table)
        # ``learned_weights=False``: the rules alone (``troubleshoot learn``, comparisons).
        self._learned = learned.LearnedWeights.load(self.kb.root) if learned_weights else None

    def learned_features(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """The features the learned weights weigh in ``text`` (``troubleshoot learn``, tests)."""
        seen = self._matcher.match(text).seen
        return learned.features(seen, self._matcher.concepts) if seen is not None else {}

    # -- public API -------------------------------------------------------
    def diagnose_text(self, text: str, *, lang: str | None = None, input_name: str = "text", now: datetime | None = None) -> Diagnosis:
        """Diagnose a pasted message or description (no image work at all)."""
        if not text or not text.strip():
            raise EmptyInputError("The text is empty.")
        return self._diagnose(text[:MAX_TEXT], (), (), input_name, self._lang(lang), now, None)

    def diagnose_image(self, source: bytes | str | Path, *, lang: str | None = None, input_name: str | None = None, now: datetime | None = None) -> Diagnosis:
        """OCR a screenshot or photo (bytes or a path), then diagnose its text.

        A fast first reading serves most screenshots. Only when it is weak (no
        situation, or a doubtful one) is the image read a second way; and only
        when the clock or the address was not read are the screen's top and
        bottom edges read again on their own.
        """
        from .reading import strategy as reading  # image work is imported only when an image comes

        name = input_name if input_name is not None else str(source) if isinstance(source, str | Path) else "image"
        lang = self._lang(lang)
        image = reading.load(source)
        settings = self.kb.settings.ocr
        first = reading.read(image, settings, strong=False)
        best = self._diagnose_reading(first, name, lang, now)
        misread = reading.looks_misread(best.text)
        if self._weak(best) or (best.situation == self.kb.fallback.id and misread):
            # A page in another script read as Latin noise is read again in its script.
            script = None
            poor = best.ocr_confidence is not None and best.ocr_confidence < settings.script_check_below
            if poor or misread:
                script = reading.languages_for_script(
                    image, settings, lang, reading.misread_region(best.words, image.size), first.grey
                )
            second = reading.read(image, settings, strong=True, languages=script[1] if script else None, frame_of=first)
            other = self._diagnose_reading(second, name, lang, now)
            if script is not None:
                other = replace(other, page_script=script[0])
            if self._better(other, best):
                best, first = other, second
        if not best.clock_at_edge or best.site is None or best.seen_date is None:
            edges = reading.read_edges(
                first, settings, clock=not best.clock_at_edge, address=best.site is None, date=best.seen_date is None
            )
            if edges is not None:
                best = replace(self._diagnose_reading(edges, name, lang, now), page_script=best.page_script)
        return best

    def localize(self, diagnosis: Diagnosis, lang: str) -> Diagnosis:
        """The same diagnosis in another language, without reading the image again."""
        lang = self._lang(lang)
        situation = self.kb.situation(diagnosis.situation or self.kb.fallback.id)
        localized = replace(diagnosis, lang=lang, **_wording(self.kb, situation, diagnosis.step, lang))
        return self._with_status(localized, situation, diagnosis.status.found if diagnosis.status else "")

    def prefecture_message(self, diagnosis: Diagnosis, values: dict[str, str] | None = None, lang: str = "fr") -> str | None:
        """The message for the préfecture (progress of a file), with what the user typed; ``None`` otherwise."""
        return prefecture_message.build(self.kb, diagnosis.situation, diagnosis.status_label, lang, values)

    def ccc_message(self, diagnosis: Diagnosis, fields: CccFields, lang: str = "fr") -> str:
        """Render the CCC message again with fields the user edited.

        It is sent in French; ``lang`` renders the same message in the user's
        language so they know what they send.
        """
        situation = self.kb.situation(diagnosis.situation or self.kb.fallback.id)
        return render_ccc(self.kb, situation, fields, lang)

    def default_fields(self, diagnosis: Diagnosis) -> CccFields:
        """The CCC fields as read from the input (site, error text; date and time from a screenshot).

        A date or time is filled in only when it was read on the screenshot, and
        then said to be; a pasted text's dates are not taken as the problem's
        (nothing says they are), so the message keeps its placeholders for them.
        """
        shows = diagnosis.shows
        seen_date = diagnosis.shown_date if shows is not None else None
        seen_time = diagnosis.seen_time if shows is not None else None
        return CccFields(
            site=diagnosis.site,
            date=seen_date.strftime("%d/%m/%Y") if seen_date else None,
            time=seen_time.strftime("%H:%M") if seen_time else None,
            error_text=diagnosis.error_text or None,
            date_source=SCREEN if seen_date else None,
            time_source=SCREEN if seen_time else None,
            screenshot=shows,
        )

    # -- internals --------------------------------------------------------
    def _diagnose_reading(self, read: Reading, name: str, lang: str, now: datetime | None) -> Diagnosis:
        result = read.ocr
        boxes = [(w.start, w.end, w.box) for w in result.words]
        diagnosis = self._diagnose(result.text, result.lines, boxes, name, lang, now, result.mean_confidence,
                                   read.ink_grey)
        return replace(diagnosis, view=read.view, words=result.words)

    def _screen_step(self, text: str, lines: Sequence[Line], boxes: Sequence[tuple[int, int, tuple[int, int, int, int]]],
                     seen: learned.Tokens | None, hits: Sequence[Hit], situation: str, grey: Any) -> str | None:
        """The step a screen's stepper shows (``stepper.screen_step``), its names read alone by the rules."""
        stepped = [h for h in hits if h.rule.owner == situation and h.rule.spec.variant]
        concept = self.kb.settings.layout.step_mark
        marks = [(seen.spans[m.start][0], seen.spans[m.end - 1][1]) for m in seen.mentions
                 if m.concept == concept] if seen is not None and concept else []

        def step_of(name: str) -> str | None:
            ranking = rank(self._matcher.match(name).hits, self.kb)
            return next((c.variant for c in ranking.candidates if c.situation == situation), None)

        from .reading import ink  # image work is imported only when an image comes

        return stepper.screen_step(
            text, [(line.start, line.end, line.stroke, line.frame) for line in lines], boxes, marks,
            [(h.rule.spec.variant, h.raw_start) for h in stepped], step_of,
            ink.darkness(grey) if grey is not None else None)

    def _weak(self, diagnosis: Diagnosis) -> bool:
        """Worth a second reading: a doubtful situation, a poor reading, or no
        situation while the page held some hint or was not read cleanly. A page
        read cleanly with no hint at all (another website) is left as it is."""
        if diagnosis.poor_reading:
            return True
        if diagnosis.situation != self.kb.fallback.id:
            return diagnosis.confidence < STRONG
        if diagnosis.other_site:
            return False  # clearly another website: reading it again will not make it ANEF
        hint = max((score for _, score in diagnosis.candidates), default=0.0)
        return hint >= HINT or (diagnosis.ocr_confidence or 0.0) < CLEAN_READING

    def _better(self, other: Diagnosis, current: Diagnosis) -> bool:
        # A situation beats none; then the surer one. With none either way: the reading
        # that is not poor, then the nearer to a situation, then the one read more
        # cleanly (its text goes into the CCC message).
        def key(d: Diagnosis) -> tuple[bool, bool, float, float]:
            if d.situation != self.kb.fallback.id:
                return (True, True, d.confidence, 0.0)
            return (False, not d.poor_reading, -d.confidence, d.ocr_confidence or 0.0)

        return key(other) > key(current)

    def _with_status(self, diagnosis: Diagnosis, situation: SituationSpec, found: str) -> Diagnosis:
        """The status explanation, the detail blocks' steps (after the step's own) and, for
        another website's detail, its title; and the préfecture message."""
        kb, lang = self.kb, diagnosis.lang
        status = status_codes.explain(kb, diagnosis.status_code or diagnosis.status_label, found, lang)
        fix = diagnosis.fix
        if fix is not None and diagnosis.status_details:
            own = len(situation.variants[diagnosis.step].steps) if diagnosis.step in situation.variants else 0
            extra = status_codes.detail_steps(kb, diagnosis.status_details, lang)
            fix = replace(fix, steps=fix.steps[:own] + extra + fix.steps[own:])
        title, summary = diagnosis.title, diagnosis.summary
        headline = status_codes.headline(kb.status_details, diagnosis.status_details, lang)
        if headline is not None and situation.fallback:
            title, summary = headline
        message = prefecture_message.build(kb, situation.id, diagnosis.status_label)
        return replace(diagnosis, status=status, fix=fix, title=title, summary=summary, prefecture_message=message)

    def _lang(self, lang: str | None) -> str:
        settings = self.kb.settings
        return lang if lang in settings.languages else settings.default_language

    def _diagnose(
        self,
        text: str,
        lines: Sequence[Line],
        boxes: Sequence[tuple[int, int, tuple[int, int, int, int]]],
        input_name: str,
        lang: str,
        now: datetime | None,
        ocr_confidence: float | None,
        grey: Any = None,  # the screen's grey levels (``ink.ink_grey``), for a stepper's drawn marks
    ) -> Diagnosis:
        kb = self.kb
        now = now or datetime.now(PARIS)
        site = kb.settings.site
        facts = extract(text, lines=lines, known_sites=site.known, today=now.date(), earliest=site.online_since,
                        day_first_words=site.day_first_bar_words,
                        day_first_browser_words=site.day_first_browser_words)
        result = self._matcher.match(text)
        hits = weigh(result.hits, text, lines, kb.settings.layout)
        found = self._status.find(text)
        # ANEF's internal codes quoted ("verification_formelle_a_traiter") say ANEF even beside
        # the CAF that stopped an allowance; its labels do not ("classé sans suite" is
        # Démarches simplifiées' too).
        quoted = any(m.entry.kind in status_codes.QUOTED and m.words >= 2 for m in found)
        rules = rank(hits, kb, other_site=kb.settings.site.is_other(facts.site), anef_words=quoted)
        prediction = None
        ranking = rules
        if self._learned is not None and not lines and result.seen is not None:
            # Pasted text only: the examples are messages and people's words, not whole pages.
            # A status code or label found names its step through the table, not the examples.
            prediction = self._learned.predict(learned.features(result.seen, self._matcher.concepts))
            ranking = blend(rules, prediction, kb, steps=not found)
        chosen = ranking.chosen
        if lines:
            # On a screen, a stepper says its step by where its mark sits, which name is in
            # bold or which marker is filled in (``stepper.py``). Every step name the rules saw
            # counts, not only the hits kept for the score (overlapping ones are pruned there).
            marked = self._screen_step(text, lines, boxes, result.seen, hits, chosen.situation, grey)
            if marked is not None and marked != chosen.variant:
                # The evidence shown keeps what says this step (and no other step's names).
                kept = tuple(h for h in chosen.hits if h.rule.spec.variant in (None, marked))
                chosen = replace(chosen, variant=marked, hits=kept)
        # The table competes with the situation chosen; its words count once beside the rules' own.
        outcome = status_codes.decide(
            kb, found, [(c.situation, c.score, c.variant, tuple((h.raw_start, h.raw_end, h.weight) for h in c.hits))
                        for c in rules.candidates], (chosen.situation, chosen.score, chosen.variant),
            site_factor=kb.settings.scoring.foreign_site_factor if ranking.foreign_context and not ranking.anef_context else 1.0,
            damping=rules.damping)
        if (outcome.situation, outcome.score, outcome.step) != (chosen.situation, chosen.score, chosen.variant):
            base = next((c for c in ranking.candidates if c.situation == outcome.situation), None)
            chosen = replace(base or chosen, situation=outcome.situation, score=outcome.score, variant=outcome.step,
                             hits=chosen.hits if base and base.situation == chosen.situation else base.hits if base else ())
        situation = kb.situation(chosen.situation)
        poor = ocr_confidence is not None and (
            ocr_confidence < kb.settings.scoring.min_ocr_confidence or sum(c.isalpha() for c in text) < 15
        )
        evidence = tuple(
            Evidence(
                h.raw_text, f"{h.rule.owner}/{h.rule.spec.id}", h.weight, _boxes_for(h, boxes),
                concepts=h.concepts, reason=h.rule.spec.why,
            )
            for h in sorted(chosen.hits, key=lambda h: -h.weight)
        ) + tuple(
            Evidence(m.found, f"status_codes/{m.entry.code}", kb.status_table.weight_of(m.entry),
                     tuple(b for s, e, b in boxes if s < m.end and m.start < e))
            for m in outcome.evidence
            if m.entry.step in (None, chosen.variant)  # a progress bar's other steps are not why
        ) + _learned_evidence(text, prediction, situation.id, kb.fallback.id)
        error_text = _error_text(text, chosen.hits, bool(lines))
        diagnosis = Diagnosis(
            input=input_name,
            lang=lang,
            situation=situation.id,
            step=chosen.variant,
            confidence=round(chosen.score, 3),
            text=text,
            **_wording(kb, situation, chosen.variant, lang),
            evidence=evidence,
            candidates=tuple((c.situation, c.score) for c in ranking.candidates),
            site=facts.site,
            seen_date=facts.seen_date,
            seen_time=facts.seen_time,
            emails=facts.emails,
            foreign_numbers=facts.foreign_numbers,
            error_codes=facts.error_codes,
            error_text=error_text,
            ocr_confidence=ocr_confidence,
            poor_reading=poor,
            clock_at_edge=facts.clock_at_edge,
            seen_date_year_guessed=facts.year_guessed,
            seen_date_order_guessed=facts.order_guessed,
            other_site=ranking.foreign_context and not ranking.anef_context,
            status_code=outcome.code.entry.code if outcome.code else None,
            status_label=outcome.label.entry.code if outcome.label else None,
            status_details=outcome.details,
        )
        shown = outcome.code or outcome.label
        diagnosis = self._with_status(diagnosis, situation, shown.found if shown else "")
        fields = self.default_fields(diagnosis)
        return _with_message(diagnosis, render_ccc(kb, situation, fields))


def _wording(kb: KnowledgeBase, situation: SituationSpec, step: str | None, lang: str) -> dict[str, Any]:
    """What a diagnosis says of its situation in ``lang``: its step's title and summary when it has one."""
    variant = situation.variants.get(step) if step else None
    return {
        "title": localize(variant.title if variant else situation.title, lang),
        "summary": localize(variant.summary if variant else situation.summary, lang),
        "notice": localize(situation.notice, lang) if situation.notice else None,
        "fix": render_fix(kb, situation, step, lang),
    }


def _learned_evidence(text: str, prediction: learned.Prediction | None, situation: str, fallback: str) -> tuple[Evidence, ...]:
    """The features that weighed most for the situation reported, with the words that said them."""
    if prediction is None or situation == fallback:
        return ()  # "nothing known" has no words of its own: "les", "minutes" explain nothing
    out = []
    for feature, weight, (start, end) in prediction.why(situation):
        words = text[start:end]
        if sum(c.isalnum() for c in words) < 3:
            continue
        # A concept (or two side by side) by its name; a word no concept lists as a word
        # (its stem stays in ``pattern``: learned/s:en:registr).
        named = feature[2:].split("+") if feature[:2] in ("c:", "p:") else ["word"]
        concepts = tuple((name, words) for name in named)
        out.append(Evidence(words, f"learned/{feature}", weight, concepts=concepts, reason=learned.REASON))
    return tuple(out)


def _with_message(diagnosis: Diagnosis, message: str) -> Diagnosis:
    return replace(diagnosis, ccc_message=message)


def _boxes_for(hit: Hit, boxes: Sequence[tuple[int, int, tuple[int, int, int, int]]]) -> tuple[tuple[int, int, int, int], ...]:
    return tuple(box for start, end, box in boxes if start < hit.raw_end and hit.raw_start < end)


def _error_text(text: str, hits: Sequence[Hit], from_image: bool) -> str:
    """The exact text of the message: the lines holding the strongest evidence."""
    stripped = text.strip()
    if not hits:
        return stripped if not from_image and len(stripped) <= 300 else ""
    if not from_image and len(stripped) <= 300:
        return stripped
    spans: list[tuple[int, int]] = []
    for hit in sorted(hits, key=lambda h: -h.weight):
        span = _sentence_span(text, hit.raw_start, hit.raw_end)
        if span not in spans:
            spans.append(span)
        if len(spans) == 2:
            break
    spans.sort()
    return " / ".join(" ".join(text[s:e].split()) for s, e in spans)


_SENTENCE_END = ".!?:;»"


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines around ``text[start:end]``, with the lines of the same sentence.

    A page wraps a heading on a narrow screen ("Une erreur technique est" /
    "survenue"): a line that starts in lower case after one that does not end a
    sentence continues it, so both are quoted, never the cut line alone.
    """
    bounds, offset = [], 0  # (start, end) of every line
    for line in text.split("\n"):
        bounds.append((offset, offset + len(line)))
        offset += len(line) + 1
    first = next(i for i, (s, e) in enumerate(bounds) if start <= e)
    last = next((i for i, (s, e) in enumerate(bounds) if end <= e), len(bounds) - 1)
    line = lambda i: text[bounds[i][0]:bounds[i][1]]  # noqa: E731
    while first > 0 and _continues(line(first), line(first - 1)):
        first -= 1
    while last + 1 < len(bounds) and _continues(line(last + 1), line(last)):
        last += 1
    return bounds[first][0], bounds[last][1]


def _continues(line: str, before: str) -> bool:
    """``line`` goes on the sentence of the line ``before`` it."""
    line, before = line.strip(), before.strip()
    return bool(line and before) and line[0].islower() and before[-1] not in _SENTENCE_END
