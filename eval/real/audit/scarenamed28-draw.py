"""Draw for lane scarenamed28: scare/term quotations credited to nobody whose words sit
inside a longer speech quotation of the same article that has a named speaker (a writer's
echo of a named speaker's words).  Run from the repository root:
    python eval/real/audit/scarenamed28-draw.py BIG2.jsonl BIG.jsonl > pool.jsonl
Seed 20261703; big2 first, then big; (id, s) pairs of earlier samples excluded."""
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

SEED = 20261703
N = 100


def norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' -]", " ", text.lower().replace("’", "'")).split())


def candidates(path: str) -> list[dict]:
    by_id = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        by_id[r["id"]].append(r)
    out = []
    for aid, qs in sorted(by_id.items()):
        for q in qs:
            words = norm(q["text"]).strip("' -")
            if q["kind"] not in ("scare", "term") or q["speaker"] or not words:
                continue
            if len(words.split()) > 6:
                continue
            pat = re.compile(r"(?<![\w'])" + re.escape(words) + r"(?![\w'])")
            hosts = [o for o in qs if o is not q and o["kind"] == "speech" and o["speaker"]
                     and len(o["text"]) > len(q["text"]) and pat.search(norm(o["text"]))]
            if hosts:
                out.append({**q, "host_s": hosts[0]["s"], "host_speaker": hosts[0]["speaker"]})
    return out


def main() -> None:
    taken = draws.judged_pairs(draws.sample_files())
    drawn = []
    for path in sys.argv[1:]:
        pool = [c for c in candidates(path) if (c["id"], c["s"]) not in taken]
        print(f"{path}: {len(pool)} candidates", file=sys.stderr)
        drawn += draws.seeded_sample(pool, min(N - len(drawn), len(pool)), SEED)
        if len(drawn) >= N:
            break
    for c in drawn:
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
