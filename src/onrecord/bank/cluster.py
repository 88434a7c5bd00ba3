"""Variant clustering on one machine: the same rule the Spark job runs (``mine/spark_cluster``),
written for an in-memory inverted index.

1. Identical canonical forms are one form already (the bank stores forms, not texts).
2. Candidates: two forms sharing at least ``min_shared_shingles`` shingles that fewer than
   ``max_shingle_forms`` forms hold (stock phrases propose nothing).
3. Each form attaches to its best candidate among the forms that rank before it (longer), if
   ``forms.variant_score`` accepts the pair: best by coverage, then by rank.
4. A cluster is a tree of attachments; its id is the root, the longest form.

Attaching to one parent, rather than joining every accepted pair, is what keeps a fragment
shared by two different quotations ("we will not let this stand") from merging them."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from ..thresholds.bank import BankOptions
from .forms import rank, shingles, variant_score


def attach(forms: Iterable[str], options: BankOptions | None = None) -> dict[str, tuple[str, float]]:
    """For every form that is a variant of a longer one: (parent form, coverage score)."""
    options = options or BankOptions()
    sh = {f: shingles(f, options) for f in set(forms)}
    index: dict[str, list[str]] = defaultdict(list)
    for f, ss in sh.items():
        for s in ss:
            index[s].append(f)
    usable = {s for s, holders in index.items() if len(holders) <= options.max_shingle_forms}
    parent: dict[str, tuple[str, float]] = {}
    for f, ss in sh.items():
        best = _best_parent(f, ss, index, usable, options)
        if best is not None:
            parent[f] = best
    return parent


def _best_parent(f: str, ss: list[str], index: dict[str, list[str]], usable: set[str],
                 options: BankOptions) -> tuple[str, float] | None:
    rf = rank(f)
    shared: Counter[str] = Counter()
    for s in ss:
        if s in usable:
            shared.update(g for g in index[s] if rank(g) < rf)
    best: tuple[tuple[float, tuple[int, int, str]], str, float] | None = None
    for g, n in shared.items():
        if n < options.min_shared_shingles:
            continue
        score = variant_score(f, g, options)
        if score is not None:
            key = (-score, rank(g))
            if best is None or key < best[0]:
                best = (key, g, score)
    return (best[1], best[2]) if best else None


def roots(parent: dict[str, tuple[str, float]]) -> dict[str, str]:
    """The root (cluster) of every form that has a parent; parents always rank before their
    children, so the walk ends."""
    out: dict[str, str] = {}
    for f in parent:
        path = [f]
        g = parent[f][0]
        while g in parent and g not in out:
            path.append(g)
            g = parent[g][0]
        root = out.get(g, g)
        for p in path:
            out[p] = root
    return out


def cluster_forms(forms: Iterable[str], options: BankOptions | None = None) -> dict[str, str]:
    """Every form mapped to its cluster's root form (a root maps to itself)."""
    forms = list(forms)
    r = roots(attach(forms, options))
    return {f: r.get(f, f) for f in forms}
