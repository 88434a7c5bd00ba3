"""Select (and materialise) the real-news attribution set of issue #11.

    python eval/real/attribution/draw.py --write-ids        # (re)draw: writes articles.tsv
    python eval/real/attribution/draw.py --write-ext-ids    # the 40-article tuning extension
    python eval/real/attribution/draw.py --write-held-ids   # the 60-article held-out test extension
    python eval/real/attribution/draw.py --write-fresh fresh5  # 60 fresh tuning articles (sets fresh..fresh5)
    python eval/real/attribution/draw.py --out DIR          # writes DIR/<id>.txt (both lists)

The corpora's text is not ours to commit, so the repository keeps only the ids (articles.tsv:
id, corpus, group, split) and the annotations; the article files are rebuilt from
``../shared/data/corpora`` (or ``$ONRECORD_SHARED/data/corpora``) on demand. Each file is
``title + "\\n\\n" + text``: the headline on the first line, as in the dev set, so quotations in
headlines are part of the set.

The draw (seed 20261202, recorded here and in articles.tsv's header):
- 60 AllSides and 60 BBC articles uniformly at random among articles that hold at least two
  quotation marks and at most MAX_CHARS characters (the cap keeps careful two-pass
  annotation affordable; it under-samples very long op-eds, see README.md);
- 30 chosen for hard layouts, drawn at random from heuristic pools: 10 transcript/Q&A layouts
  (three or more lines opening with a capitalised speaker label and a colon), 10 with many
  quotations (15 or more quotation-mark pairs), 10 quoting people with names that are not
  Western in shape (a list of common East Asian, Vietnamese, Arabic and Slavic name parts).
The split: a third of the articles (sha1(id) mod 3 == 0) is the test split, never used to
tune a rule; the rest is the tuning split.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import os
import random
import re
from pathlib import Path

SEED = 20261202
MAX_CHARS = 6000
HERE = Path(__file__).resolve().parent
IDS = HERE / "articles.tsv"
# The extension (issue 11, sixth session): 40 more TUNING articles, none in the test split,
# drawn with their own seed so the first draw stays as it was. The tune split held only a
# handful of titles (11 of the test split's 17 titles were read as speech and nothing on the
# tune side showed why), so 24 come from BBC entertainment articles that name works.
EXT_SEED = 20261205
EXT_IDS = HERE / "articles-ext.tsv"
# The held-out extension (issue 11, sixth session): 60 more TEST articles (30 AllSides, 30 BBC,
# uniformly at random, outside both lists above), annotated after the first extension showed a
# speaker accuracy of 0.668 on articles no rule had seen, against 0.803 on the 54-article test
# split: a larger held-out set tells which figure to trust. No rule is tuned on it.
HELD_SEED = 20261206
HELD_IDS = HERE / "articles-held.tsv"
# The fresh tuning set (issue 11, round 13): 60 more articles (30 AllSides, 30 BBC, uniformly at
# random, outside all three lists above), because rules tuned on the 136 tuning articles did
# not move the held-out set: the tuning sets were too small to show which error classes are
# common on unseen news. Judged by one reader (judged-fresh.jsonl); a tuning set from then on.
FRESH_SEED = 20261207
FRESH_IDS = HERE / "articles-fresh.tsv"
# The second fresh tuning set (issue 11, eighth session): 60 more (30 AllSides, 30 BBC, uniformly
# at random, outside all four lists above), judged by two readers in independent passes and
# adjudicated (gold-fresh2.jsonl): the fresh set's one reader showed which constructs are common
# on unseen news, and rules and the ranker need more of them to learn from. A tuning set.
FRESH2_SEED = 20261208
FRESH2_IDS = HERE / "articles-fresh2.tsv"
# The third fresh tuning set (issue 11, tenth session): 60 more (30 AllSides, 30 BBC, uniformly at
# random, outside all five lists above), three readers in rotating pairs (each article read by two,
# blind), adjudicated (gold-fresh3.jsonl). Drawn because rounds 15-16 found few error classes
# left with three tuning items: scored once before any rule saw it (an honest unseen figure),
# then a tuning set.
FRESH3_SEED = 20261209
FRESH3_IDS = HERE / "articles-fresh3.tsv"
# The fourth fresh tuning set (tenth session): 60 more the same way, two readers each all 60,
# drawn when fresh3's readers finished early, for the next rounds' tuning data.
FRESH4_SEED = 20261210
FRESH4_IDS = HERE / "articles-fresh4.tsv"
# The fifth fresh tuning set (eleventh session): 60 more the same way, two readers each all 60,
# scored once before any rule saw it (another first score for the unseen estimate), then tuning.
FRESH5_SEED = 20261211
FRESH5_IDS = HERE / "articles-fresh5.tsv"
# fourteenth session: 60 articles no rule has seen, judged by reading onrecord's output (eval/real/audit/)
FRESH6_SEED = 20261212
FRESH6_IDS = HERE / "articles-fresh6.tsv"
# fifteenth session: 120 more tuning articles, so that learned components (a calibrated speaker
# confidence, the ranker) have more than the 2,721 matched speech quotations to learn from
FRESH7_SEED = 20261213
FRESH7_IDS = HERE / "articles-fresh7.tsv"
FRESH8_SEED = 20261214
FRESH8_IDS = HERE / "articles-fresh8.tsv"
FRESH9_SEED = 20261216
FRESH9_IDS = HERE / "articles-fresh9.tsv"
FRESH10_SEED = 20261217
FRESH10_IDS = HERE / "articles-fresh10.tsv"
FRESH11_SEED = 20261218
FRESH11_IDS = HERE / "articles-fresh11.tsv"
FRESH12_SEED = 20261219
FRESH12_IDS = HERE / "articles-fresh12.tsv"
FRESH13_SEED = 20261270
FRESH13_IDS = HERE / "articles-fresh13.tsv"
# The fourteenth set (twenty-first session) is rich in the kinds the other sets hold few of. On
# the test split 11 of 17 titles are read as speech and 9 of 24 terms are wrong, while the tuning
# sets hold 4-19 titles and 5-40 terms each: too few to show why. So fresh14 draws 25 AllSides and
# 25 BBC articles, uniformly at random among those holding at least KIND_RICH_MIN_SHORT quotation
# pairs of at most SHORT_QUOTE_MAX_WORDS words (titles, terms and scare quotes are short), outside
# every list and every audited article. A tuning set, scored once first as unseen kind-rich text.
FRESH14_SEED = 20261271
FRESH14_IDS = HERE / "articles-fresh14.tsv"
SHORT_QUOTE = re.compile(r"[“\"]([^“”\"\n]{1,60})[”\"]")
SHORT_QUOTE_MAX_WORDS = 4
KIND_RICH_MIN_SHORT = 3
KIND_RICH_SETS = {"fresh14": 25}
# The fifteenth set (twenty-second session) is rich in titles of works. The test split still
# reads 11 of its 17 titles as speech, while every tuning set together (fresh14 included) holds
# only 6 such errors: no lane can learn the construct from them. So fresh15 draws 40 AllSides
# articles, uniformly at random among those holding at least TITLE_RICH_MIN quotation pairs in
# title case (TITLE_QUOTE_WORDS words, every word longer than TITLE_SMALL_WORD letters
# capitalised, no closing sentence mark: "The Crown", "Line of Duty", not "We will win."), outside
# every list and every audited article. No BBC: of its 388 unread articles one holds such a pair
# (BBC sets titles in single marks or none). Scored once first, before any rule sees it; then
# tuning.
FRESH15_SEED = 20261272
FRESH15_IDS = HERE / "articles-fresh15.tsv"
TITLE_QUOTE = re.compile(r"[“\"]([^“”\"\n]{2,80})[”\"]")
TITLE_QUOTE_WORDS = (2, 8)
TITLE_SMALL_WORD = 3
TITLE_RICH_MIN = 2
TITLE_RICH_SETS = {"fresh15": 40}  # AllSides only (see above)
# The sixteenth set (twenty-third session) confirms: 30 AllSides articles uniformly at random
# among unread ones, outside every list and every audited article, annotated blind and scored at
# the session's start and end. Never read for rules (like fresh6-13). AllSides only: the BBC
# corpus has few unread articles left, and tests/test_eval_real_draws needs some.
FRESH16_SEED = 20261273
FRESH16_IDS = HERE / "articles-fresh16.tsv"
# The seventeenth set (twenty-fourth session) is random AllSides text for tuning: fresh16 read
# 0.781 speaker where the test split reads 0.861, and a blind audit of 100 random AllSides
# articles (final23) agreed, so the tuning sets hold too little of the text users bring. 40
# AllSides articles uniformly at random among unread ones, outside every list and every audited
# article; scored once first, before any rule sees it, then tuning.
FRESH17_SEED = 20261274
FRESH17_IDS = HERE / "articles-fresh17.tsv"
# The eighteenth (same session) is drawn the same way, once rounds 50-51 had tuned on fresh17: its
# first score, taken on the code before and after those rounds, says whether they carry over to
# random text no rule has seen; then it is tuning too.
FRESH18_SEED = 20261275
FRESH18_IDS = HERE / "articles-fresh18.tsv"
# The nineteenth (same session's end) is never read, like fresh16 but twice its size: random
# AllSides text to confirm the session's final code on, and to calibrate the next retrain of the
# speaker probabilities on (fresh17's first score showed them confident where they were wrong).
FRESH19_SEED = 20261276
FRESH19_IDS = HERE / "articles-fresh19.tsv"
# The twentieth (twenty-fifth session's start) is never read either: fresh19 became the speaker
# probabilities' calibration data this session, so the session's code is confirmed on this one.
FRESH20_SEED = 20261277
FRESH20_IDS = HERE / "articles-fresh20.tsv"
# The twenty-first (twenty-sixth session's start) is never read: it confirms that session's code
# and decides between the two calibration designs (calib54 held its round54 design back because
# fresh11 dipped under its floor; a set neither design saw tells noise from a real loss).
FRESH21_SEED = 20261281
FRESH21_IDS = HERE / "articles-fresh21.tsv"
# fresh22 (twenty-eighth session): 100 AllSides articles as tuning data, twice a set's usual size,
# because the remaining error constructs rarely reach three tuning items (closing note, stop 44).
FRESH22_SEED = 20261321
FRESH22_IDS = HERE / "articles-fresh22.tsv"
# fresh23 (thirty-first session): 100 of the last 113 unread AllSides articles within the cap, as
# tuning data; the test split's articles are within the cap too, so tuning text of that length is
# kept for tuning, and later audits and lane folders draw up to 9,000 characters (draws.py).
FRESH23_SEED = 20261511
FRESH23_IDS = HERE / "articles-fresh23.tsv"
# fresh24 (thirty-second session): 100 AllSides articles up to 9,000 characters, because fewer
# than twenty unread ones are left within MAX_CHARS; longer articles name more people per page,
# the construct the remaining speaker errors turn on.
FRESH24_SEED = 20261601
FRESH24_IDS = HERE / "articles-fresh24.tsv"
# A set drawn past MAX_CHARS: name -> its cap (characters).
SET_MAX_CHARS = {"fresh24": 9000}
ALLSIDES_ONLY_SETS = {"fresh16": 30, "fresh17": 40, "fresh18": 40, "fresh19": 60, "fresh20": 60, "fresh21": 60,
                       "fresh22": 100, "fresh23": 100, "fresh24": 100}
# From fresh13 on (twentieth session), a fresh set also leaves out every article any file of
# eval/real/audit names: the lanes' corpus samples (big, big2), the blind audits (final17-20)
# and every lane's sample and corpus-check sheet. fresh11/12 shared 11 articles with big, which
# lanes had read; a confirmation set should hold none that any rule's author saw.
AUDIT_DIR = HERE.parent / "audit"
AUDITED_ID = re.compile(r"\b(?:abp-[A-Za-z0-9]{16}|bbc-[a-z]+-\d{3})\b")
AUDIT_EXCLUDED_SETS = {"fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20",
                       "fresh21", "fresh22", "fresh23", "fresh24"}
# Every fresh set: name -> (seed, id list); each is drawn outside every list drawn before it.
FRESH_SETS = {
    "fresh": (FRESH_SEED, FRESH_IDS), "fresh2": (FRESH2_SEED, FRESH2_IDS), "fresh3": (FRESH3_SEED, FRESH3_IDS),
    "fresh4": (FRESH4_SEED, FRESH4_IDS), "fresh5": (FRESH5_SEED, FRESH5_IDS),
    "fresh6": (FRESH6_SEED, FRESH6_IDS), "fresh7": (FRESH7_SEED, FRESH7_IDS), "fresh8": (FRESH8_SEED, FRESH8_IDS),
    "fresh9": (FRESH9_SEED, FRESH9_IDS), "fresh10": (FRESH10_SEED, FRESH10_IDS),
    "fresh11": (FRESH11_SEED, FRESH11_IDS), "fresh12": (FRESH12_SEED, FRESH12_IDS),
    "fresh13": (FRESH13_SEED, FRESH13_IDS), "fresh14": (FRESH14_SEED, FRESH14_IDS),
    "fresh15": (FRESH15_SEED, FRESH15_IDS), "fresh16": (FRESH16_SEED, FRESH16_IDS),
    "fresh17": (FRESH17_SEED, FRESH17_IDS), "fresh18": (FRESH18_SEED, FRESH18_IDS),
    "fresh19": (FRESH19_SEED, FRESH19_IDS), "fresh20": (FRESH20_SEED, FRESH20_IDS),
    "fresh21": (FRESH21_SEED, FRESH21_IDS), "fresh22": (FRESH22_SEED, FRESH22_IDS),
    "fresh23": (FRESH23_SEED, FRESH23_IDS), "fresh24": (FRESH24_SEED, FRESH24_IDS),
}
ALL_IDS = (IDS, EXT_IDS, HELD_IDS, FRESH_IDS, FRESH2_IDS, FRESH3_IDS, FRESH4_IDS, FRESH5_IDS, FRESH6_IDS, FRESH7_IDS, FRESH8_IDS, FRESH9_IDS,
           FRESH10_IDS, FRESH11_IDS, FRESH12_IDS, FRESH13_IDS, FRESH14_IDS, FRESH15_IDS,
           FRESH16_IDS, FRESH17_IDS, FRESH18_IDS, FRESH19_IDS, FRESH20_IDS,
           FRESH21_IDS, FRESH22_IDS, FRESH23_IDS, FRESH24_IDS)  # every list, in the order drawn
WORK_CUE = re.compile(r"\b(?:film|movie|album|single|song|show|series|sitcom|drama|novel|book|play|musical|documentary)s?\b", re.I)
QUOTE_MARKS = re.compile(r"[\"“”]")
SPEAKER_LINE = re.compile(r"^(?:Q|A|[A-Z][A-Z.' -]{1,40}):\s", re.M)
NON_WESTERN = re.compile(
    r"\b(?:Xi|Jinping|Kim Jong|Choe|Nguyen|Li Keqiang|Wang Yi|Abe|Modi|Erdogan|Putin|Lavrov|"
    r"Zarif|Rouhani|Netanyahu|Abbas|Al[- ][A-Z][a-z]+|bin [A-Z][a-z]+|Duterte|Jokowi|Moon Jae|"
    r"Khamenei|Mohammed|Ahmed|Zelensky|Medvedev|Suga|Kishida|Hun Sen|Aung San)\b"
)


def shared_root() -> Path:
    env = os.environ.get("ONRECORD_SHARED")
    return Path(env) if env else HERE.parents[2] / ".." / "shared"


def corpus_paths() -> dict[str, Path]:
    base = shared_root() / "data" / "corpora"
    return {
        "allsides": base / "allsides_news_2012_2020" / "articles.jsonl.xz",
        "bbc": base / "bbc_news_2004_2005" / "articles.jsonl",
    }


def records(corpus: str):
    path = corpus_paths()[corpus]
    opener = lzma.open if path.suffix == ".xz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def document_text(rec: dict) -> str:
    return f'{rec.get("title") or ""}\n\n{rec["text"]}'


def split_of(doc_id: str) -> str:
    return "test" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def draw() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    chosen: list[tuple[str, str, str]] = []
    pools: dict[str, list[tuple[str, str]]] = {"transcript": [], "many_quotes": [], "names": []}
    for corpus in ("allsides", "bbc"):
        eligible = []
        for rec in records(corpus):
            text = document_text(rec)
            n_marks = len(QUOTE_MARKS.findall(text))
            if n_marks < 2 or len(text) > MAX_CHARS:
                continue
            eligible.append(rec["id"])
            if len(SPEAKER_LINE.findall(text)) >= 3:
                pools["transcript"].append((rec["id"], corpus))
            if n_marks >= 30:
                pools["many_quotes"].append((rec["id"], corpus))
            if NON_WESTERN.search(text):
                pools["names"].append((rec["id"], corpus))
        eligible.sort()
        chosen += [(i, corpus, "random") for i in rng.sample(eligible, 60)]
    taken = {i for i, _, _ in chosen}
    for group in ("transcript", "many_quotes", "names"):
        pool = sorted(p for p in pools[group] if p[0] not in taken)
        for doc_id, corpus in rng.sample(pool, min(10, len(pool))):
            chosen.append((doc_id, corpus, group))
            taken.add(doc_id)
    return chosen


def draw_extension(n_works: int = 24, n_random: int = 8) -> list[tuple[str, str, str]]:
    """40 tuning articles outside articles.tsv: BBC entertainment naming works, then random."""
    rng = random.Random(EXT_SEED)
    taken = {r["id"] for r in read_ids()}
    works: list[str] = []
    eligible: dict[str, list[str]] = {"allsides": [], "bbc": []}
    for corpus in ("allsides", "bbc"):
        for rec in records(corpus):
            text = document_text(rec)
            if rec["id"] in taken or len(QUOTE_MARKS.findall(text)) < 2 or len(text) > MAX_CHARS:
                continue
            eligible[corpus].append(rec["id"])
            if rec["id"].startswith("bbc-entertainment-") and len(WORK_CUE.findall(text)) >= 2:
                works.append(rec["id"])
    chosen = [(i, "bbc", "works") for i in rng.sample(sorted(works), n_works)]
    got = {i for i, _, _ in chosen}
    for corpus in ("allsides", "bbc"):
        pool = sorted(i for i in eligible[corpus] if i not in got)
        chosen += [(i, corpus, "random") for i in rng.sample(pool, n_random)]
    return chosen


def short_quotes(text: str) -> int:
    """Quotation-mark pairs of at most SHORT_QUOTE_MAX_WORDS words: fresh14's kind-rich filter."""
    return sum(1 for m in SHORT_QUOTE.finditer(text) if len(m.group(1).split()) <= SHORT_QUOTE_MAX_WORDS)


