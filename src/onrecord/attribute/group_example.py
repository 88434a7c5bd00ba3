"""The named example inside a group subject: "Supporters like NAME, a retiree …, said Y is the
“…”", "Scientists like NAME — an academic at … — told CNN that …". The group went to the
speaker finder as the subject and the words were left null ("a group: no one person"); the
one person the sentence names is the one whose words follow (round 38, lane clause21: three
on big and big2, one in round 37's unnamed20 sample)."""

from __future__ import annotations

from typing import Any


def named_example(subject: Any) -> Any | None:
    """The name after "like" (or "such as") on a plural common-noun subject, or None. Only a
    capitalised word standing alone after "like" ("Other Republicans like Price insist"), so
    "Critics like this" or "people like us" stay with the group."""
    if subject.tag_ not in {"NNS", "NNPS"}:
        return None
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"like", "as"}:
            continue
        if prep.lower_ == "as" and (prep.i == 0 or prep.nbor(-1).lower_ != "such"):
            continue
        names = [c for c in prep.children if c.dep_ == "pobj" and c.text[:1].isupper() and c.pos_ != "PRON"]
        if names:
            return names[0]
    return None
