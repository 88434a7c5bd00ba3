"""verify/align.py on its own: parsing a quote into segments and editorial operators, finding
it in a source's tokens, and describing the changes (stages 2-3). Closing punctuation has its
own table: tests/verify/test_closing_punctuation.py."""

from __future__ import annotations

import pytest

from onrecord.text.fold import word_tokens
from onrecord.verify.align import describe_changes, find_matches, parse_quote, span_offsets

SOURCE = "We will not raise taxes this year, and we will protect the harbour for the families who fish it."


@pytest.mark.parametrize("quote, segments, ops, n_words", [
    ("We will not raise taxes", [["we", "will", "not", "raise", "taxes"]], [[], []], 5),
    ("We will ... protect the harbour", [["we", "will"], ["protect", "the", "harbour"]],
     [[], [("ellipsis", [])], []], 5),
    ("[The mayor] will protect the harbour", [["will", "protect", "the", "harbour"]],
     [[("bracket", ["the", "mayor"])], []], 6),
])
def test_parse_quote(quote, segments, ops, n_words):
    pq = parse_quote(quote)
    assert [s.words for s in pq.segments] == segments
    assert pq.ops == ops and pq.n_words == n_words and pq.edited == any(ops)


@pytest.mark.parametrize("quote, gap, found, change", [
    ("We will not raise taxes this year", 60, True, ""),
    ("We will not raise taxes ... protect the harbour", 60, True, "elided with an ellipsis"),
    ("We will not raise taxes ... protect the harbour", 3, False, None),  # the gap is 5 words
    ("[We] will protect the harbour", 60, True, "[we] replaces"),
    ("We will raise taxes", 60, False, None),  # a word missing with no operator
])
def test_find_matches(quote, gap, found, change):
    pq = parse_quote(quote)
    ms = find_matches(pq, word_tokens(SOURCE), max_ellipsis=gap)
    assert bool(ms) is found
    if found:
        said = describe_changes(ms[0])
        assert (change in said) if change else said == "" and ms[0].exact


def test_the_ellipsis_shows_what_it_left_out():
    pq = parse_quote("We will not raise taxes ... protect the harbour")
    m = find_matches(pq, word_tokens(SOURCE))[0]
    assert m.omitted == ["this year, and we will"] and m.omission_in_sentence == [True]


def test_span_offsets_index_the_source_and_keep_the_quotes_own_punctuation():
    toks = word_tokens(SOURCE)
    pq = parse_quote("we will protect the harbour for the families who fish it.")
    m = find_matches(pq, toks)[0]
    start, end = span_offsets(toks, m, pq)
    assert SOURCE[start:end] == "we will protect the harbour for the families who fish it."


@pytest.mark.parametrize("quote, source", [
    # a typewriter's doubled hyphen for the source's em dash (real press copy prints "--")
    ("True courage -- quiet courage -- is rare.", "True courage \u2014 quiet courage \u2014 is rare."),
    ("True courage --- quiet courage --- is rare.", "True courage \u2013 quiet courage \u2013 is rare."),
    ("True courage \u2014 quiet courage \u2014 is rare.", "True courage -- quiet courage -- is rare."),
])
def test_a_doubled_hyphen_is_a_dash_style_not_a_punctuation_change(quote, source):
    # contract: verbatim ignores dash styles; "--" and "—" are one dash written two ways
    m = find_matches(parse_quote(quote), word_tokens(source))[0]
    assert m.punct_changes == [] and describe_changes(m) == ""


def test_a_dash_for_a_comma_is_still_a_punctuation_change():
    m = find_matches(parse_quote("True courage -- quiet courage"), word_tokens("True courage, quiet courage"))[0]
    assert m.punct_changes == [{"after": "courage", "quote": "-", "source": ","}]
