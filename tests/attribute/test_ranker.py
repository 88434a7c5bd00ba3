"""The learned speaker ranker (issue 11): features on a small article written for this test,
its candidates never named only inside a quotation, its pure-Python scoring equal to the
trained scikit-learn model, and the decision rules of its thresholds."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from onrecord.attribute import _attribute_group, attribute_results
from onrecord.attribute.features import FEATURES, INDEX, NULL, Candidate
from onrecord.attribute.entities import Entity
from onrecord.attribute.mentions import Mention
from onrecord.attribute.ranker import article_candidates, decide, load_model, probabilities, rerank, score
from onrecord.extract import extract_document
from onrecord.read import read_text
from onrecord.thresholds.attribute import AttributeOptions
from onrecord.thresholds.learned import RANKER

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = (
    "Bridge to reopen\n\n"
    "Mayor Lena Ortiz spoke to reporters outside the town hall on Monday.\n\n"
    "\u201cWe will rebuild the bridge by spring,\u201d Ortiz said. "
    "\u201cAsk Governor Paul Hendry, he has seen the figures,\u201d she added.\n\n"
    "The engineer Tomas Reyes disagreed with the timetable."
)


def _cascade(text: str):
    r = extract_document(read_text(text, path="ranker"))
    (art,) = _attribute_group([r], replace(AttributeOptions(), use_ranker=False))
    return art


def _row(cands: list[Candidate], name: str) -> dict[str, float]:
    c = next(c for c in cands if c.name == name)
    return {f: c.x[INDEX[f]] for f in FEATURES}


def test_features_of_a_small_article():
    art = _cascade(ARTICLE)
    cands = article_candidates(art.lay, art.ents.entities)
    speech = sorted(cands, key=lambda qi: art.lay.quotes[qi].start)
    assert len(speech) == 2
    first = cands[speech[0]]
    ortiz = _row(first, "Lena Ortiz")
    assert ortiz["cascade"] == 1.0 and ortiz["same_sentence"] == 1.0
    assert ortiz["report_verb_same_sentence"] == 1.0  # "Ortiz said"
    assert ortiz["nearest_in_sentence"] == 1.0 and ortiz["has_role"] == 1.0  # "Mayor"
    assert ortiz["log_mentions"] == pytest.approx(np.log1p(2))  # named twice outside quotations
    assert ortiz["log_dist_after"] == pytest.approx(np.log1p(len("\u201d ")))  # the comma is inside the words: ”, space, Ortiz
    assert ortiz["prev_sentence"] == 1.0 and ortiz["prev_para"] == 1.0  # introduced just before
    assert ortiz["next_quote_speaker"] == 1.0  # "she added" continues Ortiz
    reyes = _row(first, "Tomas Reyes")
    assert reyes["cascade"] == 0.0 and reyes["same_sentence"] == 0.0 and reyes["next_para"] == 1.0
    assert reyes["none_before"] == 1.0  # named only after the quotation
    null = _row(first, NULL)
    assert null["is_null"] == 1.0 and null["null_cascade_null"] == 0.0
    assert null["null_cascade_conf"] == pytest.approx(art.lay.quotes[speech[0]].confidence)


def test_a_name_only_inside_a_quotation_is_never_a_candidate():
    art = _cascade(ARTICLE)
    # the string layer masks quotation interiors; an entity the parse or a later rule found
    # inside the words (the "'The United States is ready …' Trump" class) must still not run
    at = art.lay.text.index("Paul Hendry")
    inside = Entity(id=10_000, kind="person", names=["Paul Hendry"],
                    mentions=[Mention(at, at + len("Paul Hendry"), "Paul Hendry")])
    cands = article_candidates(art.lay, [*art.ents.entities, inside])
    names = {c.name for cs in cands.values() for c in cs}
    assert "Paul Hendry" not in names
    assert "Lena Ortiz" in names


@pytest.mark.parametrize("text", [
    ARTICLE,
    "Talks\n\n\u201cThe Republic of Norland is ready to talk whenever they are.\u201d\n\nNo one else spoke.",
])
def test_the_ranker_never_picks_a_name_inside_its_own_quotation(text):
    r = extract_document(read_text(text, path="inside"))
    attribute_results([r], replace(AttributeOptions(), use_ranker=True))
    for q in r.quotes:
        for name in q.speakers:
            inside = r.document.text[q.start:q.end]
            assert name not in inside, (name, q.text)


def _train_script():
    spec = importlib.util.spec_from_file_location(
        "train_ranker", ROOT / "eval" / "real" / "attribution" / "train_ranker.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("kind", ["logistic C=1", "trees 200x2"])
def test_pure_python_scoring_equals_the_trained_model(kind):
    from sklearn.base import clone

    train = _train_script()
    rng = np.random.default_rng(7)
    X = rng.normal(size=(300, len(FEATURES)))
    y = (X[:, 0] + 0.5 * X[:, 3] - X[:, 7] + rng.normal(scale=0.5, size=300) > 0).astype(int)
    rows = [{"article": str(i // 5), "x": [list(X[i])], "y": [int(y[i])]} for i in range(300)]
    est = train.models()[kind]
    model = train.export(lambda: clone(est), rows)
    fitted = clone(est).fit(X, y)
    want = fitted.predict_proba(X)[:, 1]
    got = np.array([score(model, list(x)) for x in X])
    assert np.max(np.abs(want - got)) < 1e-9


def test_softmax_scoring_equals_the_trained_conditional_logit():
    # quotations of three candidates and "nobody" (last, is_null = 1), one of them right
    train = _train_script()
    rng = np.random.default_rng(11)
    rows = []
    for i in range(120):
        X = rng.normal(size=(4, len(FEATURES)))
        X[:, INDEX["is_null"]] = [0, 0, 0, 1]
        right = int(np.argmax(X[:, 2] + rng.normal(scale=0.3, size=4)))
        rows.append({"article": str(i // 4), "x": X.tolist(), "y": [int(k == right) for k in range(4)]})
    model = train.export(lambda: train.CondLogit(1.0), rows)
    assert model["type"] == "softmax" and model["max_abs_diff_vs_sklearn"] < 1e-9
    for r in rows[:10]:
        p = probabilities(model, r["x"])
        assert sum(p) == pytest.approx(1.0)
    # the weight of the feature that decides is the largest: the fit learned it
    assert int(np.argmax(np.abs(model["coef"]))) == 2


def test_the_shipped_model_matches_the_feature_list():
    model = load_model()
    assert model["features"] == list(FEATURES)
    assert model["type"] in {"logistic", "trees", "softmax"}
    rows = [[0.0] * len(FEATURES), [0.0] * len(FEATURES)]
    rows[1][INDEX["is_null"]] = 1.0
    assert all(0.0 <= p <= 1.0 for p in probabilities(model, rows))


def _cands(*names: str) -> list[Candidate]:
    return [Candidate(n, None, []) for n in names]


TH = replace(RANKER, replace_below_conf=0.9, replace_min_prob=0.5, fill_min_prob=0.6, null_min_prob=0.8)


@pytest.mark.parametrize("case, probs, speaker, conf, want", [
    ("a strong rule stands", [0.9, 0.1, 0.1], "Bo Lind", 0.93, None),
    ("a weak rule is replaced", [0.9, 0.1, 0.1], "Bo Lind", 0.8, ("Ana Paz", 0.9)),
    ("a near tie does not replace", [0.45, 0.1, 0.1], "Bo Lind", 0.8, None),
    ("agreeing with the rule changes nothing", [0.1, 0.9, 0.1], "Bo Lind", 0.5, None),
    ("a null is filled above fill_min_prob", [0.7, 0.1, 0.2], None, 0.0, ("Ana Paz", 0.7)),
    ("a null stays below fill_min_prob", [0.55, 0.1, 0.2], None, 0.0, None),
    ("nobody withdraws a weak speaker", [0.1, 0.05, 0.85], "Bo Lind", 0.6, (None, 0.85)),
    ("nobody never withdraws a strong speaker", [0.1, 0.05, 0.85], "Bo Lind", 0.95, None),
])
def test_decide(case, probs, speaker, conf, want):
    assert decide(_cands("Ana Paz", "Bo Lind", NULL), probs, speaker, conf, TH) == want


def test_rerank_applies_and_records_its_change():
    art = _cascade(ARTICLE)
    q = next(q for q in art.lay.quotes if q.speaker)
    q.speaker, q.speakers, q.confidence = None, [], 0.0  # as if the rules had found nobody
    always = replace(RANKER, fill_min_prob=0.0)
    changed = rerank(art.lay, art.ents.entities, always)
    assert changed >= 1
    assert q.speaker is not None and q.attribution_evidence[-1].startswith("ranker: ")


@pytest.mark.parametrize("on", [True, False])
def test_the_hook_runs_the_ranker_only_when_asked(monkeypatch, on):
    import onrecord.attribute as attribute

    seen = []
    monkeypatch.setattr(attribute, "rerank", lambda lay, ents: seen.append(len(ents)) or 0)
    r = extract_document(read_text(ARTICLE, path="hook"))
    attribute_results([r], replace(AttributeOptions(), use_ranker=on))
    assert bool(seen) is on


# the first evidence line of each rule family as the cascade writes it today (round 54: every
# key of features._RULES is checked against a line of today's wording)
RULE_LINES = [
    ("continues the speaker of the previous sentence", "rule_prev_speaker"),
    ("continues the subject of the previous sentence", "rule_prev_subject"),
    ("continues the last speaker (two sentences back)", "rule_last_speaker"),
    ("last speaker of the article (weak)", "rule_far_speaker"),
    ("headline quotation repeated in the body", "rule_headline"),
    ("string: \u201c\u2026,\u201d X (bare credit line)", "rule_credit"),
    ("parse: subject of 'said'", "rule_parse"),
    ("not parsed (over the parse budget, or too long a sentence): string patterns only", "rule_unparsed"),
    ("string: \u201c\u2026\u201d X said", None),
]


@pytest.mark.parametrize("line, flag", RULE_LINES)
def test_rule_flags_read_todays_evidence(line, flag):
    from onrecord.attribute.features import _rule_flags
    from onrecord.model import Quote

    q = Quote(text="We will rebuild.", start=0, end=16, kind="speech", attribution_evidence=[line])
    got = _rule_flags(q)
    on = [k for k, v in got.items() if v and k.startswith("cascade_rule_")]
    assert on == ([f"cascade_{flag}"] if flag else ["cascade_rule_pattern"])
