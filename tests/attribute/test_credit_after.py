"""A credit right after the closing mark ("…: “…,” Dale Y, a spokesman, told reporters") beats
the clause before a colon (parse_finder._credit_after, issue #11 round 11). The real-news
sentence that failed was parsed with the credit's verb hung on a verb inside the quotation, so
the parse is written out here (our own words, the parser's shape) rather than left to the
model, whose attachment of such a sentence varies with its words."""

from __future__ import annotations

from types import SimpleNamespace

from onrecord.attribute.nlp import get_nlp
from onrecord.attribute.parse_finder import _credit_after

# token, head index, dependency, coarse tag, fine tag
_PARSE = [
    ("Harbor", 1, "compound", "PROPN", "NNP"), ("Media", 2, "nsubj", "PROPN", "NNP"),
    ("declined", 2, "ROOT", "VERB", "VBD"), ("to", 4, "aux", "PART", "TO"),
    ("comment", 2, "xcomp", "VERB", "VB"), (":", 2, "punct", "PUNCT", ":"),
    ("\u201c", 2, "punct", "PUNCT", "``"), ("Harbor", 8, "nsubj", "PROPN", "NNP"),
    ("owns", 2, "ccomp", "VERB", "VBZ"), ("the", 10, "det", "DET", "DT"),
    ("platform", 8, "dobj", "NOUN", "NN"), (",", 8, "punct", "PUNCT", ","),
    ("\u201d", 19, "punct", "PUNCT", "''"), ("Dale", 14, "compound", "PROPN", "NNP"),
    ("Gordin", 19, "nsubj", "PROPN", "NNP"), (",", 14, "punct", "PUNCT", ","),
    ("a", 17, "det", "DET", "DT"), ("spokesman", 14, "appos", "NOUN", "NN"),
    (",", 14, "punct", "PUNCT", ","), ("told", 8, "conj", "VERB", "VBD"),
    ("reporters", 19, "dobj", "NOUN", "NNS"), (".", 2, "punct", "PUNCT", "."),
]


def _doc():
    from spacy.tokens import Doc
    words = [w for w, *_ in _PARSE]
    return Doc(get_nlp().vocab, words=words, heads=[h for _, h, *_ in _PARSE],
               deps=[d for _, _, d, *_ in _PARSE], pos=[p for *_, p, _ in _PARSE],
               tags=[t for *_, t in _PARSE])


def _frame(doc):
    toks = list(doc)
    qtoks = toks[7:12]  # the words between the marks
    outside = toks[:6] + toks[13:]
    return SimpleNamespace(doc=doc, qtoks=qtoks, outside=outside, out_ids={t.i for t in outside})


def test_a_named_credit_after_the_closing_mark_is_found():
    doc = _doc()
    cue = _credit_after(_frame(doc))
    assert cue is not None and cue.text == "told"


def test_no_credit_when_the_words_after_are_narration():
    doc = _doc()
    f = _frame(doc)
    f.outside = [t for t in f.outside if t.i < 13]  # the sentence ends at the closing mark
    assert _credit_after(f) is None
