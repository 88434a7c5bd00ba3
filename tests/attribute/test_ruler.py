"""The attribute ruler's table matching (attribute/ruler.py) finds exactly what spaCy's own
Matcher finds with the same patterns, on sentences exercising each kind of pattern the model
carries (tag maps, word exceptions, dependency rules, two-token contractions)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from onrecord.attribute.nlp import get_nlp  # noqa: E402
from onrecord.attribute.ruler import FastMatch  # noqa: E402

SENTENCES = [
    "The ferry captain said the harbour was not ready, but the board disagreed.",
    "We're gonna fix the pier, and y'all ain't stopping us, the foreman told reporters.",
    "There is a storm coming and there were three boats out, she warned.",
    "I do think it has been a long year; let's wait, he said, because nothin' works.",
    "That is what they did: they had the plan, and those who could, did.",
    "Whether it gets done or not, the mayor got the vote she wanted.",
    "You can't say I didn't warn you, it said in a letter to the council.",
    "  Two spaces here.\n\nAnd a blank line before this one, although nobody asked.",
    "C'mon, the boats are leaving till Monday unless the wind drops, whilst we wait.",
]


@pytest.fixture(scope="module")
def before_ruler():
    nlp = get_nlp()
    others = [n for n in nlp.pipe_names if n != "attribute_ruler"]
    with nlp.select_pipes(enable=others):
        return nlp, list(nlp.pipe(SENTENCES))


def test_the_loaded_pipeline_uses_the_table_matcher():
    assert isinstance(get_nlp().get_pipe("attribute_ruler").match, FastMatch)


@pytest.mark.parametrize("k", range(len(SENTENCES)))
def test_same_matches_as_spacys_matcher(before_ruler, k):
    nlp, docs = before_ruler
    ruler = nlp.get_pipe("attribute_ruler")
    doc = docs[k]
    spacy_matches = sorted((int(nlp.vocab.strings[m]), m, s, e) for m, s, e in ruler.matcher(doc, allow_missing=True))
    fast = ruler.match(doc)
    assert fast == spacy_matches
    assert fast  # every sentence has tokens the tag map covers


def test_exceptions_reach_the_tokens():
    doc = get_nlp()("There is a boat and we're gonna sail it.")
    by_text = {t.text: t for t in doc}
    assert by_text["is"].pos_ == "VERB"  # "there is": an existential verb, not an auxiliary
    assert by_text["gon"].lemma_ == "go" and by_text["na"].lemma_ == "to"
