"""eval/real/tools/draws.py: the one helper of the sample-drawing scripts (round 37, lane
tidy20): which articles a split or an audit already holds, which quotations earlier lanes
judged, and the seeded draw. Files here are made up in a temporary folder; nothing is written
into eval/."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1] / "eval" / "real" / "tools"


@pytest.fixture(scope="module")
def draws():
    spec = importlib.util.spec_from_file_location("draws_under_test", TOOLS / "draws.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("text, pairs", [
    # a header with "s", a comment line above it
    ("# drawn with seed 1\nitem\tid\ts\te\n0\tabp-Aa1\t120\t140\n1\tbbc-news-9\t7\t20\n",
     {("abp-Aa1", 120), ("bbc-news-9", 7)}),
    # "start" instead of "s", and no header at all
    ("id\tstart\tend\nabp-Bb2\t33\t40\n", {("abp-Bb2", 33)}),
    ("abp-Cc3\t5\tspeech\n", {("abp-Cc3", 5)}),
    # the id's own cell must look like an article's, and only the first pair of a row counts
    ("3\tnote-x\t4\tabp-Dd4\t9\tabp-Ee5\t11\n", {("abp-Dd4", 9)}),
    # the start as the last cell of its row
    ("abp-Ff6\t77\n", {("abp-Ff6", 77)}),
    ("item\tid\ts\n0\tabp-Gg7\tn/a\n", set()),
])
def test_judged_pairs_reads_every_sample_shape(draws, tmp_path, text, pairs):
    path = tmp_path / "x-sample.tsv"
    path.write_text(text, encoding="utf-8")
    assert draws.judged_pairs([path]) == pairs


def test_sample_files_are_the_sorted_samples_only(draws, tmp_path):
    for name in ("b-sample.tsv", "a-sample.tsv", "a-adjudicated.tsv", "notes.md"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in draws.sample_files(tmp_path)] == ["a-sample.tsv", "b-sample.tsv"]


def test_taken_article_ids_gathers_splits_and_audit_lists(draws, tmp_path):
    (tmp_path / "attribution").mkdir()
    (tmp_path / "audit").mkdir()
    (tmp_path / "attribution" / "articles.tsv").write_text("abp-1\tpolitics\n\nbbc-2\tnews\n", encoding="utf-8")
    (tmp_path / "attribution" / "articles-fresh.tsv").write_text("abp-3\tx\n", encoding="utf-8")
    (tmp_path / "audit" / "one-articles.txt").write_text("abp-4\nabp-5\n", encoding="utf-8")
    (tmp_path / "audit" / "ids-two.txt").write_text("bbc-6 bbc-7\n", encoding="utf-8")
    (tmp_path / "audit" / "redrawn-articles.txt").write_text("abp-8\n", encoding="utf-8")
    (tmp_path / "audit" / "other.txt").write_text("abp-9\n", encoding="utf-8")
    taken = draws.taken_article_ids(leave_out={"redrawn-articles.txt"}, real=tmp_path)
    assert taken == {"abp-1", "bbc-2", "abp-3", "abp-4", "abp-5", "bbc-6", "bbc-7"}


def test_seeded_sample_is_the_seeds_draw(draws):
    pool = list(range(50))
    assert draws.seeded_sample(pool, 7, 20261230) == random.Random(20261230).sample(pool, 7)
    assert draws.seeded_sample(pool, 7, 20261230) == draws.seeded_sample(pool, 7, 20261230)


def test_unread_pool_leaves_out_lists_audits_and_folders(draws, tmp_path):
    """The reviewers' scale-check pool (round 39 made their three copies one): no article of an
    annotated list, of any eval/real/audit file or of a given folder, each within the size cap
    and with two marks; a construct narrows it."""
    draw = draws._draw_module()
    if not all(p.is_file() for p in draw.corpus_paths().values()):
        pytest.skip("shared corpora not found (set ONRECORD_SHARED)")
    whole = draws.unread_pool(["bbc"])
    assert whole and not set(whole) & (draws.taken_article_ids() | draw.audited_ids())
    some = sorted(whole)[:3]
    for doc_id in some:
        (tmp_path / f"{doc_id}.txt").write_text("x", encoding="utf-8")
    assert not set(draws.unread_pool(["bbc"], [tmp_path])) & set(some)
    assert all(len(t) <= draw.MAX_CHARS and len(draw.QUOTE_MARKS.findall(t)) >= 2 for t in whole.values())
    import re
    narrow = draws.unread_pool(["bbc"], construct=re.compile(r"\bminister\b"))
    assert narrow and set(narrow) < set(whole) and all("minister" in t for t in narrow.values())


def test_unread_pool_can_reach_past_the_size_cap(draws):
    """The twenty-ninth session found the unread pool within the annotators' size cap nearly
    used up (255 AllSides articles): lanes' out-of-sample folders read only changed items, so
    they may draw longer articles. A larger cap keeps every article the default pool holds and
    adds longer ones, each still unread and within the new cap."""
    draw = draws._draw_module()
    if not all(p.is_file() for p in draw.corpus_paths().values()):
        pytest.skip("shared corpora not found (set ONRECORD_SHARED)")
    capped = draws.unread_pool(["bbc"])
    wide = draws.unread_pool(["bbc"], max_chars=3 * draw.MAX_CHARS)
    longer = set(wide) - set(capped)
    assert set(capped) <= set(wide) and longer
    assert all(draw.MAX_CHARS < len(wide[i]) <= 3 * draw.MAX_CHARS for i in longer)
    assert not set(wide) & (draws.taken_article_ids() | draw.audited_ids())


def test_targeted_articles_hold_the_construct_and_no_listed_article(draws):
    """The targeted checks' draw (kind20, called21; one loop since the twentieth session): every
    article returned holds the construct, none is in a split's list or a named audit list, and
    the same seed draws the same articles."""
    draw = draws._draw_module()
    if not all(p.is_file() for p in draw.corpus_paths().values()):
        pytest.skip("shared corpora not found (set ONRECORD_SHARED)")
    held, hits = draws.targeted_articles(lambda t: "old saying" in t, 7, 5)
    assert held >= len(hits) == 5 and all("old saying" in t for _, t in hits)
    listed = {line.strip() for name in ("big", "big2", "final20")
              for line in (draws.AUDIT / f"{name}-articles.txt").read_text().splitlines()}
    assert not {i for i, _ in hits} & (listed | {r["id"] for p in draw.ALL_IDS for r in draw.read_ids(p)})
    assert draws.targeted_articles(lambda t: "old saying" in t, 7, 5)[1] == hits
