"""Attribution of a document over ``AttributeOptions.full_attribution_max_chars`` (issue 10): the
string patterns next to each quotation, read in a window around it, and nothing else.

The whole machinery (layout, names and pronouns over the whole article, the parser) costs about
2 s of CPU per megabyte and a spaCy load: a 2 MB paragraph without a line break took 7 s against
the issue's 3 s. Over the budget, each speech quotation's sentence (cut at sentence ends outside
quotations, at most ``string_window_chars`` either side) is laid out on its own, all of them in
one layout of the windows joined by blank lines, and ``finder.find_string`` reads the cue and
the speaker's words there. A full name written there ("“…,” Rhea Talbot said") is the speaker;
anything that needs the rest of the article (a pronoun, a surname alone, a description, a
quotation without a cue continuing the previous speaker, a sentence only the parser reads) is
left null, never guessed. Time and memory are linear in the text: one pass for the sentence
ends, and layouts only of the sentences that quote someone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Callable

from ..model import ExtractResult, Quote
from ..thresholds.attribute import CONFIDENCE as C, AttributeOptions
from .finder import find_string
from .layout import Layout, build_layout
from .phrase import Surface
from .name_forms import split_title

STATS_KEY = "attribution_string_only_quotes"  # stats: speech quotations attributed this way
BUDGET_NOTE = "over the attribution budget (full_attribution_max_chars): string patterns only"
# a sentence or paragraph end (the same cut as attribute/pieces.py)
_CUT_RE = re.compile(r"[.!?][\"”’']?[ \t]+(?=[A-Z“\"‘'])|\n+")
_JOIN = "\n\n"  # between windows: each window is a paragraph of its own
_FULL_NAME_RE = re.compile(r"[A-ZÀ-Þ][\w.’'\-]*(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w.’'\-]*)+")

NotWords = Callable[[Layout, Quote], "str | None"]


def attribute_string_only(result: ExtractResult, opt: AttributeOptions, not_words: NotWords) -> None:
    """Attribute the speech quotations of ``result`` in place from their windows (module doc).
    ``not_words`` names a quotation that is a title or a subheading, not anyone's words."""
    quotes = sorted(result.quotes, key=lambda q: q.start)
    for q in quotes:
        clear(q)
    speech = [q for q in quotes if q.kind == "speech"]
    result.stats[STATS_KEY] = len(speech)
    if not speech:
        return
    text = result.document.text
    zones = [_zone(q) for q in quotes]
    bounds = _Zones(zones)
    windows = _merge([_window(text, bounds, _zone(q), opt.string_window_chars) for q in speech])
    group: list[tuple[int, int]] = []
    size = 0
    for w in windows:  # about group_chars of windows laid out at a time: memory stays flat
        group.append(w)
        size += w[1] - w[0]
        if size >= opt.group_chars:
            _attribute_windows(text, group, quotes, zones, not_words)
            group, size = [], 0
    if group:
        _attribute_windows(text, group, quotes, zones, not_words)


def _attribute_windows(text: str, windows: list[tuple[int, int]], quotes: list[Quote],
                       zones: list[tuple[int, int]], not_words: NotWords) -> None:
    joined, shifted, origin = _join(text, windows, quotes, zones)
    lay = build_layout(joined, shifted, headline=False)
    for qi, lq in enumerate(lay.quotes):
        q = origin.get(id(lq))
        if q is None or q.kind != "speech":
            continue
        si = lay.quote_sentence.get(qi)
        why = not_words(lay, lq)
        if why or si is None:
            _decide(q, Surface([], None, why or "quotation outside any sentence", C.nobody))
            continue
        _decide(q, find_string(lay, lay.sentences[si], qi))


def budget_lines(result: ExtractResult) -> list[str]:
    """What the CLI says once for a document past a budget: sentences over the parse budget
    (attribute/__init__.py), or a document over the full-attribution budget (this module)."""
    lines = []
    n = result.stats.get("attribution_unparsed_sentences", 0)
    if n:
        lines.append(f"{n} sentence{'s' if n != 1 else ''} over the parse budget were attributed by string "
                     "patterns only (thresholds: parse_budget_chars)")
    n = result.stats.get(STATS_KEY)
    if n is not None:
        lines.append(f"{len(result.document.text):,} characters, over the attribution budget: {n:,} "
                     f"quotation{'s' if n != 1 else ''} attributed by the string patterns next to them only, "
                     "a speaker named only where a full name is written there "
                     "(thresholds: full_attribution_max_chars)")
    return lines


