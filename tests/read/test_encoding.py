"""Text as it arrives in newsrooms (issue 17): Latin-1, Windows-1252 and UTF-16 files are read
with a one-line warning naming the encoding (they used to stop with "not valid UTF-8"), mojibake
is repaired with a warning and never becomes a speaker's name, and offsets index the text
onrecord reports (which travels with the results)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord import pipeline
from onrecord.cli import cli
from onrecord.errors import BinaryInput, DecodeFailure
from onrecord.read import read_path
from onrecord.read.encoding import decode_bytes

FRENCH = "Mélanie Durand, maire de Rødby, a dit : « Nous sommes prêts à tout. »\n"
CURLY = "The councillor said \u201cwe don\u2019t have the money\u201d \u2013 and left the room.\n"


@pytest.mark.parametrize("text, data, named", [
    (FRENCH, FRENCH.encode("latin-1"), "Latin-1 (ISO-8859-1)"),
    (CURLY, CURLY.encode("cp1252"), "Windows-1252"),
    (CURLY, CURLY.encode("utf-16"), "UTF-16"),
    (FRENCH, FRENCH.encode("utf-16-be").join([b"\xfe\xff", b""]), "UTF-16"),
], ids=["latin-1", "windows-1252", "utf-16-le-bom", "utf-16-be-bom"])
def test_legacy_encodings_are_read_and_named(tmp_path, text, data, named):
    p = tmp_path / "article.txt"
    p.write_bytes(data)
    (doc,) = read_path(str(p))
    assert doc.text == text
    assert doc.meta["warnings"] == [f"not UTF-8: read as {named} ({'byte-order mark' if 'UTF-16' in named else 'detected'})"]
    assert doc.reader == "text-recoded"  # not the file's bytes: the text travels with the results


def test_utf8_is_untouched(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text("\ufeff" + CURLY + "\x85 kept", encoding="utf-8")
    (doc,) = read_path(str(p))
    assert doc.text == "\ufeff" + CURLY + "\x85 kept" and doc.reader == "text" and "warnings" not in doc.meta


@pytest.mark.parametrize("broken, fixed", [
    ("MÃ©lanie Durand", "Mélanie Durand"),
    ("I donâ€™t know", "I don\u2019t know"),
    ("â€œWe are readyâ€\x9d", "\u201cWe are ready\u201d"),
])
def test_mojibake_is_repaired_with_a_warning(broken, fixed):
    d = decode_bytes(f"She said: {broken}.".encode("utf-8"), "x.txt")
    assert d.text == f"She said: {fixed}."
    assert len(d.warnings) == 1 and "mojibake" in d.warnings[0] and "→" in d.warnings[0]


def test_undecodable_utf16_and_binary_still_fail(tmp_path):
    with pytest.raises(DecodeFailure, match="not valid UTF-16"):
        decode_bytes(b"\xff\xfe" + b"\x00\xd8a\x00", "x.txt")  # a lone surrogate
    with pytest.raises(BinaryInput, match="NUL byte"):
        decode_bytes(b"abc\x00def", "x.txt")


def test_jsonl_in_windows_1252_warns_once_per_file(tmp_path, monkeypatch):
    p = tmp_path / "dump.jsonl"
    recs = [{"id": str(i), "title": "T", "text": f"Anna said \u201cnumber {i}\u201d today."} for i in range(3)]
    p.write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in recs).encode("cp1252"))
    r = CliRunner().invoke(cli, ["extract", str(p), "--no-attribute"])
    assert r.exit_code == 0
    assert [l for l in r.stderr.splitlines() if l.startswith("Warning:")] == [
        f"Warning: {p}: not UTF-8: read as Windows-1252 (detected)"]
    out = [json.loads(l) for l in r.stdout.splitlines()]
    assert [q["text"] for rec in out for q in rec["quotes"]] == [f"number {i}" for i in range(3)]


def test_offsets_index_the_reported_text_of_a_recoded_article(tmp_path):
    text = ("Tram plans\n\nThe mayor, Åsa Lindqvist, said \u201cthe line will open in 2027\u201d. "
            "Her deputy was blunter: \u201cIt is late, and it is expensive.\u201d\n")
    p = tmp_path / "tram.txt"
    p.write_bytes(text.encode("cp1252"))
    r = CliRunner().invoke(cli, ["extract", str(p), "--no-attribute", "--format", "jsonl"])
    rec = json.loads(r.stdout)
    assert rec["text"] == text
    assert [rec["text"][q["start"]:q["end"]] for q in rec["quotes"]] == [q["text"] for q in rec["quotes"]]
    assert len(rec["quotes"]) == 2


def _misdecoded(text: str) -> str:
    """What a system that read UTF-8 as Windows-1252 saves (bytes 1252 leaves undefined kept)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_mojibake_name_is_repaired_before_attribution(tmp_path):
    article = ("Council backs the tram\n\n"
               "\u201cWe will build the first section by 2027,\u201d said Mélanie Durand, the mayor. "
               "The council voted in favour on Tuesday.\n")
    p = tmp_path / "tram.txt"
    p.write_text(_misdecoded(article), encoding="utf-8")  # UTF-8 once read as Windows-1252, saved
    (res,) = list(pipeline.extract([str(p)]))
    assert res.document.text == article
    (q,) = [q for q in res.quotes if q.kind == "speech"]
    assert q.speaker == "Mélanie Durand"
    assert res.document.text[q.start:q.end] == q.text
