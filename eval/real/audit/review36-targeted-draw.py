"""Draw review36's targeted check: unread AllSides articles (draws.unread_pool: outside every
list and audit file and the given folders) holding a relative clause whose verb of asking or
speaking takes an 'about' phrase and a that-clause follows ('… where senators asked about the
port that …'); every holder, sorted; none of the BBC pool is read.

usage: python review36-targeted-draw.py BIG_DIR BIG2_DIR RANDOM_DIR OUT_DIR > ids.txt
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import unread_pool  # noqa: E402

CONSTRUCT = re.compile(r"\b(?:where|when|which|whom)\s+[^.,;“”\"]{0,60}\b(?:ask|asked|asks|asking|spoke|speaks|"
                       r"talked|talks|inquired|enquired)\s+(?:\w+\s+)?(?:about|regarding|concerning)\b"
                       r"[^.“”\"]{0,80}\bthat\b[^.“”\"]{0,120}[“\"]")

if __name__ == "__main__":
    out = Path(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    pool = unread_pool(["allsides"], sys.argv[1:4], CONSTRUCT)
    for doc_id in sorted(pool):
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
        print(doc_id)