def title_quotes(text: str) -> int:
    """Quotation-mark pairs in title case (see TITLE_QUOTE_WORDS): fresh15's title-rich filter."""
    lo, hi = TITLE_QUOTE_WORDS
    n = 0
    for m in TITLE_QUOTE.finditer(text):
        words = m.group(1).split()
        if not lo <= len(words) <= hi or m.group(1).rstrip().endswith((".", "!", "?")):
            continue
        if all(w[:1].isupper() for w in words if len(w.strip(",:;'’")) > TITLE_SMALL_WORD) and words[0][:1].isupper():
            n += 1
    return n


def _eligible(text: str, rich: str | None, cap: int = MAX_CHARS) -> bool:
    if not 2 <= len(QUOTE_MARKS.findall(text)) or len(text) > cap:
        return False
    if rich == "kinds":
        return short_quotes(text) >= KIND_RICH_MIN_SHORT
    if rich == "titles":
        return title_quotes(text) >= TITLE_RICH_MIN
    return True


def draw_uniform(seed: int, taken: set[str], n_each: int = 30, kind_rich: bool = False,
                 rich: str | None = None, corpora: tuple[str, ...] = ("allsides", "bbc"),
                 cap: int = MAX_CHARS) -> list[tuple[str, str, str]]:
    """n_each AllSides + n_each BBC articles outside ``taken``, uniformly at random (cap and floor as
    above; with ``kind_rich`` (rich="kinds"), only articles holding KIND_RICH_MIN_SHORT short
    quotations; with rich="titles", only those holding TITLE_RICH_MIN title-case quotations)."""
    rng = random.Random(seed)
    chosen: list[tuple[str, str, str]] = []
    rich = "kinds" if kind_rich else rich
    group = rich or "random"
    for corpus in corpora:
        pool = sorted(
            rec["id"] for rec in records(corpus)
            if rec["id"] not in taken and _eligible(document_text(rec), rich, cap)
        )
        chosen += [(i, corpus, group) for i in rng.sample(pool, n_each)]
    return chosen


