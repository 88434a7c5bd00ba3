"""Draw lane wrong16's sample (round 35): named speech quotations of main's big output.

Usage: python eval/real/tools/wrong16_sample.py BIG_OUTPUT.jsonl [N] [SEED]

Named speech = kind "speech" with a speaker. Every (id, s) already listed in an
eval/real/audit/*-sample.tsv is left out (those lanes judged it already). Prints
one tab-separated row per drawn quotation: draw index, id, s, e, speaker, first aev.
"""
import json
import sys

from draws import judged_pairs, sample_files, seeded_sample  # eval/real/tools/draws.py, beside this script


def main():
    big, n, seed = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200, \
        int(sys.argv[3]) if len(sys.argv) > 3 else 20261233
    seen = judged_pairs(sample_files())
    rows = [json.loads(ln) for ln in open(big)]
    pool = [r for r in rows if r["kind"] == "speech" and r["speaker"]
            and (r["id"], r["s"]) not in seen]
    print(f"# {len(pool)} named speech quotations outside {len(seen)} judged pairs", file=sys.stderr)
    for i, r in enumerate(seeded_sample(pool, n, seed)):
        aev = (r.get("aev") or [""])[0]
        print("\t".join([str(i), r["id"], str(r["s"]), str(r["e"]), r["speaker"], aev]))


if __name__ == "__main__":
    main()
