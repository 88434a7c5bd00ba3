"""usage: python review30-targeted-draw.py BIG_DIR BIG2_DIR REVIEW30_DIR OUT_DIR > ids.txt (run from the repo root)

Targeted draw: corpus articles holding the constructs of called21/terms21/review27, outside every list,
big, big2 and review30's 300; random.Random(20261284).sample of 150 AllSides + all 10 BBC."""
import re, sys
from pathlib import Path
sys.path.insert(0, "eval/real/tools"); sys.path.insert(0, "eval/real/attribution"); sys.path.insert(0, "eval/real/audit")
import importlib.util
spec = importlib.util.spec_from_file_location("d", "eval/real/audit/review30-draw.py"); d = importlib.util.module_from_spec(spec); spec.loader.exec_module(d)
from draws import seeded_sample
CON = re.compile(r"""\b(?:(?:marked|marking|mark|deemed|listed|relisted|identify|identified|identifies|identifying)\s+(?:[\w'’]+\s+){0,3}?(?:as\s+)?(?:a |an |the )?["“]|so-called\s+["“][^"”]{1,60}["”]\s+(?:law|laws|rule|rules|camp|provision|plan|bill|act|policy)|(?:signs?|placards?|banners?|shirts?|T-shirts?)\s+(?:reading|saying)|(?:called|named|labell?ed|dubbed|nicknamed)\s+(?:the |a |an )?["“]|known as\s+["“])""", re.I)
skip = d.excluded(sys.argv[1:4])
out = Path(sys.argv[4]); out.mkdir(exist_ok=True)
for corpus, n in {"allsides": 150, "bbc": 10}.items():
    pool = {}
    for rec in d.records(corpus):
        t = d.document_text(rec)
        if rec["id"] in skip or len(t) > d.MAX_CHARS or not CON.search(t): continue
        pool[rec["id"]] = t
    print(corpus, len(pool), file=sys.stderr)
    for i in seeded_sample(sorted(pool), n, 20261284):
        (out / f"{i}.txt").write_text(pool[i], encoding="utf-8"); print(i)
