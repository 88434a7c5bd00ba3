"""Titles on real news (issue #11, lane kind3), each in a snippet written for this test: names
of works that carry no title cue ("titled") and that the kind rules read as speech (an author
"of" a book, a programme after "on", a work named by the appositive after it, a headline
credited to its outlet), each beside the near miss that keeps its old kind."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

# (case, article, fragment, expected kind)
CASES = [
    ("author of", "Books\n\n\u201cNobody reads the fine print,\u201d said Rana Holt, author of "
     "\u201cThe Quiet Ledger.\u201d", "The Quiet Ledger.", "title"),
    ("who wrote", "Novels\n\nThe critic, who wrote \u201cThe Tin Orchard\u201d and \u201cNight Ferry\u201d, spoke.",
     "The Tin Orchard", "title"),
    ("wrote with a comma quotes", "Notes\n\nShe wrote, \u201cWe Are Ready.\u201d", "We Are Ready.", "speech"),
    ("a part of a work", "Films\n\nHe likened the senator to the villain in \u201cGlass Harbor.\u201d",
     "Glass Harbor.", "title"),
    ("appositive: a novel", "Books\n\n\u201cLanterns at Dusk,\u201d a novel about two sisters, sold well.",
     "Lanterns at Dusk,", "title"),
    ("appositive: her debut album", "Music\n\nShe recorded \u201cQuiet Harbour,\u201d her debut album, in a week.",
     "Quiet Harbour,", "title"),
    ("appositive that speaks", "Bills\n\n\u201cWe Will Win,\u201d a spokesman said.", "We Will Win,", "speech"),
    ("a work by its author", "Music\n\nBefore his own version of \u201cLean on Me\u201d by Al Green, he joked.",
     "Lean on Me", "title"),
    ("by the agent of a description", "Council\n\nThe mayor was described as \u201cDeeply Flawed\u201d by Mira Kells.",
     "Deeply Flawed", "speech"),
    ("a programme after on", "Talks\n\nShe told host Ben Ode on \u201cCity Hour\u201d last week that the deal was near.",
     "City Hour", "title"),
    ("a credit line opened by a dash", "Quotes\n\n\u201cThe deal is near.\u201d\n\n"
     "-- Ana Ruiz on \u201cMorning Desk with Tom Hale.\u201d", "Morning Desk with Tom Hale.", "title"),
    ("one word after a work noun and called", "Ads\n\nThe group spent $2 million on a new ad called "
     "\u201cSmoke\u201d this week.", "Smoke", "title"),
    ("headline credited to its outlet", "Roundup\n\nOther stories:\n\n-- \u201cSenate talks stall again.\u201d "
     "(The Daily Post)\n\n-- \u201cHarbour Bridge Will Close For A Year.\u201d (Morning Edition)",
     "Senate talks stall again.", "title"),
    ("excerpt credited to its outlet", "Roundup\n\nOther stories:\n\n-- \u201cThe talks went on all night. Both "
     "sides said little, and a deal is far off.\u201d (The Hill)", "The talks went on all night. Both sides said "
     "little, and a deal is far off.", "speech"),
    ("words credited to a person in parentheses", "Roundup\n\nHeard today:\n\n-- \u201cWe are not going "
     "anywhere.\u201d (Sen. Ada Vale)", "We are not going anywhere.", "speech"),
    ("headline after a written piece", "Opinion\n\nThe author rebuts Ada Vale's op-ed \u201cVoters don\u2019t want "
     "a deal.\u201d", "Voters don\u2019t want a deal.", "title"),
    ("a verdict on a written piece", "Opinion\n\nA spokesman called the article \u201ccompletely wrong.\u201d",
     "completely wrong.", "speech"),
    # a naming verb with its agent after the marks: the agent's words, not a name
    ("called … by the judge", "Court\n\nThe forger was called \u201cone of the worst in the city\u201d by the "
     "trial judge.", "one of the worst in the city", "speech"),
    # one unnamed person closing the sentence speaks
    ("a clergyman has said", "Books\n\nThe plot is \u201claughable\u201d, a clergyman has said.", "laughable", "speech"),
    ("a generic speaker closing the sentence", "Books\n\nThe plot is \u201claughable\u201d, a politician says.",
     "laughable", "scare"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_of_a_work_name_on_real_news(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text == fragment]
    assert q.kind == kind, q.kind_evidence
