"""census53: a targeted folder of unread AllSides articles holding the construct of
attribute/repeated_body.py: "the <Capitalised> … government|campaign|administration|ministry" and,
within 400 characters after, a bare "the <same head>" before a verb of saying. AllSides only, less
draws.taken_article_ids() and the lane's 300 random articles (census53-random.tsv); shuffled
with random.Random(53053301), the first 150 written to OUT_DIR.

    ONRECORD_SHARED=... python eval/real/audit/census53-targeted-draw.py OUT_DIR   (repo root)"""
import os
import random
import re
import sys

sys.path.insert(0, 'eval/real/attribution')
sys.path.insert(0, 'eval/real/tools')
import draw  # noqa: E402
import draws  # noqa: E402

HOLDS = re.compile(r"\b[Tt]he [A-Z][\w.-]*(?: [A-Za-z][\w.-]*){0,2} (government|campaign|administration|ministry)\b"
                   r"[\s\S]{0,400}?\b[Tt]he \1,? (?:\w+ )?(?:said|says|added|wrote|noted|argued|stated|"
                   r"announced|advises|warned|warns|claimed|insisted|told|continued)\b")
out = sys.argv[1]
taken = draws.taken_article_ids()
taken |= {line.split("\t")[0] for line in open('eval/real/audit/census53-random.tsv') if line.startswith("abp-")}
hits = [r for r in draw.records("allsides") if r["id"] not in taken and HOLDS.search(draw.document_text(r))]
hits.sort(key=lambda r: r["id"])
random.Random(53053301).shuffle(hits)
os.makedirs(out, exist_ok=True)
for r in hits[:150]:
    with open(os.path.join(out, f'{r["id"]}.txt'), 'w', encoding='utf-8') as f:
        f.write(draw.document_text(r))
print(len(hits), min(150, len(hits)))
