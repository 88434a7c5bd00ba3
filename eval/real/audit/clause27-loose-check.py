"""Lane clause27. Usage: python clause27-loose-check.py STRICT_POOL.jsonl DUMP DIR [DUMP2 DIR2] (seed 20261702, up to 40).
Looser frame (a check on the strict one): speech, speaker null; in the quotation's sentence a
proper-noun nominal subject of a verb that is no reporting form stands before the opening mark,
and no reporting form stands anywhere in the sentence outside the marks."""
import json, sys, re
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
from draws import judged_pairs, sample_files, seeded_sample
from onrecord.attribute.nlp import get_nlp
from onrecord.lexicon.reporting import REPORT_FORMS
import importlib.util
spec = importlib.util.spec_from_file_location("d", HERE / "clause27-draw.py"); d = importlib.util.module_from_spec(spec); spec.loader.exec_module(d)
nlp = get_nlp(); judged = judged_pairs(sample_files())
strict = {(json.loads(l)["id"], json.loads(l)["s"]) for l in open(sys.argv[1])}
pool = []
for dump, folder in zip(sys.argv[2::2], sys.argv[3::2]):
    for l in open(dump):
        r = json.loads(l)
        if r["kind"] != "speech" or r["speaker"] or (r["id"], r["s"]) in judged or (r["id"], r["s"]) in strict:
            continue
        text = Path(folder, r["id"] + ".txt").read_text()
        a, para = d.paragraph(text, r["s"])
        doc = nlp(para); qs = r["s"] - a; qe = r["e"] - a
        tok = next((t for t in doc if t.idx >= qs), None)
        if tok is None: continue
        sent = tok.sent
        # spans of all quoted text in sentence: approximate by marks
        inside = lambda t: any(m.start() <= t.idx - sent.start_char < m.end() for m in re.finditer(r"[“\"‘'][^”\"’']*[”\"’']", sent.text))
        outside_toks = [t for t in sent if not inside(t)]
        if any(t.lower_ in REPORT_FORMS for t in outside_toks): continue
        subj = [t for t in outside_toks if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and t.idx < qs and t.head.lower_ not in REPORT_FORMS]
        if not subj: continue
        pool.append({**r, "subject": subj[0].text, "verb": subj[0].head.text, "sentence": sent.text, "src": dump})
pool.sort(key=lambda r: (r["id"], r["s"]))
print(len(pool), file=sys.stderr)
for r in seeded_sample(pool, min(40, len(pool)), 20261702):
    print(json.dumps(r, ensure_ascii=False))