def draw_held() -> list[tuple[str, str, str]]:
    """60 held-out test articles outside articles.tsv and articles-ext.tsv, uniformly at random."""
    return draw_uniform(HELD_SEED, {r["id"] for r in read_ids() + read_ids(EXT_IDS)})


def draw_fresh_set(name: str) -> list[tuple[str, str, str]]:
    """60 more fresh tuning articles (set ``name``) outside every list drawn before it, uniformly at random."""
    seed, path = FRESH_SETS[name]
    earlier = ALL_IDS[: ALL_IDS.index(path)]
    taken = {r["id"] for p in earlier for r in read_ids(p)}
    if name in AUDIT_EXCLUDED_SETS:
        taken |= audited_at_draw(name)
    if name in KIND_RICH_SETS:
        return draw_uniform(seed, taken, KIND_RICH_SETS[name], kind_rich=True)
    if name in TITLE_RICH_SETS:
        return draw_uniform(seed, taken, TITLE_RICH_SETS[name], rich="titles", corpora=("allsides",))
    if name in ALLSIDES_ONLY_SETS:
        return draw_uniform(seed, taken, ALLSIDES_ONLY_SETS[name], corpora=("allsides",),
                            cap=SET_MAX_CHARS.get(name, MAX_CHARS))
    return draw_uniform(seed, taken)


