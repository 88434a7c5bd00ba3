"""Canonical forms and variant scoring: the pure functions both mining engines share, so the
local engine and the Spark job cluster quotations identically.

A quotation's *canonical form* folds what never changes what was said, as Quotebank does: case,
quote and dash styles, punctuation, whitespace. Numbers and their signs are kept as tokens
(``verify.fold``'s tokenizer), so "-0.4" and "0.4" stay different quotations.

A *variant* is a different canonical form of the same quotation: a truncation, an elision
("... "), or a lightly edited form. ``coverage`` measures how much of the shorter form lies in
runs of words shared, in order, with the longer one."""

from __future__ import annotations

import difflib
import hashlib

from ..thresholds.bank import BankOptions
from ..verify.fold import TOKEN_RE, fold_text


def words(text: str) -> list[str]:
    """The folded word and number tokens of a quotation (punctuation dropped)."""
    return [m.group(0) for m in TOKEN_RE.finditer(fold_text(text)) if m.lastgroup != "punct"]


def canonical(text: str) -> str:
    """Case, punctuation, quote styles and spacing folded: "Win it, now!" -> "win it now"."""
    return " ".join(words(text))


def form_key(canon: str) -> str:
    """A stable id for a canonical form, the same in every engine and every run."""
    return hashlib.sha1(canon.encode("utf-8")).hexdigest()[:16]


def rank(canon: str) -> tuple[int, int, str]:
    """The order in which forms become cluster roots: more words first, then more characters,
    then the text itself so that ties break the same way everywhere. A form may only attach
    to a form that ranks before it, which keeps clusters trees: a short fragment contained in
    two different long quotations attaches to one of them and cannot merge the two."""
    n = canon.count(" ") + 1 if canon else 0
    return (-n, -len(canon), canon)


def shingles(canon: str, options: BankOptions) -> list[str]:
    """The distinct ``shingle_words``-word runs of a canonical form, or none when the form is
    too short to be matched as a variant (see ``min_variant_words``)."""
    toks = canon.split()
    if len(toks) < options.min_variant_words:
        return []
    k = options.shingle_words
    return sorted({" ".join(toks[i : i + k]) for i in range(len(toks) - k + 1)})


def coverage(short: str, long: str, options: BankOptions) -> float:
    """Fraction of ``short``'s words lying in runs of at least ``min_run_words`` words that
    ``long`` has in the same order. Truncation and elision give 1.0; a swapped word costs
    about one word; two quotations sharing only a stock phrase score low."""
    a, b = short.split(), long.split()
    if not a:
        return 0.0
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    shared = sum(m.size for m in matcher.get_matching_blocks() if m.size >= options.min_run_words)
    return shared / len(a)


def is_variant(short: str, long: str, options: BankOptions) -> tuple[bool, float]:
    """Whether ``short`` is a variant of ``long`` (which ranks before it), with the score."""
    score = coverage(short, long, options)
    return score >= options.min_coverage, score