def _zone(q: Quote) -> tuple[int, int]:
    return q.start - len(q.open_mark), q.end + len(q.close_mark)


class _Zones:
    """The quotations' spans with their marks, sorted, and the furthest end reached by any
    span starting at or before each: whether an offset is inside a quotation, by bisection."""

    def __init__(self, zones: list[tuple[int, int]]):
        self.zones = zones
        self.starts = [z[0] for z in zones]
        self.reach: list[int] = []
        for _s, e in zones:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def inside(self, pos: int) -> bool:
        """``pos`` lies after the start of a quotation's opening mark and before its end."""
        k = bisect_right(self.starts, pos - 1) - 1
        return k >= 0 and self.reach[k] > pos


def _window(text: str, zs: _Zones, zone: tuple[int, int], width: int) -> tuple[int, int]:
    """The sentence around ``zone``: from the last sentence end before it to the first after it,
    cut outside every quotation, at most ``width`` characters either side. A sentence whose
    start is further back is read from the opening mark on (its left half unseen: no subject
    guessed from the middle of a sentence); one whose end is further on stops at ``width``."""
    left = zone[0]
    for m in _CUT_RE.finditer(text, max(0, zone[0] - width), zone[0]):
        if m.end() <= zone[0] and not zs.inside(m.end()):
            left = m.end()
    right = min(len(text), zone[1] + width)
    for m in _CUT_RE.finditer(text, zone[1], right):
        if not zs.inside(m.end()):
            right = m.end()
            break
    else:
        k = bisect_left(zs.starts, zone[1])
        while k < len(zs.zones) and zs.zones[k][0] < right:
            if zs.zones[k][1] > right:
                right = zs.zones[k][0]  # never half a quotation in the window
                break
            k += 1
    return left, right


def _merge(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(windows):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _join(text: str, windows: list[tuple[int, int]], quotes: list[Quote],
          zones: list[tuple[int, int]]) -> tuple[str, list[Quote], dict[int, Quote]]:
    """The windows' text joined by blank lines, the quotations wholly inside a window moved to
    their offsets there, and each moved quotation's original (by ``id``)."""
    parts: list[str] = []
    shifted: list[Quote] = []
    origin: dict[int, Quote] = {}
    starts = [z[0] for z in zones]
    at = 0
    for a, b in windows:
        parts.append(text[a:b])
        for k in range(bisect_left(starts, a), len(zones)):
            if zones[k][0] >= b:
                break
            if zones[k][1] <= b:
                q = quotes[k]
                moved = replace(q, start=q.start - a + at, end=q.end - a + at)
                shifted.append(moved)
                origin[id(moved)] = q
        at += b - a + len(_JOIN)
    return _JOIN.join(parts), shifted, origin


def clear(q: Quote) -> None:
    """Every speaker field of ``q`` empty, before it is attributed (here or in full)."""
    q.speaker = None
    q.speakers = []
    q.speaker_description = None
    q.cue = None
    q.confidence = 0.0
    q.attribution_evidence = []


def _decide(q: Quote, surf: Surface) -> None:
    """A full name the string patterns found is the speaker; nothing else is guessed."""
    q.cue = surf.cue
    ev = [surf.how] if surf.how else []
    ev.append(BUDGET_NOTE)
    names = [split_title(p.text) for p in surf.parts if p.kind == "name"]
    if surf.parts and not surf.continuation and len(names) == len(surf.parts) \
            and all(_FULL_NAME_RE.fullmatch(n) for n in names):
        q.speakers = list(dict.fromkeys(names))
        q.speaker = q.speakers[0]
        q.confidence = round(surf.confidence, 2)
        q.attribution_evidence = ev
        return
    descs = [p.text for p in surf.parts if p.kind in {"desc", "doc"}]
    if descs and len(descs) == len(surf.parts):
        q.speaker_description = descs[0]  # "the mayor said": an unnamed speaker, described
    ev.append("speaker left null: only a full name next to the quotation is read over the budget")
    q.attribution_evidence = ev
