"""The diagnosis pipeline: image or text in, situation, fix and CCC message out.

One ``Engine`` loads the knowledge base and compiles the rules once; it is then
read-only, so the app shares one across sessions and the command line one
across inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from .errors import EmptyInputError
from .extract import Extracted, Line, extract
from .knowledge import KnowledgeBase, load_knowledge
from .matcher import Hit, RuleMatcher
from .models import CccFields, Diagnosis, Evidence
from .render import check_template, localize, render_ccc, render_fix
from .scoring import Ranking, rank

PARIS = ZoneInfo("Europe/Paris")
MAX_TEXT = 20_000  # characters analysed; a longer paste is cut (a page is ~3,000)


class Engine:
    def __init__(self, knowledge_dir: Path | str | None = None) -> None:
        self.kb: KnowledgeBase = load_knowledge(knowledge_dir)
        check_template(self.kb)
        self._matcher = RuleMatcher(self.kb)

    # -- public API -------------------------------------------------------
    def diagnose_text(self, text: str, *, lang: str | None = None, input_name: str = "text", now: datetime | None = None) -> Diagnosis:
        """Diagnose a pasted message or description (no image work at all)."""
        if not text or not text.strip():
            raise EmptyInputError("The text is empty.")
        return self._diagnose(text[:MAX_TEXT], (), (), input_name, self._lang(lang), now, None)

    def diagnose_image(self, source: bytes | str | Path, *, lang: str | None = None, input_name: str | None = None, now: datetime | None = None) -> Diagnosis:
        """OCR a screenshot or photo (bytes or a path), then diagnose its text."""
        from . import images, ocr  # image work is imported only when an image comes

        image = images.load_image(source)
        prepared, scale = images.prepare_for_ocr(image)
        settings = self.kb.settings.ocr
        result = ocr.read(prepared, languages=settings.languages, timeout=settings.timeout_seconds, scale=scale)
        boxes = [(w.start, w.end, w.box) for w in result.words]
        name = input_name if input_name is not None else str(source) if isinstance(source, str | Path) else "image"
        return self._diagnose(result.text, result.lines, boxes, name, self._lang(lang), now, result.mean_confidence)

    def ccc_message(self, diagnosis: Diagnosis, fields: CccFields, lang: str = "fr") -> str:
        """Render the CCC message again with fields the user edited.

        It is sent in French; ``lang`` renders the same message in the user's
        language so they know what they send.
        """
        situation = self.kb.situation(diagnosis.situation or self.kb.fallback.id)
        return render_ccc(self.kb, situation, fields, lang)

    def default_fields(self, diagnosis: Diagnosis) -> CccFields:
        """The CCC fields as read from the input (date, time, site, error text)."""
        return CccFields(
            site=diagnosis.site,
            date=diagnosis.seen_date.strftime("%d/%m/%Y") if diagnosis.seen_date else None,
            time=diagnosis.seen_time.strftime("%H:%M") if diagnosis.seen_time else None,
            error_text=diagnosis.error_text or None,
        )

    def title(self, situation_id: str, lang: str | None = None) -> str:
        return localize(self.kb.situation(situation_id).title, self._lang(lang))

    # -- internals --------------------------------------------------------
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
    ) -> Diagnosis:
        kb = self.kb
        result = self._matcher.match(text)
        ranking = rank(result.hits, kb)
        chosen = ranking.chosen
        situation = kb.situation(chosen.situation)
        now = now or datetime.now(PARIS)
        facts = extract(text, lines=lines, known_sites=kb.settings.site.known, default_year=now.year)
        poor = ocr_confidence is not None and (
            ocr_confidence < kb.settings.scoring.min_ocr_confidence or sum(c.isalpha() for c in text) < 15
        )
        evidence = tuple(
            Evidence(h.raw_text, f"{h.rule.owner}/{h.rule.spec.id}", h.rule.spec.weight, _boxes_for(h, boxes))
            for h in sorted(chosen.hits, key=lambda h: -h.rule.spec.weight)
        )
        error_text = _error_text(text, chosen.hits, bool(lines))
        variant = situation.variants.get(chosen.variant) if chosen.variant else None
        diagnosis = Diagnosis(
            input=input_name,
            lang=lang,
            situation=situation.id,
            step=chosen.variant,
            confidence=round(chosen.score, 3),
            text=text,
            title=localize(variant.title if variant else situation.title, lang),
            summary=localize(variant.summary if variant else situation.summary, lang),
            notice=localize(situation.notice, lang) if situation.notice else None,
            evidence=evidence,
            candidates=tuple((c.situation, c.score) for c in ranking.candidates),
            site=facts.site,
            seen_date=facts.seen_date,
            seen_time=facts.seen_time,
            emails=facts.emails,
            foreign_numbers=facts.foreign_numbers,
            error_codes=facts.error_codes,
            error_text=error_text,
            fix=render_fix(kb, situation, chosen.variant, lang),
            ocr_confidence=ocr_confidence,
            poor_reading=poor,
        )
        fields = self.default_fields(diagnosis)
        return _with_message(diagnosis, render_ccc(kb, situation, fields))


def _with_message(diagnosis: Diagnosis, message: str) -> Diagnosis:
    from dataclasses import replace

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
    for hit in sorted(hits, key=lambda h: -h.rule.spec.weight):
        start = text.rfind("\n", 0, hit.raw_start) + 1
        end = text.find("\n", hit.raw_end)
        span = (start, len(text) if end == -1 else end)
        if span not in spans:
            spans.append(span)
        if len(spans) == 2:
            break
    spans.sort()
    return " / ".join(" ".join(text[s:e].split()) for s, e in spans)
