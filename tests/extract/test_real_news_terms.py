"""Terms seen on real news (issue #11, round 15), each in a snippet written for this test: the
name of a thing created or proposed, and a name given in a passive right after the marks, are
terms; the near misses keep their kinds."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("proposes", f"Lords\n\nThe draft law proposes {L}curfew bonds{R}, which critics dislike.", "curfew bonds", "term"),
    ("would create a", f"Visas\n\nThe plan would also create a {L}founder permit,{R} letting new firms hire abroad.",
     "founder permit", "term"),
    # a group's evaluation stays a scare quote
    ("group says it creates", f"Port\n\nCritics say the levy creates a {L}hidden tax{R} on fishermen.",
     "hidden tax", "scare"),
    ("an adverb is no name", f"Link\n\nThe link was established {L}almost immediately.{R}", "almost immediately", "scare"),
    ("set up a", f"Rail\n\nThe council will set up a {L}night desk{R} for late trains.", "night desk", "term"),
    # a generic group's plain reporting verb over a short noun phrase: the group's name for a
    # thing (round 30, lane terms12)
    ("health workers say", f"Vapes\n\nHealth workers say the illness is caused by back-street {L}smoke pens{R} sold online.",
     "smoke pens", "term"),
    ("social workers tell", f"Care\n\nSocial workers tell families how to spend that {L}care account{R}.",
     "care account", "term"),
    ("regulators say … set up", f"Bets\n\nRegulators say bookmakers must set up {L}audit trails{R} for big bets.",
     "audit trails", "term"),
    # near misses: a judging verb, a side's charge, an unnamed person's words, one word
    ("group condemns", f"Port\n\nFarmers condemned the levy as a {L}stealth tax{R} on small growers.",
     "stealth tax", "scare"),
    ("opponents say", f"Port\n\nOpponents say the plan is another {L}backdoor subsidy{R} for the port.",
     "backdoor subsidy", "scare"),
    ("you say", f"Interview\n\nQ: You say the party lacks a {L}moral compass.{R} What do you mean?",
     "moral compass", "scare"),
    # round 30 review: a verdict's link before the marks is a copula too
    ("group says it amounts to", f"Port\n\nFarmers say the levy amounts to {L}daylight robbery{R} of small growers.",
     "daylight robbery", "scare"),
    ("group says it is nothing but", f"Port\n\nFarmers say the levy is nothing but {L}stealth tax{R} on growers.",
     "stealth tax", "scare"),
    ("group says one word", f"Port\n\nEngineers say the new wall is {L}unsafe{R} in storms.", "unsafe", "scare"),
    # a named speaker's reporting verb keeps the words theirs
    ("named speaker says", f"Visas\n\nMinister Ola Brandt said the bill would create a {L}legal mess{R} for employers.",
     "legal mess", "speech"),
    # one word is an evaluation, not a name
    ("one word", f"Roads\n\nThe closure will create {L}chaos{R} on the ring road.", "chaos", "scare"),
    # a lone pronoun after a fronted phrase is the namer, not the group inside the phrase
    ("according to …, he called", f"Senate\n\nAccording to three people at the dinner, he called the whip "
     f"{L}a timid manager{R} and left early.", "a timid manager", "speech"),
    ("as … are known", f"Dams\n\nA second dam rises on the Kelvar - or {L}river of white stone{R} as its upper "
     "reaches are known.", "river of white stone", "term"),
    ("as they're more commonly known", f"Police\n\nThe bill bans neck holds, or {L}sleepers,{R} as they\u2019re "
     "more commonly known, in every county.", "sleepers", "term"),
    ("as she called it", f"Dams\n\nThe mayor opened the {L}river of white stone{R} as she called it, with a speech.",
     "river of white stone", "speech"),
    # a slogan, motto or mantra is a term, not a work's title (the harmonised rulings: "slogans
    # are terms"; round 32, lane notspeech13: fresh4's t-shirt slogan and ten corpus slogans and
    # mottos were read as titles); a theme keeps its title (tune's holiday theme)
    ("the slogan", f"Rally\n\nThe party ran on the slogan {L}Keep the Harbour Open{R} all spring.",
     "Keep the Harbour Open", "term"),
    ("a motto", f"Mill\n\nThe mill, whose motto is {L}Faster Than Rain,{R} opened a second site.",
     "Faster Than Rain", "term"),
    ("a campaign slogan, lower case", f"Race\n\nThe campaign slogan {L}stronger on the coast{R} sums up her plan.",
     "stronger on the coast", "term"),
    ("a mantra", f"Crew\n\nHer mantra, {L}one more mile,{R} kept the crew going.", "one more mile", "term"),
    ("a slogan that names a plan stays a title", f"Births\n\nThis year the slogan is {L}A Harbour Where Families "
     f"Stay,{R} the name of the new ten-year plan.", "A Harbour Where Families Stay", "title"),
    ("a theme stays a title", f"Fair\n\nThis year\u2019s fair theme is {L}The Gift of Rain,{R} and the stalls reflect it.",
     "The Gift of Rain", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_real_news_term(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
