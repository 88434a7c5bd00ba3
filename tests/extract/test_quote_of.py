"""extract._quote_of builds each Quote with positional arguments (issue 16: keywords cost a
third of its construction), so it depends on the order of Quote's first fields."""

from dataclasses import fields

from onrecord.extract import extract_quotes
from onrecord.model import Quote


def test_quote_fields_keep_the_order_quote_of_passes():
    names = [f.name for f in fields(Quote)][:11]
    assert names == ["text", "start", "end", "kind", "open_mark", "close_mark", "flagged", "kind_evidence",
                     "recovered", "paragraphs", "nested"]


def test_a_quotation_carries_its_marks_and_flags():
    text = 'She said ``it is over\'\' and left. He called it \u201cdone\u201d* today.\n\n\u201cA new start'
    got = [(q.text, q.open_mark, q.close_mark, q.flagged, q.recovered, q.paragraphs, q.nested)
           for q in extract_quotes(text)]
    assert got == [
        ("it is over", "``", "''", False, False, 1, False),
        ("done", "\u201c", "\u201d", True, False, 1, False),
        ("A new start", "\u201c", "", False, True, 1, False),
    ]
