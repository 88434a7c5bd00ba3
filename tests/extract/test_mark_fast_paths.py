"""find_marks decides the two commonest marks (an apostrophe between two letters, the straight
double mark) without _apply_glyph's cascade (issue 16, speed). Those shortcuts must read every
mark exactly as the cascade does."""

import random

from onrecord.extract.marks import ALL_MARKS, MARK_RE, Mark, _apply_glyph, _flanks, find_marks


def _by_cascade(text: str, i: int) -> Mark:
    ch = text[i]
    can_open, can_close = _flanks(text, i)
    mark = Mark(i, ch, "d" if ch in '"\u201c\u201d\u201e\u201f\u00ab\u00bb' else "s", can_open, can_close)
    _apply_glyph(mark, text)
    return mark


def test_single_marks_read_as_the_cascade_reads_them():
    rnd = random.Random(16)
    alphabet = list("ab9 \n.,:-(") + list(ALL_MARKS)
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12)))
        doubled = [m.start() for m in MARK_RE.finditer(text) if len(m.group(0)) == 2]
        if doubled:
            continue  # pairs of single marks read as one double mark take another path
        assert find_marks(text) == [_by_cascade(text, m.start()) for m in MARK_RE.finditer(text)], text


def test_apostrophe_and_straight_quote_examples():
    apostrophe, = find_marks("don't")
    assert apostrophe.apostrophe and not apostrophe.can_open and not apostrophe.can_close
    opener, closer = find_marks('he said "yes" then')
    assert (opener.can_open, opener.can_close, closer.can_open, closer.can_close) == (True, False, False, True)
    lone, = find_marks('a " b')  # no evidence either way: it may do both
    assert lone.can_open and lone.can_close


def test_marks_found_by_glyph_search_are_the_pattern_matches():
    # find_marks finds its marks by str.find per glyph (issue 16, speed); the marks and the
    # doubled marks must be where MARK_RE's scan finds them, backticks and runs included
    rnd = random.Random(1616)
    alphabet = list("a `") + list(ALL_MARKS)
    for _ in range(4000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        expected = [(m.start(), len(m.group(0))) for m in MARK_RE.finditer(text)]
        got = [(m.pos, m.length) for m in find_marks(text)]
        # a doubled mark that is not clearly one mark is read as its two single marks
        merged = []
        for pos, length in got:
            if merged and merged[-1] == (pos - 1, 1) and (pos - 1, 2) in expected:
                merged[-1] = (pos - 1, 2)
            else:
                merged.append((pos, length))
        assert merged == expected, text
