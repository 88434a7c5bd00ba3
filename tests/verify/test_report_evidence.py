"""News reports as sources (issue 12): a passage inside a report's quoted span is evidence for
the quoted person, the reporter's narration is nobody's words and never verifies a claim, the
headline is its author's text, and the person's own speech is preferred to a report of it.
Every text below was written for this test."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.report.jsonl import verdict_record
from onrecord.verify import verify_claim

REPORT = """Title: Treaty talks stall over fishing quotas
Type: report
Author: Lena Marsh
Date: 2025-03-04
Outlet: The Coastal Ledger

Talks on the northern waters treaty stalled on Tuesday after the delegations failed to agree on quotas for cod.

"We will not sign this treaty while the quotas stay as they are," Fisheries Minister Halvard Brekke said in a statement.

Officials on both sides expect no new round of talks before the summer recess.
"""

# the quoted minister's own words, and a report quoting a second minister who has no own source
OWN = """Title: Statement on the northern waters treaty
Speaker: Halvard Brekke
Date: 2025-03-04

We will not sign this treaty while the quotas stay as they are. Our fleets deserve better terms.
"""

OTHER = """Title: Ports minister visits the dry dock
Type: report
Author: Lena Marsh
Date: 2025-03-11

The ports minister toured the new dry dock on Friday.

"The dry dock will employ four hundred welders by spring," Ports Minister Signe Aalto told reporters.
"""

SENT = "We will not sign this treaty while the quotas stay as they are"


@pytest.fixture(scope="module")
def report_only(source_archive):
    return source_archive({"report.txt": REPORT, "other.txt": OTHER})


@pytest.fixture(scope="module")
def with_own(source_archive):
    return source_archive({"report.txt": REPORT, "own.txt": OWN})


@pytest.mark.parametrize("quote, speaker, verdict, source_speaker, role", [
    # the quoted span: the minister's words, by a report of them
    (SENT, "Halvard Brekke", "verbatim", "Halvard Brekke", "quotation"),
    (SENT, None, "verbatim", "Halvard Brekke", "quotation"),
    # the same words credited to the reporter: they are the minister's
    (SENT, "Lena Marsh", "misattributed", "Halvard Brekke", "quotation"),
    # the headline is its author's text
    ("Treaty talks stall over fishing quotas", "Lena Marsh", "verbatim", "Lena Marsh", "headline"),
    ("The dry dock will employ four hundred welders by spring", "Signe Aalto", "verbatim", "Signe Aalto", "quotation"),
])
def test_a_reports_quoted_span_and_headline(report_only, quote, speaker, verdict, source_speaker, role):
    v = verify_claim(Claim("c", quote, speaker), report_only)
    assert v.verdict == verdict
    assert v.evidence is not None and v.evidence.source.endswith("report.txt") or quote.startswith("The dry")
    assert v.evidence.source_speaker == source_speaker
    assert v.evidence.report_role == role
    assert "report" in v.warnings
    rec = verdict_record(v)
    assert rec["source_speaker"] == source_speaker and rec["evidence"]["report_role"] == role


def test_the_explanation_says_it_is_a_report_quoting_the_person(report_only):
    v = verify_claim(Claim("c", SENT, "Halvard Brekke"), report_only)
    assert "news report" in v.explanation and "quoting Halvard Brekke" in v.explanation
    assert "weaker evidence" in v.explanation
    m = verify_claim(Claim("c", SENT, "Lena Marsh"), report_only)
    assert "said by Halvard Brekke, not Lena Marsh" in m.explanation


@pytest.mark.parametrize("quote, speaker", [
    ("Talks on the northern waters treaty stalled on Tuesday", "Halvard Brekke"),
    ("Talks on the northern waters treaty stalled on Tuesday", "Lena Marsh"),  # the reporter's own narration
    ("Talks on the northern waters treaty stalled on Tuesday", None),
    ("Officials on both sides expect no new round of talks before the summer recess", "Signe Aalto"),
    # the reporter's attribution tag runs on from the quotation: not the minister's words alone
    ("they are, Fisheries Minister Halvard Brekke said in a statement", "Halvard Brekke"),
])
def test_narration_never_verifies(report_only, quote, speaker):
    v = verify_claim(Claim("c", quote, speaker), report_only)
    assert v.verdict not in ("verbatim", "variation", "drift", "misattributed")
    assert "found in the reporter's narration of" in v.explanation
    assert "not in anyone's quoted words" in v.explanation
    assert "narration" in v.warnings


def test_narration_of_a_speaker_with_own_sources_is_not_found(with_own):
    v = verify_claim(Claim("c", "Talks on the northern waters treaty stalled on Tuesday", "Halvard Brekke"), with_own)
    assert v.verdict == "not_found"  # the archive speaks for him; these are not his words
    assert "found in the reporter's narration of" in v.explanation


def test_the_persons_own_speech_is_preferred_to_a_report(with_own):
    v = verify_claim(Claim("c", SENT, "Halvard Brekke"), with_own)
    assert v.verdict == "verbatim"
    assert v.evidence.source.endswith("own.txt")
    assert v.evidence.report_role is None and "report" not in v.warnings


UNNAMED = """Title: Rail fares frozen
Type: report
Date: 2025-04-01

The transport department confirmed the freeze on Monday.

"Nobody will pay a penny more for a season ticket this year," a department official said.
"""


def test_a_quotation_credited_to_nobody_named_verifies_nobody(source_archive):
    a = source_archive({"unnamed.txt": UNNAMED})
    v = verify_claim(Claim("c", "Nobody will pay a penny more for a season ticket this year", "Ilse Varga"), a)
    assert v.verdict == "no_source"  # nothing by her; the words are an unnamed official's
    assert "inside a quotation the report credits to no one it names" in v.explanation
