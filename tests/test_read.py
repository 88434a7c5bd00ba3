"""Readers: each input type becomes a Document whose text is what offsets index, and every bad
input raises the right InputError leaf with a message naming the input and the reason."""

from __future__ import annotations

import io
import json

import httpx
import pytest

from onrecord.errors import (
    BinaryInput,
    CorruptInput,
    EmptyDocument,
    FetchFailure,
    InputTooLarge,
    MalformedRecord,
    MissingInput,
    NotAFile,
    UnsupportedFormat,
)
from onrecord.read import parse_header, read_path, read_text
from onrecord.thresholds.read import ReadOptions

ARTICLE_HTML = """<html><head><title>Harbour vote</title>
<meta name="author" content="Lydia Crane">
<meta property="article:published_time" content="2024-03-02T09:00:00Z">
<meta property="og:site_name" content="Port Anselm Gazette"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Harbour vote</h1>
<p>The mayor said the decision was overdue. \u201cEvery year we wait, the silt wins,\u201d she said
at the council meeting on Monday night, before the vote on the dredging programme.</p>
<p>Councillor Rupert Okafor, who led the opposition, called the plan \u201ca bet placed with somebody
else\u2019s money\u201d and said he would keep fighting the project in the months ahead.</p>
</article><footer>Copyright Gazette</footer></body></html>"""


# ------------------------------------------------------------------------------ plain text

def test_text_keeps_crlf_and_bom_like_open_newline_empty(tmp_path):
    raw = "\ufeffHeadline\r\n\r\nShe said \u201cyes\u201d.\r\n"
    p = tmp_path / "a.txt"
    p.write_bytes(raw.encode("utf-8"))
    (doc,) = read_path(str(p))
    with open(p, encoding="utf-8", newline="") as fh:
        assert doc.text == fh.read()
    i = doc.text.index("yes")
    assert doc.text[i : i + 3] == "yes"
    assert doc.path == str(p) and doc.reader == "text" and len(doc.sha256) == 64


def test_source_header_fills_document(tmp_path):
    text = (
        "Title: Press briefing on the harbour project\nSpeaker: Mara Ellison\nDate: 2024-03-02\n"
        "Outlet: City Hall press office\n\nWe will dredge now.\n"
    )
    p = tmp_path / "s.txt"
    p.write_text(text, encoding="utf-8")
    (doc,) = read_path(str(p))
    assert doc.title == "Press briefing on the harbour project"
    assert doc.speakers == ["Mara Ellison"]
    assert doc.published == "2024-03-02"
    assert doc.outlet == "City Hall press office"
    assert doc.text[doc.body_offset :] == "We will dredge now.\n"
    assert doc.text == text  # the header stays in the text: offsets index the whole file


def test_transcript_header_speakers_split_on_semicolons():
    fields, offset = parse_header("Title: Forum\nSpeakers: Corwin Ashby; Tamsin Wexley\n\nCORWIN ASHBY: Hi.")
    assert fields["speakers"] == ["Corwin Ashby", "Tamsin Wexley"]
    assert offset == len("Title: Forum\nSpeakers: Corwin Ashby; Tamsin Wexley\n\n")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor: \u2018We will not close it\u2019\n\nThe mayor said...",  # a headline, not a header
        "Title: no blank line after the block and so no body",
        "Headline\nTitle: late\n\nbody",
        "\n\nbody",
    ],
)
def test_not_a_header(text):
    assert parse_header(text) == ({}, 0)


def test_read_text_api_and_published():
    doc = read_text("She said \u201cno\u201d.", published="2024-05-01")
    assert doc.path == "<text>" and doc.published == "2024-05-01"


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("From stdin \u201cquoted\u201d.\n".encode())))
    (doc,) = read_path("-")
    assert doc.path == "<stdin>" and "quoted" in doc.text and doc.reader == "stdin"


# ------------------------------------------------------------------------------ bad inputs

def test_missing_file(tmp_path):
    with pytest.raises(MissingInput, match=r"nope\.txt: no such file"):
        read_path(str(tmp_path / "nope.txt"))


def test_directory(tmp_path):
    with pytest.raises(NotAFile, match="is a directory"):
        read_path(str(tmp_path))


def test_binary_nul(tmp_path):
    p = tmp_path / "b.txt"
    p.write_bytes(b"abc\x00def")
    with pytest.raises(BinaryInput, match=r"b\.txt: binary file \(NUL byte at byte offset 3\)"):
        read_path(str(p))


