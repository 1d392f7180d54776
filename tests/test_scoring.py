from troubleshoot.knowledge import PatternSpec, load_knowledge
from troubleshoot.matcher import CONTEXT, Hit, Rule
from troubleshoot.scoring import rank

KB = load_knowledge()
A, B = [s.id for s in KB.situations if not s.fallback][:2]


def _hit(owner: str, weight: float, pid: str = "p", variant: str | None = None) -> Hit:
    spec = PatternSpec(id=pid, weight=weight, phrase="x", variant=variant)
    return Hit(Rule(owner, spec), 0, 1, 0, 1, "x")


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
