"""pypdf's own warnings never reach stderr (issue 10: messages are one line): a PDF with a
wrong xref table made pypdf print "incorrect startxref pointer(1)" and "parsing for Object
Streams" around onrecord's output. They are kept with the document instead."""

from __future__ import annotations

from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.read import read_path


def _pdf(path, text: str) -> None:
    """A one-page PDF whose xref offsets and startxref pointer are off (built by hand)."""
    stream = f"BT /F1 12 Tf 10 100 Td ({text}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % (o + 7)  # wrong on purpose
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref + 3)
    path.write_bytes(bytes(out))


def test_pypdf_warnings_are_kept_not_printed(tmp_path, capfd):
    p = tmp_path / "notice.pdf"
    _pdf(p, "The ferry leaves at noon.")
    (doc,) = read_path(str(p))
    assert "The ferry leaves at noon." in doc.text
    assert doc.meta.get("reader_warnings")
    assert capfd.readouterr().err == ""
    r = CliRunner().invoke(cli, ["extract", str(p), "--no-attribute"])
    assert r.exit_code == 0 and r.stderr == ""
