"""Words named as words whose cue the rules already knew, written one word longer (round 35,
lane scareterm16, eval/real/audit/scareterm16-sample.tsv items 16, 32, 123): a hyphened word
between "the" and "term" ("the Irish-American term for"), an adverb before a naming verb
("technically labels these people"), and "define … as" around the marks. Each was typed a
scare quote. Every snippet was written for this test, beside near misses that keep their
kinds."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.read import read_text

# (case, article, fragment, expected kind)
CASES = [
    ("hyphened word before 'term for'", "Words\n\nFor the record, it is the Old-Irish term for "
     "\u201cdreary.\u201d Nobody in the valley uses it now.", "dreary.", "term"),
    ("hyphened name before 'word for'", "Words\n\nThe islanders have a Norse-Gaelic word for "
     "\u201cfog\u201d that no map records.", "fog", "term"),
    ("adverb before 'label', no object 'as'", "Jobs\n\nAs a group, most state agencies technically label these residents "
     "\u201cidle.\u201d Many of them live far from the closed mills.", "idle.", "term"),
    ("adverb before 'label'", "Church\n\nThe parishes routinely label the retired clergy as "
     "\u201cemeritus,\u201d which hides how many remain.", "emeritus,", "term"),
    ("define as", "Essay\n\nThe council\u2019s attempt to define \u201cthrift\u201d as cruelty is "
     "careless, and it is bad history.", "thrift", "term"),
    ("defining as", "Essay\n\nBy defining \u201cgrowth\u201d as new housing alone, the plan "
     "misses the harbour.", "growth", "term"),
    # near misses
    ("a prison term after a hyphened number stays speech", "Court\n\nThe defence lawyer, Ada Tolland, "
     "called the nine-year recommended term \u201cbrutal\u201d on Friday.", "brutal", "speech"),
    ("'define' with no 'as' stays scare", "Essay\n\nWe must define the \u201creform\u201d before we "
     "fund it.", "reform", "scare"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_mention_variant(case, article, fragment, kind):
    quotes = [q for q in extract_document(read_text(article)).quotes if q.text == fragment]
    assert quotes, f"{fragment!r} not extracted"
    assert quotes[0].kind == kind


def test_defined_word_lends_no_term_to_its_echo():
    """The writer's own scare quote of a word the article defines elsewhere keeps its kind."""
    # (a common word since round 44: a rare one, "thrifty", is typed term by extract/rare_words.py)
    article = ("Essay\n\nThose \u201ccareful\u201d harbour boards were in the main as lavish as any.\n\n"
               "The council\u2019s attempt to define \u201ccareful\u201d as cruel is careless.")
    quotes = [q for q in extract_document(read_text(article)).quotes if q.text == "careful"]
    assert [q.kind for q in quotes] == ["scare", "term"]
