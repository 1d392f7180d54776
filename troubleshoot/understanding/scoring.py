"""Combine the rules that fired into a ranked list of situations."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..knowledge import KnowledgeBase
from .learned import Prediction
from .matcher import CONTEXT, Hit


@dataclass(frozen=True)
class Candidate:
    """A situation with its score (0-1), the hits behind it and its best variant."""

    situation: str
    score: float
    hits: tuple[Hit, ...]
    variant: str | None


@dataclass(frozen=True)
class Ranking:
    candidates: tuple[Candidate, ...]  # best first; only situations with hits
    chosen: Candidate  # the reported one: the best above threshold, else the fallback
    anef_context: bool
    foreign_context: bool
    # situation -> the factor outranking phrases of other situations lowered it by
    damping: Mapping[str, float] = field(default_factory=dict)


def _noisy_or(weights: list[float]) -> float:
    remaining = 1.0
    for weight in weights:
        remaining *= 1.0 - weight
    return 1.0 - remaining


def _distinct(hits: list[Hit]) -> list[Hit]:
    """The strongest hit for each stretch of text: words that two rules of the
    same situation both matched count once, with the larger weight."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.weight, h.start, h.rule.spec.id)):
        if all(hit.end <= k.start or k.end <= hit.start for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.rule.spec.id))


def _variant(hits: list[Hit]) -> str | None:
    totals: dict[str, float] = defaultdict(float)
    for hit in hits:
        if hit.rule.spec.variant:
            totals[hit.rule.spec.variant] += hit.weight
    if not totals:
        return None
    return max(sorted(totals), key=lambda v: totals[v])


def rank(hits: tuple[Hit, ...], kb: KnowledgeBase, *, other_site: bool = False, anef_words: bool = False) -> Ranking:
    """Score each situation as 1 - prod(1 - weight) over its distinct fired rules.

    ``other_site``: the address of a website that is not ANEF is visible, which
    counts like a named other site (an energy supplier's "session expirée" is
    not an ANEF problem). ``anef_words``: the text quotes ANEF's own internal
    status codes, which say ANEF as its name would.
    """
    by_owner: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        by_owner[hit.rule.owner].append(hit)
    foreign = bool(by_owner.get(f"{CONTEXT}/foreign")) or other_site
    # ANEF's subject words (préfecture, titre de séjour) say ANEF only where no other
    # website is named or shown: Démarches simplifiées' page for a préfecture, the CAF
    # asking for a titre de séjour are not ANEF.
    anef = anef_words or bool(by_owner.get(f"{CONTEXT}/anef")) or (bool(by_owner.get(f"{CONTEXT}/topic")) and not foreign)
    factor = kb.settings.scoring.foreign_site_factor if foreign and not anef else 1.0
    order = {s.id: s.order for s in kb.situations}
    candidates = []
    for situation in kb.situations:
        own = _distinct(by_owner.get(situation.id, []))
        if not own:
            continue
        score = _noisy_or([h.weight for h in own]) * factor
        candidates.append(Candidate(situation.id, score, tuple(own), _variant(own)))
    # A phrase that settles a known confusion ("lier votre compte avec
    # FranceConnect" beside "ce compte existe déjà") lowers the other reading.
    damping: dict[str, float] = defaultdict(lambda: 1.0)
    for candidate in candidates:
        for hit in candidate.hits:
            for other in hit.rule.spec.outranks:
                damping[other] *= 1.0 - hit.weight
    candidates = [
        Candidate(c.situation, round(c.score * damping[c.situation], 4), c.hits, c.variant) for c in candidates
    ]
    candidates.sort(
        key=lambda c: (-c.score, -max(h.weight for h in c.hits), order[c.situation], c.situation)
    )
    top = candidates[0] if candidates else None
    # The fallback's own patterns ("it worked", "thank you") compete like the others.
    if top is not None and top.situation != kb.fallback.id and top.score >= kb.settings.scoring.threshold:
        chosen = top
    else:
        fallback = kb.fallback
        best_other = next((c for c in candidates if c.situation != fallback.id), None)
        own = next((c for c in candidates if c.situation == fallback.id), None)
        confidence = max(own.score if own else 0.0, 1.0 - (best_other.score if best_other else 0.0))
        chosen = Candidate(fallback.id, round(confidence, 4), own.hits if own else (), None)
    return Ranking(tuple(candidates), chosen, anef, foreign, dict(damping))


def blend(ranking: Ranking, prediction: Prediction | None, kb: KnowledgeBase, *, steps: bool = True) -> Ranking:
    """The rules' scores and the learned probabilities, weighed together (``learned.py``).

    Each situation scores ``(1 - share) * rules + share * learned``; the best is
    reported, the fallback included (the examples hold "it worked" and other
    websites too, so the learned part needs no other-website factor of its
    own). A step is chosen the same way among the situation's steps and "no
    step said": the rules' step against the learned probability of each.
    Candidates keep the rules' hits as their evidence. ``steps=False`` keeps
    the rules' steps (a status code or label found names its own).
    """
    share = kb.settings.scoring.learned_share
    if prediction is None or share <= 0:
        return ranking
    rules = {c.situation: c for c in ranking.candidates}
    order = {s.id: s.order for s in kb.situations}
    learned = _elsewhere(prediction.situations, kb) if ranking.foreign_context and not ranking.anef_context else prediction.situations
    blended = []
    for situation in order:
        rule = rules.get(situation)
        score = (1.0 - share) * (rule.score if rule else 0.0) + share * learned.get(situation, 0.0)
        if rule is None and score <= 0.0:
            continue
        learned_steps = (prediction.steps.get(situation) or {}) if steps else {}
        variant = rule.variant if rule else None
        if learned_steps:  # only the request's steps are labelled in the examples; other variants are the rules'
            votes: dict[str | None, float] = {None: share * max(0.0, 1.0 - sum(learned_steps.values()))}
            for step, p in learned_steps.items():
                votes[step] = votes.get(step, 0.0) + share * p
            if rule is not None:
                votes[variant] = votes.get(variant, 0.0) + (1.0 - share)
            variant = max(votes, key=lambda v: (votes[v], v is None, v or ""))
        blended.append(Candidate(situation, round(score, 4), rule.hits if rule else (), variant))
    blended.sort(key=lambda c: (-c.score, order[c.situation], c.situation))
    return Ranking(tuple(blended), blended[0], ranking.anef_context, ranking.foreign_context, ranking.damping)


def _elsewhere(situations: Mapping[str, float], kb: KnowledgeBase) -> dict[str, float]:
    """The learned probabilities once another website is named and nothing says ANEF.

    The rules' scores are lowered by the other-website factor; the learned part
    is lowered alike, and what it loses goes to the fallback: the examples hold
    few CAF or France-Visas files "en cours de traitement", so their words alone
    would still read as an ANEF request.
    """
    factor = kb.settings.scoring.foreign_site_factor
    fallback = kb.fallback.id
    moved = {s: p * factor for s, p in situations.items() if s != fallback}
    moved[fallback] = situations.get(fallback, 0.0) + sum(p for s, p in situations.items() if s != fallback) * (1.0 - factor)
    return moved

