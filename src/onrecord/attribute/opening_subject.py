"""The name opening a sentence whose verb of saying the parser left with no subject (read by
verb_subject.subject_of).

A long apposition or participle between a name and its verb ("Senator NAME of State, chairman of
the panel, who co-sponsored the bill, said …", "President NAME, joking about waste, said …",
"NAME (R-State), asked about the bill, says that …") sometimes leaves the root verb with no
subject at all: the parser hangs the name on a verb inside the aside, and the words went null
(round 78, lane null88: three such sentences among draw C's nulls with no speaker found). A
sentence opening on a name run (titles, given names, surname; "of Place" may follow) set off by
a comma or a bracket, whose root is that verb of saying, is that name's."""

from __future__ import annotations

from typing import Any

from ..lexicon.reporting import report_base

_CLOSING_MARKS = frozenset({'"', "\u201d", "\u2019", "'", "''"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def opening_name(root: Any) -> Any | None:
    """The last word (the surname) of the name run opening ``root``'s sentence, when ``root``
    is a subjectless verb of saying right after the aside's comma and the run is set off by ","
    or "(" before the aside; else None.
    A sentence opening on a subordinate clause ("When NAME tried to speak, declared …") or a
    quotation opens on no name run, and stays as it was."""
    if root.dep_ != "ROOT" or report_base(root.lower_) is None:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in root.children) or not _after_aside(root):
        return None
    doc, i = root.doc, root.sent.start
    j = _run_end(doc, i, root.i)
    if j == i:
        return None
    last = j - 1
    if j + 1 < root.i and doc[j].lower_ == "of" and doc[j + 1].pos_ == "PROPN":
        j = _run_end(doc, j + 1, root.i)  # "Senator NAME of Utah,": the place follows the name
    if j >= root.i or doc[j].text not in {",", "("}:
        return None
    return doc[last]


def _after_aside(root: Any) -> bool:
    """The verb follows the aside's closing comma (adverbs and "also" between): "…, said". A
    word before it may be its real subject ("… the Secret Service, his spokesperson NAME said":
    the spokesperson's words, not the opening name's; draw C)."""
    i = root.i - 1
    while i > 0 and (root.doc[i].pos_ in {"ADV", "AUX", "PART"} or root.doc[i].text in _CLOSING_MARKS):
        i -= 1  # (a comma inside the marks: "asked on “Meet the Press,” says")
    return i > 0 and root.doc[i].text == ","


def _run_end(doc: Any, i: int, stop: int) -> int:
    """The index after the run of capitalised proper nouns starting at ``i``, before ``stop``."""
    j = i
    while j < stop and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    return j
