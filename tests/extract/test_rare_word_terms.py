"""Round 44 (lane lexicon27): a short fragment credited to nobody whose rarest word is rare in
English (word frequencies from an outside list: lexicon/word_frequency.py) is the name of a
thing or a piece of jargon, a term, more often than the writer's distance (tuning splits: 6
gold terms against 2 gold scare quotes; judged corpus quotations: 63 against 24). Each case is
a snippet written for this test; the near misses keep their old kind."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _quote(article: str, fragment: str):
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    return q


# (case, article, fragment, expected kind)
CASES = [
    ("a rare word modifying the noun after it",
     "Ferries\n\nThe operator blamed the late sailings on \u201cbackhaul\u201d delays at the depot.",
     "backhaul", "term"),
    ("a rare word alone",
     "Budget\n\nThe treasury plans the \u201cclawback\u201d of unspent grants before March.",
     "clawback", "term"),
    ("two words, one of them rare",
     "Estate\n\nFarmers on the estate have turned to \u201crewilding schemes\u201d since the subsidy changed.",
     "rewilding schemes", "term"),
    ("jargon after a verb that credits no one",
     "Prices\n\nEconomists warn of \u201cstagflation\u201d if prices keep rising.",
     "stagflation", "term"),
    ("a second fragment in the sentence",
     "Roads\n\nThe flyover is a \u201cmonument\u201d to the old council, and its \u201cbellwether\u201d status is gone.",
     "bellwether", "term"),
    # near misses
    ("common words stay scare quotes",
     "Ferries\n\nThe operator blamed the late sailings on \u201cminor\u201d delays at the depot.",
     "minor", "scare"),
    ("a common word beside a rare one in the same sentence",
     "Roads\n\nThe flyover is a \u201cmonument\u201d to the old council, and its \u201cbellwether\u201d status is gone.",
     "monument", "scare"),
    ("a named speaker's rare word stays speech",
     "Prices\n\nFinance minister Jo Harte warned of \u201cstagflation\u201d on Tuesday.",
     "stagflation", "speech"),
    ("'so-called' keeps the writer's doubt",
     "Prices\n\nThe so-called \u201cstagflation\u201d never came.",
     "stagflation", "scare"),
    ("a generic group's rare word is left to the scare rule",
     "Fares\n\nThe fares, critics said, were \u201cruinous\u201d for families.",
     "ruinous", "scare"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_rare_word_fragment_kind(case, article, fragment, kind):
    assert _quote(article, fragment).kind == kind


def test_the_reason_names_the_word_and_keeps_the_credit():
    # the attribution's retyping rules read "credited to nobody" in the reason
    # (extract.fragment_rules.UNCREDITED_REASONS): the rarity reason keeps it
    q = _quote(CASES[1][1], "clawback")
    why = " ".join(q.kind_evidence)
    assert "clawback" in why and "rare" in why and "credited to nobody" in why