def audited_ids() -> set[str]:
    """Every article id any file of eval/real/audit names (id lists, samples, corpus checks)."""
    return {i for p in sorted(AUDIT_DIR.iterdir()) if p.is_file()
            for i in AUDITED_ID.findall(p.read_text(encoding="utf-8", errors="replace"))}


def audit_snapshot(name: str) -> Path:
    """The ids eval/real/audit named when set ``name`` was drawn (twenty-first session). Audit
    files written later (new lane samples; a tuning set's own reads, "census25s-fresh14.tsv")
    shrink the pool, so a redraw from today's audit folder gave another set; with the snapshot
    ``--write-fresh`` redraws fresh13 and fresh14 as committed."""
    return HERE / f"audited-before-{name}.txt"


def audited_at_draw(name: str) -> set[str]:
    """``audit_snapshot(name)``'s ids, written from today's audit folder the first time."""
    path = audit_snapshot(name)
    if not path.exists():
        path.write_text("\n".join(sorted(audited_ids())) + "\n", encoding="utf-8")
    return {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()}


def write_ids(chosen: list[tuple[str, str, str]], path: Path = IDS, seed: int = SEED, split: str | None = None,
              cap: int = MAX_CHARS) -> None:
    lines = [f"# seed {seed}; max_chars {cap}; see draw.py", "id\tcorpus\tgroup\tsplit"]
    lines += [f"{i}\t{c}\t{g}\t{split or split_of(i)}" for i, c, g in chosen]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_ids(path: Path = IDS) -> list[dict[str, str]]:
    if not path.exists():
        return []
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    head, body = rows[0], rows[1:]
    return [dict(zip(head, r)) for r in body]


