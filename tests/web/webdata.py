"""Shared data of the web tests (a plain module: ``from conftest import`` would depend on which
of the two conftest.py files Python imported first)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples"


def example_sources() -> list[tuple[str, tuple[str, bytes, str]]]:
    return [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted((EXAMPLE / "sources").glob("*.txt"))]


def article_text() -> str:
    return (EXAMPLE / "article.txt").read_text(encoding="utf-8")


# A small quote bank (written for these tests): one quotation printed four times in three forms
# (the earliest, a truncation, a word swap; one outlet credits the wrong person), a different
# quotation on the same topic, and one whose text, speaker and outlet are hostile markup.
EARLIEST = "We will reopen the ferry terminal by midsummer and keep the fares where they are"
CUT = "We will reopen the ferry terminal by midsummer"
SWAPPED = "We will reopen the ferry terminal by autumn and keep the fares where they are"
OTHER = "The ferry terminal stays shut until the inspectors sign off on the new pier"
HOSTILE = '<script>alert("q")</script> we will <img src=x onerror=alert(1)> close the ferry lanes for good'
HOSTILE_SPEAKER = "<b onmouseover=alert(3)>Mallory</b>"
HOSTILE_OUTLET = "<script>alert(2)</script> Gazette"
BANK_DOCS = [  # (published, outlet, [(quotation, speaker)])
    ("2024-05-04", "Harbour Herald", [(CUT, "Albero")]),
    ("2024-05-02", "Coast Courier", [(EARLIEST + ",", "Ines Albero")]),
    ("2024-05-09", "Evening Post", [(SWAPPED, "Ines Albero")]),
    ("2024-05-10", "Weekly Gull", [(EARLIEST, "Tomas Reyes")]),
    ("2024-06-01", "Harbour Herald", [(OTHER, "Tomas Reyes")]),
    ("2024-07-01", HOSTILE_OUTLET, [(HOSTILE, HOSTILE_SPEAKER)]),
]


def make_bank(path) -> str:
    """Write the bank above to ``path`` (a .db file); its path as a string."""
    from onrecord.bank import Bank
    from onrecord.bank.records import MinedDocument, MinedQuote, document_key

    with Bank.open(path) as b:
        for n, (published, outlet, quotes) in enumerate(BANK_DOCS):
            qs = [MinedQuote(t, 10, 10 + len(t), s, 0.9) for t, s in quotes]
            b.add([MinedDocument(key=document_key(f"news.jsonl#{n}", str(n), f"h{n}"), path=f"news.jsonl#{n}",
                                 doc_id=str(n), title=f"story {n}", published=published, outlet=outlet,
                                 sha256=f"h{n}", chars=400, quotes=qs)])
        b.recluster()
    return str(path)
