"""Names of works the kind rules read as speech (issue 11, round 15, lane titles), each in a
snippet written for this test beside the near miss that keeps its old kind: a known
programme, a promoted headline, a new work "called", a work watched, a film's name in
sentence case, a tour, and a work named again later in the article."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind)
CASES = [
    ("a programme after telling", "Talks\n\nThe senator played it down, telling \u201cFox and Friends\u201d, "
     "\u201cIf we agree, good.\u201d", "Fox and Friends", "title"),
    ("a programme's possessive inside the marks", "TV\n\n\u201cWe will see what the court says about it,\u201d \u201cThe Daily Show\u2019s\u201d "
     "host said on Tuesday.", "The Daily Show\u2019s", "title"),
    ("a programme as a modifier", "TV\n\nHe was a guest on the \u201cGood Morning America\u201d set.",
     "Good Morning America", "title"),
    ("a promoted headline", "Roads\n\nThe bill passed.\n\nNOW WATCH: \u2018Senate Passes The Harbour Bill\u2019",
     "Senate Passes The Harbour Bill", "title"),
    ("a colon after a speaker is not a promotion", "Roads\n\nMayor Vale: \u2018We Will Build It\u2019\n\nText.",
     "We Will Build It", "speech"),
    ("a new piece called", "Opinion\n\nIn a piece called \u201cThe party has a problem with towns,\u201d "
     "he wrote that turnout fell.", "The party has a problem with towns,", "title"),
    ("an owner's new work titled", "Books\n\nIn her memoir titled \u201cWe kept the lights on,\u201d she "
     "recalls the strike.", "We kept the lights on,", "title"),
    ("what she called is her speech", "Opinion\n\nMayor Ada Vale called the plan \u201ca problem for towns.\u201d",
     "a problem for towns.", "speech"),
    ("a work watched", "Review\n\nThe guests looked as if they were watching \u201cTwo Lanes, One Road.\u201d",
     "Two Lanes, One Road.", "title"),
    ("a film in sentence case after a comma", "Film\n\nThe club will screen Ana Ruiz\u2019s documentary, "
     "\u201cBring it home.\u201d", "Bring it home.", "title"),
    ("a tour", "Trail\n\nThe next month she launched her \u201cI hear you\u201d tour across the state.",
     "I hear you", "title"),
    ("a work named again", "Film\n\nThe club will screen Ana Ruiz\u2019s documentary, \u201cBring it home.\u201d"
     "\n\n\u201cBring it home\u201d is a project she began in 2012.", "Bring it home", "title"),
    ("the same words said, no work", "Talks\n\n\u201cBring it home,\u201d the coach said.", "Bring it home,",
     "speech"),
]


# (case, article, fragment, expected kind): a title cue after the marks, an outlet's headline
CUE_CASES = [
    ("headlined after the marks", "Media\n\n\u201cCould the Vote Be Moved?\u201d her column was headlined.",
     "Could the Vote Be Moved?", "title"),
    ("a subject line after the marks", "Mail\n\n\u201cRead this first!\u201d the subject line read.",
     "Read this first!", "title"),
    ("said after the marks stays speech", "Mail\n\n\u201cRead this first!\u201d the clerk said.",
     "Read this first!", "speech"),
    # the verb before its headline noun: '"…," read one headline', '"…," blared the Daily
    # Post headline' (corpus audit, lane titles13: read as the writer's or a speaker's words)
    ("read one headline after the marks", "Media\n\n\u201cTowns brace for the storm,\u201d read one "
     "headline.", "Towns brace for the storm,", "title"),
    ("blared an outlet's headline after the marks", "Media\n\n\u201cMayor Quits in Fury,\u201d blared "
     "the Harbour Gazette headline on Monday.", "Mayor Quits in Fury,", "title"),
    ("a long headline after the marks", "Media\n\n\u201cEven on the coldest night of the year, the "
     "town came out to help,\u201d read one headline.", "Even on the coldest night of the year, the town came out "
     "to help,", "title"),
    ("entitled to after a long quotation stays speech", "Court\n\nHe said: \u201cI am glad of the ruling, "
     "though I am fond of the firm and regret that it came to this.\u201d The ruling also means he is entitled "
     "to a share of the profits.", "I am glad of the ruling, though I am fond of the firm and regret that it came "
     "to this.", "speech"),
    ("a long quotation, then a titled report, stays speech", "Court\n\nShe said: \u201cWe looked at every "
     "case in the county and found the same delays again and again.\u201d The report is titled Slow Justice.",
     "We looked at every case in the county and found the same delays again and again.", "speech"),
    ("read a tweet stays speech", "Media\n\n\u201cWe will not back down,\u201d read a tweet from the "
     "mayor.", "We will not back down,", "speech"),
    ("an outlet's headline in a round-up", "Papers\n\nThe front pages:\n\nHarbour Gazette: \u201cCouncil Votes "
     "to Close the Pier\u201d\n\nText.", "Council Votes to Close the Pier", "title"),
    ("a speaker's label stays speech", "Papers\n\nThe front pages:\n\nMayor Vale: \u201cWe Will Close the "
     "Pier\u201d\n\nText.", "We Will Close the Pier", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES + CUE_CASES, ids=[c[0] for c in CASES + CUE_CASES])
def test_kind_of_a_work_name(case, article, fragment, kind, kind_check):
    # the last quotation with these words: the repeat, in "a work named again"
    kind_check(article, fragment, kind, which=-1)
