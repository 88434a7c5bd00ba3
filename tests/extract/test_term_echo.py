"""A short expression a term rule read on its own evidence is the same term where the article
quotes it again with nothing of its own to say what it is (issue 11, round 22, lane terms6:
a headline's bare label and a repeat in the body read as scare quotes or a title). Snippets
written for this test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R, LS, RS = "\u201c", "\u201d", "\u2018", "\u2019"

# (case, article, fragment, index among its repeats, expected kind)
CASES = [
    ("headline label, title case", f"Mayor pushes {LS}Harbour First{RS} plan\n\nThe mayor said {L}Harbour "
     f"First{R} does not mean a closed port.", "Harbour First", 0, "term"),
    ("a bare repeat in the body", f"Roads\n\nThe memo used the phrase {L}quiet lanes{R} for the scheme. "
     f"Drivers have grown fond of {L}quiet lanes{R} since.", "quiet lanes", 1, "term"),
    # a nickname between two names lends nothing ('Rob “Bombshell” Baker', then a scare quote)
    ("nickname lends nothing", f"Rob {L}Bombshell{R} Baker lost.\n\nThe {L}bombshell{R} story fell apart.",
     "bombshell", 1, "scare"),
    # a named speaker's words stay speech
    ("a speaker's repeat", f"Roads\n\nThe memo used the phrase {L}quiet lanes{R} for the scheme. Ada Vale "
     f"said {L}quiet lanes{R} would fail.", "quiet lanes", 1, "speech"),
    # a slogan's repeat is the slogan, however sentence-like (round 32, lane notspeech13: the
    # repeats had been the title the slogan cue gave; as a term they fell to speech)
    ("a slogan repeated as a sentence", f"Port\n\nThe mayor ran on the slogan {L}Every ship comes home{R} in "
     f"spring.\n\n{L}Every ship comes home{R} is an empty promise to the crews.", "Every ship comes home", 1, "term"),
    ("a motto opening its paragraph", f"Port\n\nThe town motto is {L}Salt and stone{R} to this day.\n\n"
     f"{L}Salt and stone{R}\n\nThe town grew up round the quay.", "Salt and stone", 1, "term"),
    ("a slogan's words said by a speaker", f"Port\n\nThe mayor ran on the slogan {L}Ships come home{R}. "
     f"Ada Vale said {L}ships come home{R} at last.", "Ships come home", 1, "speech"),
]


@pytest.mark.parametrize("case,article,fragment,index,kind", CASES, ids=[c[0] for c in CASES])
def test_term_echo(case, article, fragment, index, kind):
    r = extract_document(read_text(article, path=case))
    qs = [q for q in r.quotes if q.text.rstrip(".,").lower() == fragment.lower()]
    assert qs[index].kind == kind, qs[index].kind_evidence


def test_title_case_label_lends_no_term_to_a_title():
    # a show's name read as a label before "panel" is still the show's title where it stands alone
    article = f"TV\n\nOur {L}Sunday Desk{R} panel met on Friday.\n\nViewers loved {L}Sunday Desk{R} last year."
    r = extract_document(read_text(article, path="show"))
    kinds = [(q.kind, q.kind_evidence[0]) for q in r.quotes if q.text.rstrip(".,") == "Sunday Desk"]
    assert not any(why.startswith("the words of a term") for _, why in kinds), kinds
