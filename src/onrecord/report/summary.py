"""What every report shows, computed once: verdict counts, labels and colours, the word diff
between the article's wording and the source's, and the suggested fixes. The text, HTML and
Markdown renderers only lay these out."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from ..model import BAD_VERDICTS, VERDICTS, CheckedQuote, CheckResult
from ..safe_text import escape_controls
from ..thresholds.learned import CALIBRATION

LABELS = {
    "verbatim": "verbatim",
    "variation": "variation",
    "drift": "drift",
    "misattributed": "misattributed",
    "out_of_context": "out of context",
    "not_found": "not found",
    "no_source": "no source",
}
MEANINGS = {
    "verbatim": "the same words as the source",
    "variation": "the source's words with standard editorial changes",
    "drift": "the same meaning in different words",
    "misattributed": "the words are in the sources, said by someone else",
    "out_of_context": "the words are in the source, but its sentence turns them round (a negation or frame)",
    "not_found": "nothing in the sources supports it",
    "no_source": "the sources hold nothing by this speaker: not checked",
}
# rich styles for the terminal; the HTML colours live in assets/report.css
RICH_STYLES = {
    "verbatim": "bold green",
    "variation": "bold cyan",
    "drift": "bold yellow",
    "misattributed": "bold magenta",
    "out_of_context": "bold dark_orange",
    "not_found": "bold red",
    "no_source": "bold blue",
}


@dataclass(frozen=True)
class DiffOp:
    """One run of the word diff: ``equal`` words, words only in the ``source`` (the article
    left them out or changed them) or only in the ``article``."""

    op: Literal["equal", "source", "article"]
    text: str


_TOKEN = re.compile(r"\w+(?:[’'-]\w+)*|\.\s?\.\s?\.|[^\w\s]")
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}”’%")
_NO_SPACE_AFTER = frozenset("([{“‘")


def join_tokens(tokens: list[str]) -> str:
    """Tokens back into readable text: "[the bridge]", "2027, and", not "[ the bridge ]"."""
    out = ""
    for t in tokens:
        if out and not (t[0] in _NO_SPACE_BEFORE and not t.startswith("...")) and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += t
    return out
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"})


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def diff_pieces(article: str, source: str, equal, source_only, article_only) -> list[str] | None:
    """The word diff rendered piece by piece with one function per kind of word (HTML and
    Markdown differ only in those); None when no word differs."""
    ops = word_diff(article, source)
    if all(op.op == "equal" for op in ops):
        return None
    render = {"equal": equal, "source": source_only}
    return [render.get(op.op, article_only)(op.text) for op in ops]


def word_diff(article: str, source: str) -> list[DiffOp]:
    """Word-level diff of the article's quotation against the source's words (case and quote
    styles folded for the comparison, the original words shown). Punctuation-only changes
    are kept but are easy to tell apart in the rendering."""
    a, s = _tokens(article), _tokens(source)
    # punctuation closing a quotation follows the sentence it now sits in ("cheap," vs
    # "cheap."): not a change of wording, so it is left out of the diff
    while a and not a[-1][0].isalnum():
        a.pop()
    while s and not s[-1][0].isalnum():
        s.pop()
    fa = [t.casefold().translate(_FOLD) for t in a]
    fs = [t.casefold().translate(_FOLD) for t in s]
    ops: list[DiffOp] = []
    matcher = difflib.SequenceMatcher(a=fs, b=fa, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(DiffOp("equal", join_tokens(a[j1:j2])))
            continue
        if i2 > i1:
            ops.append(DiffOp("source", join_tokens(s[i1:i2])))
        if j2 > j1:
            ops.append(DiffOp("article", join_tokens(a[j1:j2])))
    return ops


def verdict_of(item: CheckedQuote) -> str | None:
    return item.verdict.verdict if item.verdict is not None else None


def counts(results: list[CheckResult]) -> Counter[str]:
    """Verdict counts over speech quotes, plus ``kind:<kind>`` counts for unverified ones."""
    c: Counter[str] = Counter()
    for r in results:
        for it in r.items:
            v = verdict_of(it)
            if v is not None:
                c[v] += 1
            elif it.quote.kind == "speech":
                c["unchecked"] += 1
            else:
                c["kind:" + it.quote.kind] += 1
    return c


def summary_line(results: list[CheckResult]) -> str:
    """"10 quotations: 8 checked (2 verbatim, ...); 2 not checked (1 title, 1 scare)"."""
    c = counts(results)
    checked = sum(c[v] for v in VERDICTS)
    parts = [f"{c[v]} {LABELS[v]}" for v in VERDICTS if c[v]]
    others = {k[5:]: n for k, n in c.items() if k.startswith("kind:")}
    total = checked + sum(others.values()) + c["unchecked"]
    line = f"{total} quotation{'s' if total != 1 else ''}: {checked} checked"
    if parts:
        line += " (" + ", ".join(parts) + ")"
    if c["unchecked"]:
        line += f"; {c['unchecked']} speech not checked"
    if others:
        line += "; not verified: " + ", ".join(f"{n} {k}" for k, n in sorted(others.items()))
    bad = sum(c[v] for v in BAD_VERDICTS)
    if bad:
        line += f". {bad} need{'s' if bad == 1 else ''} attention."
    elif checked:
        line += ". All checked quotations are supported."
    else:
        line += ". No speech quotation to verify."
    return line


def speaker_of(item: CheckedQuote) -> str:
    q = item.quote
    if q.speakers and len(q.speakers) > 1:
        return " and ".join(q.speakers)
    return q.speaker or "unknown speaker"


def shown_speaker(item: CheckedQuote) -> str:
    """The speaker as a report shows it: marked "(uncertain)" when onrecord's calibrated
    probability that the name is right is below CalibrationThresholds.precise_names (round 27:
    on never-read real news such names were right 123 times in 222, 55 %, the others 95 %).
    A name with no calibrated probability (none computed) is shown as it is."""
    q = item.quote
    p = q.speaker_probability
    if q.speaker and p is not None and p < CALIBRATION.precise_names:
        return f"{speaker_of(item)} (uncertain)"
    return speaker_of(item)


@dataclass(frozen=True)
class Suggestion:
    """A fix an editor may apply; never applied in place (the article is not rewritten)."""

    kind: Literal["restore", "credit", "context", "source_or_cut"]
    quote_text: str
    speaker: str
    replacement: str | None  # the source's words, or the person to credit
    source: str | None
    detail: str


def suggestions(results: list[CheckResult]) -> list[Suggestion]:
    """Restore the original wording of each drift quote whose original was found; credit the
    person who said misattributed words; show the governing words of each out_of_context quote
    (quote the whole sentence or cut it); find a source for or cut each not_found quote."""
    out: list[Suggestion] = []
    for r in results:
        for it in r.items:
            v = it.verdict
            if v is None:
                continue
            q = it.quote
            ev = v.evidence
            if v.verdict == "drift" and ev is not None and ev.text.strip():
                out.append(Suggestion("restore", q.text, shown_speaker(it), ev.text.strip(), ev.source,
                                      "restore the original wording"))
            elif v.verdict == "misattributed" and ev is not None:
                who = ev.source_speaker or "the speaker named in the source"
                out.append(Suggestion("credit", q.text, shown_speaker(it), who, ev.source,
                                      f"credit {who}, who said these words"))
            elif v.verdict == "out_of_context" and ev is not None:
                gov = (ev.governing or {}).get("text", "")
                out.append(Suggestion("context", q.text, shown_speaker(it), ev.text.strip(), ev.source,
                                      f"the source says “{gov}” before these words: quote the whole "
                                      "sentence or cut the quotation"))
            elif v.verdict == "not_found":
                out.append(Suggestion("source_or_cut", q.text, shown_speaker(it), None, None,
                                      "find a source for these words or cut the quotation"))
            elif v.verdict == "no_source":
                # not an accusation: the archive cannot speak for this speaker (issue 12)
                out.append(Suggestion("add_source", q.text, shown_speaker(it), None, None,
                                      f"add a source by {speaker_of(it)} to check these words"))
    return out


def short(text: str, limit: int = 90) -> str:
    """One-line preview of a quotation (whitespace collapsed, cut at a word boundary)."""
    text = escape_controls(" ".join(text.split()))
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    # a cut that lands after the quotation's own ellipsis ("in 2027 ...") gets one mark, not
    # "2027 ...…"
    return cut.rstrip(" .…") + "…"
