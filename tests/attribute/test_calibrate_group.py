"""A group's articles are calibrated together (calibration.calibrate_many) and the tree models
score rows in sets of ``RankerThresholds.score_block_rows``: each article's probabilities and
evidence are the same as when it is attributed alone, and each row's score is the same in any
set (round 61, lane speed62). Articles written for this test."""

from __future__ import annotations

from dataclasses import asdict

import numpy as np

from onrecord.attribute import _attribute_group
from onrecord.attribute.calibration import CAL_FEATURES, load_model
from onrecord.attribute.ranker import score_rows
from onrecord.extract import extract_document
from onrecord.read import read_text
from onrecord.thresholds.attribute import AttributeOptions
from onrecord.thresholds.learned import RANKER

ARTICLES = [
    "Harbour plan approved\n\nThe council approved the harbour plan on Tuesday.\n\n"
    "\u201cThis is the best day the harbour has had in fifty years,\u201d said Mayor Ines Varga.\n\n"
    "Her deputy, Tobias Lund, was less sure. \u201cWe have not costed the second phase,\u201d Lund said.\n\n"
    "\u201cIt will take years.\u201d",
    "Tram vote\n\nCouncillor Ada Brenner and Mayor Piet Kral met residents on Monday.\n\n"
    "\u201cWe will not give up on the tram,\u201d Kral said.\n\nThe vote was postponed. Brenner left early.\n\n"
    "\u201cIt was a long night.\u201d\n\n"
    "\u201cWe expect a decision soon,\u201d a spokesperson for the transport board said.\n",
    "Quiet day\n\n\u201cNo comment,\u201d a spokesperson for the office said on Tuesday.",
]


def _quotes(texts):
    results = [extract_document(read_text(t, path=f"a{i}")) for i, t in enumerate(texts)]
    arts = _attribute_group(results, AttributeOptions())
    return [[asdict(q) for q in a.lay.quotes] for a in arts]


def test_articles_calibrated_together_as_each_alone():
    together = _quotes(ARTICLES)
    alone = [_quotes([t])[0] for t in ARTICLES]
    assert together == alone
    assert any(q["speaker_probability"] is not None for qs in together for q in qs)


def test_a_row_scores_the_same_in_any_set():
    model = load_model()
    rng = np.random.default_rng(61)
    xs = rng.normal(size=(3 * RANKER.score_block_rows + 5, len(CAL_FEATURES))).tolist()
    assert score_rows(model, xs) == [score_rows(model, [x])[0] for x in xs]
