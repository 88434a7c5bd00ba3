"""The parser's share of attribution is bounded (issue 10: a 20 MB one-line input must finish):
sentences are parsed once however many quotations they hold, streamed through the parser a
batch at a time, and past the article's parse budget the quotations keep their string-level
speakers, with one warning line for the document, not one per quotation."""

from __future__ import annotations

from dataclasses import replace

import pytest

import onrecord.attribute as attribute
from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.model import Document
from onrecord.options import Options
from onrecord.pipeline import extract
from onrecord.thresholds.attribute import AttributeOptions

pytest.importorskip("spacy")

# Each needs the parser: the reporting verb sits far from the words, after a relative clause.
NEEDS_PARSE = [
    "Mara Ellison, who runs the harbour, later warned reporters that the pier was “a disgrace to the town”.",
    "Tomas Brandt, who chairs the ferry board, insisted in a letter that the timetable would “never be kept”.",
]


def _run(text: str, **opt: int):
    r = extract_document(Document(text=text, path="t.txt"))
    attribute_results([r], AttributeOptions(**opt))
    return r


def test_within_budget_every_sentence_is_parsed():
    r = _run("Headline\n\n" + " ".join(NEEDS_PARSE))
    assert r.stats["attribution_parsed_sentences"] == 2
    assert "attribution_unparsed_sentences" not in r.stats
    assert [q.speaker for q in r.quotes] == ["Mara Ellison", "Tomas Brandt"]
    assert r.quotes[1].attribution_evidence[0].startswith("parse:")


def test_past_the_budget_the_rest_keeps_string_level_speakers():
    text = "Headline\n\n" + " ".join(NEEDS_PARSE)
    first = len(NEEDS_PARSE[0])
    r = _run(text, parse_budget_chars=first + 10)  # room for the first sentence only
    assert r.stats["attribution_parsed_sentences"] == 1
    assert r.stats["attribution_unparsed_sentences"] == 1
    q1, q2 = r.quotes
    assert q1.speaker == "Mara Ellison" and q1.attribution_evidence[0].startswith("parse:")
    # the second one is not dropped: the string rules give it the previous speaker, and its
    # evidence says why the parser did not see it
    assert q2.speaker == "Mara Ellison"
    assert "over the parse budget" in q2.attribution_evidence[0]


def test_a_sentence_longer_than_the_limit_is_not_parsed():
    r = _run("Headline\n\n" + NEEDS_PARSE[0], parse_max_sentence_chars=40)
    assert r.stats["attribution_parsed_sentences"] == 0
    assert r.stats["attribution_unparsed_sentences"] == 1
    assert r.quotes[0].speaker is None  # nobody before it to continue


def test_two_quotations_of_one_sentence_share_one_parse():
    r = _run("Headline\n\nMara Ellison, who runs the harbour, later warned that the pier was "
             "“a disgrace” and the ferry “a scandal”.")
    assert len(r.quotes) == 2
    assert r.stats["attribution_parsed_sentences"] == 1
    assert [q.speaker for q in r.quotes] == ["Mara Ellison", "Mara Ellison"]


def test_a_huge_input_is_parsed_in_bounded_batches(monkeypatch):
    """200 parse-needing sentences, batch size 8: when each Doc is handed over, the parser has
    drawn at most a couple of batches of text beyond it (the old list(nlp.pipe(...)) drew and
    kept every Doc of the input first)."""
    real = attribute.parse_iter
    lag: list[int] = []

    def spy(texts, batch_size=64):
        drawn = [0]

        def counting():
            for t in texts:
                drawn[0] += 1
                yield t

        for i, doc in enumerate(real(counting(), batch_size=batch_size)):
            lag.append(drawn[0] - i)
            yield doc

    monkeypatch.setattr(attribute, "parse_iter", spy)
    body = " ".join(NEEDS_PARSE[i % 2].replace("the town", f"the town {i}") for i in range(200))
    r = _run("Headline\n\n" + body, batch_size=8)
    assert r.stats["attribution_parsed_sentences"] == 200
    assert len(lag) == 200
    assert max(lag) <= 3 * 8


def test_the_cli_pipeline_says_it_once_per_document(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text("Headline\n\n" + " ".join(NEEDS_PARSE * 3), encoding="utf-8")

    class Sink:
        def __init__(self):
            self.warnings: list[tuple[str, str]] = []

        def stage(self, message):
            pass

        def count(self, done, total, what):
            pass

        def warn(self, where, message):
            self.warnings.append((where, message))

    sink = Sink()
    opts = replace(Options(), attribute=AttributeOptions(parse_budget_chars=len(NEEDS_PARSE[0]) + 10))
    (r,) = list(extract([str(f)], options=opts, status=sink))
    budget = [w for w in sink.warnings if "parse budget" in w[1]]
    assert len(budget) == 1
    assert budget[0][0].endswith("long.txt")
    assert "5 sentences" in budget[0][1]
    assert all(q.speaker for q in r.quotes)


def test_a_nested_quotation_spends_no_budget_a_needed_parse_wants():
    """review24 (round 35): a nested quotation whose string cue already stood was queued for the
    parse to look for its own reporter (inner_quote.py), in text order, and spent the budget the
    next sentence's parse needed: "X, who …, warned that “…”" fell to the previous speaker."""
    nested = "Rhea Tannen said: “Vance told us the pier was her ‘safety net’.”"
    r = _run("Headline\n\n" + nested + " " + NEEDS_PARSE[0], parse_budget_chars=len(NEEDS_PARSE[0]) + 10)
    outer = [q for q in r.quotes if not q.nested]
    assert [q.speaker for q in outer] == ["Rhea Tannen", "Mara Ellison"]
    assert outer[1].attribution_evidence[0].startswith("parse:")
