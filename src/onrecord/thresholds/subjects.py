"""Thresholds of the string reading of a sentence's subject (attribute/opener_pronoun.py, round
35, lane wrong16). Apart from attribute.py, which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Subjects:
    # tokens; the farthest a he/she may stand from the sentence's start and still be read as
    # its subject after an opening adverbial ("Within hours, with a calm display of purpose
    # and leadership, he had recast himself as …": 14 tokens in the corpus case that forced
    # it). Prevents a he/she deep in a long sentence, after its real subject was written as a
    # phrase the string reader cannot name, from being taken for that subject.
    opener_pronoun_reach: int = 16
    # words; the longest phrase with no comma after it that may open the sentence before its
    # he/she ("Later", "On Tuesday", "Two days later he …"). Prevents a subject noun phrase
    # with a clause after it ("In May the company hired him and he …") from being read as an
    # adverbial. Set by lane wrong16 (round 35) on its corpus cases; moved here by the
    # nineteenth session's review, unchanged.
    opener_phrase_words: int = 3
    # words; the longest comma-separated stretch after a first adverbial that is read as an
    # item of a list inside it ("with a calm display of purpose, leadership and resolve, he
    # …"). Prevents a longer clause between commas from being read as part of the opener.
    # Same lane, same move.
    opener_list_item_words: int = 3


SUBJECTS = Subjects()
