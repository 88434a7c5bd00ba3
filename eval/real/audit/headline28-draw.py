"""Round 48, lane headline28: the seeded draw of quotations in headlines, link lines, video
titles and teasers from the lead's big2 dump (then big), for eval/real/audit/headline28-sample.tsv.

Usage: python headline28-draw.py BIG2.jsonl BIG2_DIR BIG.jsonl BIG_DIR > pool.tsv
(the dumps and article folders are the lead's; no machine path is kept here).

A quotation is in the pool when its line (the text between two line breaks) is
- the article's first non-empty line (the headline), or
- a line opening on link or teaser furniture (Related, Read more, More:, See also:, Also on X:,
  WATCH:, JUST WATCHED, CLOSE, Listen, Story highlights, PHOTOS:, VIDEO:), or holding
  "Replay More Videos", or
- a short line: at most 20 words, no sentence end (. ! ?) at its end (closing marks aside) and
  none inside it.
Pairs already judged in audit/*-sample.tsv are left out. Seed 20261802, up to 100 items, big2
first.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED = 20261802
N = 100
FURNITURE = re.compile(r"^\W*(?:(?i:related|read more|more|see also|watch|listen|photos?|video)\s*:|"
                       r"Also on [A-Z]+:|JUST WATCHED|CLOSE\b|Listen\b|Story highlights|Related\b|Read more\b)")


def layout(text: str, s: int) -> str | None:
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    line = text[a:] if b < 0 else text[a:b]
    if not text[:a].strip():
        return "headline"
    if FURNITURE.search(line) or "Replay More Videos" in line:
        return "link/teaser"
    if len(re.findall(r"\w+", line)) <= 20 and not re.search(r"[.!?][\"”’')\]\s]*$", line) \
            and not re.search(r"[.!?][\"”’']?\s+[\"“‘A-Z]", line):
        return "short line"
    return None


def pool(dump: str, folder: str, taken: set) -> list[tuple]:
    out = []
    texts: dict[str, str] = {}
    for row in open(dump, encoding="utf-8"):
        r = json.loads(row)
        if (r["id"], r["s"]) in taken:
            continue
        if r["id"] not in texts:
            texts[r["id"]] = (Path(folder) / f"{r['id']}.txt").read_text(encoding="utf-8")
        kind = layout(texts[r["id"]], r["s"])
        if kind:
            out.append((r["id"], r["s"], r["e"], kind, r["kind"], r["speaker"], r["text"]))
    return out


def main() -> None:
    taken = judged_pairs(sample_files())
    big2 = pool(sys.argv[1], sys.argv[2], taken)
    drawn = seeded_sample(big2, min(N, len(big2)), SEED)
    if len(drawn) < N:
        big = pool(sys.argv[3], sys.argv[4], taken)
        drawn += seeded_sample(big, min(N - len(drawn), len(big)), SEED)
    print(f"# pool big2 {len(big2)}", file=sys.stderr)
    for d in drawn:
        print("\t".join(str(x) for x in d))


if __name__ == "__main__":
    main()
