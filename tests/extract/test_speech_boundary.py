"""The boundary between speech and the writer's own marks (issue #11, round 26, lane
speechkind9), each case in a snippet written for this test: who a naming or reporting word
credits decides whether words in marks are someone's speech or a label nobody said."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("what it called", f"Airline\n\nThe airline would not discuss what it called {L}staff matters{R} on Monday.",
     "staff matters", "speech"),
    # "calls" as a plural noun names nobody
    ("calls, a noun", f"Help\n\nAfter a few unsuccessful calls to the {L}help desk{R} she gave up.", "help desk", "term"),
    # a named person who "used the term “…”" said those words: the person's speech
    ("named person used the term", f"Debate\n\nThe host was cut off after Kelly used the term {L}harbour thief{R} on air.",
     "harbour thief", "speech"),
    ("pronoun used the words", f"Debate\n\nLater that night he used the words {L}clean slate{R} twice.", "clean slate",
     "speech"),
    ("possessive subject using the words", f"Debate\n\nRoe\u2019s long speech then turned to the port, using the words "
     f"{L}shameful{R} and {L}costly{R}.", "shameful", "speech"),
    # not said (a negation, a refusal), or a document, a group or the writer using it: a term
    ("did not use the word", f"Memo\n\nShe did not use the word {L}layoffs{R} anywhere in the memo.", "layoffs", "term"),
    ("refused to use the term", f"Memo\n\nVale refused to use the term {L}harbour tax{R} all week.", "harbour tax", "term"),
    ("document uses the term", f"Memo\n\nThe letter uses the term {L}harbour tax{R} twice.", "harbour tax", "term"),
    ("story in an outlet", f"Memo\n\nA story in The Harbour Times used the phrase {L}harbour tax{R} twice.", "harbour tax",
     "term"),
    ("group uses the term", f"Memo\n\nCritics of Mayor Vale often use the term {L}harbour tax{R} for it.", "harbour tax",
     "term"),
    ("refrained from using", f"Memo\n\nVale had refrained from using the word {L}strike{R} all week.", "strike", "term"),
    ("whether he used", f"Memo\n\nAides doubt whether Vale used the term {L}harbour tax{R} at all.", "harbour tax", "term"),
    ("an organisation", f"Memo\n\nwhile Harbour Research Center uses the terms {L}levy{R} and {L}tax{R} alike.", "levy",
     "term"),
    ("a group after of-using", f"Memo\n\nHe accused his critics of using the term {L}harbour tax{R} for everything.",
     "harbour tax", "term"),
    ("writer uses the term", f"Memo\n\nI use the term {L}harbour tax{R} loosely here.", "harbour tax", "term"),
    # "refer to <someone or something> as “…”" names as "call" does: the named subject's words,
    # a generic subject's label
    ("referred to the plan as", f"Bridge\n\nMayor Vale referred to the new bridge project as {L}a folly{R} on Monday.",
     "a folly", "speech"),
    ("ad refers to hosts as", f"Ads\n\nThe campaign ad also refers to the two hosts, as well as a third, as {L}party pets{R}.",
     "party pets", "speech"),
    ("referring to him as", f"Bridge\n\nVale hit back, referring to the critic as a {L}harbour crank{R}.",
     "harbour crank", "speech"),
    ("was referring to", f"Bridge\n\nBy May, the Harbour Times was referring to the bridge as {L}the long folly{R}.",
     "the long folly", "speech"),
    ("was calling", f"Bridge\n\nThe coach was calling the match a {L}disgrace{R} after the final whistle.", "disgrace",
     "speech"),
    # a passive "referred to … as" names nobody; "such as", "known as" are no object of "refer"
    ("it's referred to as", f"Bridge\n\nIt\u2019s often referred to in the port as the {L}swing gate{R} now.",
     "swing gate", "term"),
    ("has referred to as", f"Bridge\n\nVale has at times referred to the bridge as {L}a folly{R}.", "a folly", "speech"),
    ("plural noun referred to as", f"Court\n\nHe is accused of threatening witnesses referred to as {L}Person A{R} "
     "in the filing.", "Person A", "term"),
    ("referring, then known as", f"Bridge\n\n{L}It is unfair,{R} said Vale, referring to the rule, known as the "
     f"{L}harbour levy{R}, on Monday.", "harbour levy", "term"),
    # the review: an adverb in -s before "referred" is no plural noun named
    ("always referred to it as", f"Bridge\n\nVale always referred to it as {L}a folly{R} in public.", "a folly",
     "speech"),
    ("perhaps referred to it as", f"Bridge\n\nVale perhaps referred to it as {L}a folly{R} once.", "a folly",
     "speech"),
    # the review: words before "using" that only open a sentence are no person's
    ("here's, using the words", f"Ads\n\nHere\u2019s the new ad, using the words {L}clean slate{R} in big letters.",
     "clean slate", "term"),
    ("a name opening a sentence, using the term", f"Ports\n\nVale spoke for an hour, using the term {L}clean slate{R} twice.",
     "clean slate", "speech"),
    # the second review: a possessive name that is also a function word ("May's") opens a
    # person's sentence
    ("a possessive 'May's', using the words", f"Talks\n\nMay\u2019s speech turned to trade, using the words {L}deep partnership{R} again.",
     "deep partnership", "speech"),
    # the second review: an earlier quotation in the sentence, or a comma inside its closing
    # mark, hid the named opening of "…, using the term"
    ("after an earlier quotation, using the term",
     f"Budget\n\n{L}The council is broke,{R} Ann Vale said, using the term {L}fiscal cliff{R} twice.",
     "fiscal cliff", "speech"),
    ("a comma inside the closing mark, using the term",
     f"Budget\n\nAnn Vale called the plan {L}a total mess,{R} using the term {L}fiscal cliff{R} twice.",
     "fiscal cliff", "speech"),
    ("a document after an earlier quotation stays a term",
     f"Budget\n\n{L}The council is broke,{R} the report said, using the term {L}fiscal cliff{R} twice.",
     "fiscal cliff", "term"),
    ("a bank is no ban", f"Rates\n\nAfter the bank collapsed, Vale used the term {L}clean slate{R} at the meeting.",
     "clean slate", "speech"),
    ("a banal speech is no ban", f"Ports\n\nAfter a banal speech, Vale used the term {L}clean slate{R} once.",
     "clean slate", "speech"),
    ("a resistant voice withholds", f"Ports\n\nVale, resistant to the end, used the term {L}clean slate{R} anyway.",
     "clean slate", "term"),
    ("a name opening with 'Ban' is no ban", f"Debate\n\nBannister used the term {L}harbour thief{R} on air.",
     "harbour thief", "speech"),
    ("engineers refer to it as", f"Bridge\n\nEngineers refer to the new joint as a {L}swing gate{R}.", "swing gate", "term"),
    # a generic "they" and a passive stay labels
    ("what they call", f"Harbour\n\nDivers clear what they call {L}ghost nets{R} from the reef.", "ghost nets", "term"),
    ("what is called", f"Harbour\n\nDivers clear what is called {L}ghost nets{R} from the reef.", "ghost nets", "term"),
    # the writer's own marks around one word stay scare (the lead dropped the lane's headline
    # rule and its present-tense "it" rule at the merge: wrong speakers and a held-out loss)
    ("headline capitalised", "The Trouble With the \u2018Good\u2019 Schools\n\nParents worry.", "Good", "scare"),
    ("body modifier", f"Port\n\nThe port seized the {L}idle{R} boats on Monday.", "idle", "scare"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_speech_boundary(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
