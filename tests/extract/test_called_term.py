""""is called “…”" before lower-case words gives the name of a thing, a term, not the title of
a work (issue 11, round 22, lane terms6: 'that part is called the “…”' read as a title by the
title cue). Title case after it stays a title. "in what is called a “…”" is a passive with no
namer, a term, whatever name opens the sentence (corpus: credited to that name). Snippets
written for this test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("is called the", f"Pumps\n\nThat valve is called the {L}bypass,{R} and it fails first.", "bypass", "term"),
    ("was called a", f"Pumps\n\nThe practice was called {L}dry pumping{R} by engineers of the day.", "dry pumping", "term"),
    # title case after the cue is still a work's name
    ("a title", f"Books\n\nHer second novel is called {L}The Long Shore{R} and sold well.", "The Long Shore", "title"),
    ("one capitalised word", f"Books\n\nHer next book is going to be called {L}Driftwood.{R} It is about boats.",
     "Driftwood", "title"),
    # "what is called": a passive with no namer, whatever name opens the sentence
    ("what is called", f"Deals\n\nHarbor Foods is buying a Dutch rival in what is called a {L}reverse merger.{R}",
     "reverse merger", "term"),
    ("what might be called", f"Deals\n\nMayor Ann Roe chose what might be called a {L}soft exit{R} from the deal.",
     "soft exit", "term"),
    ("what the firm called", f"Deals\n\nHarbor Foods is buying a rival in what Harbor Foods called a {L}quiet merger.{R}",
     "quiet merger", "speech"),
    # a named agent's words stay speech
    ("called by a judge", f"Court\n\nHe was called {L}a careless and greedy man{R} by Judge Ann Roe.",
     "a careless and greedy man", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_called_term(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
