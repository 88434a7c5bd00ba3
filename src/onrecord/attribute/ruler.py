"""The attribute ruler's matching, done by table lookups (issue 16).

en_core_web_sm's ``attribute_ruler`` maps each tag to its part of speech (and a few words and
dependency patterns to exceptions: "gonna", "ain't", auxiliaries). parse_finder reads ``pos_``
and ``lemma_``, so the component must run; but its generic ``Matcher`` tried all 179 patterns at
every token and took a third of the parse time (0.71 s of 2.07 s on the 364 sentences
attribution parses in 500 BBC articles). Here the same patterns are matched from a table keyed
by tag, and the few others are tried directly; the ruler's own ``set_annotations`` then applies
them, in the order the ruler would (pattern order, later patterns win). The matches are the
Matcher's for the pattern forms this model uses (tests/attribute/test_ruler.py compares them);
a form this code does not know leaves the ruler's own Matcher in place.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

_FIELDS = MappingProxyType({"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3})
Check = tuple[int, str, Any]  # (token field, operator, argument)
_SELECTIVE = MappingProxyType({1: 0, 2: 1, 0: 2, 3: 3})  # LOWER, DEP, TAG, IS_SPACE


def _compile(spec: dict[str, Any]) -> list[Check] | None:
    out: list[Check] = []
    for key, want in spec.items():
        if key not in _FIELDS:
            return None
        if not isinstance(want, dict):
            out.append((_FIELDS[key], "==", want))
            continue
        for op, arg in want.items():
            if op in ("IN", "NOT_IN"):
                out.append((_FIELDS[key], op, frozenset(arg)))
            elif op == "REGEX":
                out.append((_FIELDS[key], op, re.compile(arg)))
            else:
                return None
    return out


def _ok(checks: list[Check], tok: tuple) -> bool:
    for field, op, arg in checks:
        have = tok[field]
        if op == "==":
            if have != arg:
                return False
        elif op == "IN":
            if have not in arg:
                return False
        elif op == "NOT_IN":
            if have in arg:
                return False
        elif not arg.search(have):
            return False
    return True


class FastMatch:
    """``AttributeRuler.match`` for one ruler: the same (attr_id, match_id, start, end) list."""

    def __init__(self, ruler: Any):
        self.ruler = ruler
        # pattern -> by one value its first token must have (a tag, a word): field -> value -> patterns
        self.anchored: list[dict[Any, list[tuple[int, list[list[Check]]]]]] = [{} for _ in _FIELDS]
        self.rest: list[tuple[int, list[list[Check]]]] = []  # no such value: tried everywhere
        self.ids: list[int] = []
        for i, entry in enumerate(ruler.patterns):
            self.ids.append(ruler.vocab.strings[str(i)])
            for pattern in entry["patterns"]:
                seq = [_compile(spec) for spec in pattern]
                if not seq or any(c is None for c in seq):
                    raise ValueError(f"pattern form not handled: {pattern}")
                # the most selective value: a word before a dependency before a tag
                anchor = min(((f, op, arg) for f, op, arg in seq[0] if op in ("==", "IN")),  # type: ignore[union-attr]
                             key=lambda c: _SELECTIVE[c[0]], default=None)
                if anchor is None:
                    self.rest.append((i, seq))  # type: ignore[arg-type]
                    continue
                f, op, arg = anchor
                for value in ([arg] if op == "==" else arg):
                    self.anchored[f].setdefault(value, []).append((i, seq))  # type: ignore[arg-type]

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        toks = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        found: set[tuple[int, int, int]] = set()
        at, rest = self._at, self.rest
        tables = list(enumerate(self.anchored))
        for k, tok in enumerate(toks):
            for f, table in tables:
                for i, seq in table.get(tok[f], ()):
                    if at(seq, toks, k):
                        found.add((i, k, k + len(seq)))
            for i, seq in rest:
                # the first token's checks before the call: the unanchored patterns are tried
                # at every token and almost never hold (round 19, lane speed)
                if _ok(seq[0], tok) and at(seq, toks, k):
                    found.add((i, k, k + len(seq)))
        return sorted((i, self.ids[i], s, e) for i, s, e in found)

    @staticmethod
    def _at(seq: list[list[Check]], toks: list[tuple], k: int) -> bool:
        if len(seq) == 1:
            return _ok(seq[0], toks[k])
        if k + len(seq) > len(toks):
            return False
        return all(_ok(checks, toks[k + j]) for j, checks in enumerate(seq))


def speed_up(nlp: Any) -> None:
    """Give the pipeline's attribute ruler the table matcher (nothing else changes)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = FastMatch(ruler)
    except ValueError:
        return  # a pattern form this code does not read: the ruler keeps its own Matcher
