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
from ..verify.guard import NEGATORS


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


# Contractions spelled out for matching only ("I've seen" = "I have seen"); "'s" is left alone
# because it is "is", "has" or a possessive. Case: "I've seen things that made me uncomfortable"
# against "I have seen things that have made me uncomfortable" (AllSides), one quotation.
_CONTRACTIONS = (("n't", " not"), ("'ve", " have"), ("'re", " are"), ("'ll", " will"), ("'m", " am"), ("'d", " would"))
_IRREGULAR = {"won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not", "ain't": "is not"}


def _match_word(w: str) -> list[str]:
    if w in _IRREGULAR:
        return _IRREGULAR[w].split()
    for suffix, full in _CONTRACTIONS:
        if w.endswith(suffix) and len(w) > len(suffix):
            return (w[: -len(suffix)] + full).split()
    # singular and plural match ("the numbers of deaths" / "the number of deaths")
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w.isalpha():
        return [w[:-1]]
    return [w]


def match_words(canon: str) -> list[str]:
    """The words variant matching compares: contractions spelled out, plural -s dropped."""
    return [m for w in canon.split() for m in _match_word(w)]


def _alignment(short: str, long: str, options: BankOptions) -> tuple[list[str], list[str], list[str]]:
    """(short's words, its words outside shared runs, long's words inside the aligned region
    but outside shared runs): what the short form changed, and what it left out unmarked."""
    a, b = match_words(short), match_words(long)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size >= options.min_run_words]
    in_a = {i for m in blocks for i in range(m.a, m.a + m.size)}
    changed = [w for i, w in enumerate(a) if i not in in_a]
    if not blocks:
        return a, changed, []
    in_b = {j for m in blocks for j in range(m.b, m.b + m.size)}
    left_out = [b[j] for j in range(blocks[0].b, blocks[-1].b + blocks[-1].size) if j not in in_b]
    return a, changed, left_out


def coverage(short: str, long: str, options: BankOptions) -> float:
    """Fraction of ``short``'s words lying in runs of at least ``min_run_words`` words that
    ``long`` has in the same order. Truncation and elision give 1.0."""
    a, changed, _ = _alignment(short, long, options)
    return (len(a) - len(changed)) / len(a) if a else 0.0


def variant_score(short: str, long: str, options: BankOptions) -> float | None:
    """The coverage of ``short`` by ``long`` (which ranks before it) when ``short`` is a variant
    of it, else None. A rule cascade, first failure wins:

    1. no negator among the words changed or left out ("it is the right thing to do" is not
       a form of "it is definitely not the right thing to do");
    2. at most ``(words - edit_free_words) // words_per_edit`` of the short form's words
       outside shared runs: a 6-word form must be a pure truncation or elision ("at the end of
       the year" is not "at the end of the day"), a 13-word form may change two words."""
    a, changed, left_out = _alignment(short, long, options)
    if not a:
        return None
    if any(w in NEGATORS for w in changed + left_out):
        return None
    # counted in printed words: spelling out "I'm" must not earn a form an extra edit
    allowed = max(0, (len(short.split()) - options.edit_free_words) // options.words_per_edit)
    if len(changed) > allowed:
        return None
    return (len(a) - len(changed)) / len(a)
