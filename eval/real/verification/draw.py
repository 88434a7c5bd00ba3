"""Draw the real verification set of issue #12: quotations in real news (AllSides 2012-2020,
BBC 2004-2005) credited to people whose own words are in the primary-source corpora (US
presidents: Miller Center; heads of state and ministers: UN General Debate), plus quotations of
people the archive holds nothing by (the no_source case).

    python eval/real/verification/draw.py --draw OUT_DIR      # candidates.jsonl + archive ids
    python eval/real/verification/draw.py --archive DIR       # writes the archive (JSONL) from the corpora
    python eval/real/verification/draw.py --sources DIR       # the same archive as source files
    python eval/real/verification/draw.py --draw OUT_DIR --extend 80   # 80 more, disjoint (below)

The archive (archive.tsv: ids) is every Miller Center speech from 1993 on (Clinton, Bush, Obama,
Trump) and every UN General Debate statement of a speaker a candidate quotation names, plus 300
other UN statements drawn at random as distractors. Candidates come from onrecord's own
extraction + attribution over a seeded sample of news articles that name one of those people
(the annotators then confirm the claimed speaker by reading the article; onrecord's attribution
only proposes). Seed 20261203.

The extension (`--extend N`, seed 20261204) leaves candidates.jsonl untouched: it rebuilds the
same 2,500-article pool (same seed, same shuffle), drops every quotation that shares a span of
an article with an existing candidate or repeats an existing quotation, and draws N new claims
(ids r401 on) with the same stratification, weighted harder towards the stratum whose content
words are mostly in the person's records (the first 400 held only 17 verbatim/variation claims):
69% from it, the rest uniform, 1 in 8 credited to people the archive holds nothing by. It
writes candidates-ext.jsonl (no article text) here, the same with the article context to
OUT_DIR (for the judges' worksheets), and appends the records of any newly named person to
archive.tsv under its own comment line.
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import re
import sys
from pathlib import Path

SEED = 20261203
EXT_SEED = 20261204
HERE = Path(__file__).resolve().parent
MIN_WORDS = 4


def corpora() -> Path:
    env = os.environ.get("ONRECORD_SHARED")
    return (Path(env) if env else HERE.parents[2] / ".." / "shared") / "data" / "corpora"


def jsonl(path: Path):
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def primary_people() -> tuple[dict[str, list[dict]], list[dict]]:
    """name -> archive records; and all UN records (for distractors)."""
    by_person: dict[str, list[dict]] = {}
    for r in jsonl(corpora() / "us_presidential_speeches_miller_center" / "articles.jsonl"):
        if (r.get("date") or "") >= "1993":
            by_person.setdefault(r["speaker"], []).append(r)
    un = list(jsonl(corpora() / "un_general_debate_2004_2024" / "articles.jsonl"))
    for r in un:
        name = re.sub(r"^(?:Mr|Mrs|Ms|Dr|H\.E\.)\.?\s+", "", (r.get("speaker") or "").strip())
        if name and r.get("year") and int(r["year"]) <= 2020:
            r["speaker"] = name
            by_person.setdefault(name, []).append(r)
    return by_person, un


def news_sample(people: list[str], n: int, rng: random.Random) -> list[dict]:
    surnames = {p.split()[-1] for p in people if len(p.split()) >= 2 and len(p.split()[-1]) >= 4}
    pat = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, surnames))) + r")\b")
    pool = []
    for corpus in ("bbc_news_2004_2005/articles.jsonl", "allsides_news_2012_2020/articles.jsonl.xz"):
        for r in jsonl(corpora() / corpus):
            if len(r["text"]) <= 12000 and pat.search(r["text"]):
                pool.append({"id": r["id"], "title": r.get("title") or "", "date": r.get("date"), "text": r["text"]})
    rng.shuffle(pool)
    return pool[:n]


def candidates(articles: list[dict], people: dict[str, list[dict]]) -> list[dict]:
    from onrecord.attribute import attribute_results
    from onrecord.extract import extract_document
    from onrecord.names import same_person
    from onrecord.read import read_text

    out = []
    for k in range(0, len(articles), 64):
        batch = articles[k : k + 64]
        results = [extract_document(read_text(f'{a["title"]}\n\n{a["text"]}', path=a["id"], published=a["date"])) for a in batch]
        attribute_results(results)
        for a, res in zip(batch, results):
            text = res.document.text
            for q in res.quotes:
                if q.kind != "speech" or not q.speaker or len(q.text.split()) < MIN_WORDS:
                    continue
                match = next((p for p in people if same_person(q.speaker, p)), None)
                out.append({"article": a["id"], "published": a["date"], "quote": q.text,
                            "start": q.start, "end": q.end, "onrecord_speaker": q.speaker,
                            "archive_person": match,
                            "context": text[max(0, q.start - 400) : q.end + 200]})
        print(f"{k + len(batch)}/{len(articles)} articles, {len(out)} candidates", file=sys.stderr)
    return out


WORD = re.compile(r"[a-z0-9]+")
STOP = set("the a an and or of to in on at for with is are was were be been it this that we i you he she they our my your his her their".split())


def _content(s: str) -> set[str]:
    return {w for w in WORD.findall(s.lower().replace("\u2019", "'")) if w not in STOP and len(w) > 1}


def _windows(r: dict, cache: dict) -> tuple[set[str], list[set[str]]]:
    if r["id"] not in cache:
        sents = re.split(r"(?<=[.!?])\s+", r["text"])
        cache[r["id"]] = (_content(r["text"]), [_content(" ".join(sents[i : i + 3])) for i in range(len(sents))])
    return cache[r["id"]]


def overlap(quote: str, records: list[dict], cache: dict) -> float:
    """The largest share of the quotation's content words found in one window of three
    sentences of the person's records: a stratification key only (judges decide verdicts)."""
    q = _content(quote)
    best = 0.0
    for r in records:
        whole, wins = _windows(r, cache)
        if not q or len(q & whole) < 0.6 * len(q):
            continue
        best = max([best] + [len(q & w) / len(q) for w in wins])
    return best


