"""Round 33 (lane scare14): short fragments onrecord typed as scare quotes that a random corpus
sample showed are mostly another kind (eval/real/audit/scare14-first.tsv). Each case is a snippet
written for this test, with the near miss that must keep its old kind."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _kind(article: str, fragment: str, name: str = "case") -> str:
    r = extract_document(read_text(article, path=name))
    attribute_results([r])
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    return q.kind


# (case, article, fragment, expected kind)
CASES = [
    # a person's own label for themself, "self-described", is that person's words
    ("self-described after a name",
     "Bakery\n\nLena Ostrova, the owner and a self-described \u201cnight owl,\u201d opens the shop at four.",
     "night owl", "speech"),
    ("self-proclaimed before a name",
     "Chess\n\nA self-proclaimed \u201cpuzzle addict,\u201d Arne Saltvik said he trains daily.",
     "puzzle addict", "speech"),
    # near misses: the writer's own distance stays a scare quote
    ("so-called stays", "Panel\n\nThe so-called \u201cexperts\u201d were wrong again.", "experts", "scare"),
    ("self-styled stays", "Panel\n\nThe self-styled \u201cguru\u201d was wrong again.", "guru", "scare"),
    # a verb of characterising before "as" credits the words to its subject
    ("characterized … as",
     "Trade\n\nLast month Senator Ron Vale characterized the two firms as \u201cco-owners\u201d of the scheme.",
     "co-owners", "speech"),
    ("downplayed … as",
     "Vote\n\nSpokesman Ed Marr downplayed the defeat as a \u201cminor hiccup,\u201d blaming the weather.",
     "minor hiccup", "speech"),
    ("heralded … as",
     "Peace\n\nPresident Ida Kell heralded the accord as a \u201chistoric step\u201d for the region.",
     "historic step", "speech"),
    ("a generic group characterizing stays a scare quote",
     "Trade\n\nCritics characterized the two firms as \u201cco-owners\u201d of the scheme.", "co-owners", "scare"),
    # one word in marks inside the headline quotes the story's speaker
    ("word inside the headline",
     "Mayors 'wary' over new parking levy\n\nCity leaders met on Monday to discuss the levy.",
     "wary", "speech"),
    ("title-case headline modifier is not this rule",
     "Why Only the 'Best' Applicants Get In\n\nThe college changed its rules.", "Best", "scare"),
    ("headline opener is not this rule",
     "'Rex' to be taken off the register\n\nA dog was listed as a voter in the town.",
     "Rex", "scare"),
    # one capitalised word in marks inside a sentence is a name for something: a term
    ("capitalised word modifying a noun",
     "Budget\n\nMarchers joined the \u201cHarbourside\u201d movement last year.", "Harbourside", "term"),
    ("capitalised word alone",
     "Vote\n\nMost voters in the town picked \u201cRemainders\u201d over the others.", "Remainders", "term"),
    ("acronym in marks",
     "Protest\n\nMarchers wore \u201cNBQ\u201d badges at the rally on the square.", "NBQ", "term"),
    # one lowercase hyphened word in marks is a compound the writer names: a term
    ("hyphened word modifying a noun",
     "Courts\n\nThe judges rejected a \u201cbright-line\u201d rule for such searches.", "bright-line", "term"),
    ("hyphened word alone",
     "Health\n\nThe senator backs a cheaper pension \u201cbuy-in\u201d for older workers.", "buy-in", "term"),
    ("a judging compound stays a scare quote",
     "Fair\n\nThe new \u201ctourist-friendly\u201d stalls were closed by noon.", "tourist-friendly", "scare"),
    ("hyphened word after a reporting verb stays speech",
     "Energy\n\nGovernor Ann Ruiz said the plan was \u201cgrowth-friendly\u201d and cheap.", "growth-friendly", "speech"),
    # near misses: a sentence's first word, a question and a line in capitals stay
    ("first word of a sentence", "Waste\n\n\u201cEmergencies\u201d happen every week there.", "Emergencies", "scare"),
    ("a question", "Fame\n\nMost people would ask, \u201cWho?\u201d and walk on.", "Who?", "scare"),
    ("line in capitals",
     "Storm\n\nThe mayor spoke.\n\nMAYOR VOWS FULL \u201cINQUIRY\u201d INTO FIRE\n\nThe fire started at night.",
     "INQUIRY", "scare"),
    # round 33, first review: near misses the lane's rules took (snippets written for the review)
    ("a poll's category of respondents stays",
     "Poll\n\nAbout 40 percent of self-described \u201cliberals\u201d backed the plan.", "liberals", "scare"),
    ("a quantified plural category stays",
     "Poll\n\nMost self-described \u201cmoderates\u201d backed the plan.", "moderates", "scare"),
    ("a plural category after 'are' stays",
     "Poll\n\nVoters who are self-described \u201cconservatives\u201d leaned right.", "conservatives", "scare"),
    ("first word after a dash is no name",
     "Court\n\nThe verdict was short \u2014 \u201cGuilty\u201d was all the foreman read.", "Guilty", "scare"),
    ("first word after an en dash is no name",
     "Court\n\nThe verdict was short \u2013 \u201cGuilty\u201d was all the foreman read.", "Guilty", "scare"),
    ("a one-word answer is no name",
     "Court\n\nWe asked the mayor whether she would resign. Her reply was \u201cNo.\u201d", "No", "scare"),
    ("a capitalised word the sentence before reports stays speech",
     "Court\n\nAnn Ruiz said the rule was unfair to renters. And \u201cOutrageous\u201d was the word she "
     "used twice.", "Outrageous", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_fragment_kind(case, article, fragment, kind):
    assert _kind(article, fragment, case) == kind


def test_self_described_names_the_person():
    r = extract_document(read_text(
        "Bakery\n\nLena Ostrova, the owner and a self-described \u201cnight owl,\u201d opens the shop at four.",
        path="self"))
    attribute_results([r])
    (q,) = r.quotes
    assert q.kind == "speech"
    assert q.speaker == "Lena Ostrova"
