"""A plural title before the names it heads is no part of the first name ("Justices X, Y and Z
wrote …"): round 32, lane nameform13. On 974 random corpus articles the court's plural gave
speakers such as "Justices X" and a talent show's "Judges X"; the corpus writes "Justices" before
names in 166 of 38,800 articles (AllSides and BBC). "Senators" and "Sens." were listed already.
Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a court's plural before one name",
     "Ruling\n\nThe court split five to four. In dissent, Justices Ada Brandt wrote that the rule "
     "was \u201cplainly wrong and harmful to every tenant.\u201d",
     ["Ada Brandt"]),
    ("a court's plural before a list of names",
     "Ruling\n\nThe court split five to four. Justices Ada Brandt and Paul Kerrow wrote that the "
     "rule was \u201cplainly wrong and harmful to every tenant.\u201d",
     ["Ada Brandt"]),
    ("a panel's plural before a name",
     "Talent show\n\nThe new series starts in May. \u201cWorking on this show has been a joy,\u201d "
     "said Judges Simon Fenwick after the final.",
     ["Simon Fenwick"]),
    # the corpus check of the rule above: "the judges said" (a panel of the appeals court) went to
    # the district judge named before once "judges" was a title
    ("a plural office alone is a group, not the judge named before",
     "Wall money\n\nU.S. District Judge Ann Mole blocked the plan on Monday. The appeals court "
     "kept her order. The judges said the \"likelihood of harm is reduced by the new rules\" at "
     "the border.",
     [None]),
    ("a panel of a plural office is a group too",
     "Wall money\n\nU.S. District Judge Ann Mole blocked the plan on Monday. The appeals court "
     "kept her order. But the panel of judges said the \"likelihood of harm is reduced by the new "
     "rules\" at the border.",
     [None]),
    ("a board's plural before names",
     "Budget\n\nThe plan failed. Commissioners Ann Udall and Mary Brandt said it was \"a mistake "
     "from the start\".",
     ["Ann Udall"]),
    ("the House's plural before names",
     "Budget\n\nThe plan failed. Representatives Tom Udall of Ohio and Mark Brandt of Utah said it "
     "was \"a mistake from the start\".",
     ["Tom Udall"]),
    ("the House of Representatives is still the body",
     "Budget\n\nRep. Ann Udall spoke first. The House of Representatives said it was \"a mistake "
     "from the start\".",
     ["House of Representatives"]),
    ("a body named 'of' a plural office is still the body",
     "Budget\n\nThe plan failed. The Board of Commissioners said it was \"a mistake from the "
     "start\".",
     ["Board of Commissioners"]),
    ("the singular title still heads the name",
     "Ruling\n\nThe court split five to four. Justice Ada Brandt wrote that the rule was "
     "\u201cplainly wrong and harmful to every tenant.\u201d",
     ["Ada Brandt"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_plural_titles(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_a_plural_office_is_not_the_description(speech_of):
    """Corpus check of the plural titles: "Justices X and Y dissented" before "Justice X wrote"
    made every description of X the plural "Justices"; the singular title describes her."""
    article = ("Ruling\n\nJustices Ada Brandt and Paul Kerrow dissented on Monday. Later, Justice "
               "Ada Brandt wrote that the rule was \u201cplainly wrong and harmful to every "
               "tenant.\u201d")
    assert [(q.speaker, q.speaker_description) for q in speech_of(article)] == [("Ada Brandt", "Justice")]


def test_a_plural_office_inside_a_clause_stays_in_the_description(speech_of):
    """The corpus check of the test above: "a former envoy who served three presidents" lost its
    description because its last word is a plural office; only a capitalised title is skipped."""
    article = ("Envoy\n\n\u201cWe are not better off letting things drift,\u201d said Mr. Odell Vane, "
               "a former envoy who served three presidents.")
    assert [q.speaker_description for q in speech_of(article)] == ["a former envoy who served three presidents"]


def test_a_body_of_a_plural_office_stays_in_the_description(speech_of):
    """The corpus check of "representatives": "the top Democrat in the House of Representatives"
    ends in a plural office but names a body; it stays the description."""
    article = ("Budget\n\n\u201cWe will not pass it,\u201d said Ann Udall, the top Democrat in the "
               "House of Representatives.")
    assert [q.speaker_description for q in speech_of(article)] == ["the top Democrat in the House of Representatives"]


def test_the_house_is_not_the_speakers_description(speech_of):
    """The same check: "Speaker of the House of Representatives Ann Udall" made the body her
    description once "Representatives" was a title."""
    article = ("Budget\n\nSpeaker of the House of Representatives Ann Udall spoke first. \u201cWe will "
               "not pass it,\u201d Udall said.")
    assert [q.speaker_description for q in speech_of(article)] != ["House of Representatives"]