def load_pool(out: Path, arts: list[dict], people: dict[str, list[dict]]) -> list[dict]:
    pool = out / "pool.jsonl"  # extraction + attribution of 2,500 articles takes minutes: kept
    if pool.exists():
        return [json.loads(x) for x in pool.read_text(encoding="utf-8").splitlines() if x]
    cands = candidates(arts, people)
    out.mkdir(parents=True, exist_ok=True)
    pool.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cands), encoding="utf-8")
    return cands


def draw(out: Path) -> None:
    rng = random.Random(SEED)
    people, un = primary_people()
    arts = news_sample(list(people), 2500, rng)
    cands = load_pool(out, arts, people)
    in_archive = [c for c in cands if c["archive_person"]]
    others = [c for c in cands if not c["archive_person"]]
    cache: dict = {}
    for c in in_archive:
        c["overlap"] = round(overlap(c["quote"], people[c["archive_person"]], cache), 3)
    rng.shuffle(in_archive)
    rng.shuffle(others)
    # stratified: quotations whose words are largely in the person's archive (likely verbatim,
    # variation, drift) are rare in a uniform draw (59 of 380), so 150 come from that stratum
    near = [c for c in in_archive if c["overlap"] >= 0.6][:150]
    taken = {id(c) for c in near}
    rest = [c for c in in_archive if id(c) not in taken][: 330 - len(near)]
    chosen = near + rest + others[:70]
    rng.shuffle(chosen)
    for i, c in enumerate(chosen, 1):
        c["id"] = f"r{i:03d}"
    out.mkdir(parents=True, exist_ok=True)
    (out / "candidates.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in chosen), encoding="utf-8")
    named = {c["archive_person"] for c in chosen if c["archive_person"]}
    ids = [r["id"] for p, rs in people.items() if p in named or rs[0]["id"].startswith("mc-") for r in rs]
    rest = [r["id"] for r in un if r["id"] not in set(ids)]
    ids += rng.sample(sorted(rest), 300)
    (HERE / "archive.tsv").write_text("# seed %d; see draw.py\n" % SEED + "\n".join(sorted(set(ids))) + "\n", encoding="utf-8")
    print(f"{len(chosen)} candidates ({len(in_archive)} in-archive people available), {len(set(ids))} archive documents")


def _qkey(quote: str) -> str:
    return " ".join(WORD.findall(quote.lower().replace("\u2019", "'")))


def _disjoint(cands: list[dict], taken: list[dict]) -> list[dict]:
    """The pool without any quotation that overlaps an existing candidate's span in the same
    article or repeats an existing quotation's words (the same quote in two articles would be
    one claim judged twice), nor a second copy of one already kept here."""
    spans: dict[str, list[tuple[int, int]]] = {}
    keys = set()
    for t in taken:
        spans.setdefault(t["article"], []).append((t["start"], t["end"]))
        keys.add(_qkey(t["quote"]))
    out = []
    for c in cands:
        k = _qkey(c["quote"])
        if k in keys or any(c["start"] < e and s < c["end"] for s, e in spans.get(c["article"], [])):
            continue
        keys.add(k)
        spans.setdefault(c["article"], []).append((c["start"], c["end"]))
        out.append(c)
    return out


def extend(out: Path, n: int) -> None:
    rng = random.Random(SEED)  # the same article sample and pool as draw()
    people, un = primary_people()
    cands = load_pool(out, news_sample(list(people), 2500, rng), people)
    old = [json.loads(x) for x in (HERE / "candidates.jsonl").read_text(encoding="utf-8").splitlines() if x]
    fresh = _disjoint(cands, old)
    erng = random.Random(EXT_SEED)
    in_archive = [c for c in fresh if c["archive_person"]]
    others = [c for c in fresh if not c["archive_person"]]
    cache: dict = {}
    for c in in_archive:
        c["overlap"] = round(overlap(c["quote"], people[c["archive_person"]], cache), 3)
    erng.shuffle(in_archive)
    erng.shuffle(others)
    n_near, n_none = round(n * 55 / 80), round(n * 10 / 80)
    near = [c for c in in_archive if c["overlap"] >= 0.6][:n_near]
    taken = {id(c) for c in near}
    rest = [c for c in in_archive if id(c) not in taken][: n - n_none - len(near)]
    chosen = near + rest + others[: n - len(near) - len(rest)]
    erng.shuffle(chosen)
    first = len(old) + 1
    for i, c in enumerate(chosen, first):
        c["id"] = f"r{i:03d}"
        c["stratum"] = "near" if id(c) in taken else ("uniform" if c["archive_person"] else "no_archive_person")
    out.mkdir(parents=True, exist_ok=True)
    (out / "candidates-ext.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in chosen), encoding="utf-8")
    bare = [{k: v for k, v in c.items() if k != "context"} for c in chosen]
    (HERE / "candidates-ext.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in bare), encoding="utf-8")
    added = _extend_archive(people, {c["archive_person"] for c in chosen if c["archive_person"]})
    print(f"{len(chosen)} extension candidates ({len(near)} near, {len(rest)} uniform in-archive, "
          f"{len(chosen) - len(near) - len(rest)} no archive person; {len(in_archive)} in-archive and "
          f"{len(others)} other quotations left in the pool), {added} archive documents added")


def _extend_archive(people: dict[str, list[dict]], named: set[str]) -> int:
    """Append the records of persons the extension names whom archive.tsv lacks, under a
    comment line naming them (the first draw's lines stay as they were)."""
    path = HERE / "archive.tsv"
    text = path.read_text(encoding="utf-8")
    have = {ln.strip() for ln in text.splitlines() if ln and not ln.startswith("#")}
    new = {p: [r["id"] for r in people[p] if r["id"] not in have] for p in sorted(named)}
    new = {p: ids for p, ids in new.items() if ids}
    if not new:
        return 0
    ids = sorted({i for v in new.values() for i in v})
    head = f"# extension, seed {EXT_SEED}: records of " + "; ".join(new) + "\n"
    path.write_text(text + head + "\n".join(ids) + "\n", encoding="utf-8")
    return len(ids)


def write_archive(out: Path) -> int:
    want = {ln.strip() for ln in (HERE / "archive.tsv").read_text().splitlines() if ln and not ln.startswith("#")}
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out / "archive.jsonl", "w", encoding="utf-8") as f:
        for corpus in ("us_presidential_speeches_miller_center", "un_general_debate_2004_2024"):
            for r in jsonl(corpora() / corpus / "articles.jsonl"):
                if r["id"] in want:
                    if corpus.startswith("un_"):
                        r["speaker"] = re.sub(r"^(?:Mr|Mrs|Ms|Dr|H\.E\.)\.?\s+", "", (r.get("speaker") or "").strip())
                        # the General Debate opens in the second half of September; the 1st is
                        # the latest date before every speech of the session (the 30th made a
                        # speech of the 25th look later than an article of the 27th)
                        r["date"] = r.get("date") or (f'{r["year"]}-09-01' if r.get("year") else None)
                    f.write(json.dumps({k: r.get(k) for k in ("id", "title", "date", "speaker", "text")}, ensure_ascii=False) + "\n")
                    n += 1
    return n


def write_sources(out: Path) -> int:
    """The archive as a folder of source files (header block, blank line, body), one per
    record, named <id>.txt: what `onrecord eval verify --sources DIR` reads."""
    tmp = out / "_records"
    n = write_archive(tmp)
    for line in (tmp / "archive.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        head = [f"Title: {r.get('title') or r['id']}", f"Speaker: {r.get('speaker') or ''}"]
        if r.get("date"):
            head.append(f"Date: {r['date']}")
        (out / f"{r['id']}.txt").write_text("\n".join(head) + "\n\n" + r["text"], encoding="utf-8")
    (tmp / "archive.jsonl").unlink()
    tmp.rmdir()
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--draw", type=Path)
    ap.add_argument("--archive", type=Path)
    ap.add_argument("--sources", type=Path, help="write the archive as a folder of source files")
    ap.add_argument("--extend", type=int, metavar="N", help="with --draw: N new candidates, disjoint from candidates.jsonl")
    a = ap.parse_args()
    if a.draw and a.extend:
        extend(a.draw, a.extend)
    elif a.draw:
        draw(a.draw)
    if a.archive:
        print(f"{write_archive(a.archive)} archive documents written to {a.archive}")
    if a.sources:
        print(f"{write_sources(a.sources)} source files written to {a.sources}")


if __name__ == "__main__":
    main()
