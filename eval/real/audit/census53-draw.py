"""census53's sample: speech quotations left null whose evidence records an unresolved definite
description headed by a body or group noun ("the organizers", "the company", "the group", "the
administration"), from main's dumps of big2, big and the lane's 300 random unread AllSides
articles, less every (id, s) judged in an earlier sample. Seed 53053201, 30 drawn."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

HEADS = r"(organi[sz]ers|company|firm|group|administration|government|campaign|organi[sz]ation|agency|department|committee|coalition|ministry|union|network|foundation|team|office)"
DESC = re.compile(r"description '((?:the|The) (?:[\w-]+ ){0,2}" + HEADS + r")' unresolved")

def pool(dumps):
    judged = draws.judged_pairs(draws.sample_files())
    out = []
    for name, path in dumps:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            if r["kind"] != "speech" or r.get("speaker") or (r["id"], r["s"]) in judged:
                continue
            m = next((DESC.search(a) for a in r.get("aev") or [] if DESC.search(a)), None)
            if m:
                out.append((name, r["id"], r["s"], r["e"], m.group(1), r["text"], r.get("cue")))
    return out

if __name__ == "__main__":
    p = pool([(a, b) for a, b in zip(sys.argv[1::2], sys.argv[2::2])])
    print(len(p), file=sys.stderr)
    for row in draws.seeded_sample(p, min(30, len(p)), 53053201):
        print("\t".join(map(str, row)))
