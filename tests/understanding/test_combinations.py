"""A rule fires when one concept of each of its groups sits in one clause, near the others."""

from troubleshoot.knowledge import RuleSpec
from troubleshoot.understanding.combinations import clauses, find, find_all, index
from troubleshoot.understanding.concepts import Mention


def _m(concept: str, at: int, width: int = 1) -> Mention:
    return Mention(concept, at, at + width, concept)


def _rule(**kw) -> RuleSpec:
    return RuleSpec(id="r", weight=0.5, **kw)


def test_concepts_combine_in_any_order() -> None:
    clause = [0] * 10
    forward = index([_m("password", 0, 3), _m("invalid", 3)])
    backward = index([_m("invalid", 0), _m("password", 1, 3)])
    rule = _rule(all=["password", "invalid"])
    assert find(rule, forward, clause, 8) is not None and find(rule, backward, clause, 8) is not None


def test_a_group_takes_any_of_its_concepts() -> None:
    rule = _rule(all=[["identifier", "email"], "invalid"])
    assert find(rule, index([_m("email", 0), _m("invalid", 2)]), [0] * 5, 8) is not None
    assert find(rule, index([_m("password", 0), _m("invalid", 2)]), [0] * 5, 8) is None


def test_concepts_must_share_a_clause_and_a_window() -> None:
    rule = _rule(all=["password", "invalid"])
    mentions = index([_m("password", 0), _m("invalid", 3)])
    assert find(rule, mentions, [0, 0, 1, 1, 1], 8) is None  # a full stop between them
    far = index([_m("password", 0), _m("invalid", 12)])
    assert find(rule, far, [0] * 13, 8) is None
    assert find(_rule(all=["password", "invalid"], window=14), far, [0] * 13, 8) is not None


def test_an_excluded_concept_in_the_clause_blocks_the_rule() -> None:
    rule = _rule(all=["password", "invalid"], none=["characters"])
    assert find(rule, index([_m("password", 0), _m("invalid", 1), _m("characters", 4)]), [0] * 6, 8) is None
    # ...but not from another clause.
    assert find(rule, index([_m("password", 0), _m("invalid", 1), _m("characters", 4)]), [0, 0, 0, 1, 1, 1], 8)


def test_the_shortest_occurrence_is_kept() -> None:
    rule = _rule(all=["password", "invalid"])
    found = find(rule, index([_m("invalid", 0), _m("password", 5), _m("invalid", 6)]), [0] * 8, 8)
    assert (found.start, found.end) == (5, 7)


def test_every_clause_where_a_rule_fires_is_kept_shortest_first() -> None:
    # A screen repeats itself (a tab's title and the heading): the layout picks the place.
    rule = _rule(all=["password", "invalid"])
    mentions = index([_m("password", 0), _m("invalid", 3), _m("invalid", 6), _m("password", 7)])
    found = find_all(rule, mentions, [0, 0, 0, 0, 0, 1, 1, 1], 8)
    assert [(o.start, o.end) for o in found] == [(6, 8), (0, 4)]
    assert find(rule, mentions, [0, 0, 0, 0, 0, 1, 1, 1], 8) == found[0]
    assert find_all(rule, index([_m("password", 0)]), [0], 8) == []


def test_across_lets_a_rule_span_clause_breaks() -> None:
    mentions = index([_m("forgot", 0), _m("email", 3)])
    assert find(_rule(all=["forgot", "email"]), mentions, [0, 0, 1, 1], 8) is None
    assert find(_rule(all=["forgot", "email"], across=True), mentions, [0, 0, 1, 1], 8) is not None


def test_clauses_start_at_break_tokens() -> None:
    assert clauses(["a", "b", ".", "c", "?", "d"], frozenset({".", "?"})) == [0, 0, 1, 1, 2, 2]


def test_a_phone_s_short_lines_go_on_after_a_preposition_or_inside_quotation_marks() -> None:
    from troubleshoot.understanding.combinations import line_starts

    raw = "Ви увійшли через\nFranceConnect, але ваш\nобліковий запис «Іноземці у\nФранції» ще не пов'язаний\nМій простір"
    starts = [i for i, c in enumerate(raw) if c not in " \n" and (i == 0 or raw[i - 1] in " \n")]
    new_lines = {raw[starts[n]:].split()[0] for n in line_starts(raw, starts, 6, frozenset({"через", "у"}))}
    # "через" (through) and an open « carry the sentence on; a line after a whole short clause does not.
    assert new_lines == {"Мій"}
    # Without the words, only the open quotation mark still carries it.
    assert {raw[starts[n]:].split()[0] for n in line_starts(raw, starts, 6)} == {"FranceConnect,", "Мій"}
