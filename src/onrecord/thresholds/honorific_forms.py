"""Thresholds of the honorific pick among a surname's full forms (attribute/honorific_forms.py;
issue 11, round 82, lane names98). Apart from attribute.py, which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HonorificForms:
    # bare-surname honorifics ("Mr. X", "Mrs. X") of one sex needed before they say whose full
    # form a bare "X" speaker takes; a single "Mr." may be a relative's aside. Draw K: "Mr. X"
    # three times beside "Bill X" and "Hillary X"; five times beside a headline's "Andrew X" and
    # a wife's "Mrs. X" twice.
    least: int = 2
    # times as many of that sex as of the other. Prevents a story about a couple, each written
    # with an honorific about as often, from giving every bare "X" to one of them.
    ratio: int = 2


HONORIFIC_FORMS = HonorificForms()
