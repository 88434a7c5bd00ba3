"""Speech typed scare or term (issue 11, round 14, lane kindsp): a short fragment the string
rules credit to nobody, which the parse puts under a reporting verb with a named subject, is
that subject's speech (attribute/fragment_kind.py). Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _quotes(article: str):
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    return r.quotes


# (case, article, quotation, speaker or None)
SPEECH = [
    ("a clause after 'did note that'",
     "Budget row\n\nSenator Orla Brennigan spoke on Friday. She did note, however, that the panel had "
     "been working with the unions to \u201ckeep talks open\u201d to guarantee a \u201cfair hearing\u201d for "
     "everyone.", "fair hearing", "Orla Brennigan"),
    ("a named subject whose verb closes the sentence",
     "Ward update\n\nThe two patients have moved from \u201ccritical\u201d to \u201cserious\u201d condition, "
     "Dr Helga Marten said on Sunday.", "critical", "Helga Marten"),
    ("a body's 'it has confirmed' after the sentence",
     "Takeover bid\n\nThe Harrow Athletic board met on Monday. The investor has approached the board with "
     "\u201cfirm plans\u201d, it has confirmed.", "firm plans", None),
    ("a demand: 'called on' the many to act",
     "Rally speech\n\nMayor Dilys Okonjo spoke for an hour. The mayor called on \u201cthe quiet many\u201d "
     "to outvote \u201cthe noisy few\u201d.", "the quiet many", None),
    ("a plural pronoun: reported, speakers unnamed",
     "Cable row\n\nPundits on a morning channel compared the speech to a sermon. They accused him of "
     "\u201cbending the rules\u201d in an address \u201cshort on facts\u201d.", "bending the rules", None),
    # (lane titles) 'referred to' the words cites them, unlike 'referred to X as “…”'
    ("a citing verb: 'referred to' the words",
     "Harbour fire\n\nMayor Dilys Okonjo, in her statement on Friday, referred to \u201creckless neglect\u201d "
     "by the owners.", "reckless neglect", "Dilys Okonjo"),
    # (lane scare2) 'named/cited “…” as' a reason or a challenge cites the subject's words
    ("a citing verb: 'named' the words 'as' a threat",
     "Summit opens\n\nIn her opening speech, Chancellor Marit Ellefsen named \u201cshort-term thinking\u201d "
     "as the gravest threat to the region, along with drought.", "short-term thinking", "Marit Ellefsen"),
    ("a citing verb: 'cited' the words 'as' his reason",
     "Council vote\n\nCouncillor Bram Oduya cited \u201cunfinished repairs\u201d as his reason to stand "
     "again.", "unfinished repairs", "Bram Oduya"),
    ("a citing noun: 'made reference to' the words",
     "Harbour fire\n\nIn one early memo, Mayor Dilys Okonjo made reference to a \u201cfallback fund\u201d "
     "for the owners.", "fallback fund", "Dilys Okonjo"),
]


@pytest.mark.parametrize("article,text,speaker", [c[1:] for c in SPEECH], ids=[c[0] for c in SPEECH])
def test_fragment_under_a_named_report_is_speech(article, text, speaker):
    q = next(q for q in _quotes(article) if q.text == text)
    assert q.kind == "speech", q.kind_evidence
    if speaker is not None:
        assert q.speaker == speaker, q.attribution_evidence


# (case, article, quotation, kind it keeps)
KEPT = [
    ("a generic group names it",
     "Harbour works\n\nWhat engineers call \u201cdeep scraping\u201d began on Monday.", "deep scraping", "term"),
    ("a thing promised is no words",
     "Rail plans\n\nMinister Hal Voskuijlen has promised to convene a \u201ctrack forum\u201d in May.",
     "track forum", "term"),
    ("a plural party name is a group",
     "Inquiry\n\nRepublicans have condemned the inquiry as a \u201cwitch trial\u201d of the agency.",
     "witch trial", "scare"),
    # (lane speechkind) a chamber's caucus speaks only through the extraction's own reading:
    # under a farther verb of the parse its label stays a term
    ("a caucus under a farther verb",
     "Senate rules\n\nIn 2013 Senate Democrats countered the stalling with a move known as the "
     "\u201cshort fuse.\u201d", "short fuse.", "term"),
    ("'went on to become' reports nothing",
     "Profile\n\nMs Pallister went on to become the cabinet's \u201chard broom\u201d in 2001.",
     "hard broom", "scare"),
    ("a weak verb's adverbial: where she spoke, not what",
     "Campaign trail\n\nSenator Ilse Brandvold spent the week speaking to farmers in more \u201crelaxed\u201d "
     "settings across the state.", "relaxed", "scare"),
    # (lane titles) the words named inside the object of 'referring to' are not cited by it
    ("a name inside what 'referring to' cites",
     "Harbour fire\n\n\u201cIt is unfair,\u201d said Dilys Okonjo, referring to the rule, known as the "
     "\u201cdock levy,\u201d that owners pay.", "dock levy,", "term"),
    # (the extraction's naming rule reads "referring to <someone> as" since round 26, lane
    # speechkind9: her own words, speech, which the parse keeps)
    ("a naming: 'referring to her as' the words",
     "Harbour fire\n\nMayor Dilys Okonjo spoke. She keeps referring to her rival as \u201cthe fog captain\u201d on the "
     "stump.", "the fog captain", "speech"),
    ("'to continue' reports nothing",
     "Handover\n\nThe plan is for Mr Ostrander to continue until Friday to help with a \u201csmooth handover.\u201d",
     "smooth handover.", "term"),
    ("'named' without 'as' is a naming",
     "Harbour works\n\nMayor Dilys Okonjo named the new ferry \u201cthe Grey Gull\u201d on Monday.",
     "the Grey Gull", "term"),
]


@pytest.mark.parametrize("article,text,kind", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_fragment_keeps_its_kind(article, text, kind):
    q = next(q for q in _quotes(article) if q.text == text)
    assert q.kind == kind, q.kind_evidence


def test_workers_copy_the_new_kind_back():
    """Forked workers copy a retyped kind back with the speaker (attribute/pieces.FIELDS): the
    real-news splits, attributed in workers, kept the scare kind while the speaker was set."""
    from onrecord.attribute.workers import can_fork
    from onrecord.thresholds.attribute import AttributeOptions

    if not can_fork():
        pytest.skip("no fork on this platform")
    article = SPEECH[0][1]
    one = [extract_document(read_text(article, path=f"a{i}")) for i in range(6)]
    two = [extract_document(read_text(article, path=f"a{i}")) for i in range(6)]
    attribute_results(one)
    attribute_results(two, AttributeOptions(parallel_min_articles=2), workers=2)
    kinds = [[(q.kind, q.kind_evidence, q.speaker) for q in r.quotes] for r in two]
    assert kinds == [[(q.kind, q.kind_evidence, q.speaker) for q in r.quotes] for r in one]
    assert kinds[-1][0][0] == "speech"


def test_a_participle_on_a_noun_cites_for_nobody():
    """(lane scare2) "the option of listing “…” as": no subject of its own, so no speaker."""
    article = ("Passports\n\nThe judges upheld the rule, ruling that the Home Office did not have to give "
               "residents the option of listing \u201cHarbour Isle\u201d as their place of birth.")
    q = next(q for q in _quotes(article) if q.text == "Harbour Isle")
    assert q.kind != "speech" or q.speaker is None, q.attribution_evidence
