"""Word equivalence: the same words written two ways (issue 12).

Real press quotations of presidents failed the word match on spelling conventions alone:
"lifesaving" for the transcript's "life-saving", "African- American" where the page split a
word, "per cent" for "percent", "three" for "3", "I'm" for "I am". ``canonical`` rewrites a
token sequence into one spelling per word, keeping every word's offsets in the original text,
so the same matcher (verify/align.py) runs on both sides and the evidence still points at the
source's own characters.

Each rewrite is tagged with its family, because the verdict depends on it:

- ``hyphen``, ``spelling``, ``number``, ``percent``: how the same spoken word is written
  (a compound joined or split by a hyphen, British or American spelling, a numeral or a
  number word, "%" or "per cent"). The words are the speaker's: verbatim.
- ``contraction``: "I'm" / "I am", "won't" / "will not". A transcript and a reporter can hear
  the same sentence either way, but the written words differ: variation.

Never folded (design/verification.md, lesson 1): a number is mapped only to the same number
("three" is 3, never 30; "3" stays "3"); a contraction's negation is spelled out, so "won't"
becomes "will not" and never matches "will"; "'d" (would or had) and a noun's "'s" (possessive
or "is") are ambiguous and are left alone."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from ..lexicon.numbers import TENS_WORDS, UNIT_WORDS
from .fold import Tokens

VERBATIM_FOLDS = frozenset({"hyphen", "spelling", "number", "percent"})
VARIATION_FOLDS = frozenset({"contraction"})


def _number_words() -> Mapping[str, str]:
    """Each number word to its digits: the units and tens, and a tens word run together with a
    unit from one to nine ("fortytwo": ``canonical`` joins the compound "forty-two" so)."""
    out = {w: str(i) for w, i in UNIT_WORDS.items()} | {w: str(n) for w, n in TENS_WORDS.items()}
    out |= {t + u: str(n + i) for t, n in TENS_WORDS.items() for u, i in UNIT_WORDS.items() if 1 <= i <= 9}
    return MappingProxyType(out)


NUMBER_WORDS = _number_words()

# Contractions whose expansion is certain. "'s" only after pronouns and question words (after
# a noun it is a possessive); "'d" never (would / had).
_NOT_STEMS = MappingProxyType({"wo": "will", "ca": "can", "sha": "shall"})  # "won't" less "n't" is "wo"
_SUFFIXES = MappingProxyType({"'m": ["am"], "'re": ["are"], "'ll": ["will"], "'ve": ["have"]})
_S_IS = frozenset("it he she that there here what who where how".split())
_WHOLE = MappingProxyType({"cannot": ["can", "not"], "let's": ["let", "us"]})

# British spellings -> American. Lists, not suffix rules: "-our" -> "-or" as a rule would make
# "four" "for" and "our" "or"; "-lled" -> "-led" would make "filled" "filed".
_OUR = ("honour labour favour neighbour colour behaviour harbour rumour vigour endeavour humour "
        "flavour armour savour valour fervour parlour odour splendour saviour candour clamour "
        "rigour tumour vapour").split()
_WORDS = MappingProxyType({
    "centre": "center", "centres": "centers", "centred": "centered", "theatre": "theater",
    "theatres": "theaters", "metre": "meter", "metres": "meters", "litre": "liter",
    "litres": "liters", "fibre": "fiber", "calibre": "caliber", "spectre": "specter",
    "sombre": "somber", "defence": "defense", "defences": "defenses", "offence": "offense",
    "offences": "offenses", "licence": "license", "pretence": "pretense", "programme": "program",
    "programmes": "programs", "grey": "gray", "sceptical": "skeptical", "sceptic": "skeptic",
    "enrol": "enroll", "fulfil": "fulfill", "skilful": "skillful", "wilful": "willful",
    "jewellery": "jewelry", "aluminium": "aluminum", "mould": "mold", "plough": "plow",
    "cheque": "check", "cheques": "checks", "paediatric": "pediatric", "judgement": "judgment",
    "ageing": "aging", "towards": "toward", "whilst": "while", "amongst": "among",
})
_LL = ("travel cancel label model fuel signal total level channel counsel equal marshal "
       "dial duel jewel tunnel").split()
_LL_WORDS = MappingProxyType({s + "l" + e: s + e for s in _LL for e in ("ed", "ing", "er", "ers")})
_ISE = re.compile(r"^([a-z]{3,})(is|ys)(e|es|ed|ing|ation|ations|er|ers)$")


def american(word: str) -> str:
    """One spelling for a word written the British or American way."""
    if word in _WORDS:
        return _WORDS[word]
    if word in _LL_WORDS:
        return _LL_WORDS[word]
    if "our" in word:  # most words have none: skip the stem list (profiled: 40% of the stage)
        for stem in _OUR:
            if word.startswith(stem):
                return stem[:-2] + "r" + word[len(stem):]
    m = _ISE.match(word)
    if m:  # organise / organize, analyse / analyze: both sides get the z
        return m.group(1) + m.group(2)[0] + "z" + m.group(3)
    return word


def canon_word(word: str) -> tuple[list[str], str]:
    """(canonical words, family) for one folded word; family "" when nothing changed."""
    words, fam = _canon_word(word)
    return list(words), fam


@lru_cache(maxsize=65536)
def _canon_word(word: str) -> tuple[tuple[str, ...], str]:
    # cached: a source passage repeats its words, and each rewrite is a pure function of the word
    words, fam = _rewrite(word)
    return tuple(words), fam


def _rewrite(word: str) -> tuple[list[str], str]:
    if word in _WHOLE:
        return list(_WHOLE[word]), "contraction"
    if word.endswith("n't") and len(word) > 3:
        stem = word[:-3]
        return [_NOT_STEMS.get(stem, stem), "not"], "contraction"
    for suf, rest in _SUFFIXES.items():
        if word.endswith(suf) and len(word) > len(suf):
            return [word[: -len(suf)], *rest], "contraction"
    if word.endswith("'s") and word[:-2] in _S_IS:
        return [word[:-2], "is"], "contraction"
    if word in NUMBER_WORDS:
        return [NUMBER_WORDS[word]], "number"
    if word.endswith("%") and word[:-1].replace(",", "").replace(".", "").lstrip("+-").isdigit():
        return [word[:-1], "percent"], "percent"
    a = american(word)
    return [a], ("spelling" if a != word else "")


@dataclass
class Canon:
    """Canonical tokens (``tokens``, offsets into the same original text) and, for each
    canonical word, the original folded words it stands for and the family of the rewrite."""

    tokens: Tokens
    origin: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)


_JOINERS = frozenset("-\u2010\u2011")


def _attached_hyphen(t: Tokens, i: int) -> bool:
    """Word i and word i+1 are one compound split by a hyphen that touches word i ("life-saving",
    "African- American" split by the page); a dash between spaces ("democracy - freedom") or a
    dash the page set as one (en/em dash) separates phrases and is kept."""
    if t.gaps[i] != "-" or t.kinds[i] != "word" or t.kinds[i + 1] != "word":
        return False
    f = t.folded
    pos = t.fend[i]
    if pos >= len(f.text) or f.text[pos] != "-":
        return False
    return f.original[f.offsets[pos]] in _JOINERS


def _groups(t: Tokens) -> list[tuple[int, int]]:
    """Word index ranges [i, j) that are one written word: a hyphenated compound, "per cent"."""
    out = []
    i, n = 0, len(t.words)
    while i < n:
        j = i + 1
        while j < n and _attached_hyphen(t, j - 1):
            j += 1
        if j == i + 1 and i + 1 < n and t.words[i] == "per" and t.words[i + 1] == "cent" and not t.gaps[i]:
            j = i + 2
        out.append((i, j))
        i = j
    return out


def canonical(t: Tokens) -> Canon:
    """``t`` rewritten to canonical words (see the module docstring). A compound keeps the
    offsets of its first to last word; an expansion's words all carry the contraction's."""
    out = Tokens(folded=t.folded, lead=t.lead)
    c = Canon(out)
    for i, j in _groups(t):
        surface = t.words[i:j]
        if j - i > 1:
            joined = "".join(surface)
            fam = "percent" if surface == ["per", "cent"] else "hyphen"
            words, f2 = _canon_word(joined)
            words = ["percent"] if fam == "percent" else words
            fam = fam if fam == "percent" or not f2 else f2
        else:
            joined = surface[0]
            words, fam = _canon_word(joined)
        for k, w in enumerate(words):
            out.words.append(w)
            out.kinds.append("num" if w.isdigit() else t.kinds[i])
            out.fstart.append(t.fstart[i])
            out.fend.append(t.fend[j - 1])
            out.gaps.append(t.gaps[j - 1] if k == len(words) - 1 else "")
            c.origin.append("-".join(surface) if fam == "hyphen" else " ".join(surface))
            c.family.append(fam)
    return c


def canonical_text(t: Tokens) -> str:
    """The canonical words with the punctuation between them, as text that parses like the
    original (ellipses and brackets are kept in the gaps)."""
    c = canonical(t).tokens
    return c.lead + "".join(w + (" " + g if g else "") + " " for w, g in zip(c.words, c.gaps)).strip()
