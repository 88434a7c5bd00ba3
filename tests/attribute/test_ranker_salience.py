"""The ranker's round-14 features (attribute/salience.py, features.py): which name a sentence
opens with, across sentences; how often a name is reported speaking; a "he"/"she" that agrees
or clashes with a candidate's gender. Articles written for this test."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from onrecord.attribute import _attribute_group
from onrecord.attribute.features import INDEX, NULL
from onrecord.attribute.ranker import article_candidates
from onrecord.extract import extract_document
from onrecord.read import read_text
from onrecord.thresholds.attribute import AttributeOptions

# two people, each introduced by a sentence that opens with their name, each quoted after it
TWO = ("Bridge talks\n\n"
       "Mayor Lena Ortiz toured the site with Governor Paul Hendry on Monday.\n\n"
       "Ortiz spoke to residents after the visit. \u201cWe will rebuild the bridge by spring,\u201d she said.\n\n"
       "Hendry was less sure. \u201cThe money is not there yet,\u201d he said.")


def _features(text: str) -> list[dict[str, dict[str, float]]]:
    """Per speech quotation in reading order: candidate name -> feature -> value."""
    r = extract_document(read_text(text, path="salience"))
    (art,) = _attribute_group([r], replace(AttributeOptions(), use_ranker=False))
    cands = article_candidates(art.lay, art.ents.entities)
    out = []
    for qi in sorted(cands, key=lambda k: art.lay.quotes[k].start):
        out.append({c.name: {f: c.x[i] for f, i in INDEX.items()} for c in cands[qi]})
    return out


@pytest.mark.parametrize("quote, who, other", [
    (0, "Lena Ortiz", "Paul Hendry"),
    (1, "Paul Hendry", "Lena Ortiz"),
])
def test_the_previous_sentence_opening_with_a_name_and_its_pronoun(quote, who, other):
    f = _features(TWO)[quote]
    assert f[who]["subj_prev_sentence"] == 1.0 and f[who]["subj_last"] == 1.0
    assert f[who]["subj_para_first"] == 1.0
    assert f[other]["subj_prev_sentence"] == 0.0
    assert f[who]["pron_agrees"] == 1.0 and f[who]["pron_nearest_agreeing"] == 1.0
    assert f[other]["pron_clashes"] == 1.0 and f[other]["pron_agrees"] == 0.0
    assert f[NULL]["null_pronoun"] == 1.0


@pytest.mark.parametrize("text, who, want", [
    # a possessive opener is not what the sentence is about
    ("Vote\n\nMayor Lena Ortiz called the vote.\n\nOrtiz\u2019s aide Tom Bale waited outside. "
     "\u201cIt is done,\u201d said Governor Paul Hendry.", "Lena Ortiz", 0.0),
    # a name deep in the sentence is not its opener
    ("Vote\n\nAfter a long night of talks in the old town hall with Lena Ortiz, the council left. "
     "\u201cIt is done,\u201d said Governor Paul Hendry.", "Lena Ortiz", 0.0),
    ("Vote\n\nLena Ortiz, the mayor, called the vote. "
     "\u201cIt is done,\u201d said Governor Paul Hendry.", "Lena Ortiz", 1.0),
])
def test_a_sentence_opens_with_a_name_only_if_the_name_is_its_first_words(text, who, want):
    (f,) = _features(text)
    assert f[who]["subj_prev_sentence"] == want


def test_a_name_reported_speaking_twice_counts_twice():
    text = ("Vote\n\nLena Ortiz said the count was slow. Paul Hendry arrived late. "
            "Later Ortiz told reporters the result would stand.\n\n"
            "\u201cIt is done,\u201d said Governor Paul Hendry.")
    (f,) = _features(text)
    assert f["Lena Ortiz"]["reported_frac"] == 1.0
    assert f["Lena Ortiz"]["log_reported"] == pytest.approx(math.log1p(2))
