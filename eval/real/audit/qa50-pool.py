"""Round 50, lane qa50: the pools and the seeded draw of qa50-sample.tsv (run before that file existed:
judged_pairs then held no qa50 pair). Usage: python qa50-pool.py LEAD_DIR OWN_DIR (LEAD_DIR holds big, big2 and
their r50 dumps; OWN_DIR the folders of qa50-draw.py and their dumps rnd-before.jsonl, tgt-before.jsonl)."""
import json, re, sys, random
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, _draw_module
draw = _draw_module()
LEAD, OWN = sys.argv[1], sys.argv[2]
QL = re.compile(r"^(?:Q\.|Question:|QUESTION:)\s", re.M)
ASK = re.compile(r"\b(asked|asks|asking|question(?:ed|s)?|interview(?:ed|er)?|transcript|replied|responded|answered)\b", re.I)
judged = judged_pairs(sample_files())
def layout(t): return len(draw.SPEAKER_LINE.findall(t)) >= 3 or len(QL.findall(t)) >= 2
A, B = [], []
for dump, folder in [("" + LEAD + "/big-r50.jsonl", "" + LEAD + "/big"), ("" + LEAD + "/big2-r50.jsonl", "" + LEAD + "/big2"),
                     ("" + OWN + "/rnd-before.jsonl", "" + OWN + "/random"), ("" + OWN + "/tgt-before.jsonl", "" + OWN + "/targeted")]:
    texts = {}
    for line in open(dump):
        r = json.loads(line)
        if r["kind"] != "speech" or (r["id"], r["s"]) in judged: continue
        if r["id"] not in texts: texts[r["id"]] = Path(folder, r["id"] + ".txt").read_text()
        t = texts[r["id"]]
        r["folder"] = folder
        if layout(t):
            A.append(r); continue
        # same sentence-ish window: 150 chars before, 100 after
        win = t[max(0, r["s"] - 150):r["e"] + 100]
        before = t[max(0, r["s"] - 8):r["s"]]
        if ASK.search(win) or "?" in before:
            B.append(r)
A.sort(key=lambda r: (r["id"], r["s"])); B.sort(key=lambda r: (r["id"], r["s"]))
print(len(A), len(B), len({r['id'] for r in A}))
SEED = 20261252
sa = random.Random(SEED).sample(A, 50); sb = random.Random(SEED + 1).sample(B, 50)
with open(Path(OWN, "sample.jsonl"), "w") as fh:
    for i, r in enumerate(sa + sb):
        r["pool"] = "A" if i < 50 else "B"; r["k"] = i + 1
        fh.write(json.dumps(r) + "\n")
