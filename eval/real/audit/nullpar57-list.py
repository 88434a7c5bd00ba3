import json, sys, re
from pathlib import Path
sys.path.insert(0, "src")
from onrecord.eval import match_overlap
from onrecord.pipeline import extract
from onrecord.names import name_tokens
G = Path("eval/real/attribution"); A = Path("/tmp/lead/arts")
TUNING = "tune,ext,fresh2,fresh3,fresh4,fresh5,fresh14,fresh15,fresh17,fresh18".split(",")
out = []
for s in TUNING:
    recs = [json.loads(l) for l in (G / f"gold-{s}.jsonl").read_text().splitlines() if l.strip()]
    for rec, res in zip(recs, extract([A / f"{r['id']}.txt" for r in recs])):
        text = res.document.text
        pred = [q for q in res.quotes if not q.nested]
        pairs = dict((pi, gi) for gi, pi in match_overlap(rec["quotes"], [{"start": q.start, "end": q.end} for q in pred]))
        for i, q in enumerate(pred):
            if q.kind != "speech" or q.speaker or i not in pairs: continue
            g = rec["quotes"][pairs[i]]
            gs = g.get("speaker")
            if g["kind"] != "speech" or not gs: continue
            toks = name_tokens(gs); sur = toks[-1] if toks else gs
            ps = text.rfind("\n\n", 0, q.start) + 2
            pat = re.compile(r"\b" + re.escape(sur) + r"\b", re.I)
            if not pat.search(text, ps, q.start): continue
            out.append(dict(split=s, id=rec["id"], start=q.start, end=q.end, gold=gs, cue=q.cue,
                            ctx=text[ps:q.end].replace("\n", " "), after=text[q.end:q.end+200].split("\n\n")[0]))
json.dump(out, open(sys.argv[1], "w"), indent=0)
print(len(out))
