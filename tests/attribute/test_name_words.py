"""The right attribution, the wrong words taken for the name (issue #11, round 15, lane
"names"): an introductory phrase's place, the first words of a long office title, an outlet's
possessive. Cases written for this test, shaped like constructs that failed on the real-news
tuning splits."""

from __future__ import annotations

import pytest


CASES = [
    ("a place inside an introductory 'ahead of' phrase is not the subject",
     "Film\n\nCulture minister Jane Harlow met the studios. Ahead of the vote in Cardiff on Monday, "
     "Ms Harlow said the industry was \"in rude health\" and would grow.",
     ["Jane Harlow"]),
    ("a place inside an introductory 'amid' phrase is not the subject",
     "Film\n\nCulture minister Jane Harlow met the studios. Amid protests in Cardiff, Ms Harlow "
     "said the industry was \"in rude health\" and would grow.",
     ["Jane Harlow"]),
    ("a portfolio title with commas is cut whole (string pattern)",
     "Bill\n\nThe vote slipped again. Senate Banking, Housing and Urban Affairs Committee "
     "Chairman Mike Crapper said the bill was \"dead on arrival.\" The talks go on.",
     ["Mike Crapper"]),
    ("a portfolio title with commas is cut whole (string pattern, name first)",
     "Bill\n\nThe vote slipped again. Education, Labor and Pensions Committee Chairman Lamar "
     "Alden told reporters the bill was \"dead on arrival.\" The talks go on.",
     ["Lamar Alden"]),
    ("a portfolio title with commas is cut whole (parse)",
     "Games\n\nThe minister met the firms on Friday. Her call was backed by Culture, Media and "
     "Sport Secretary Tessa Jowell who said: \"You would not let a child buy this.\" The talks go on.",
     ["Tessa Jowell"]),
    ("surnames before a titled name stay joint speakers",
     "Deal\n\nPeter Hollis and Anna Brant flew in on Sunday. Hollis, Brant and Defence Secretary "
     "Mary Ockham said on Monday that the deal was \"a fair start.\" The talks go on.",
     ["Peter Hollis"]),
    ("an outlet's possessive typed with an opening quote is not the speaker",
     "Row\n\n\u201cWho wants to bet he has more to hide?\u201d asked CRTV\u2019s Allie Stone.\n\n"
     "The Insurgent\u2018s Derek Dereksen, a staunch Hadley supporter, wrote, \u201cI think this says "
     "more about Garvey than Hadley.\u201d The talks go on.",
     ["Allie Stone", "Derek Dereksen"]),
    ("a plural owner's apostrophe inside a body's name stays in the name",
     "Stage\n\nThe actor died on Friday. The Players' Equity Union praised Moss, calling "
     "him \"a giant of the stage\". Moss was 87.",
     ["Players' Equity Union"]),
    ("a capitalised office after 'the' is a description of the person named before",
     "Rally\n\nGovernor Tom Reese spoke in Ohio on Friday. \"We will win,\" Reese said. The "
     "Governor then turned to the vote: \"We are on the road because this matters.\" The crowd cheered.",
     ["Tom Reese", "Tom Reese"]),
    ("a place ending any introductory phrase is not a joint speaker",
     "Vote\n\nSenator Jane Marlow and Governor Tom Reese met voters. Once in Dayton, Reese told "
     "the crowd it was \"our moment.\" Back in Washington, Marlow said the bill was \"dead.\"",
     ["Tom Reese", "Jane Marlow"]),
    ("a surname alone, followed by 'he', is not the only full form's wife",
     "Storm trip\n\nPresident Harmon vowed aid to victims of the flood during his visit on Tuesday. "
     "Harmon seemed to answer critics on Wednesday when he spoke to reporters. Critics mocked "
     "Laura Harmon's shoes. \"We will rebuild,\" Harmon told a crowd before he left.",
     ["Harmon"]),
    # eleventh session, hand-read BBC/AllSides articles: "The British Chambers of Commerce
    # said" gave "British Chambers"; a plural head noun is a body's name, not a person before "of"
    ("a body whose name has a plural head before 'of' keeps its whole name",
     "Rates\n\nBusiness groups met on Monday. The Western Chambers of Commerce said it was "
     "\"worried by the calls\" for higher rates.",
     ["Western Chambers of Commerce"]),
    ("a joint body of chiefs keeps its whole name",
     "Plan\n\nThe review ended on Friday. The Joint Chiefs of Staff said the plan was \"not ready\" "
     "for the spring.",
     ["Joint Chiefs of Staff"]),
    ("the last two words of a body's 'of' name after an office are not a person",
     "Claims\n\nA woman accused the general, the nominee for vice chairman of the Joint Chiefs of "
     "Staff, of ending her career. \"My life was ruined,\" she told reporters.",
     [None]),
    ("a person before 'of the' keeps the words when the body's own name has an 'of'",
     "Virus\n\nOn reopening, Dr. Lena Farrow of the Central Bank of Ruritania told a radio show "
     "on Wednesday: \"You don't set the timeline.\"",
     ["Lena Farrow"]),
    ("a person before 'of the' keeps the words when the body's name has a 'for'",
     "Taxes\n\nThe bill passed. \"We have a country that is aging,\" says Mara Quill of the Center "
     "for Budget and Tax Studies.",
     ["Mara Quill"]),
    # eleventh session, 1,000 unannotated articles read: "Sens." ended the sentence, and the
    # plural title was taken as a bare credit line's speaker ("Sens")
    ("a plural title's period does not end the sentence before two names",
     "Bill\n\n\"It is critical that the test is fair,\" Sens. Chuck Hale, an Iowa Republican, and "
     "Dick Marne, an Illinois Democrat, said in a statement.",
     ["Chuck Hale"]),
    ("a plural title the parse made a second subject is not the speaker",
     "Reform\n\nThe measure could pass. Sens. Carl Hume (D) of Ohio and Jon Marr (R) of Utah "
     "argued that it is \u201cvery possible\u201d that majorities back it.",
     ["Carl Hume"]),
    # eleventh session, corpus read: about 430 AllSides credit lines "“…” – Name, …" were left null
    ("a dash credit line with an apposition after the name credits the name",
     "Strikes\n\nThe bill passed.\n\n\u201cConsultation is not enough. The law requires a vote\u201d "
     "\u2013 Rep. Jerald Nadell, D-N.Y., in a statement Wednesday.",
     ["Jerald Nadell"]),
    ("a double-hyphen credit line credits the name",
     "Court\n\nThe ruling came down.\n\n\"Another review serves only to politicise it\" -- Melina "
     "Campion, president of the coalition.",
     ["Melina Campion"]),
    ("narration after a dash is no credit line",
     "Court\n\nThe ruling came down.\n\n\"We will win,\" the aide told the crowd \u2014 a claim that "
     "the judge, Carl Hume, would later mock in his opinion on the case.",
     [None]),
    # round 22, lane wrong6: a body whose own name goes on with "of the" / "for the" was cut at
    # the article ("Institute for the Study of War" gave the speaker "Study"; "the Center for the
    # Study of …" gave "Center", fresh4)
    ("a body's name goes on through 'for the'",
     "Front\n\nThe fighting went on. The Institute for the Study of Conflict said the push had "
     "\"stalled badly\" in the east.",
     ["Institute for the Study of Conflict"]),
    ("a body's name goes on through 'of the' twice",
     "Vote\n\nTurnout fell again. \"Turnout reached record lows,\" said the report by the Centre "
     "for the Study of the Rural Voter.",
     ["Centre for the Study of the Rural Voter"]),
    ("a body's name goes on through 'of the'",
     "Tax\n\nThe rules changed. \"The forms will be simpler,\" said the Department of the "
     "Exchequer on Monday.",
     ["Department of the Exchequer"]),
    ("a surname that is a plural noun stays a person before 'of'",
     "Vote\n\nThe bill passed on Tuesday. Tony Waters of Kent said the vote was \"a farce\" and left.",
     ["Tony Waters"]),
    ("a surname alone goes to the only full form when nothing tells them apart",
     "Awards\n\nLaura Harmon won the prize on Friday. Harmon thanked her family. \"I am proud,\" "
     "Harmon said.",
     ["Laura Harmon"]),
    # fourteenth session, lead's corpus read: "Opinion", "Review", "Watch" were stop words
    # (headline labels) and cut names that end in them: "Human Rights Watch said" gave "Human
    # Rights", "the National Review wrote" "National", "Public Opinion Strategies" "Strategies"
    ("a watchdog whose name ends in 'Watch' keeps it",
     "Camps\n\nThe report came out on Monday. \"The abuse is widespread,\" Civic Liberties Watch "
     "said in a statement.",
     ["Civic Liberties Watch"]),
    ("a journal whose name ends in 'Review' keeps it",
     "Tax\n\nThe plan was panned. \"It is a hidden tax,\" the Northern Policy Review wrote in an "
     "editorial.",
     ["Northern Policy Review"]),
    ("a firm whose name holds 'Opinion' speaks under its whole name (a guard: passed before too)",
     "Poll\n\nThe numbers moved. \"Voters are tired,\" Civic Opinion Partners said in a memo.",
     ["Civic Opinion Partners"]),
    # nineteenth session: "Today" was a stop word (a time word) and cut newspapers and channels
    # whose names end in it: "USA Today reported" gave the speaker "USA" (5 shown names in the
    # lead's 974-article corpus sample; the final20 audit's junk class named the construct)
    ("a paper whose name ends in 'Today' keeps it",
     "Staff\n\nThe agency is short of money. Harbour Today reported on Monday that the agency "
     "could \"no longer pay its guards\" this year.",
     ["Harbour Today"]),
    ("a channel whose name ends in 'Today' keeps it",
     "Vote\n\nThe count ended late. Veldonia Today said the vote was \"a farce from start to finish.\"",
     ["Veldonia Today"]),
    ("a capitalised 'Today' opening a sentence after a name's sentence is no name",
     "Vote\n\nThe count ended late on Sunday, said Anna Marsh. Today the results are in. \"We won,\" "
     "Anna Marsh said.",
     ["Anna Marsh"]),
    # review24 (round 35): the "Today" mend kept a label word ending a name in the group, then the
    # next test refused every group ending in a stop word, so "Groups including Human Rights Watch
    # said" fell to the parse, which named the group (2 quotations made wrong in 600 corpus articles)
    ("a watchdog named after 'Groups including' speaks under its whole name",
     "Law\n\nThe bill passed. Groups including Harbour Rights Watch and the Press Union said in a statement "
     "that the law \"will hurt every reporter in the land.\"\n\n\"It will chill the press for years,\" the "
     "statement added.",
     ["Harbour Rights Watch", "Harbour Rights Watch"]),
    ("a review named after 'Critics including' speaks under its whole name",
     "Law\n\nThe bill passed. Critics including the Lantern Review and the Press Union said the law "
     "\"will hurt every reporter in the land.\"",
     ["Lantern Review"]),
    ("a label word opening a headline line is still no name",
     "Opinion: Budget woes\n\nThe council met on Monday. \"We are broke,\" said Anna Marsh, the "
     "treasurer.",
     ["Anna Marsh"]),
    # "Reporters Without Borders said" gave "Borders" (the capitalised preposition is a stop
    # word): advocacy bodies named with "Without", "Against", "For" (tuning extension, and
    # about 250 such names in the corpora: "Doctors Without Borders", "Mayors Against Illegal Guns")
    ("a body named with a capitalised 'Without' keeps its whole name",
     "Camps\n\nThe clinic closed. \"We had no choice,\" Nurses Without Frontiers said on Monday.",
     ["Nurses Without Frontiers"]),
    ("a body named with a capitalised 'Against' keeps its whole name",
     "Guns\n\nThe bill passed. \"It is a start,\" said Parents Against Street Violence.",
     ["Parents Against Street Violence"]),
    ("a capitalised 'For' inside a body's name keeps it",
     "Tax\n\nThe plan was panned. \"It is a hidden tax,\" said Voters For Fair Budgets.",
     ["Voters For Fair Budgets"]),
    # the review of the fourteenth session: in a title-case headline the label or link word
    # glued a headline's words onto the person's name ("Trump Watch", "Mueller Review Finds",
    # "Biden Against Trump Again"), and the body's surname then joined that entity
    ("a headline label word does not join a person's name",
     "Harlan Watch\n\nThe week in review. \"We will win this one,\" Harlan said.",
     ["Harlan"]),
    ("a headline verb after a label word does not join a person's name",
     "Harlan Review Finds No Fault\n\nThe week in review. \"We will win this one,\" Harlan said.",
     ["Harlan"]),
    ("a headline link word does not join two names",
     "Harlan Against Vale Again\n\nThe week in review. \"We will win this one,\" Harlan said.",
     ["Harlan"]),
    # the second review: the title-case test scored short body sentences whose long name made
    # most of their words, and cut "Human Rights Watch" there
    ("a body sentence made mostly of a name keeps the name",
     "Camps\n\nAmnesty International and Civic Liberties Watch condemned it. \"It is a disgrace,\" "
     "Civic Liberties Watch said in a statement.",
     ["Civic Liberties Watch"]),
    ("a body sentence with a link word keeps the name",
     "Guns\n\nParents Against Street Violence National Director Ann Vale spoke. \"It is a start,\" "
     "said Parents Against Street Violence.",
     ["Parents Against Street Violence"]),
    ("a link after a plural possessive body is read without error",
     "Schools\n\n\u201cWe will fight on,\u201d said a spokesman for Parents\u2019 Union For Fair Schools.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_name_words(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
