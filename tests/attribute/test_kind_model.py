"""The learned kind model (issue 11, round 17, lane kindmodel): its features on sentences
written for this test, its pure-Python scoring, the decision under its threshold, and the
option that keeps it off by default."""

from __future__ import annotations

from dataclasses import replace

from onrecord.attribute import attribute_results
from onrecord.attribute.kind_features import FEATURES, kind_features, normal
from onrecord.attribute.kind_model import decide, load_model, probabilities, retype_fragments
from onrecord.extract import extract_document
from onrecord.read import read_text
from onrecord.thresholds.attribute import AttributeOptions
from onrecord.thresholds.learned import KIND_MODEL, KindModelThresholds

TEXT = ("Harbour plan stalls\n\nEngineers use the term \u201cslack tide\u201d for the still water. "
        "The council's \u201cgreen\u201d budget drew a sigh.")


def _feat(name: str, row: list[float]) -> float:
    return row[FEATURES.index(name)]


def test_features_read_the_words_around_the_marks():
    start = TEXT.index("\u201cslack")
    end = TEXT.index("\u201d for") + 1
    row = kind_features(TEXT, start, end, "term", ["2-word fragment credited to nobody"], [normal(TEXT[start:end])])
    assert len(row) == len(FEATURES)
    assert _feat("before_wording_noun", row) == 1.0 and _feat("words_2", row) == 1.0
    assert _feat("kind_term", row) == 1.0 and _feat("after_lower_word", row) == 1.0
    assert _feat("ev_credited_to_nobody", row) == 1.0 and _feat("ev_-word_fragment", row) == 1.0
    g = TEXT.index("\u201cgreen")
    row2 = kind_features(TEXT, g, g + 7, "scare", [], [])
    assert _feat("before_wording_noun", row2) == 0.0 and _feat("words_1", row2) == 1.0
    assert _feat("all_lower", row2) == 1.0


def test_scoring_is_a_distribution_over_the_trained_kinds():
    model = load_model()
    assert model["classes"] == ["scare", "term", "speech"]
    p = probabilities(model, [0.0] * len(FEATURES))
    assert abs(sum(p.values()) - 1.0) < 1e-9


def test_decision_retypes_only_scare_and_term_above_the_threshold():
    assert decide({"scare": 0.1, "term": 0.8, "speech": 0.1}, "scare") == "term"
    assert decide({"scare": 0.3, "term": 0.6, "speech": 0.1}, "scare") is None
    assert decide({"scare": 0.05, "term": 0.15, "speech": 0.8}, "term") is None  # never to speech
    assert decide({"scare": 0.8, "term": 0.1, "speech": 0.1}, "scare") is None
    assert decide({"scare": 0.1, "term": 0.6, "speech": 0.3}, "scare", KindModelThresholds(min_prob=0.5)) == "term"
    assert KIND_MODEL.min_prob == 0.7


def test_off_by_default_and_retyping_keeps_speech_untouched():
    assert AttributeOptions().use_kind_model is False
    r = extract_document(read_text(TEXT, path="kindmodel"))
    attribute_results([r], replace(AttributeOptions(), use_kind_model=True))
    kinds = [q.kind for q in r.quotes]
    assert set(kinds) <= {"scare", "term", "speech", "title"}
    before = [(q.kind, list(q.kind_evidence)) for q in r.quotes]
    retype_fragments(r.document.text, r.quotes, KindModelThresholds(min_prob=1.01))
    assert [(q.kind, q.kind_evidence) for q in r.quotes] == before  # nothing reaches p > 1


def test_model_file_was_trained_on_tuning_sets_only():
    # round 54 (lane kindmodel54) retrained it on the eleven tuning sets; a confirmation set
    # (test, held, fresh6-13, fresh16, fresh19, fresh20) in this list would make it a tuning set
    trained = set(load_model()["trained_on"])
    tuning = {"gold-tune", "gold-ext", "judged-fresh", "gold-fresh2", "gold-fresh3", "gold-fresh4", "gold-fresh5",
              "gold-fresh14", "gold-fresh15", "gold-fresh17", "gold-fresh18"}
    assert trained == tuning
