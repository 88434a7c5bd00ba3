"""A word or short phrase in marks right before a noun of a rule, a zone or a filed category
("the “quay” law", "“pier first” laws", "the “tide” exception", "a “no-wake” zone") is a term,
even when a reporting verb stands elsewhere in the sentence (round 79, lane kind90,
eval/real/audit/kind90-aud-judged.tsv: such labels were typed speech by the sentence's
reporting verb, before or after them).

Each article was written for this test, beside near misses: a verdict before the noun (the
speaker's own word), a noun outside the list ("bill": a sponsor's word as often as a label), an
echo of words someone said earlier (K5), and a label inside a quoted speaker's paragraph."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind)
    ("a reporting verb after the label", "Harbour\n\nThe town and the port sued each other on Monday "
     "over the town\u2019s disputed \u201cquay\u201d law, with the port answering that it was void.",
     "quay", "term"),
    ("a reporting verb before the label", "Harbour\n\nAda Vale said on Monday she would ask towns to "
     "pass \"pier first\" laws and that the mayor agreed.", "pier first", "term"),
    ("a zone", "Harbour\n\nTom Hale said a \u201cno-wake\u201d zone was unlikely, adding that the "
     "pier was too short.", "no-wake", "term"),
    ("a statute's exception", "Harbour\n\nThe harbour master said the \u201ctide\u201d exception was "
     "meant for fishing boats only.", "tide", "term"),
    # near misses
    ("a status (not listed)", "Harbour\n\nAda Vale said she arrived at the pier with "
     "\u201cstar\u201d status.", "star", "speech"),
    ("a verdict", "Harbour\n\nAda Vale said the council had passed a \u201cdisastrous\u201d law in May.",
     "disastrous", "speech"),
    ("a noun outside the list", "Harbour\n\nAda Vale said the council had passed a \u201cgentle\u201d "
     "bill in May.", "gentle", "speech"),
    ("an echo of earlier words", "Harbour\n\nAda Vale called the rule \u201cvandalism\u201d in May. "
     "Tom Hale said on Friday that the \u201cvandalism\u201d label was unfair.", "vandalism", "speech"),
]


def _kind(article: str, fragment: str, nth: int = -1) -> tuple[str, list[str]]:
    from onrecord.attribute import attribute_results
    from onrecord.extract import extract_document
    from onrecord.read import read_text

    r = extract_document(read_text(article))
    attribute_results([r])
    found = [q for q in r.quotes if q.text == fragment]
    assert found, (fragment, [q.text for q in r.quotes])
    return found[nth].kind, found[nth].kind_evidence


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_rule_label_before_law(case, article, fragment, kind):
    got, why = _kind(article, fragment)
    assert got == kind, (got, why)


def test_no_reporting_verb_left_to_the_later_rules():
    # with no reporting verb in the sentence the label rules and the scare default decide (a
    # writer's "“star” law" may be a scare quote): the no-verb reach moved a never-read kind
    _, why = _kind("Harbour\n\nFive towns have passed \u201cquiet\u201d laws since May.", "quiet")
    assert not why[0].startswith("a 1-word label in marks"), why
