"""Words before a given name and a surname that describe the person and ran into the shown
name (round 57, lane forms57): an outlet's name ("In The Daily Caller Zak X recently …"), a
plural noun opening the sentence ("Reporters Devlin X, Adam Y … wrote"), an office's body after
"of" ("Supervisor of Elections Brenda X"). The speaker kept the words. Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a plural noun opening a list of writers",
     "Probe\n\nThe inquiry has widened, according to a new report by three correspondents.\n\nCorrespondents Nolan Brisk, "
     "Ada Venn and Lutz Harper wrote on Monday that the panel is examining \"every payment made "
     "that year.\"",
     ["Nolan Brisk"]),
    ("an office's body after 'of' before the name",
     "Count\n\nCritics blamed Lakeview Keeper of Records Marta Quell for the delay.\n\nQuell, "
     "for her part, defended the office and its records, saying, \"We counted every ballot by hand.\"",
     ["Marta Quell"]),
    ("a newspaper's name before the writer's name",
     "Rules\n\nThe idea has its fans. In The Morning Ledger Tavi Orcutt recently argued for it. "
     "Orcutt wrote: \"The market cannot fix this on its own.\"",
     ["Tavi Orcutt"]),
]

KEPT = [
    ("a known given name opens a three-word name",
     "Gala\n\nThe prize went to Hope Marisa Tulley.\n\n\"I did not expect it,\" Tulley said.",
     ["Hope Marisa Tulley"]),
    ("an unlisted given name ending like a plural role noun",
     "Trial\n\nAnders Kolby Vestergaard told the court he acted alone.\n\n\"I regret nothing,\" "
     "Vestergaard said.",
     ["Anders Kolby Vestergaard"]),
    ("a media word alone opens a name",
     "Faith\n\nSun Myung Dorrin founded the movement in 1954.\n\n\"We will grow,\" Dorrin said.",
     ["Sun Myung Dorrin"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_a_description_before_the_name_is_no_part_of_it(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_names_that_open_so_are_kept(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
