"""The guard: a near miss that changes the claim is not_found, never verbatim/variation/drift.

Compared between the quote and the aligned source words: negation (polarity), numbers,
named entities, modality and direction words. These are the changes a paraphrase must not
make and that embedding similarity cannot see ("will raise taxes" and "will not raise taxes"
are neighbours in embedding space)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from types import MappingProxyType

from ..lexicon.antonyms import antonym_pairs
from ..lexicon.contrast import MEASURED, NOT_A_MEMBER_AFTER, members
from ..lexicon.numbers import TENS_WORDS, UNIT_WORDS
from ..lexicon.negation import NEGATING_HEDGES, NEGATORS as _NEGATORS

# Negators, with the hedges that negate ("hardly anyone" = "almost nobody") and the
# contrastives that do the work of "not" ("support rather than blame" = "support, not blame",
# a back-translation pattern on dev).
NEGATORS = _NEGATORS | NEGATING_HEDGES
_NEG_PHRASES = (("no", "longer"), ("rather", "than"), ("instead", "of"))

_SCALES = MappingProxyType({"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12})
_ORD = MappingProxyType({w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())})
_MULT = MappingProxyType({"double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2, "triple": 3, "tripled": 3,
         "triples": 3, "tripling": 3, "treble": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5, "halve": 0.5})

# Modal classes: a substitution across classes changes the claim (must -> may), within a class
# it does not (must -> should is a back-translation on dev).
MODALS = MappingProxyType({
    **dict.fromkeys("must should ought need needs have has".split(), "obligation"),
    **dict.fromkeys("may might could can".split(), "possibility"),
})


def _stem(w: str) -> str:
    """A crude stem that maps inflections together ("increase", "increased", "increases" ->
    "increas"); only used to compare two word lists, never shown. "-ied"/"-ies" go back to
    "-y" ("denied", "denies" -> "deny": else "confirmed"/"denied" never met "confirm"/"deny")."""
    if w.endswith(("ied", "ies")) and len(w) > 4:
        return w[:-3] + "y"
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


def _antonym_stems() -> MappingProxyType[str, frozenset[str]]:
    """Each stem's opposite stems, from the pairs of lexicon/antonyms.py (direction words, and
    adjectives with their comparatives: "faster"/"slower", "safe"/"dangerous", "proud"/"ashamed"
    were drift), stems compared so that inflections meet."""
    out: dict[str, set[str]] = {}
    for a, b in antonym_pairs():
        out.setdefault(_stem(a), set()).add(_stem(b))
        out.setdefault(_stem(b), set()).add(_stem(a))
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


_ANT = _antonym_stems()


# Negating prefixes: "acceptable"/"unacceptable", "legal"/"illegal", "agree"/"disagree" are
# opposites whether or not the pair is in the list above (a quote that drops the prefix flips
# the claim as surely as one that drops "not").
# Minimum length of the stem after the prefix: "in"/"im" need 6 letters, so "form"/"inform",
# "tend"/"intend", "vest"/"invest" are never read as opposites ("possibl"/"impossibl" is).
_NEG_PREFIXES = MappingProxyType({"un": 4, "non": 4, "il": 4, "ir": 4, "dis": 4, "in": 6, "im": 6})


_MEMBERS = MappingProxyType(members())
# "an evening" / "a morning": the article's spelling is no part of the quantity
_ARTICLE = MappingProxyType({"an": "a"})


def _before(words: list[str], i: int) -> str:
    return _ARTICLE.get(words[i - 1], words[i - 1]) if i > 0 else ""


def _member(words: list[str], i: int) -> tuple[str, int] | None:
    w = words[i]
    if w not in _MEMBERS or _before(words, i) in NOT_A_MEMBER_AFTER.get(w, ()):
        return None
    return _MEMBERS[w]


def class_swaps(quote_words: list[str], source_words: list[str]) -> list[str]:
    """A member of a closed class (lexicon/contrast.py) in the quote where the source has
    another member of the same class and neither side has the other's ("the quote says 'all'
    where the source says 'half'"). A unit counts only when the word before it is the same
    on both sides ("by a year" / "by a decade", not "half a year" / "six months")."""
    qm = [_member(quote_words, i) for i in range(len(quote_words))]
    sm = [_member(source_words, j) for j in range(len(source_words))]
    q_groups, s_groups = set(qm) - {None}, set(sm) - {None}
    out = []
    for i, w in enumerate(quote_words):
        if qm[i] is None or qm[i] in s_groups:
            continue
        cls = qm[i][0]
        for j, v in enumerate(source_words):
            if sm[j] is None or sm[j][0] != cls or sm[j] in q_groups:
                continue
            if cls in MEASURED and _before(quote_words, i) != _before(source_words, j):
                continue
            out.append(f"the quote says \"{w}\" where the source says \"{v}\" ({cls})")
            break
    return out


def _opposite_stems(stem: str) -> set[str]:
    out = set(_ANT.get(stem, ()))
    for p, n in _NEG_PREFIXES.items():
        if len(stem) >= n:
            out.add(p + stem)
        if stem.startswith(p) and len(stem) - len(p) >= n:
            out.add(stem[len(p):])
    return out


def opposites(word: str) -> set[str]:
    """Stems of the words that say the opposite of ``word`` (antonym list and negating
    prefixes), to compare with ``_stem`` of other words."""
    return _opposite_stems(_stem(word))


def negation_count(words: list[str]) -> int:
    n = sum(1 for w in words if w in NEGATORS or w.endswith("n't"))
    for i in range(len(words) - 1):
        if (words[i], words[i + 1]) in _NEG_PHRASES:
            n += 1
    return n


_NUM = re.compile(r"^[-+]?\d+(?:[.,]\d+)*")


def numbers(words: list[str]) -> Counter:
    """Numbers stated in ``words``: digits ("2,113", "15.40", "6%"), number words ("twenty-two"
    is two words after folding: twenty, two), ordinals and multipliers ("doubled")."""
    out: Counter = Counter()
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        m = _NUM.match(w)
        if m:
            s = m.group().lstrip("+")
            val = s.replace(",", "") if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?", s) else s.replace(",", ".")
            try:
                num = float(val)
            except ValueError:
                num = None
            if num is not None and i + 1 < n and words[i + 1] in _SCALES:
                num *= _SCALES[words[i + 1]]
                i += 1
            out[("n", num if num is not None else s)] += 1
            i += 1
            continue
        if w in UNIT_WORDS and w != "one" or w in TENS_WORDS or (w == "one" and i + 1 < n and words[i + 1] in _SCALES):
            total, cur = 0.0, 0.0
            j = i
            while j < n and (words[j] in UNIT_WORDS or words[j] in TENS_WORDS or words[j] in _SCALES or words[j] == "and" and j + 1 < n and (words[j + 1] in UNIT_WORDS or words[j + 1] in TENS_WORDS)):
                x = words[j]
                if x in UNIT_WORDS:
                    cur += UNIT_WORDS[x]
                elif x in TENS_WORDS:
                    cur += TENS_WORDS[x]
                elif x in _SCALES:
                    cur = max(cur, 1) * _SCALES[x]
                    if _SCALES[x] >= 1000:
                        total += cur
                        cur = 0
                j += 1
            out[("n", total + cur)] += 1
            i = j
            continue
        if w in ("a", "an") and i + 1 < n and words[i + 1] in ("thousand", "million", "billion", "hundred"):
            out[("n", float(_SCALES[words[i + 1]]))] += 1
            i += 2
            continue
        if w in _ORD:
            out[("ord", _ORD[w])] += 1
        elif re.fullmatch(r"\d+(st|nd|rd|th)", w):
            out[("ord", int(w[:-2]))] += 1
        elif w in _MULT:
            out[("x", _MULT[w])] += 1
        elif w == "times" and i > 0 and ("n", 2.0) in out and words[i - 1] == "two":
            out[("n", 2.0)] -= 1
            out[("x", 2)] += 1
        i += 1
    return +out


def modal_classes(words: list[str]) -> set[str]:
    out = set()
    for i, w in enumerate(words):
        c = MODALS.get(w)
        if c == "obligation" and w in ("have", "has", "need", "needs"):
            if not (i + 1 < len(words) and words[i + 1] == "to"):
                continue
        if c:
            out.add(c)
    return out


@dataclass
class GuardResult:
    ok: bool
    changes: list[str] = field(default_factory=list)  # human-readable, names the changed words

    def explain(self) -> str:
        return "; ".join(self.changes)


def _is_neg(w: str) -> bool:
    return w in NEGATORS or w.endswith("n't")


def _unpaired_negator(q: list[str], s: list[str]) -> bool:
    """A negator added or removed where the rest of the wording holds ("that is at stake" /
    "that is not at stake" inside a sentence that already has a "not only"): a diff op with a
    negator on one side and none on the other."""
    import difflib

    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, q, s, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        a = any(_is_neg(w) for w in q[i1:i2])
        b = any(_is_neg(w) for w in s[j1:j2])
        if a != b and (i2 - i1 <= 2 and j2 - j1 <= 2):
            return True
    return False


def _fmt(k) -> str:
    kind, v = k
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return {"n": f"{v}", "ord": f"ordinal {v}", "x": f"x{v}"}[kind]


def check(quote_words: list[str], source_words: list[str], quote_caps: set[str] | None = None,
          source_caps: set[str] | None = None, context_words: list[str] | None = None) -> GuardResult:
    """Compare meaning-bearing features of the quote with the aligned source words."""
    changes: list[str] = []
    nq, ns = negation_count(quote_words), negation_count(source_words)
    if nq and not ns and context_words is not None:
        # the quote's negation may be paraphrased in a neighbouring clause of the same window
        # ("Hardly anyone does it, so ..." / "Almost nobody does it, which means ...")
        ns = negation_count(context_words)
    # Zero against some: the claim's polarity flipped ("will raise" / "will not raise"). Counts
    # are not compared beyond that: paraphrase moves negators around ("no freedom" / "not
    # freedom", "support rather than blame" / "support, not blame").
    if (nq > 0) != (ns > 0) or (nq != ns and _unpaired_negator(quote_words, source_words)):
        qn = [w for w in quote_words if w in NEGATORS or w.endswith("n't")]
        sn = [w for w in source_words if w in NEGATORS or w.endswith("n't")]
        changes.append(f"negation differs (quote: {' '.join(qn) or 'none'}; source: {' '.join(sn) or 'none'})")
    qnum, snum = numbers(quote_words), numbers(source_words)
    extra = qnum - snum
    if extra:
        missing = snum - qnum
        changes.append(
            "number differs (quote: " + ", ".join(_fmt(k) for k in extra)
            + "; source: " + (", ".join(_fmt(k) for k in missing) or "not stated") + ")"
        )
    qm, sm = modal_classes(quote_words), modal_classes(source_words)
    if qm - sm and sm - qm:
        changes.append(f"modality differs (quote: {', '.join(sorted(qm))}; source: {', '.join(sorted(sm))})")
    if quote_caps is not None and source_caps is not None:
        new = sorted(quote_caps - source_caps)
        if new:
            changes.append(f"name not in the source passage: {', '.join(new)}")
    changes.extend(class_swaps(quote_words, source_words))
    qs = {_stem(w): w for w in quote_words}
    ss = {_stem(w): w for w in source_words}
    for w in sorted(qs.keys() - ss.keys()):
        opp = _opposite_stems(w) & (ss.keys() - qs.keys())
        if opp:
            # the words as written ("dangerous", not the stem "dangerou")
            changes.append(f"direction differs (quote: {qs[w]}; source: {', '.join(sorted(ss[o] for o in opp))})")
    return GuardResult(not changes, changes)


def capitalised(original: str) -> set[str]:
    """Capitalised words that are not sentence-initial: the named entities of a short text."""
    out = set()
    toks = re.findall(r"[^\W\d_][\w'\u2019\-]*|[.!?:;\"\u201c\u201d]", original)
    start = True
    for t in toks:
        if t in ".!?:;\"\u201c\u201d":
            start = t in ".!?:"
            continue
        if t[0].isupper() and not start and t not in ("I",):
            w = t.lower().replace("\u2019", "'")
            out.add(w[:-2] if w.endswith("'s") else w.rstrip("'"))
        start = False
    return out
