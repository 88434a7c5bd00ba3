"""The date rules (and the outlet rules) are compiled behind a lookahead for what a match can
begin with (``text.find.gated``), so the engine fails fast at nearly every character instead of
trying a dozen lookbehinds there. The lookahead must be implied by the rule, or a date is lost:
here each rule's pattern is parsed, the characters its first consumed character can be are
worked out, and every one of them must pass the lookahead."""

from __future__ import annotations

import re
import re._constants as K  # noqa: N812
import re._parser as P

import pytest

from onrecord.context import dates, outlets

# every character a paragraph is likely to hold, and many it is not
ALPHABET = [chr(i) for i in [*range(0x3000), *range(0xFF00, 0xFFF0)]]
_CATEGORY = {K.CATEGORY_DIGIT: r"\d", K.CATEGORY_NOT_DIGIT: r"\D", K.CATEGORY_SPACE: r"\s",
             K.CATEGORY_NOT_SPACE: r"\S", K.CATEGORY_WORD: r"\w", K.CATEGORY_NOT_WORD: r"\W"}


def _class(items) -> str:
    out = []
    for op, av in items:
        if op is K.NEGATE:
            out.insert(0, "^")
        elif op is K.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is K.RANGE:
            out.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is K.CATEGORY:
            out.append(_CATEGORY[av])
        else:
            raise AssertionError(f"class item {op} not handled")
    return "[" + "".join(out) + "]"


def _one(op, av, ignore: bool) -> re.Pattern[str]:
    """The one-character op (op, av) as a pattern of its own, so the engine itself says which
    characters it consumes (case folding included)."""
    if op is K.LITERAL:
        body = re.escape(chr(av))
    elif op is K.NOT_LITERAL:
        body = "[^" + re.escape(chr(av)) + "]"
    elif op is K.ANY:
        body = "."
    elif op is K.IN:
        body = _class(av)
    else:
        raise AssertionError(f"op {op} not handled")
    return re.compile(body, re.IGNORECASE if ignore else 0)


def _starts(data, c: str, ignore: bool) -> tuple[bool, bool]:
    """(a match of ``data`` can begin by consuming ``c``, ``data`` can match empty)."""
    for op, av in data:
        if op in (K.ASSERT, K.ASSERT_NOT, K.AT):
            continue  # zero width
        if op is K.SUBPATTERN:
            _group, add, drop, sub = av
            can, empty = _starts(sub.data, c, (ignore or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE)
        elif op is K.BRANCH:
            both = [_starts(alt.data, c, ignore) for alt in av[1]]
            can, empty = any(b[0] for b in both), any(b[1] for b in both)
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            can, empty = _starts(sub.data, c, ignore)
            empty = empty or lo == 0
        else:
            can, empty = _one(op, av, ignore).match(c) is not None, False
        if can:
            return True, False
        if not empty:
            return False, False
    return False, True


def _split(pattern: re.Pattern[str]):
    """The lookahead (its parsed body) and the rest of a gated pattern."""
    parsed = P.parse(pattern.pattern, pattern.flags)
    (op, (direction, ahead)), *rest = parsed.data
    assert op is K.ASSERT and direction == 1, "the pattern opens with its lookahead"
    return ahead, rest


def _uncovered(pattern: re.Pattern[str]) -> list[str]:
    ahead, rest = _split(pattern)
    ignore = bool(pattern.flags & re.IGNORECASE)
    return [c for c in ALPHABET if _starts(rest, c, ignore)[0] and not _starts(ahead.data, c, ignore)[0]]


GATED = [(f"dates.{rule}", p) for rule, p in dates._RULES] + [(f"outlets.{rule}", p) for rule, _s, p in outlets._RULES]


@pytest.mark.parametrize("name,pattern", GATED, ids=[n for n, _p in GATED])
def test_a_rules_lookahead_passes_every_character_its_matches_begin_with(name, pattern):
    assert _uncovered(pattern) == []


def test_the_check_sees_a_lookahead_that_misses_a_start():
    # the check itself: a gate without the weekday's capitals is caught
    bad = re.compile(r"(?=[LlTtNnOoEe])(?<![\w-])(?:[Ll]ast\s+)?Monday")
    assert set(_uncovered(bad)) == {"M"}


# The weekday rule's lookahead reads past its first character (a class alone passes at every
# space): every form of the words before the weekday, in the spellings the rule accepts.
WHICH = ["", "last ", "Last ", "this past ", "This past ", "next ", "Next ", "on ", "On ", "late on ",
         "Late on ", "early on ", "Early on ", "on\t", "last  \n "]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize("which", WHICH)
def test_the_weekday_lookahead_passes_every_form_the_rule_matches(which):
    pattern = dict(dates._RULES)["weekday"]
    ahead = re.compile(dates._WEEKDAY_AHEAD)
    for day in WEEKDAYS:
        text = f"{which}{day} morning"
        assert pattern.match(text), text
        assert ahead.match(text), text


# The two column rules skip a paragraph without a column word (outlets._NEEDS): one phrase per
# word their patterns name, found the same with the skip and without it.
COLUMN_WORDS = ["column", "op-ed", "opinion piece", "editorial", "essay", "newsletter", "blog", "podcast", "show",
                "programme", "program", "interview", "broadcast", "article", "piece", "commentary", "post",
                "appearance", "letter", "op-ed piece"]


@pytest.mark.parametrize("word", COLUMN_WORDS)
def test_the_column_rules_skip_finds_what_the_full_scan_finds(word, monkeypatch):
    text = (f"In her weekly Harbour Gazette {word} the mayor said so. In his {word} for the Daily Lantern "
            f"he disagreed.")
    skipped = outlets.find_outlets(text)
    monkeypatch.setattr(outlets, "_NEEDS", {})
    assert outlets.find_outlets(text) == skipped
    assert {h.rule for h in skipped} & {"column_of", "column_for"}