def test_pdf_renamed_txt_says_what_it_is(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(BinaryInput, match="a PDF"):
        read_path(str(p))




@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty(tmp_path, content):
    p = tmp_path / "e.txt"
    p.write_bytes(content)
    with pytest.raises(EmptyDocument, match=r"e\.txt: empty document"):
        read_path(str(p))


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("x" * 100, encoding="utf-8")
    with pytest.raises(InputTooLarge, match=r"big\.txt: too large \(100 bytes; the limit is 10\)"):
        read_path(str(p), ReadOptions(max_input_bytes=10))


def test_unsupported_type(tmp_path):
    p = tmp_path / "sheet.xlsx"
    p.write_bytes(b"data")
    with pytest.raises(UnsupportedFormat, match=r"unsupported file type '\.xlsx'; onrecord reads text"):
        read_path(str(p))


# ------------------------------------------------------------------------------------ HTML

def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "story.html"
    p.write_text(ARTICLE_HTML, encoding="utf-8")
    (doc,) = read_path(str(p))
    assert doc.reader == "html"
    assert doc.title == "Harbour vote"
    assert doc.author == "Lydia Crane"
    assert doc.published == "2024-03-02"
    assert doc.outlet == "Port Anselm Gazette"
    assert "Every year we wait, the silt wins," in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text  # boilerplate removed
    # paragraphs are separated by a blank line, as in plain-text articles
    assert "\n\nCouncillor Rupert Okafor" in doc.text


def test_html_without_main_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    with pytest.raises(EmptyDocument, match=r"empty\.html: empty document \(no main text"):
        read_path(str(p))


# ------------------------------------------------------------------------------ JSON Lines

def test_jsonl_one_document_per_record(tmp_path):
    p = tmp_path / "recs.jsonl"
    recs = [
        {"id": "a1", "title": "One", "date": "2024-01-02", "text": "She said \u201cone\u201d.", "speaker": "Ann Lee"},
        {"id": "a2", "title": "Two", "date": "2024-01-03", "text": "He said \u201ctwo\u201d."},
    ]
    p.write_text("\n".join(json.dumps(r) for r in recs) + "\n\n", encoding="utf-8")
    docs = read_path(str(p))
    assert [d.path for d in docs] == [f"{p}#a1", f"{p}#a2"]
    assert [d.published for d in docs] == ["2024-01-02", "2024-01-03"]
    assert docs[0].speakers == ["Ann Lee"] and docs[0].reader == "jsonl" and docs[0].doc_id == "a1"
    assert docs[1].text == recs[1]["text"]


def test_jsonl_raw_line_separator_inside_a_string(tmp_path):
    p = tmp_path / "u2028.jsonl"
    rec = {"id": "x", "text": "First\u2028second \u201cquote\u201d\u0085end"}
    p.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = read_path(str(p))
    assert doc.text == rec["text"]


def test_jsonl_malformed_line_number(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "1", "text": "ok"}\n{"id": "2", "text": \n', encoding="utf-8")
    with pytest.raises(MalformedRecord, match=r"bad\.jsonl: line 2: not valid JSON"):
        read_path(str(p))


def test_jsonl_record_without_text(tmp_path):
    p = tmp_path / "notext.jsonl"
    p.write_text('{"id": "1", "body": "x"}\n', encoding="utf-8")
    with pytest.raises(MalformedRecord, match=r'line 1: record has no "text" string'):
        read_path(str(p))


def test_jsonl_empty_record_text(tmp_path):
    p = tmp_path / "blank.jsonl"
    p.write_text('{"id": "r9", "text": "  "}\n', encoding="utf-8")
    with pytest.raises(EmptyDocument, match=r'line 1: empty document \(record "r9"'):
        read_path(str(p))


# ------------------------------------------------------------------------------------ WARC

def _write_warc(path, records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for uri, ctype, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(rec)


def test_warc_html_responses_only(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    _write_warc(
        p,
        [
            ("https://news.example/harbour", "text/html; charset=utf-8", ARTICLE_HTML.encode()),
            ("https://news.example/logo.png", "image/png", b"\x89PNG...."),
        ],
    )
    docs = read_path(str(p))
    assert len(docs) == 1
    assert docs[0].path == f"{p}#https://news.example/harbour"
    assert docs[0].reader == "warc" and "the silt wins" in docs[0].text


def test_warc_without_html(tmp_path):
    p = tmp_path / "img.warc"
    _write_warc(p, [("https://x.example/a.png", "image/png", b"\x89PNG....")])
    with pytest.raises(EmptyDocument, match=r"img\.warc: empty document \(no HTML responses"):
        read_path(str(p))


def test_corrupt_warc(tmp_path):
    p = tmp_path / "junk.warc"
    p.write_bytes(b"this is not a warc file at all\n" * 5)
    with pytest.raises(CorruptInput, match=r"junk\.warc: not a readable WARC file"):
        read_path(str(p))


# ------------------------------------------------------------------------------------- URL

def _mock(monkeypatch, handler):
    import onrecord.read.url as url

    monkeypatch.setattr(url, "TRANSPORT", httpx.MockTransport(handler))


def test_url_html(monkeypatch):
    _mock(monkeypatch, lambda req: httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, content=ARTICLE_HTML.encode()))
    (doc,) = read_path("https://news.example/harbour")
    assert doc.reader == "url" and doc.path == "https://news.example/harbour"
    assert "the silt wins" in doc.text and doc.title == "Harbour vote"


def test_url_plain_text(monkeypatch):
    _mock(monkeypatch, lambda req: httpx.Response(200, headers={"content-type": "text/plain"}, content="Plain \u201cwords\u201d.".encode()))
    (doc,) = read_path("http://example.org/t.txt")
    assert doc.text == "Plain \u201cwords\u201d."


def test_url_http_error(monkeypatch):
    _mock(monkeypatch, lambda req: httpx.Response(404))
    with pytest.raises(FetchFailure, match=r"https://example.org/x: HTTP 404"):
        read_path("https://example.org/x")


def test_url_wrong_content_type(monkeypatch):
    _mock(monkeypatch, lambda req: httpx.Response(200, headers={"content-type": "application/pdf"}, content=b"%PDF"))
    with pytest.raises(FetchFailure, match="unsupported content type application/pdf"):
        read_path("https://example.org/x.pdf")


def test_url_size_cap(monkeypatch):
    _mock(monkeypatch, lambda req: httpx.Response(200, headers={"content-type": "text/plain"}, content=b"x" * 5000))
    with pytest.raises(InputTooLarge, match="too large"):
        read_path("https://example.org/big", ReadOptions(max_url_bytes=1000))


def test_url_unreachable(monkeypatch):
    def refuse(req):
        raise httpx.ConnectError("Name or service not known", request=req)

    _mock(monkeypatch, refuse)
    with pytest.raises(FetchFailure, match=r"https://nowhere.invalid/: unreachable"):
        read_path("https://nowhere.invalid/")


def test_url_network_is_blocked_in_tests():
    # the conftest guard: a real fetch fails as "unreachable", it never leaves the machine
    with pytest.raises(FetchFailure, match="unreachable"):
        read_path("http://203.0.113.1/", ReadOptions(url_timeout=2))


# ------------------------------------------------------------------------------------- PDF

def _write_pdf(path, text: str | None):
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    page = w.add_blank_page(612, 792)
    if text is not None:
        font = DictionaryObject(
            {NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
             NameObject("/BaseFont"): NameObject("/Helvetica")}
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): w._add_object(font)})}
        )
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 72 700 Td ({text}) Tj ET".encode("latin-1"))
        page[NameObject("/Contents")] = w._add_object(stream)
    w.add_metadata({"/Title": "Harbour briefing", "/CreationDate": "D:20240302120000"})
    w.write(str(path))


def test_pdf_text_layer(tmp_path):
    p = tmp_path / "brief.pdf"
    _write_pdf(p, "We will dredge now, she said.")
    (doc,) = read_path(str(p))
    if not doc.text.strip():  # pragma: no cover - depends on pypdf's text extraction
        pytest.skip("pypdf produced no text for the generated page")
    assert "We will dredge now" in doc.text
    assert doc.title == "Harbour briefing" and doc.published == "2024-03-02" and doc.reader == "pdf"


def test_pdf_without_text_layer(tmp_path):
    p = tmp_path / "scan.pdf"
    _write_pdf(p, None)
    with pytest.raises(EmptyDocument, match=r"scan\.pdf: empty document \(no text layer"):
        read_path(str(p))


def test_corrupt_pdf(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.7\nnot really a pdf")
    with pytest.raises(CorruptInput, match=r"broken\.pdf: not a readable PDF"):
        read_path(str(p))
