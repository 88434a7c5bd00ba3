"""Speaker classes seen on real news (issue #11), each in a case written for this test: the
article snippets are our own words, shaped like the construct that failed."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

# (case, article, expected (speaker, description) of each speech quotation in order)
CASES = [
    ("month surname after a given name",
     "Leaders meet\n\nBritish Prime Minister Theresa May called on Ruritania to act as she arrived.\n\n"
     "\u201cWe think everyone has a role to play,\u201d she said.",
     [("Theresa May", None)]),
    ("given-name title after a title",
     "Editors respond\n\nThe letter was signed by Ostrander and Executive Editor Dean Malvoy. "
     "Malvoy had insisted the paper \u201cchanged nothing at all.\u201d",
     [("Dean Malvoy", None)]),
    ("party adjective before a role noun is unnamed",
     "Tax fight\n\n\u201cWe did not ask him,\u201d said a Democratic committee aide, who asked not to be named.",
     [(None, "a Democratic committee aide")]),
    ("team name before a role noun is not a speaker",
     "Cup final\n\n\u201cI was behind the ball the whole time,\u201d said the Sale player.",
     [(None, "the Sale player")]),
    ("a country opening the sentence is not the 'he' of the reporting clause",
     "Arms ban\n\nBritain has been more cautious, but on Wednesday Mr Jack Harlow said he wanted it to end. "
     "\u201cI have long understood the argument,\u201d he told the committee.",
     [("Jack Harlow", None)]),
    ("inverted 'Said X:' before the quotation",
     "Summit\n\nGerman Chancellor Angela Merkel warned of walls.\n\n\u201cHave we learned nothing?\u201d\n\n"
     "Said Macron: \u201cIf we cannot agree, we will never convince anyone.\u201d\n\nFrench President Emmanuel Macron left.",
     [("Angela Merkel", None), ("Emmanuel Macron", None)]),
    ("bare credit line after the words",
     "Highlights\n\n'Our door is open at any time,' Trump\n\n'We will see what happens,' Pompeo",
     [("Trump", None), ("Pompeo", None)]),
    ("never a name from inside the quotation",
     "Talks\n\n\u201cThe United States is ready to talk whenever they are,\u201d Trump said.",
     [("Trump", None)]),
    ("a lone surname is 'he' when nobody else is in reach",
     "Review\n\nEconomists disagree. Vardanyan\u2019s message is that the old rules failed. "
     "Limiting credit, he argues, is the answer. \u201cThe banks will always lend too much,\u201d he writes.",
     [("Vardanyan", None)]),
    ("a demonym or a country is never 'he'",
     "Trade\n\nCanadians were angry and Mexico was silent. \u201cWe will respond,\u201d he said.",
     [(None, None)]),
    ("an acronym is the body it stands for",
     "Launch\n\nThe Ruritanian Central News Agency carried the statement.\n\n"
     "\u201cThe test was a success,\u201d the RCNA reported.",
     [("Ruritanian Central News Agency", None)]),
    ("a religious title is not part of the name",
     "Sermon\n\nIran\u2019s Ayatollah Ali Rezaei warned that \u201crevenge will come\u201d soon.",
     [("Ali Rezaei", None)]),
    ("an outlet reporting the words is not their speaker",
     "Protests\n\nHassan Idris, leader of the militia, said the verdict would \"shake the region\" the "
     "Daily Courier reported.",
     [("Hassan Idris", None)]),
    ("the one 'quoted as saying' is the speaker",
     "Interview\n\nIn an interview on Thursday, Mayor Ilse Brandt said the vote was close.\n\n"
     "\"We are going to win again,\" she was quoted as saying.",
     [("Ilse Brandt", None)]),
    ("a description never resolves to someone the words talk about",
     "Policy\n\nThe plan looks ahead to when Cuban President Raul Ortega steps down. A senior Rubio "
     "adviser previewed it on Friday.\n\n\u201cRaul Ortega and his advisers are in their 80s,\u201d the "
     "senior aide told reporters.",
     [(None, "the senior aide")]),
    ("a plural group written in capitals is never 'he'",
     "Raid\n\nElite Navy SEALs led the raid. \u201cIt went wrong early,\u201d he said.",
     [(None, None)]),
    ("a role with the holder's name in apposition: the person, not the office",
     "Budget\n\n\"The plan pays for new schools and keeps the budget balanced for two years,\u201d Senate "
     "Minority Leader Tomas Varga, D-Ore., said in a statement",
     [("Tomas Varga", None)]),
    ("a role, a comma, then the holder's name",
     "Missiles\n\nRuritania\u2019s Chief Cabinet Secretary, Kenji Aramaki, described the launch as an "
     "\"unprecedented, grave threat.\"",
     [("Kenji Aramaki", None)]),
    ("the place a congressman is from is not the speaker",
     "Memo\n\nThe congressman from North Dakota tweeted Friday that the memo \"raises real doubts\" about "
     "the process.",
     [(None, "The congressman")]),
    ("the institute a speaker works at is not the speaker",
     "Work\n\n\"We are in a new era of data collection,\" says Ines Morlan of the Future Work Institute.",
     [("Ines Morlan", None)]),
    ("a document's author named beside it speaks when 'the memo says'",
     "Network\n\nThe memo doubled as a resignation letter by its author, Petra Lindqvist, who ran the "
     "network team. Lindqvist did not reply.\n\nLindqvist worked in the NSO, set up after a breach in 2014. "
     "The NSO was created to \"guard the network\" per the memo.\n\n\"The whole team is being pushed out,\" "
     "the memo says.",
     [("Petra Lindqvist", None)]),
    ("'the department' is the acronym the article uses for it",
     "Outreach\n\nThe RDFA has run radio ads. The RDFA paid for the programme, according to filings.\n\n"
     "\"Parliament has told us to reach every family,\" the department said in a statement.",
     [("RDFA", None)]),
    ("a surname that is also a title word resolves to the full name",
     "Games\n\nSen. Ada King, I-Maine, a member of the committee, said she would not go.\n\nThe city has "
     "built a zone around the games.\n\n\"It is a very serious fear,\" King said.",
     [("Ada King", None)]),
    ("a product name with a digit is never 'she'",
     "Phones\n\nAnalyst Carla Menotti praised the design. The Zentra Flip X7 was the year's best seller.\n\n"
     "It was not a \"women's thing,\" she said.",
     [("Carla Menotti", None)]),
    ("'X said:' opens the next quotation, not the one before it",
     "Awards\n\nAmara Okoro and Lena Lindahl won the awards.\n\nThe awards are presented in "
     "May. \"It is a great honour to win this,\" said Okoro. "
     "\"It is one of the biggest prizes in the sport and a great end to the year.\" Lindahl said: "
     "\"Knowing who has won it before makes me proud.\"",
     [("Amara Okoro", None), ("Amara Okoro", None), ("Lena Lindahl", None)]),
    ("an 'of' name with a one-word head stays whole",
     "Rates\n\n\"Rates will stay where they are for now,\" the Bank of Ruritania said.",
     [("Bank of Ruritania", None)]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_speaker_class(case, article, expected):
    r = extract_document(read_text(article, path=case))
    attribute_results([r])
    got = [(q.speaker, q.speaker_description if q.speaker is None else None) for q in r.quotes if q.kind == "speech"]
    assert got == expected
    for q in r.quotes:
        # a speaker is never a span inside its own quotation
        if q.speaker:
            assert q.speaker not in article[q.start : q.end] or q.speaker in article[: q.start] + article[q.end :]


def test_words_after_an_unnamed_speaker_stay_unnamed():
    # an older named speaker must not take the second half of an unnamed speaker's words (after
    # a sentence about one player, "the Sale player" is that player: test_sentence_subjects)
    article = ("Cup final\n\nJosh Kemble said the referee was right. \u201cIt was offside,\u201d Kemble said.\n\n"
               "The decision puzzled the visitors. \u201cI was behind the ball,\u201d said the Sale player. "
               "\u201cWe rehearse that move every week.\u201d")
    r = extract_document(read_text(article, path="unnamed"))
    attribute_results([r])
    speech = [q for q in r.quotes if q.kind == "speech"]
    assert [q.speaker for q in speech] == ["Josh Kemble", None, None]
    assert speech[2].speaker_description == "the Sale player"


def test_a_verb_before_a_colon_opens_the_next_quotation():
    # the rule behind "'X said:' opens the next quotation": in the parse, a reporting verb after
    # a quotation and right before a colon is not that quotation's cue
    from onrecord.attribute.nlp import get_nlp
    from onrecord.attribute.parse_finder import _opens_next

    doc = get_nlp()('"It is a great end to the year." Lindahl said: "Knowing who won it before makes me proud."')
    said = next(t for t in doc if t.text == "said")
    first = [t for t in doc if t.i < said.i and t.is_alpha and t.text != "Lindahl"]
    assert _opens_next(doc, said, first)
    assert not _opens_next(doc, said, [t for t in doc if t.i > said.i + 1])
