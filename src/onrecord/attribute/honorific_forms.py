"""A bare surname speaker whose article writes more than one full form of that surname, or a
full form the family test (family.other_gender) reads as a relative's, takes the one full form
whose given name is of the sex the bare surname's honorifics clearly say ("Mr. X" three times,
never "Mrs. X", beside "Bill X" and "Hillary X" gives "Bill X"; a headline's "Andrew X" over
"Mr. X" five times and his wife's "Mrs. X" twice gives "Andrew X"). GUIDELINES.md S4 takes the
fullest form the writer's text gives the person; fullname.py kept the bare surname whenever two
given names, or an honorific of the other sex, made the family ambiguous (round 82, lane
names98, draw K: 5 quotations in 2 articles)."""

from __future__ import annotations

import re

from ..lexicon.given_names import given_sex
from ..text.find import word_before, word_starts
from ..thresholds.honorific_forms import HONORIFIC_FORMS
from .courtesy import honorific_sex


def honorific_form(text: str, body_start: int, name: str, hits: list[re.Match[str]]) -> str | None:
    """"Given name" for the one given name in ``hits`` (the "<Given> <name>" forms found) of the
    sex the bare ``name``'s honorifics in ``text[body_start:]`` clearly say; None otherwise."""
    sex = _honorific_sex(text, body_start, name)
    if sex is None:
        return None
    givens = {m.group(1) for m in hits if given_sex(m.group(1).lower()) == sex}
    return f"{givens.pop()} {name}" if len(givens) == 1 else None


def _honorific_sex(text: str, body_start: int, name: str) -> str | None:
    counts = {"m": 0, "f": 0}
    for rel in word_starts(text[body_start:], name):
        at = body_start + rel
        said = honorific_sex(word_before(text, at, at - body_start))  # "Mr." or "Mrs." just before
        if said is not None:
            counts[said] += 1
    for sex, other in (("m", "f"), ("f", "m")):
        if counts[sex] >= HONORIFIC_FORMS.least and counts[sex] > HONORIFIC_FORMS.ratio * counts[other]:
            return sex
    return None
