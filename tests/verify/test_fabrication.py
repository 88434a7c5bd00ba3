"""Made-up quotations built from real words (issue 10, a hostile probe's F1): an adjective or
comparative swapped for its opposite, two named people traded around a verb, an ellipsis that
joins the start of one sentence to the end of another. None of them is "the same meaning in
different words": each is not_found, naming what changed. Unit tables for each rule, then the
cascade on a small archive. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from onrecord.lexicon.antonyms import antonym_pairs, graded
from onrecord.model import Claim
from onrecord.verify import guard, verify_claim
from onrecord.verify.fold import word_tokens
from onrecord.verify.roles import argument_swap


def words(s: str) -> list[str]:
    return word_tokens(s).words


# ------------------------------------------------------------------------- antonym lexicon

@pytest.mark.parametrize(
    "adjective, forms",
    [
        ("fast", ("fast", "faster", "fastest")),
        ("safe", ("safe", "safer", "safest")),
        ("big", ("big", "bigger", "biggest")),
        ("early", ("early", "earlier", "earliest")),
        ("good", ("good", "better", "best")),
        ("dangerous", ("dangerous",)),  # compares with "more": the base word stays in the sentence
    ],
)
def test_graded_forms(adjective, forms):
    assert graded(adjective) == forms


@pytest.mark.parametrize(
    "quote, source, changed",
    [
        # comparatives
        ("the ferry will sail faster than the old one", "the ferry will sail slower than the old one", "faster"),
        ("prices in the market are lower this spring", "prices in the market are higher this spring", "lower"),
        ("the new school is smaller than we hoped", "the new school is bigger than we hoped", "smaller"),
        # plain adjectives of evaluation, feeling, safety
        ("the old pier is dangerous for children", "the old pier is safe for children", "dangerous"),
        ("we are ashamed of the festival", "we are proud of the festival", "ashamed"),
        ("the budget talks were hostile", "the budget talks were friendly", "hostile"),
        ("the plan was a failure for farmers", "the plan was a success for farmers", "failure"),
        # verbs of stance
        ("the union condemned the agreement", "the union welcomed the agreement", "condemned"),
        ("the minister denied the report", "the minister confirmed the report", "denied"),
        # negating prefixes, any stem
        ("the committee was dishonest with us", "the committee was honest with us", "dishonest"),
    ],
)
def test_guard_names_an_opposite(quote, source, changed):
    g = guard.check(words(quote), words(source))
    assert not g.ok
    assert any(c.startswith("direction differs") and changed in c for c in g.changes), g.changes


@pytest.mark.parametrize(
    "quote, source",
    [
        # synonyms and paraphrase keep the meaning: never opposites
        ("the ferry is quick", "the ferry is fast"),
        ("a large crowd came to the square", "a big crowd came to the square"),
        ("the tram line is secure", "the tram line is safe"),
        ("we are pleased with the harbour", "we are happy with the harbour"),
        ("the tests were hard", "the tests were difficult"),
    ],
)
def test_guard_lets_synonyms_pass(quote, source):
    assert guard.check(words(quote), words(source)).ok


def test_every_pair_has_two_different_words():
    pairs = antonym_pairs()
    assert pairs and all(a != b for a, b in pairs)
    # a word and its own synonym are never listed as opposites
    assert ("big", "large") not in pairs and ("large", "big") not in pairs


# ------------------------------------------------------------------------- argument swap

@pytest.mark.parametrize(
    "quote, source, hit",
    [
        # two-word names traded around the verb (the probe's case, in other names)
        ("Tomas Weir hired Ines Bauer as his adviser", "Ines Bauer hired Tomas Weir as her adviser", True),
        ("Hanna Moe beat Leo Kask in the final", "Leo Kask beat Hanna Moe in the final", True),
        ("the harbour board fined the ferry company", "the ferry company fined the harbour board", True),
        # the same roles: same order, or a voice change
        ("Ines Bauer hired Tomas Weir last spring", "last spring Ines Bauer hired Tomas Weir", False),
        ("Tomas Weir was hired by Ines Bauer", "Ines Bauer hired Tomas Weir", False),
        # different people, not a swap (the guard names a new name; this rule stays silent)
        ("Ines Bauer hired Karl Ruud", "Ines Bauer hired Tomas Weir", False),
    ],
)
def test_argument_swap(quote, source, hit):
    r = argument_swap(words(quote), words(source))
    assert (r is not None) is hit
    if hit:
        assert r.verdict == "not_found" and r.rule == "argument_swap"


# ------------------------------------------------------------------------- the cascade

SOURCE = """Title: Morning show
Speaker: Rhea Lindqvist
Date: 2024-09-12

I warmly welcome the plan for a new cycle bridge. The old quay is safe for swimmers. Our port will grow faster than any port on the coast. We are proud of the rebuilt library. Ines Bauer hired Tomas Weir as her adviser on housing. The guards stopped the smugglers near the customs house. We finished the school, and it will open in October.
"""


SOURCES = {"show.txt": SOURCE}  # the module's archive (conftest.py)


@pytest.mark.parametrize(
    "quote, stage, named",
    [
        ("The old quay is dangerous for swimmers.", "guard", "dangerous"),
        ("Our port will grow slower than any port on the coast.", "guard", "slower"),
        ("We are ashamed of the rebuilt library.", "guard", "ashamed"),
        ("Tomas Weir hired Ines Bauer as his adviser on housing.", "argument_swap", "hired"),
        # the start of one sentence joined to the end of another by an ellipsis
        ("I warmly welcome ... the smugglers near the customs house.", "ellipsis_splice", "the smugglers near"),
    ],
)
def test_fabrications_are_not_found(archive, quote, stage, named):
    r = verify_claim(Claim("c", quote, "Rhea Lindqvist"), archive)
    assert r.verdict == "not_found", (r.verdict, r.explanation)
    assert r.stage == stage
    assert named in r.explanation


def test_a_splice_shows_both_source_sentences(archive):
    r = verify_claim(Claim("c", "I warmly welcome ... the smugglers near the customs house.", "Rhea Lindqvist"), archive)
    assert "I warmly welcome the plan for a new cycle bridge." in r.explanation
    assert "The guards stopped the smugglers near the customs house." in r.explanation
    assert r.nearest is not None and "cycle bridge" in r.nearest.text and "customs house" in r.nearest.text


@pytest.mark.parametrize(
    "quote",
    [
        # an omission inside one sentence
        "We finished the school ... it will open in October.",
        # whole sentences dropped after a complete one
        "The old quay is safe for swimmers. ... We are proud of the rebuilt library.",
        # the piece after the ellipsis starts its own sentence
        "I warmly welcome the plan ... We are proud of the rebuilt library.",
    ],
)
def test_standard_ellipses_stay_variations(archive, quote):
    r = verify_claim(Claim("c", quote, "Rhea Lindqvist"), archive)
    assert r.verdict == "variation", (r.verdict, r.explanation)
