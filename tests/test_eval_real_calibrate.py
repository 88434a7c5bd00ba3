"""The speaker calibration's threshold with a margin (issue 11, round 32): the precise-speakers
threshold is the lowest at which the kept names' precision has a Wilson lower bound of 14/15,
not merely an observed 14 in 15 (which left about half of new sets below the bar). The
probabilities and labels here are made up."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "real" / "attribution"))
calibrate = pytest.importorskip("calibrate")


@pytest.mark.parametrize("right, n, z, expected", [
    # worked by hand: (p + z²/2n - z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)
    (90, 100, 1.645, 0.8396),   # (0.91353 - 0.05117) / 1.02706
    (14, 15, 1.645, 0.7492),    # fifteen names, one wrong: far from proof of 14 in 15
    (50, 50, 1.645, 0.9487),    # all right: n / (n + z²), below 1
    (90, 100, 0.0, 0.90),       # no margin: the observed proportion
])
def test_wilson_lower_bound(right, n, z, expected):
    got = calibrate.wilson_lower(np.array([float(right)]), np.array([float(n)]), z)[0]
    assert got == pytest.approx(expected, abs=5e-4)


def _names(wrong_every: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """n names with falling probabilities; every ``wrong_every``-th from the top is wrong."""
    p = np.linspace(0.99, 0.01, n)
    y = np.array([0 if (i + 1) % wrong_every == 0 else 1 for i in range(n)])
    return p, y


def test_margin_keeps_fewer_names_than_the_bare_target():
    # one wrong in 40 at the top 1,200, then all wrong: the bare target keeps every name down
    # to where precision falls to 14/15; the margin stops earlier
    p, y = _names(40, 2000)
    y[1200:] = 0
    bare_t, bare_share, _ = calibrate.kept_at_precision(p, y)
    t, share, right = calibrate.kept_with_margin(p, y)
    assert t > bare_t and share < bare_share
    kept = p >= t
    assert y[kept].mean() >= 14 / 15
    assert right == int(y[kept].sum())


def test_margin_keeps_nothing_when_no_prefix_is_proven():
    p, y = _names(10, 30)  # one wrong in ten: never 14 in 15, with or without a margin
    assert calibrate.kept_with_margin(p, y) == (1.0, 0.0, 0)


def test_the_margin_is_computed_on_the_kept_names_only():
    # 300 right names on top, 300 wrong below: the threshold falls inside the right block's
    # tail, where the bound over the kept names is still at least 14/15
    p = np.linspace(0.99, 0.01, 600)
    y = np.r_[np.ones(300, int), np.zeros(300, int)]
    t, share, right = calibrate.kept_with_margin(p, y)
    n = int((p >= t).sum())
    assert calibrate.wilson_lower(np.array([float(right)]), np.array([float(n)]))[0] >= 14 / 15
    assert calibrate.wilson_lower(np.array([float(right)]), np.array([float(n + 1)]))[0] < 14 / 15 or n == 600


def test_a_threshold_keeps_every_name_tied_at_it():
    # review 18: the shipped rule keeps p >= t, so a cut inside a run of equal p keeps the whole
    # run; 40 right names at 0.9, then two at 0.5 (the first right, the second wrong): 41 of 41
    # has a Wilson bound over 14/15, but p >= 0.5 keeps 42 names with 41 right, under it
    p = np.array([0.9] * 40 + [0.5, 0.5])
    y = np.array([1] * 41 + [0])
    assert calibrate.wilson_lower(np.array([41.0]), np.array([42.0]))[0] < 14 / 15
    assert calibrate.kept_with_margin(p, y) == (0.9, 40 / 42, 40)


def test_the_bare_target_keeps_every_name_tied_at_it():
    # 14 right at 0.9, then at 0.5 one right and two wrong: 15 of 16 reaches 14/15 only inside the run
    p = np.array([0.9] * 14 + [0.5] * 3)
    y = np.array([1] * 15 + [0, 0])
    assert calibrate.kept_at_precision(p, y) == (0.9, 14 / 17, 14)


# round 54: the designs the script can train (which sets train the trees, which fit the scaling)
NEVER_READ = {"gold-test.jsonl", "gold-held.jsonl", "gold-fresh6.jsonl", "gold-fresh11.jsonl",
              "gold-fresh12.jsonl", "gold-fresh13.jsonl", "gold-fresh16.jsonl", "gold-fresh20.jsonl",
              "gold-fresh21.jsonl"}


@pytest.mark.parametrize("design", sorted(calibrate.DESIGNS))
def test_a_design_keeps_its_sets_apart_and_off_the_confirmation_sets(design):
    tuning, cal = calibrate.DESIGNS[design]
    assert tuning and cal and not set(tuning) & set(cal)
    assert not (set(tuning) | set(cal)) & NEVER_READ
    assert all((calibrate.HERE / name).exists() for name in (*tuning, *cal))


def test_round54_adds_the_random_allsides_sets_to_the_shipped_design():
    tuning, cal = calibrate.DESIGNS["round54"]
    old_t, old_c = calibrate.DESIGNS["shipped"]
    assert set(old_t) < set(tuning) and {"gold-fresh17.jsonl", "gold-fresh18.jsonl"} <= set(tuning)
    assert set(old_c) < set(cal) and set(calibrate.RANDOM_ALLSIDES) <= set(cal)


def test_the_row_cache_builds_only_the_sets_it_lacks(tmp_path, monkeypatch):
    built = []

    def fake_rows(path, articles):
        built.append(path.name)
        return [{"set": path.name, "article": "a", "x": [0.0], "y": 1}]

    monkeypatch.setattr(calibrate, "build_rows", fake_rows)
    cache = tmp_path / "rows.json"
    calibrate.load_rows(cache, tmp_path, "shipped")
    first = list(built)
    rows, cal = calibrate.load_rows(cache, tmp_path, "round54")
    tuning, calsets = calibrate.DESIGNS["round54"]
    assert first == [*calibrate.DESIGNS["shipped"][0], *calibrate.DESIGNS["shipped"][1]]
    assert built[len(first):] == [n for n in (*tuning, *calsets) if n not in first]
    assert [r["set"] for r in rows] == list(tuning) and [r["set"] for r in cal] == list(calsets)


def test_the_report_counts_the_names_kept_at_each_threshold_asked(capsys):
    p = np.array([0.95, 0.9, 0.8, 0.7, 0.6, 0.5])
    y = np.array([1, 1, 0, 1, 0, 1])
    out = calibrate.report("made up", p, y, at=0.82, also=(0.7,))
    assert out["at_0.82"] == {"kept": 2, "kept_right": 2, "precision": 1.0}
    assert out["at_0.7"] == {"kept": 4, "kept_right": 3, "precision": 0.75}
    assert '"at_0.7"' in capsys.readouterr().out
