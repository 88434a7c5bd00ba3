"""A phrase in marks modifying a noun for wording that has an owner ("Kell's “…” remark", "his
“…” mantra") is the owner's speech (GUIDELINES K8, K7; attribute/owned_wording.py, round 78,
lane kind88): the extraction types every such phrase a term, the wording talked about, which
stays right where the noun has no owner and nobody named said the words before. A name owner
speaks; a pronoun owner makes the words speech with no name (as for "his use of the word
“…”"); with no owner, a named speaker's earlier quotation holding the words gives them to him
(an echo, K5). The articles are our own words."""

from __future__ import annotations

import pytest


# (case, article, words, expected kind, expected speaker)
CASES = [
    ("a named owner's remark", "Harbour\n\nMayor Ivo Kell opened the fair on Monday. Critics seized on "
     "Kell's \u201csink or swim\u201d remark for weeks.", "sink or swim", "speech", "Ivo Kell"),
    ("a named owner's mantra, curly apostrophe", "Harbour\n\nMayor Ivo Kell opened the fair. The new jobs run "
     "against Kell\u2019s \u201cclean quay\u201d mantra.", "clean quay", "speech", "Ivo Kell"),
    ("a titled owner's comment", "Harbour\n\nMayor Ivo Kell opened the fair on Monday. Critics seized on "
     "Mayor Kell\u2019s \u201cdeep water\u201d comment for weeks.", "deep water", "speech", "Ivo Kell"),
    ("a pronoun owner: speech, left unnamed", "Harbour\n\nMayor Ivo Kell opened the fair. Critics seized on "
     "his \u201csink or swim\u201d remark for weeks.", "sink or swim", "speech", None),
    ("a nickname owner after 'the': speech, left unnamed", "Harbour\n\nMayor Ivo Kell opened the fair. He "
     "ran as the heir to the Skipper's \u201cdeep water\u201d mantra.", "deep water", "speech", None),
    # no owner, but a named speaker said the words before: an echo, his speech (K5)
    ("an echo of a named speaker's words", "Harbour\n\nMayor Ivo Kell spoke on Monday. \u201cWe will sink "
     "or swim together,\u201d Kell said.\n\nThe \u201csink or swim\u201d remark drew jeers from the crowd.",
     "sink or swim", "speech", "Ivo Kell"),
    ("an echo goes to the first speaker, not a critic quoting him", "Harbour\n\nMayor Ivo Kell spoke on "
     "Monday. \u201cWe will sink or swim together,\u201d Kell said. Union chief Ana Lind was scathing. \u201cTo "
     "tell dockers to sink or swim is cruel,\u201d Lind said.\n\nThe \u201csink or swim\u201d remark drew jeers "
     "from the crowd.", "sink or swim", "speech", "Ivo Kell"),
    # near misses: no owner, the wording talked about stays a term
    ("no owner: a remark talked about", "Harbour\n\nThe \u201canchor\u201d remark recalled an old toast among "
     "port captains.", "anchor", "term", None),
    ("no owner: a slogan on cranes", "Harbour\n\nA \u201ccold harbour\u201d slogan was painted on every "
     "crane.", "cold harbour", "term", None),
]


@pytest.mark.parametrize("article,words,kind,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_owned_wording(article, words, kind, speaker, quote_of):
    q = quote_of(article, words)
    assert (q.kind, q.speaker) == (kind, speaker), (q.kind, q.speaker, q.kind_evidence, q.attribution_evidence)
