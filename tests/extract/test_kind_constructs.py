"""Kind constructs of real news (issue #11, the kind half), each in a snippet written for this
test, with the near miss that must keep its kind: the tuning split's largest classes of kind
error (docs/extraction-errors.md, "Third round")."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

# (case, article, fragment, expected kind)
CASES = [
    # a naming verb in the passive, an adverb between ("is now called"), or a participle after a
    # comma and a noun (", dubbed"): nobody does the naming, so the words are a term
    ("passive naming with an adverb",
     "Privacy\n\nThe papers pioneered what is now called \u2018shadow listing\u2019 of critics.",
     "shadow listing", "term"),
    ("reduced passive after a comma",
     "Energy\n\nThe worst offender, according to the Grid Agency, is the humble charger, dubbed "
     "\u201cpower leeches\u201d. It never sleeps.", "power leeches", "term"),
    # near miss: a name before the comma is the namer in apposition
    ("appositive namer before the comma",
     "Roads\n\nMinisters condemned what the transport minister, Ivo Brandt, called "
     "\u201ca siege of the ring road\u201d.", "a siege of the ring road", "speech"),
    # a mention noun is a whole word: "the ferry terminal" mentions no term
    ("word inside a longer word",
     "Ports\n\nWork on the ferry terminal \u201cupgrade\u201d has been delayed again.", "upgrade", "scare"),
    # a group word that modifies a singular noun does not make the subject a group
    ("group word as a modifier",
     "Apps\n\nThe app was pulled on Friday, which the social media site said broke its rules on "
     "\u201cfalse claims,\u201d and then restored.", "false claims", "speech"),
    ("group word as the head",
     "Apps\n\nThe app was pulled on Friday, which some media said broke its rules on "
     "\u201cfalse claims,\u201d and then restored.", "false claims", "scare"),
    # the expression's meaning is stated: it is talked about, a term (also a title-case slogan)
    ("does not mean",
     "Trade\n\nThe aides stressed that \u201cHarbour First\u201d does not mean \u201cHarbour Alone\u201d at all.",
     "Harbour First", "term"),
    # (the meaning given is a term only with no reporting verb: "said the plan means “ruin”")
    ("the meaning given", "Trade\n\nThe aides were careful to signal that \u201cHarbour First\u201d does not mean "
     "\u201cHarbour Alone\u201d at all.", "Harbour Alone", "term"),
    ("gloss after a dash",
     "Drills\n\nThe crews are now expected to be \u201con watch\u201d \u2014 that is, the first to respond.",
     "on watch", "term"),
    # near misses: a speaker's words glossed by the writer, and a new sentence opening "That is"
    ("gloss of a speaker's words",
     "Drills\n\nThe chief said the crews were \u201con watch,\u201d meaning ready to respond.", "on watch", "speech"),
    ("sentence after the quotation",
     "Drills\n\nThe chief likes to say the town is \u201ceveryone\u2019s job.\u201d That is true only in part.",
     "everyone\u2019s job", "speech"),
    # a capitalised name before a programme's host or presenter names the programme
    ("programme host",
     "Radio\n\nReporter Ann Bly joins KXRT \u201cEvening Tide\u201d host Lee Varga to talk about the vote.",
     "Evening Tide", "title"),
    ("slogan before a noun that is no programme role",
     "Trade\n\nShe brought her \u201cHarbour First\u201d message to the summit.", "Harbour First", "term"),
    # a name given to a person or a place after "named"/"renamed" is a term; title case stays a title
    ("a character named",
     "Ads\n\nIn the advert a nurse tries to persuade a character named \u201cMaren\u201d to sign up.",
     "Maren", "term"),
    ("renamed a street",
     "Protest\n\nThe avenue by the embassy was renamed \u2018Martyr Saleh al-Karimi\u2019 on Sunday.",
     "Martyr Saleh al-Karimi", "term"),
    ("a show named, title case",
     "Radio\n\nShe hosts a show named \u201cThe Long Harbour\u201d on weekdays.", "The Long Harbour", "title"),
    # "went on to" reports only when a verb of saying follows; a career is not words
    ("went on to become",
     "Profile\n\nMr Ferrow went on to become the premier\u2019s \u201cchief fixer\u201d in 2001.",
     "chief fixer", "scare"),
    ("went on to list",
     "Profile\n\nMs Orm went on to list the mayor\u2019s faults: he is \u201caloof\u201d from voters.",
     "aloof", "speech"),
    # plural mention nouns: "the terms “…”"
    ("the terms",
     "Polls\n\nWe counted articles using the terms \u201cswing\u201d or \u201cwave.\u201d", "swing", "term"),
    ("went on to say",
     "Profile\n\nMr Ferrow went on to say the deal was \u201ca fair one\u201d for the town.",
     "a fair one", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_construct(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
