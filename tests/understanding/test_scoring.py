import itertools

from troubleshoot.knowledge import PatternSpec, load_knowledge
from troubleshoot.understanding.matcher import CONTEXT, Hit, Rule
from troubleshoot.understanding.scoring import rank

KB = load_knowledge()
A, B = [s.id for s in KB.situations if not s.fallback][:2]
_POSITIONS = itertools.count(100, 10)


def _hit(owner: str, weight: float, pid: str = "p", variant: str | None = None, at: int | None = None) -> Hit:
    """A hit on its own stretch of text unless ``at`` puts two on the same words."""
    spec = PatternSpec(id=pid, weight=weight, phrase="x", variant=variant)
    start = at if at is not None else next(_POSITIONS)
    return Hit(Rule(owner, spec), start, start + 5, start, start + 5, "x")


def test_rank_combines_weights_as_noisy_or() -> None:
    ranking = rank((_hit(A, 0.5, "a"), _hit(A, 0.5, "b"), _hit(B, 0.6)), KB)
    assert [c.situation for c in ranking.candidates] == [A, B]
    assert ranking.candidates[0].score == 0.75 and ranking.chosen.situation == A


def test_rank_falls_back_below_threshold() -> None:
    ranking = rank((_hit(A, 0.2),), KB)
    assert ranking.chosen.situation == KB.fallback.id


def test_rank_lowers_scores_on_another_site_without_anef_cue() -> None:
    foreign = _hit(f"{CONTEXT}/foreign", 1.0)
    assert rank((_hit(A, 0.9), foreign), KB).chosen.situation == KB.fallback.id
    anef = _hit(f"{CONTEXT}/anef", 1.0)
    assert rank((_hit(A, 0.9), foreign, anef), KB).chosen.situation == A


def test_rank_breaks_ties_by_strongest_rule_then_order() -> None:
    ranking = rank((_hit(B, 0.75, "strong"), _hit(A, 0.5, "a"), _hit(A, 0.5, "b")), KB)
    assert ranking.chosen.situation == B  # same score 0.75, B has the single strongest rule


def test_rank_counts_the_same_words_once_per_situation() -> None:
    twice = rank((_hit(A, 0.6, "a", at=0), _hit(A, 0.5, "b", at=2)), KB)
    assert twice.candidates[0].score == 0.6 and len(twice.candidates[0].hits) == 1
    apart = rank((_hit(A, 0.6, "a", at=0), _hit(A, 0.5, "b", at=50)), KB)
    assert apart.candidates[0].score == 0.8


def test_rank_picks_the_variant_with_most_weight() -> None:
    ranking = rank((_hit(A, 0.6, "a", "first"), _hit(A, 0.3, "b", "second"), _hit(A, 0.4, "c", "second")), KB)
    assert ranking.chosen.variant == "second"


def test_rank_outranking_phrase_lowers_the_other_reading() -> None:
    spec = PatternSpec(id="settles", weight=0.9, phrase="x", outranks=[A])
    settling = Hit(Rule(B, spec), 500, 505, 500, 505, "x")
    ranking = rank((_hit(A, 0.95, "a"), _hit(A, 0.9, "b"), settling), KB)
    assert ranking.chosen.situation == B
    assert next(c for c in ranking.candidates if c.situation == A).score < 0.2


def test_anef_subject_words_count_as_anef_only_without_another_site() -> None:
    """'Préfecture', 'titre de séjour': ANEF's subject, which other administrations' pages name too."""
    topic = _hit(f"{CONTEXT}/topic", 1.0)
    foreign = _hit(f"{CONTEXT}/foreign", 1.0)
    assert rank((_hit(A, 0.9), topic), KB).anef_context
    assert rank((_hit(A, 0.9), topic, foreign), KB).chosen.situation == KB.fallback.id
    # another site's address visible on the screen: the subject words decide nothing either
    assert rank((_hit(A, 0.9), topic), KB, other_site=True).chosen.situation == KB.fallback.id
    # ANEF named outright still wins over another site's name
    assert rank((_hit(A, 0.9), topic, foreign, _hit(f"{CONTEXT}/anef", 1.0)), KB).chosen.situation == A


def test_the_learned_part_too_gives_way_to_another_named_website() -> None:
    from troubleshoot.understanding.learned import Prediction
    from troubleshoot.understanding.scoring import blend

    foreign = _hit(f"{CONTEXT}/foreign", 1.0)
    sure = Prediction({A: 0.95, KB.fallback.id: 0.05}, {})
    # Another website named, nothing about ANEF: the rules and the examples both give way.
    assert blend(rank((_hit(A, 0.9), foreign), KB), sure, KB).chosen.situation == KB.fallback.id
    # ANEF named beside it: the examples keep their say.
    anef = _hit(f"{CONTEXT}/anef", 1.0)
    assert blend(rank((_hit(A, 0.9), foreign, anef), KB), sure, KB).chosen.situation == A
    # ANEF's internal status codes quoted count as ANEF named.
    assert blend(rank((_hit(A, 0.9), foreign), KB, anef_words=True), sure, KB).chosen.situation == A
