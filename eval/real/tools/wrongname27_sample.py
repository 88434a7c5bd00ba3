"""Draw lane wrongname27's sample (round 44): named speech quotations of main's big2 output, by
the rule family that produced the name.

Usage: python eval/real/tools/wrongname27_sample.py BIG2_OUTPUT.jsonl [SEED]

Pools (every (id, s) already in an eval/real/audit/*-sample.tsv left out): 50 named through a
pronoun (an aev step "pronoun 'he'|'she'|'it'|'they' -> ..." and not a continuation), 25 one-word
names from a name mention, 25 continuations. Prints one tab-separated row per drawn quotation:
draw index, pool, id, s, e, speaker, first aev.
"""
import json
import re
import sys

from draws import judged_pairs, sample_files, seeded_sample  # eval/real/tools/draws.py, beside this script


def _pools(rows):
    seen = judged_pairs(sample_files())
    pool = [r for r in rows if r["kind"] == "speech" and r["speaker"] and (r["id"], r["s"]) not in seen]
    aev = [r.get("aev") or [""] for r in pool]
    cont = [r for r, a in zip(pool, aev) if a[0].startswith("continues")]
    pron = [r for r, a in zip(pool, aev) if not a[0].startswith("continues")
            and any(re.match(r"pronoun '(he|she|it|they)'", x) for x in a)]
    name1 = [r for r, a in zip(pool, aev) if not a[0].startswith("continues")
             and any(x.startswith("name '") for x in a) and " " not in r["speaker"]]
    return [("pronoun", pron, 50), ("one-word-name", name1, 25), ("continuation", cont, 25)]


def main():
    rows = [json.loads(ln) for ln in open(sys.argv[1], encoding="utf-8")]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20261502
    i = 0
    for name, pool, n in _pools(rows):
        print(f"# {name}: {len(pool)} in the pool", file=sys.stderr)
        for r in seeded_sample(pool, n, seed):
            print("\t".join([str(i), name, r["id"], str(r["s"]), str(r["e"]), r["speaker"], (r.get("aev") or [""])[0]]))
            i += 1


if __name__ == "__main__":
    main()
