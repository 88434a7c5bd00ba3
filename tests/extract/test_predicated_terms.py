"""Words in marks that the sentence then calls a term, word, phrase, label or slur ("“X” is a
loaded term", "“X” as a name for …", "Is “X” a slur?"): the expression is talked about as an
expression, a term (round 32, lane terms13). Snippets written for this test; near misses
keep their kinds."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("is a code term", f"Budget\n\nEveryone in the capital knows that {L}fiscal prudence{R} is a code term for cuts.",
     "fiscal prudence", "term"),
    ("has become a term", f"Words\n\nAmong younger voters, {L}liberal{R} has become a term of abuse.", "liberal", "term"),
    ("as a word for", f"Words\n\nHer use of {L}the forgotten{R} as a word for rural voters is rare.",
     "the forgotten", "term"),
    ("being the operative word", f"Food\n\nThe chef keeps the menu short, {L}modest{R} being the operative word.",
     "modest", "term"),
    ("question: is it a slur", f"Debate\n\nIs {L}river people{R} a hurtful slur? The council argued about it for hours.",
     "river people", "term"),
    ("under a speaker's verb", f"Debate\n\nJane Holloway said {L}red tape{R} is a lazy phrase for rules that save lives.",
     "red tape", "term"),
    # near misses: a speaker's own use named after the noun stays speech; a sentence stays
    # speech; "the name of the game" is an idiom, not a name for the words
    ("a speaker's own phrase", f"Debate\n\n{L}Broken promises{R} is the phrase Jane Holloway used on Monday, and she repeated it.",
     "Broken promises", "speech"),
    ("a sentence is no term", f"Debate\n\n{L}We will not give up on this town and its people{R} was the message Jane Holloway gave.",
     "We will not give up on this town and its people", "speech"),
    ("the word used by a named person", f"Jobs\n\nThe figures were bad. {L}Dismal,{R} is the word used by Tom Avery, an economist.",
     "Dismal", "scare"),
    ("a comparison of words", f"Jobs\n\nHe corrected himself. {L}Annoyed{R} was a better word than angry, he said later.",
     "Annoyed", "speech"),
    # the words' definition or meaning discussed before the marks (round 32, lane terms13)
    ("definition of", f"Census\n\nThe bureau widened its definition of {L}rural household{R} last year.",
     "rural household", "term"),
    ("meaning of under a verb", f"Court\n\nJudge Amy Park said the meaning of {L}public place{R} was settled long ago.",
     "public place", "term"),
    ("the spelling of", f"Maps\n\nLocals still argue over the spelling of {L}Kilmory{R} on the new signs.", "Kilmory", "term"),
    ("a speaker's own phrase after meaning of",
     f"Rally\n\nJane Holloway said voters must define the meaning of {L}this great new movement{R} together.",
     "this great new movement", "speech"),
    ("the epitome, not a definition",
     f"Books\n\nJane Holloway argues that grants and loans are the definition of {L}kindness{R} in politics.",
     "kindness", "speech"),
    # an acronym's expansion after "stands for" (round 32, lane terms13)
    ("acronym stands for", f"Housing\n\nAnn Reyes runs BUILD, which stands for {L}better urban infill and land development,{R} in Leeds.",
     "better urban infill and land development", "term"),
    ("originally stood for", f"Charity\n\nThe group's name, KIND, originally stood for {L}kids in need daily{R} before it grew.",
     "kids in need daily", "term"),
    ("acronym in marks before", f"Housing\n\nAnn Reyes runs {L}BUILD Now,{R} which stands for {L}better urban infill and land development.{R}",
     "better urban infill and land development", "term"),
    # no acronym: what a party stands for is its creed, left to the other rules
    ("a party stands for", f"Rally\n\nJane Holloway said her party stands for {L}fairness and work{R} above all.",
     "fairness and work", "speech"),
    # review19: nor what an acronym's bearer stands for, whose words do not spell it out
    ("a named party's creed", f"Rally\n\nJane Holloway said the GOP stands for {L}lower taxes and work{R} above all.",
     "lower taxes and work", "speech"),
    # a word for a name or a part of speech before the marks (round 32, lane terms13)
    ("the adjective", f"Law\n\nIn that clause the adjective {L}prompt{R} sets a deadline.", "prompt", "term"),
    ("the moniker", f"Sport\n\nHis speed earned him the moniker {L}the Comet{R} among fans.", "the Comet", "term"),
    ("the noun", f"Law\n\nThe ruling turned on the noun {L}vessel{R} and what it covers.", "vessel", "term"),
    # near miss: her own word, with a possessive before the noun, stays hers
    ("her own adjective", f"Music\n\nJane Holloway later insisted that her chosen adjective {L}reckless{R} was aimed at the board.",
     "reckless", "speech"),
    ("name of the game", f"Sport\n\nThe coach knows that {L}patience{R} is the name of the game in March.",
     "patience", "scare"),
]


def test_a_word_called_a_term_lends_no_term_to_its_other_uses():
    # the first quotation is the coach's own word; the next sentence talks about it
    article = f"Sport\n\nCoach Ann Reyes urged her players to {L}breathe.{R} {L}Breathe{R} is a euphemism for slowing down."
    r = extract_document(read_text(article, path="echo"))
    first, second = sorted(r.quotes, key=lambda q: q.start)
    assert second.kind == "term"
    assert first.kind != "term", first.kind_evidence


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_predicated_term(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
