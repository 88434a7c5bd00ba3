"""A JSON Lines record holding mojibake is repaired as a text file is: the same article read
from a .txt file and from a corpus record must give the same quotations (a record whose
opening mark had become "â€œ" lost that quotation). Invented text."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.pipeline import iter_documents

GOOD = "The ferry is late again. “We will dredge the channel in May,” said Mara Ellison."
# the same words saved as UTF-8, read as Windows-1252 and saved again
BROKEN = GOOD.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")


def _jsonl(tmp_path, text):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"id": "r1", "title": "Ferry", "text": "Intro.\n\n" + text}) + "\n", encoding="utf-8")
    return p


@pytest.mark.parametrize("text, warned", [(BROKEN, True), (GOOD, False)])
def test_record_text_is_repaired_with_a_warning(tmp_path, text, warned):
    assert (BROKEN != GOOD) and "â€œ" in BROKEN
    (doc,) = list(iter_documents([str(_jsonl(tmp_path, text))]))
    assert doc.text == "Intro.\n\n" + GOOD
    warnings = doc.meta.get("warnings", [])
    assert bool(warnings) == warned
    if warned:
        assert warnings[0].startswith("line 1: repaired mis-decoded characters (mojibake)")


def test_the_record_and_the_text_file_give_the_same_quotations(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text("Intro.\n\n" + BROKEN, encoding="utf-8")
    outs = []
    for path in (txt, _jsonl(tmp_path, BROKEN)):
        r = CliRunner().invoke(cli, ["extract", str(path), "--no-attribute"])
        assert r.exit_code == 0, r.output
        rec = json.loads(r.stdout)
        outs.append([(q["text"], q["start"]) for q in rec["quotes"]])
        # the offsets index the repaired text, which the record carries
        assert all(rec["text"][s:s + len(t)] == t for t, s in outs[-1])
    assert outs[0] == outs[1] == [("We will dredge the channel in May,", GOOD.index("We") + len("Intro.\n\n"))]


def test_a_repaired_record_keeps_its_resume_key(tmp_path):
    # a bank mined before the repair holds the record under the hash of its unrepaired text;
    # resuming must find it there rather than mine the record a second time
    from onrecord.bank.records import document_key, key_of
    from onrecord.model import sha256_text

    path = _jsonl(tmp_path, BROKEN)
    (doc,) = list(iter_documents([str(path)]))
    raw = "Intro.\n\n" + BROKEN
    assert doc.sha256 == sha256_text("Intro.\n\n" + GOOD)
    assert key_of(doc) == document_key(doc.path, "r1", sha256_text(raw))
    (plain,) = list(iter_documents([str(_jsonl(tmp_path, GOOD))]))
    assert key_of(plain) == document_key(plain.path, "r1", plain.sha256)
