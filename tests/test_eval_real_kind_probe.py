"""The round-54 kind-model probe's new features (eval/real/attribution/probe_kind_model54.py,
lane kindmodel54): measured out of fold and not shipped, but each read is checked here on
sentences written for this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "real" / "attribution"))
probe = pytest.importorskip("probe_kind_model54")

TEXT = ("The mayor said “we will not close the pool” on Monday, and called the plan a “dead end”. "
        "Critics read her book “Water Rights” twice.\n"
        "She wants to “keep the lights on for everyone who still swims here”.")


def _row(quote: str, kind: str, speaker: str | None = None, aev: tuple[str, ...] = ()) -> dict:
    s = TEXT.index(quote)
    return dict(id="a", start=s, end=s + len(quote), kind=kind, speaker=speaker, aev=list(aev))


ARTS = {"a": (TEXT, [(TEXT.index(q), TEXT.index(q) + len(q), k, sp) for q, k, sp in (
    ("we will not close the pool", "speech", "Ann Lee"), ("dead end", "scare", None),
    ("Water Rights", "title", None), ("keep the lights on for everyone who still swims here", "speech", None))])}


def _feats(row: dict) -> dict[str, bool]:
    return dict(zip(probe.NEW_FEATURES, probe.new_features(ARTS, row)))


def test_names_match_the_values():
    assert len(probe.NEW_FEATURES) == len(probe.new_features(ARTS, _row("dead end", "scare")))


@pytest.mark.parametrize("quote, kind, speaker, aev, on, off", [
    ("we will not close the pool", "speech", "Ann Lee", ("string: X said … “…”",),
     {"in_pron12", "in_aux", "before_report_verb", "credit_string", "speaker_named", "words_5_6"},
     {"in_clause", "before_title_noun", "credit_parse", "credit_none", "words_7plus"}),
    ("dead end", "scare", None, (), {"sentence_named_speech"}, {"in_pron12", "speaker_named", "words_5_6"}),
    ("Water Rights", "title", None, (), {"before_title_noun"}, {"sentence_named_speech", "after_comma_close"}),
    ("dead end", "scare", None, (), {"after_comma_close"}, {"in_aux", "credit_string"}),
    ("keep the lights on for everyone who still swims here", "speech", None,
     ("continues the speaker of the previous sentence",),
     {"credit_continues", "words_7plus", "before_to_that", "after_comma_close"}, {"credit_string", "speaker_named"}),
    ("keep the lights on for everyone who still swims here", "speech", None, ("last speaker of the article (weak)",),
     {"credit_last_speaker"}, {"credit_continues"}),
    ("keep the lights on for everyone who still swims here", "speech", None, ("no speaker found",),
     {"credit_none"}, {"credit_parse"}),
])
def test_each_feature_reads_its_construct(quote, kind, speaker, aev, on, off):
    got = _feats(_row(quote, kind, speaker, aev))
    assert {k for k in on if not got[k]} == set()
    assert {k for k in off if got[k]} == set()


def test_sentence_speaker_is_another_named_speech_quotation_of_the_sentence():
    assert probe.sentence_speaker(ARTS, _row("dead end", "scare")) == "Ann Lee"
    assert probe.sentence_speaker(ARTS, _row("Water Rights", "title")) is None
    # the quotation itself does not count
    assert probe.sentence_speaker(ARTS, _row("we will not close the pool", "speech", "Ann Lee")) is None
