"""The calibrated speaker confidence (issue 11, round 27): the reported confidence of a named
speaker is a learned probability that the name is right, the rule's own value kept in the
evidence; ``min_probability`` withholds names below it; the array walk of the trees equals the
pure-Python one; the shipped model matches the features the code computes."""

from __future__ import annotations

from dataclasses import astuple, replace

import numpy as np
import pytest

from onrecord.attribute import _attribute_group
from onrecord.attribute.calibration import CAL_FEATURES, calibrate, load_model
from onrecord.attribute.ranker import complete_trees, score, score_rows
from onrecord.extract import extract_document
from onrecord.read import read_text
from onrecord.thresholds.attribute import CONFIDENCE, AttributeOptions
from onrecord.thresholds.learned import CALIBRATION

ARTICLE = (
    "Harbour plan approved\n\n"
    "The council approved the harbour plan on Tuesday after a long debate.\n\n"
    "\u201cThis is the best day the harbour has had in fifty years,\u201d said Mayor Ines Varga, "
    "who has led the council since 2019.\n\n"
    "Her deputy, Tobias Lund, was less sure. \u201cWe have not costed the second phase,\u201d Lund said.\n\n"
    "Residents at the meeting were divided, and several left early.\n\n"
    "\u201cIt will take years.\u201d"
)


# one name right beside its verb, one only carried over from a narration sentence, and an
# unnamed voice
MIXED = (
    "Tram vote\n\n"
    "Councillor Ada Brenner and Mayor Piet Kral met residents on Monday.\n\n"
    "Several residents spoke after them, and the clerk read the letters.\n\n"
    "\u201cWe will not give up on the tram,\u201d Kral said.\n\n"
    "The vote was postponed to March. Brenner left early.\n\n"
    "\u201cIt was a long night.\u201d\n\n"
    "\u201cWe expect a decision soon,\u201d a spokesperson for the transport board said.\n"
)


def _attributed(text: str, **opts):
    r = extract_document(read_text(text, path="calibration"))
    (art,) = _attribute_group([r], replace(AttributeOptions(), **opts))
    return [q for q in art.lay.quotes if q.kind == "speech"]


def test_named_speakers_get_a_probability_and_keep_the_rule_value_in_the_evidence():
    rule = {q.text: q.confidence for q in _attributed(ARTICLE, calibrate=False)}
    quotes = _attributed(ARTICLE)
    named = [q for q in quotes if q.speaker]
    assert {q.speaker for q in named} >= {"Ines Varga", "Tobias Lund"}
    for q in named:
        assert 0.0 <= q.confidence <= 1.0 and q.speaker_probability == q.confidence
        line = next(e for e in q.attribution_evidence if e.startswith("calibrated: p="))
        assert f"the rule's {rule[q.text]:g}" in line


def test_without_calibration_the_confidence_is_the_rules_own_value():
    values = set(astuple(CONFIDENCE))
    for q in _attributed(ARTICLE, calibrate=False):
        assert q.confidence in values
        assert not any(e.startswith("calibrated") for e in q.attribution_evidence)


def test_a_name_next_to_its_reporting_verb_is_surer_than_a_far_continuation():
    """The varied rule values said little (AUC 0.62 on the test split); the learned probability
    must still rank a plain "X said" above a quotation that only continues a speaker two
    paragraphs up."""
    by_text = {q.text: q for q in _attributed(ARTICLE)}
    said = by_text["We have not costed the second phase,"]
    assert said.speaker == "Tobias Lund"
    far = by_text["It will take years."]
    if far.speaker:  # the cascade may leave it null; if it names someone it must be less sure
        assert far.confidence < said.confidence


@pytest.mark.parametrize("floor, withheld", [(0.0, False), (1.01, True)])
def test_min_probability_withholds_names_below_it(floor, withheld):
    quotes = _attributed(ARTICLE, min_speaker_probability=floor)
    named_before = {q.text: q.speaker for q in _attributed(ARTICLE) if q.speaker}
    for q in quotes:
        if q.text not in named_before:
            continue
        if withheld:
            assert q.speaker is None and q.speakers == [] and q.speaker_description is None
            assert q.confidence == 0.0
            assert any(e.startswith(f"withheld: {named_before[q.text]}") for e in q.attribution_evidence)
        else:
            assert q.speaker == named_before[q.text]


def test_the_precise_threshold_withholds_exactly_the_names_below_it():
    probs = {q.text: q.speaker_probability for q in _attributed(MIXED) if q.speaker}
    kept = {q.text for q in _attributed(MIXED, min_speaker_probability=CALIBRATION.precise_names) if q.speaker}
    assert kept == {t for t, p in probs.items() if p >= CALIBRATION.precise_names}
    assert kept and kept != set(probs)  # one name kept, one withheld


def test_an_unnamed_speaker_keeps_the_rules_value_and_gets_no_probability():
    rule = {q.text: q.confidence for q in _attributed(MIXED, calibrate=False)}
    (voice,) = [q for q in _attributed(MIXED) if q.text.startswith("We expect")]
    assert voice.speaker is None and voice.speaker_description
    assert voice.speaker_probability is None and voice.confidence == rule[voice.text]


def test_every_rule_value_has_its_feature():
    """The calibration's rule-value indicators are frozen with the model; a value added to the
    Confidence table must be added there too (and the model retrained), or its rule would
    read as no rule at all."""
    from onrecord.attribute.calibration import RULE_LEVELS

    assert {v for v in astuple(CONFIDENCE) if v > 0} <= set(RULE_LEVELS)


