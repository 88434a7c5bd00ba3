"""News reports as sources (issue 12): at ingest a report's quotations are extracted and
attributed, and each quoted span is stored with the quoted person, the headline with the
report's author; the narration is nobody's. Which sources are reports: a declared ``Type:
report`` (header) or ``"type": "report"`` (JSON Lines), or a source naming no speaker whose
text holds an attributed quotation; never a source whose header names its speaker. Every
text below was written for this test."""

from __future__ import annotations

import json

import pytest

from onrecord.archive import Archive
from onrecord.thresholds.archive import ArchiveOptions

REPORT = """Title: Ferry strike ends after three weeks
Type: report
Author: Imke Sorensen
Date: 2025-06-10
Outlet: The Sound Courier

Crews returned to the island ferries on Monday morning after the union accepted a new rota.

"Nobody on these boats wanted to stay ashore this long," union secretary Tobias Rask said outside the depot.

Passengers queued from six o'clock for the first sailing of the day.
"""

# no header at all: the first line is the headline, the quotation makes it a report
BARE = """Lighthouse keepers vote to stay on the rocks

The keepers' association met in the harbour hall on Saturday evening.

"We would rather paint the tower ourselves than see it sold," association chair Wilma Ostrander said.
"""

# a speech quoting someone: its header names the speaker, so it is never a report
SPEECH = """Title: Address at the harbour festival
Speaker: Mara Ellison
Date: 2025-06-12

My grandmother used to say, "The tide waits for nobody," and she was right about most things.
"""

DECLARED_SPEECH = """Type: speech
Date: 2025-06-13

"The tide waits for nobody," as the old saying goes, said the skipper Anders Moe.
"""

NO_QUOTES = """The ferry timetable for the summer season is printed on the back of this sheet.

Sailings leave every forty minutes from seven until nine.
"""


def _build(tmp_path_factory, files: dict[str, str], options: ArchiveOptions | None = None) -> Archive:
    d = tmp_path_factory.mktemp("src")
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    a = Archive(tmp_path_factory.mktemp("arch"), options=options)
    a.add([d], progress=False)
    return a


def _doc(a: Archive, name: str):
    for did in a.doc_ids():
        d = a.doc(did)
        if d.path.rsplit("/", 1)[-1] == name:
            return d
    raise AssertionError(f"{name} not stored")


@pytest.fixture(scope="module")
def arch(tmp_path_factory):
    return _build(tmp_path_factory, {"report.txt": REPORT, "bare.txt": BARE, "speech.txt": SPEECH,
                                     "declared_speech.txt": DECLARED_SPEECH, "timetable.txt": NO_QUOTES})


@pytest.mark.parametrize("name, is_report", [
    ("report.txt", True),  # Type: report
    ("bare.txt", True),  # no speaker, an attributed quotation
    ("speech.txt", False),  # a speaker quoting someone is still the speaker
    ("declared_speech.txt", False),  # Type: speech
    ("timetable.txt", False),  # nobody quoted: nothing to credit
])
def test_which_sources_are_reports(arch, name, is_report):
    assert (_doc(arch, name).report is not None) == is_report


def _words(d, who):
    return [d.text[s.start : s.end] for s in d.report.spans if s.speaker == who]


def test_quoted_span_is_the_quoted_persons_and_the_headline_the_authors(arch):
    d = _doc(arch, "report.txt")
    assert _words(d, "Tobias Rask") == ["Nobody on these boats wanted to stay ashore this long,"]
    assert _words(d, "Imke Sorensen") == ["Ferry strike ends after three weeks"]  # the header's Title
    roles = {s.role for s in d.report.spans}
    assert roles == {"quotation", "headline"}


@pytest.mark.parametrize("words, speaker", [
    ("Nobody on these boats", "Tobias Rask"),
    ("union secretary Tobias Rask said", None),  # the reporter's tag: nobody's
    ("Crews returned to the island ferries", None),  # narration
    ("Passengers queued from six", None),
    ("Ferry strike ends", "Imke Sorensen"),  # the headline
])
def test_speaker_at_in_a_report(arch, words, speaker):
    d = _doc(arch, "report.txt")
    assert d.speaker_at(d.text.index(words)) == speaker


def test_sentences_carry_the_quoted_person_or_nobody(arch):
    d = _doc(arch, "report.txt")
    by_text = {d.text[s.start : s.end][:20]: s.speaker for s in d.sentences}
    assert by_text['"Nobody on these boa'] == "Tobias Rask"  # mostly the quotation
    assert by_text["Crews returned to th"] is None
    assert by_text["Ferry strike ends af"] == "Imke Sorensen"  # the header headline is indexed


def test_a_bare_reports_first_line_is_its_headline(arch):
    d = _doc(arch, "bare.txt")
    heads = [d.text[s.start : s.end] for s in d.report.spans if s.role == "headline"]
    assert heads == ["Lighthouse keepers vote to stay on the rocks"]
    assert _words(d, "Wilma Ostrander") == ["We would rather paint the tower ourselves than see it sold,"]


def test_a_speech_keeps_its_speaker_inside_its_own_quotation(arch):
    d = _doc(arch, "speech.txt")
    assert d.speaker_at(d.text.index("The tide waits")) == "Mara Ellison"


def test_spans_are_read_back_from_the_store(arch, tmp_path_factory):
    again = Archive.open(arch.path)  # a new process: everything from SQLite
    d = _doc(again, "report.txt")
    assert _words(d, "Tobias Rask") == ["Nobody on these boats wanted to stay ashore this long,"]
    assert arch.db.execute("SELECT COUNT(*) FROM report_spans").fetchone()[0] >= 4
    again.close()


def test_a_jsonl_record_can_declare_itself_a_report(tmp_path_factory):
    rec = {"id": "r1", "type": "report", "title": "Quarry plan shelved", "speaker": "Desk Editor",
           "text": 'The quarry plan was shelved on Friday.\n\n"The hill stays as it is," planning chief Odile Brun said.'}
    d = tmp_path_factory.mktemp("src")
    (d / "news.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    a = Archive.open(tmp_path_factory.mktemp("arch"))
    a.add([d], progress=False)
    doc = a.doc(a.doc_ids()[0])
    assert doc.report is not None
    assert doc.speaker_at(doc.text.index("The hill")) == "Odile Brun"
    # a declared report's narration is nobody's, whatever its Speaker field says
    assert doc.speaker_at(doc.text.index("The quarry plan")) is None


def test_without_the_extraction_step_sources_are_stored_as_their_header_says(tmp_path_factory):
    a = _build(tmp_path_factory, {"report.txt": REPORT, "bare.txt": BARE},
               ArchiveOptions(report_extraction=False))
    assert all(a.doc(i).report is None for i in a.doc_ids())
    assert a.db.execute("SELECT COUNT(*) FROM report_spans").fetchone()[0] == 0
