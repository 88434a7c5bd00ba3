"""A thing named as the speaker (round 26, lane wrong9): a day, an event or a noun that a
quotation modifies took the words because the string read it as a credit or as the subject of
the sentence before ("Christmas Day", "World Indoor Championships", "Budget" on the real-news
tuning splits fresh3, fresh4, fresh5). Cases written for this test."""

from __future__ import annotations

import pytest


CASES = [
    ("a quotation modifying the noun after it is no credit line",
     "Spending plan\n\nThe finance minister unveiled his plan on Monday. Senator Ada Moll called it "
     "a \u201cborrow now, repay never\u201d Budget. The Greens said little.",
     "Ada Moll"),
    ("an adverb before an introductory phrase: the subject comes after the comma",
     "Hymn writer\n\nEdna Voss wrote hymns for forty years in the village of Marrow. Shortly before "
     "New Year's Day of 1820, she died at home, leaving a notebook of verses.\n\n"
     "\u201cI go gladly to my rest and leave my songs to the choir.\u201d",
     "Edna Voss"),
    ("a description's first words are no description when a person noun follows",
     "Arlo to race in Leeds\n\nSprinter Kim Arlo will race in Leeds next month. Arlo ran in Leeds at "
     "the 2003 World Indoor Games. \u201cI love the crowd there,\u201d he said. The world champion "
     "says he is fit but wary of the home runners. \u201cThey will want to win in front of their "
     "own fans.\u201d",
     "Kim Arlo"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_the_last_quotation_has_its_person(case, article, expected, speech_of):
    q = speech_of(article, case)[-1]
    assert q.speaker is not None and expected in q.speaker


# "Assemblyman Rory X (D) argued …": the parse that failed on the real-news fresh5 split,
# written out (our words, the parser's shape: the subject headed on the party letter, so the
# run of capitals stopped at the bracket and the speaker was "D"). token, head, dependency, tag
_BRACKET_PARSE = [
    ("Assemblyman", 4, "compound", "PROPN"), ("Rory", 4, "compound", "PROPN"),
    ("Daltrey", 4, "nmod", "PROPN"), ("(", 4, "punct", "PUNCT"), ("D", 6, "nsubj", "PROPN"),
    (")", 4, "punct", "PUNCT"), ("argued", 6, "ROOT", "VERB"), (".", 6, "punct", "PUNCT"),
]


def test_a_party_letter_in_brackets_gives_the_name_before_it():
    from spacy.tokens import Doc
    from onrecord.attribute.nlp import get_nlp
    from onrecord.attribute.parse_subject import np_parts
    rows = _BRACKET_PARSE
    doc = Doc(get_nlp().vocab, words=[w for w, *_ in rows], heads=[h for _, h, *_ in rows],
              deps=[d for _, _, d, _ in rows], pos=[p for *_, p in rows])
    parts = np_parts(None, doc, doc[4], 0)
    assert [p.text for p in parts] == ["Assemblyman Rory Daltrey"]


def test_a_bracketed_party_letter_keeps_a_conjunction_out_of_the_name():
    # the review of the fourteenth session: the walk left from the bracket ignored the
    # subject's subtree, so an opening "But" became part of the name
    from spacy.tokens import Doc
    from onrecord.attribute.nlp import get_nlp
    from onrecord.attribute.parse_subject import np_parts
    rows = [("But", 7, "cc", "CCONJ")] + [(w, h + 1, d, p) for w, h, d, p in _BRACKET_PARSE]
    doc = Doc(get_nlp().vocab, words=[w for w, *_ in rows], heads=[h for _, h, *_ in rows],
              deps=[d for _, _, d, _ in rows], pos=[p for *_, p in rows])
    parts = np_parts(None, doc, doc[5], 0)
    assert [p.text for p in parts] == ["Assemblyman Rory Daltrey"]


def test_a_party_in_the_plural_is_no_person_in_focus(speech_of):
    """"The Tories called it a “…” Budget": a party in the plural is a body, not the person the
    story is about (the chancellor took the Tories' words once the bare credit "Budget" was
    gone; round 26, lane wrong9, fresh4)."""
    article = ("Spending plan\n\nChancellor Tom Hale unveiled his plan on Monday. He put a penny on "
               "beer. The Tories called it a \u201cborrow now, repay never\u201d plan.")
    (q,) = speech_of(article)
    # not the chancellor; the party itself, as fresh4's gold has it for the same construct
    # (round 42, lane census25s: a British party named as a body speaks; party_groups.party_body)
    assert q.speaker == "Tories"


# round 28, lane wrong11: a past participle that describes or names a noun ("X, described as
# “…”", "an ad from X called “…”") made that noun the speaker (fresh3, fresh4): the one
# described is not the one describing, who goes unnamed. Our own words.
NAMED_BY_PARTICIPLE = [
    ("the person a participle describes",
     "Column\n\nThe column compared the mayor unfavourably to the late Senator Ada Moll, described as "
     "a \u201cbeacon for honest public life in the county.\u201d The mayor was not amused."),
    ("the person a participle calls",
     "Vote\n\nVoters in the north backed Councillor Ben Idris, described as \u201ca man who fixes "
     "what others only promise\u201d in the town, by a wide margin on Thursday."),
]


@pytest.mark.parametrize("case,article", NAMED_BY_PARTICIPLE, ids=[c[0] for c in NAMED_BY_PARTICIPLE])
def test_the_one_a_participle_names_is_not_the_speaker(case, article, speech_of):
    # the words stay speech (someone's description), credited to nobody named (review of round
    # 28: a term here would pass without the rule)
    assert [q.speaker for q in speech_of(article, case) if q.kind == "speech"] == [None]
