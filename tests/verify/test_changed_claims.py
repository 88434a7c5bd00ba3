"""Made-up quotations that were drift (issue 10, a hostile probe's second round): one member of
a closed class swapped for another ("half" / "all", "a year" / "a decade", "weekday" /
"weekend", "evening" / "morning", "doubt" / "sure"), the two noun phrases around a verb traded
past an auxiliary ("X has always defended Y"), a clause added to the source's own words. Each is
not_found, naming what changed; real paraphrase stays drift. Every sentence is invented here."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.verify import guard, verify_claim
from onrecord.verify.added import added_clause
from onrecord.verify.evidence import word_diff
from onrecord.verify.fold import word_tokens
from onrecord.verify.roles import argument_swap


def words(s: str) -> list[str]:
    return word_tokens(s).words


# ------------------------------------------------------------------------- closed classes

@pytest.mark.parametrize("quote, source, named", [
    ("the county pays all of the repair bill", "the county pays half of the repair bill", '"all" where the source says "half"'),
    ("most of the pupils walk to school", "a quarter of the pupils walk to school", '"most" where the source says "quarter"'),
    ("we will finish the dam within a month", "we will finish the dam within a week", '"month" where the source says "week"'),
    ("the pool opens every weekend", "the pool opens every weekday", '"weekend" where the source says "weekday"'),
    ("there is an afternoon train to the coast", "there is a night train to the coast", '"afternoon" where the source says "night"'),
    ("I am certain the grant will arrive", "I doubt the grant will arrive", '"certain" where the source says "doubt"'),
])
def test_guard_names_a_swap_inside_a_closed_class(quote, source, named):
    g = guard.check(words(quote), words(source))
    assert not g.ok
    assert named in g.explain()


@pytest.mark.parametrize("quote, source", [
    # one group: paraphrases of each other
    ("all residents get a letter", "every resident gets a letter"),
    # one quantity in another unit: the word before the unit differs
    ("the data are public half a year after the survey", "the data are public six months after the survey"),
    # "at all" is no share of anything
    ("the state will not pay anything at all", "the state will not pay half of anything"),
    ("after all, the plan costs less", "the plan costs less than half"),
])
def test_guard_lets_a_restated_quantity_pass(quote, source):
    assert not guard.class_swaps(words(quote), words(source))


# ------------------------------------------------------------------------- roles past auxiliaries

@pytest.mark.parametrize("quote, source, hit", [
    ("the harbour pilots have always trusted Mara Lind", "Mara Lind has always trusted the harbour pilots", True),
    ("the smallest shops would hurt closing the bridge most", "closing the bridge would hurt the smallest shops most", True),
    # the same roles in a passive, or the same order
    ("the smallest shops would be hurt most by closing the bridge", "closing the bridge would hurt the smallest shops most", False),
    ("closing the bridge would hurt the smallest shops most", "closing the bridge would hurt the smallest shops most", False),
])
def test_argument_swap_of_noun_phrases(quote, source, hit):
    assert (argument_swap(words(quote), words(source)) is not None) is hit


# ------------------------------------------------------------------------- added clause

@pytest.mark.parametrize("quote, window, added", [
    ("We back the plan because it adds a night bus and cuts the dawn one.",
     "We back the plan because it adds a night bus.", "and cuts the dawn one"),
    # a frame on both sides of the source's sentence: both runs are added words
    ("I always said the council found the money and they cheered.", "The council found the money.",
     "i always said … and they cheered"),
    # one added word of paraphrase is not a clause
    ("We back the plan because it simply adds a night bus.", "We back the plan because it adds a night bus.", None),
    # rewording around the move: not the source's own words plus a clause
    ("Growers need help rather than blame, and I won't make villains of them.",
     "I will not make villains of them. They need help, not blame.", None),
])
def test_added_clause(quote, window, added):
    assert added_clause(word_diff(quote, window), window, 2) == added


# ------------------------------------------------------------------------- the cascade

SOURCE = """Title: Harbour debate
Speaker: Kai Brennan
Date: 2024-10-02

The ferry carries six hundred passengers every weekday. Raising the fare would hurt the poorest families first. I support the new timetable because it adds an evening crossing. Mara Lind has always defended the harbour pilots against cuts. The county pays half of the dredging bill. We will finish the dredging within a year.
"""


SOURCES = {"debate.txt": SOURCE}  # the module's archive (conftest.py)


@pytest.mark.parametrize("quote, named", [
    ("The ferry carries six hundred passengers every weekend.", "weekend"),
    ("I support the new timetable because it adds a morning crossing.", "morning"),
    ("The county pays all of the dredging bill.", '"all"'),
    ("We will finish the dredging within a decade.", "decade"),
    ("The harbour pilots have always defended Mara Lind against cuts.", "roles"),
    ("I support the new timetable because it adds an evening crossing and scraps the early one.", "scraps the early one"),
    ("I told them 'the county pays half of the dredging bill' and they laughed.", "they laughed"),
])
def test_changed_claims_are_not_found(archive, quote, named):
    r = verify_claim(Claim("c", quote, "Kai Brennan"), archive)
    assert r.verdict == "not_found", (r.verdict, r.explanation)
    assert named in r.explanation


def test_a_paraphrase_is_still_drift(archive):
    r = verify_claim(Claim("c", "Putting up the fare would hit the poorest households first.", "Kai Brennan"), archive)
    assert r.verdict == "drift", (r.verdict, r.explanation)