def _tree(feature, threshold, left_value, right_value):
    return {"left": [1, -1, -1], "right": [2, -1, -1], "feature": [feature, -2, -2],
            "threshold": [threshold, -2.0, -2.0], "value": [0.0, left_value, right_value]}


def _deep_tree():
    # depth 2 on the left, a leaf at depth 1 on the right: the complete form pads it
    return {"left": [1, 3, -1, -1, -1], "right": [2, 4, -1, -1, -1], "feature": [0, 2, -2, -2, -2],
            "threshold": [0.5, -0.25, -2.0, -2.0, -2.0], "value": [0.0, 0.0, 0.7, -1.2, 0.4]}


def test_the_array_walk_of_the_trees_equals_the_pure_python_walk():
    model = {"type": "trees", "init": -0.3, "learning_rate": 0.5,
             "trees": [_tree(1, 0.0, -0.8, 0.9), _deep_tree(), _tree(3, 1.5, 0.2, -0.6)]}
    rng = np.random.default_rng(11)
    xs = rng.normal(size=(200, 4)).tolist()
    want = [score(model, x) for x in xs]
    assert score_rows(model, xs) == pytest.approx(want, abs=1e-12)
    feat, thr, val = complete_trees(model["trees"])
    assert feat.shape == (3, 3) and val.shape == (3, 4)  # every tree padded to depth 2
    assert np.isinf(thr[0, 1]) or np.isinf(thr[1, 2])  # a padded leaf always goes left


def test_the_shipped_model_matches_the_features_and_was_scaled_on_unseen_sets():
    model = load_model()
    assert tuple(model["features"]) == CAL_FEATURES
    assert model["scaled_on"] and not set(model["scaled_on"]) & set(model["trained_on"])
    assert all(max(t["feature"]) < len(CAL_FEATURES) for t in model["trees"])


def test_calibration_of_an_article_without_names_changes_nothing():
    text = "Quiet day\n\n\u201cNo comment,\u201d a spokesperson for the office said on Tuesday."
    quotes = _attributed(text, calibrate=False)
    before = [(q.speaker, q.confidence) for q in quotes]
    r = extract_document(read_text(text, path="calibration"))
    (art,) = _attribute_group([r], replace(AttributeOptions(), calibrate=False))
    calibrate(art.lay, art.ents.entities)
    assert before and [(q.speaker, q.confidence) for q in art.lay.quotes if q.kind == "speech"] == before


def test_the_ranker_scores_many_quotations_as_it_scores_each():
    """quote_rows scores an article's candidates in one pass (probabilities_many): the same
    probabilities as one quotation at a time."""
    from onrecord.attribute.ranker import article_candidates, load_model as load_ranker, probabilities, probabilities_many

    r = extract_document(read_text(ARTICLE, path="calibration"))
    (art,) = _attribute_group([r], replace(AttributeOptions(), calibrate=False))
    groups = [[c.x for c in cs] for cs in article_candidates(art.lay, art.ents.entities).values()]
    assert len(groups) >= 2
    many = probabilities_many(load_ranker(), groups)
    for xs, got in zip(groups, many):
        assert got == pytest.approx(probabilities(load_ranker(), xs), abs=1e-12)


def _calibrate_script():
    import importlib.util
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parents[2] / "eval" / "real" / "attribution"
    sys.path.insert(0, str(here))  # calibrate.py imports train_ranker from its folder
    try:
        spec = importlib.util.spec_from_file_location("calibrate", here / "calibrate.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(here))
    return mod


def test_the_exported_trees_carry_the_platt_scaling():
    """calibrate.export folds P = sigmoid(a z + b) into the trees' start value and learning
    rate: the shipped model scores what the fitted trees and the scaling give together."""
    from sklearn.base import clone

    cal = _calibrate_script()
    rng = np.random.default_rng(5)
    n = len(CAL_FEATURES)
    X = rng.normal(size=(400, n))
    y = (X[:, 0] - X[:, 5] + rng.normal(scale=0.7, size=400) > 0).astype(int)
    rows = [{"article": str(i // 4), "x": list(X[i]), "y": int(y[i])} for i in range(300)]
    held = [{"article": "h", "x": list(X[i]), "y": int(y[i])} for i in range(300, 400)]
    est = cal.models()["trees 100x2"]
    model = cal.export(est, rows, held)
    fitted = clone(est).fit(X[:300], y[:300])
    a, b = model["platt"]
    assert a != 1.0 or b != 0.0
    z = cal.logit(fitted.predict_proba(X[300:])[:, 1])
    want = 1 / (1 + np.exp(-(a * z + b)))
    got = np.array(score_rows(model, [list(x) for x in X[300:]]))
    assert np.max(np.abs(want - got)) < 1e-6


def test_the_calibration_reads_its_own_frozen_ranker(monkeypatch):
    """The calibration was trained on one ranker's probabilities; it reads that ranker from
    its own file (calibration_ranker_model.json), so retraining ranker_model.json (round 54)
    leaves every calibrated probability where it was."""
    from onrecord.attribute import calibration, ranker

    seen = []
    real = ranker.load_model

    def spy(path: str = str(ranker.MODEL_PATH)):
        seen.append(path)
        return real(path)

    monkeypatch.setattr(calibration, "load_ranker", spy)
    quotes = _attributed(ARTICLE, calibrate=True)
    assert any(q.speaker for q in quotes)
    assert seen and set(seen) == {str(calibration.RANKER_PATH)}
    assert calibration.RANKER_PATH != ranker.MODEL_PATH