def materialise(out: Path) -> int:
    wanted = {r["id"]: r for p in ALL_IDS for r in read_ids(p)}
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for corpus in ("allsides", "bbc"):
        for rec in records(corpus):
            if rec["id"] in wanted:
                (out / f'{rec["id"]}.txt').write_text(document_text(rec), encoding="utf-8", newline="")
                n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write-ids", action="store_true")
    ap.add_argument("--write-ext-ids", action="store_true", help="(re)draw the 40-article tuning extension")
    ap.add_argument("--write-held-ids", action="store_true", help="(re)draw the 60-article held-out test extension")
    ap.add_argument("--write-fresh", choices=sorted(FRESH_SETS), metavar="SET",
                    help="(re)draw one 60-article fresh tuning set: " + ", ".join(FRESH_SETS))
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    if a.write_ids:
        write_ids(draw())
    if a.write_ext_ids:
        write_ids(draw_extension(), EXT_IDS, EXT_SEED, split="tune")
    if a.write_held_ids:
        write_ids(draw_held(), HELD_IDS, HELD_SEED, split="test")
    if a.write_fresh:
        seed, path = FRESH_SETS[a.write_fresh]
        write_ids(draw_fresh_set(a.write_fresh), path, seed, split="tune",
                  cap=SET_MAX_CHARS.get(a.write_fresh, MAX_CHARS))
    if a.out:
        print(f"{materialise(a.out)} articles written to {a.out}")


if __name__ == "__main__":
    main()
