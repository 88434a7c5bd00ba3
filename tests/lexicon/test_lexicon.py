"""The word lists and how they relate (issue 9): each list is written once in onrecord.lexicon,
and where two readers need different sets, the relation between them is pinned here, so that
adding a word to one list cannot silently leave its sibling behind."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path
from types import MappingProxyType

import pytest

import onrecord.lexicon as lexicon
from onrecord.lexicon import abbreviations as ab
from onrecord.lexicon import calendar as cal
from onrecord.lexicon import function_words as fw
from onrecord.lexicon import groups as gr
from onrecord.lexicon import outlets as ou
from onrecord.lexicon import classifier_reporting as cr, reporting as rp
from onrecord.lexicon import titles as ti
from onrecord.lexicon import voting as vo

SUBSETS = [
    # (inner, outer, why)
    (ti.HONORIFICS, ti.TITLE_WORDS, "an honorific before a name also heads a role in a run of capitals"),
    (ti.NAME_SUFFIXES, ti.SUFFIXES, "names compare without generational suffixes as without degrees"),
    (ab.SUFFIX_ABBREVIATIONS, ti.NAME_SUFFIXES, "'Jr.' is a name suffix written with a period"),
    (ab.TITLE_ABBREVIATIONS - {"st"}, ti.TITLE_WORDS, "an abbreviated title is a title word"),
    (cr._CLASSIFIER_SHARED, frozenset(rp.REPORT_FORMS), "the classifier's verb forms are attribution forms"),
    (cr.COMMISSIVE, cr.CLASSIFIER_REPORTING, "a commissive verb is first a reporting word"),
    (cr.PLEDGING | cr.NAMING_COMMISSIVE, cr.COMMISSIVE, "a pledging or a naming verb is a commissive one"),
    (frozenset(w.lower() for w in rp.HEADLINE_VERBS), cr.CLASSIFIER_REPORTING,
     "a capitalised headline verb is a reporting word"),
    (fw.CLAUSE_FUNCTION_WORDS, fw.FUNCTION_WORDS, "attribution's function words are the classifier's core"),
    (gr.GROUP_NOUNS - gr.SPEAKING_GROUPS, gr.GENERIC, "a group that is not a speaker is a generic voice"),
    (ab.SENTENCE_ABBREVIATIONS, ab.EXTRACT_SENTENCE_ABBREVIATIONS, "every splitter keeps the shared periods"),
    (ab.EXTRACT_SENTENCE_ABBREVIATIONS, ab.ABBREVIATIONS, "the segmenter knows every clause-end abbreviation"),
    (ab.TITLE_ABBREVIATIONS, ab.NAME_ABBREVIATIONS, "a title's period belongs to the name"),
    (ab.NAME_ABBREVIATIONS, ab.NAME_PERIOD_ABBREVIATIONS, "speaker finding drops every name period"),
    (ab.MONTH_ABBREVIATIONS, frozenset(cal.MONTHS), "an abbreviated month is a month"),
    (ou.PLATFORMS - {"X"}, ou.KNOWN, "a platform is a known outlet by name"),
    (fw.INTRO_ADVERBIALS, fw.INTRO_WORDS, "a comma-closed introduction may open on any shared adverbial word"),
    (fw.INTRO_ADVERBIALS, fw.ADVERBIAL_OPENERS, "a he/she after an adverbial may follow any shared adverbial word"),
    (fw.INTRO_PREPOSITIONS, fw.INTRO_WORDS, "the rarer introductory prepositions open a comma-closed introduction"),
]


@pytest.mark.parametrize("inner, outer, why", SUBSETS, ids=[s[2] for s in SUBSETS])
def test_list_sits_inside_its_sibling(inner, outer, why):
    assert inner, why
    assert inner <= outer, f"{why}: {sorted(inner - outer)}"


DISJOINT = [
    (cr.CLASSIFIER_ONLY, frozenset(rp.REPORT_FORMS), "classifier-only words are not attribution forms"),
    (gr.SPEAKING_GROUPS, gr.GENERIC, "a speaking group's words stay speech"),
    (cr.PLEDGING, cr.NAMING_COMMISSIVE, "a commissive verb pledges words or names a thing, not both"),
    (ti.MALE_WORDS, ti.FEMALE_WORDS, "a word says one gender"),
    (cal.WEEKDAYS_MONTHS, ab.MONTH_ABBREVIATIONS, "full names and abbreviations are apart"),
    # "Then X said" has no comma: as an introduction it would leave the subject unknown
    (fw.ADVERBIAL_OPENERS - fw.INTRO_ADVERBIALS - fw.INTRO_PREPOSITIONS, fw.INTRO_WORDS,
     "a comma-less one-word adverb opens no comma-closed introduction"),
]


@pytest.mark.parametrize("a, b, why", DISJOINT, ids=[d[2] for d in DISJOINT])
def test_lists_kept_apart(a, b, why):
    assert a and b, why
    assert not a & b, f"{why}: {sorted(a & b)}"


def test_adverbial_openers_hold_no_deciding_subordinator():
    """"When he woke, Reyes …": after a subordinator the he/she is the clause's subject, and
    attribute/opener_pronoun stops at SUBORDINATORS before it reads ADVERBIAL_OPENERS; the only
    subordinators in that list are these prepositions, which therefore never decide there."""
    assert fw.ADVERBIAL_OPENERS & fw.SUBORDINATORS == {"after", "before", "once"}


@pytest.mark.parametrize("form, base", [
    ("said", "say"), ("told", "tell"), ("admitted", "admit"), ("denies", "deny"),
    ("describing", "describe"), ("referred", "refer"), ("Said", "say"), ("streetlight", None),
])
def test_report_base_of_an_inflected_form(form, base):
    assert rp.report_base(form) == base


@pytest.mark.parametrize("word, month", [("jan", 1), ("sept", 9), ("may", 5), ("december", 12)])
def test_month_numbers(word, month):
    assert cal.MONTHS[word] == month


def _lexicon_modules():
    return [importlib.import_module(f"onrecord.lexicon.{m.name}") for m in pkgutil.iter_modules(lexicon.__path__)]


@pytest.mark.parametrize("module", _lexicon_modules(), ids=lambda m: m.__name__)
def test_lists_are_immutable(module):
    """No module-global mutable state: a caller cannot add a word to a shared list by accident."""
    mutable = [name for name, v in vars(module).items()
               if not name.startswith("__") and isinstance(v, (list, dict, set)) and not isinstance(v, MappingProxyType)]
    assert mutable == []
    with pytest.raises(TypeError):
        rp.REPORT_FORMS["blorp"] = "blorp"  # type: ignore[index]


@pytest.mark.parametrize("path", sorted(Path(lexicon.__file__).parent.glob("*.py")), ids=lambda p: p.name)
def test_lexicon_is_the_bottom_layer(path):
    """lexicon/ imports nothing from onrecord outside itself (docs/architecture.md)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    outside = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level >= 2 or node.level == 0 and mod.startswith("onrecord") and not mod.startswith("onrecord.lexicon"):
                outside.append(mod)
        elif isinstance(node, ast.Import):
            outside += [a.name for a in node.names if a.name.startswith("onrecord") and not a.name.startswith("onrecord.lexicon")]
    assert outside == []


