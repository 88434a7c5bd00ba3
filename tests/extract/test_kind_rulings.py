"""Kinds the real-news annotators' rulings decide from the text (issue #11, round 24, lane
kind8), each in a snippet written for this test: "so-called" before a neutral noun phrase
names a thing (a term); words in marks closing a headline-shaped line inside the body (a
sub-headline, a related-story link) quote someone, as the document's headline does. The near
misses keep their kinds. "call" in "call centre" names nobody's words."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    # "so-called" before a noun phrase of two words or more: the name a thing goes by
    ("so-called name", f"Courts\n\nThe county will open more so-called {L}night courts{R} next spring.",
     "night courts", "term"),
    ("so-called name glossed", f"Police\n\nAnn Roe, the so-called {L}harbour thief{R} who robbed six boats, was "
     "caught on Friday.", "harbour thief", "term"),
    ("so called, no hyphen", f"Cities\n\nThe law does not fund so called {L}river towns{R} that ignore the rules.",
     "river towns", "term"),
    # one word after "so-called" is the writer's doubt, a scare quote
    ("so-called one word", f"Panel\n\nThe so-called {L}experts{R} never visited the site.", "experts", "scare"),
    # "supposed", "alleged": doubt about a claim, not a name
    ("supposed", f"Talks\n\nHis supposed {L}peace plan{R} fell apart within a week.", "peace plan", "scare"),
    ("alleged", f"Firm\n\nThe board denied the alleged {L}secret fund{R} ever existed.", "secret fund", "scare"),
    # a clause after "so-called" is no name: the writer's distance still
    ("so-called clause", f"Vote\n\nThe so-called {L}we will never pay{R} pledge was dropped.", "we will never pay",
     "scare"),
    # a short line inside the body that closes on words in marks: a sub-headline quoting someone
    # (not when the line goes on after the marks)
    ("sub-headline going on", f"Dock strike\n\nThe strike entered its third day on Monday.\n\nUnion chief meets "
     f"{L}angry{R} port owners\n\nThe union said talks had failed.", "angry", "scare"),
    ("sub-headline closing", f"Dock strike\n\nThe strike entered its third day on Monday.\n\nUnion chief "
     f"calls offer {L}insulting{R}\n\nThe union said talks had failed.", "insulting", "speech"),
    ("related link", f"Dock strike\n\nThe strike entered its third day on Monday.\n\n(Also on the site: Mayor "
     f"vows to end port {L}chaos{R})\n\nThe union said talks had failed.", "chaos", "speech"),
    ("new label line", f"Dock strike\n\nThe strike entered its third day on Monday.\n\nThe Port's New "
     f"{L}Blockade{R}\n\nThe union said talks had failed.", "Blockade", "speech"),
    # a two-word label closing a sub-headline keeps its kind
    ("sub-headline label", f"Dock strike\n\nThe strike entered its third day on Monday.\n\nQuestioning a "
     f"{L}harbour gap{R}\n\nThe union said talks had failed.", "harbour gap", "term"),
    # a sentence of the body that ends on its marks is no headline
    ("body sentence", f"Dock strike\n\nThe strike entered its third day on Monday.\n\nThe plan looked "
     f"{L}reckless{R}.\n\nTalks failed.", "reckless", "scare"),
    ("body sentence, no speaker", f"Dock strike\n\nThe strike entered its third day on Monday. The owners' plan "
     f"was widely seen as {L}reckless.{R}\n\nTalks failed.", "reckless", "scare"),
    # "call" in "call centre" is a noun: it names nobody's words
    ("call centre headline", f"Call centre staff {L}lose patience{R}\n\nWorkers on phone lines quit more often, a "
     "study finds.", "lose patience", "speech"),
    ("call centres", f"Help\n\nPeople still get answers through call centres, despite {L}delays{R} and errors.",
     "delays", "scare"),
    ("call centres, a label", f"Help\n\nAs a result, call centres have a high {L}churn rate{R} among new staff.",
     "churn rate", "term"),
    # "calls" ending the sentence right after the marks is a noun the words modify, no report
    ("calls as a noun", f"Lists\n\nThe party skipped the checks for {L}voter turnout{R} calls. Nobody noticed.",
     "voter turnout", "term"),
    ("said ending the sentence", f"Lists\n\nThe checks were {L}never skipped,{R} said Ann Roe.", "never skipped",
     "speech"),
    # a nickname in running text stays a term
    ("nickname", f"Boxing\n\nThe trainer Rob {L}Biko{R} Baker retired on Sunday after forty years.", "Biko", "term"),
    # in a title-case or capitals line every word is capitalised: one word in marks between two
    # of them, in a line that credits someone, is no nickname (round 32, lane notspeech13: "Susan
    # Collins Says She’s ‘…’ To …", "… VOWS TO COOPERATE WITH ANY STOCK SALE ‘INQUIRY’ AMID …"
    # were terms); with no credit in the line it stays one (half such were terms: "‘No’ Vote")
    ("title-case headline word", f"Mayor Vale Says She\u2019s {L}Open{R} To Port Talks\n\nShe spoke.",
     "Open", "speech"),
    ("a ballot option in a credited headline", f"Mayor Vale Defends Her {L}Present{R} Vote\n\nShe spoke.",
     "Present", "term"),
    ("a label's colon credits nobody", f"Reminder: The Harbour {L}Deal{R} Sets Up Another Fight\n\nTalks went on.",
     "Deal", "term"),
    ("title-case headline word, no credit", f"Port Workers in Their {L}Self-Pity{R} Let Us Down\n\nThe strike "
     "went on.", "Self-Pity", "term"),
    ("capitals headline word", f"Docks\n\nBOARD VOWS TO HELP WITH ANY HARBOUR {L}INQUIRY{R} AMID PROBE\n\n"
     "The board met.", "INQUIRY", "scare"),
    ("title-case nickname after a given name", f"Boxing Great Charles {L}Biko{R} Baker Retires\n\nHe was 70.",
     "Biko", "term"),
    # two words after an outlet's colon stay a nickname (tune: a paper's nickname in a headline)
    ("a nickname after a colon", f"Harbour Post: {L}Grey Lady{R} Misread the Vote\n\nThe column ran on Sunday.",
     "Grey Lady", "term"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_ruling(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