def test_given_name_lists():
    """Every name that says a sex is a given name; a census sex never contradicts the hand
    lists; unisex names say none; words, months and name particles are no given names."""
    from onrecord.lexicon import given_names as gn
    sexed = gn.FEMALE_GIVEN | gn.MALE_GIVEN | gn.MOSTLY_FEMALE_GIVEN | gn.MOSTLY_MALE_GIVEN
    assert sexed <= gn.GIVEN_NAMES
    assert not gn.MOSTLY_FEMALE_GIVEN & gn.MOSTLY_MALE_GIVEN
    assert not (gn.MOSTLY_FEMALE_GIVEN | gn.MOSTLY_MALE_GIVEN) & (gn.FEMALE_GIVEN | gn.MALE_GIVEN)
    assert {"jamie", "chris", "jordan", "seth", "lydia"} <= gn.GIVEN_NAMES
    assert not {"jamie", "chris", "jordan"} & sexed
    assert not {"will", "grant", "june", "april", "al", "dallas"} & gn.GIVEN_NAMES


@pytest.mark.parametrize("title,sex", [("lord", "m"), ("baron", "m"), ("viscount", "m"),
                                       ("lady", "f"), ("baroness", "f")])
def test_a_peerage_title_carries_its_sex(title, sex):
    """One table for the peerage titles and the sex each says (attribute/regroup.peer_person
    kept its own copy until round 24): a title added without a sex cannot be written."""
    assert ti.PEERAGE_TITLES[title] == sex


def test_the_peerage_table_is_only_the_peers():
    assert sorted(ti.PEERAGE_TITLES) == ["baron", "baroness", "lady", "lord", "viscount"]
    assert isinstance(ti.PEERAGE_TITLES, MappingProxyType)


# round 44, lane tidy27: OFFICE_FAMILIES and TITLE_SYNONYMS both spelled senator/sen and
# governor/gov; both are built from ABBREVIATED_OFFICES now, so a short form reaches both.
@pytest.mark.parametrize("office, short", sorted(ti.ABBREVIATED_OFFICES.items()))
def test_an_abbreviated_office_reaches_both_lists(office, short):
    assert any({office, short} <= family for family in ti.OFFICE_FAMILIES)
    assert short in ti.TITLE_SYNONYMS[office]


# round 44, lane tidy27: the one "share of those polled" pattern of extract/term_rules and
# attribute/poll_share (lexicon/voting.POLL_SHARE_RE)
@pytest.mark.parametrize("text, share", [
    ("forty percent of members", "forty percent"),
    ("some 9.5 per cent of members", "9.5 per cent"),
    ("a 58-percent majority", "58-percent majority"),
    ("one in four residents", "one in four"),
    ("a slim majority of skippers", "a slim majority"),
    ("a minority of skippers", "a minority"),
    ("two-thirds of voters", "two-thirds"),
    ("half of the town", "half"),
    ("the minority leader", None),  # a party's officer
    ("Majority Leader Ann Vale", None),
    ("the third skipper", None),  # an ordinal
    ("half an hour later residents", None),  # a span of time (review35)
    ("after a year and a half the skippers", None),
    ("half a dozen skippers", None),
    ("half the skippers", "half"),
])
def test_the_share_of_those_polled(text, share):
    m = re.search(vo.POLL_SHARE_RE, text, re.IGNORECASE)
    assert (m.group(0) if m else None) == share
