"""Check a re-reader's file (reread.py sheets): every span of the sheets judged once, fields consistent.

    python eval/real/tools/reread_check.py SHEETS_DIR READER.jsonl
"""
import json, sys, re
from pathlib import Path
sheets, path = Path(sys.argv[1]), Path(sys.argv[2])
want = set()
for f in sheets.glob("*.sheet.txt"):
    doc = f.name[:-len(".sheet.txt")]
    tail = f.read_text().split("# quotation spans to judge (n, start, end, text)\n")[1]
    for ln in tail.splitlines():
        if ln.strip():
            n, s, e, _ = ln.split("\t", 3); want.add((doc, int(s), int(e)))
got, bad = {}, []
for i, ln in enumerate(path.read_text().splitlines(), 1):
    if not ln.strip(): continue
    try: r = json.loads(ln)
    except Exception as ex: bad.append(f"line {i}: not JSON ({ex})"); continue
    k = (r.get("id"), r.get("start"), r.get("end"))
    if k in got: bad.append(f"line {i}: {k} judged twice")
    got[k] = r
    if r.get("kind") not in {"speech", "title", "scare", "term"}: bad.append(f"line {i}: kind {r.get('kind')!r}")
    if r.get("kind") != "speech" and (r.get("speaker") or r.get("speakers") or r.get("speaker_description")): bad.append(f"line {i}: non-speech with a speaker/description")
    if r.get("kind") == "speech" and r.get("speaker") and (r.get("speakers") or [None])[0] != r.get("speaker"): bad.append(f"line {i}: speakers must start with speaker")
    if r.get("kind") == "speech" and not r.get("speaker") and not r.get("speaker_description"): bad.append(f"line {i}: unnamed speech needs speaker_description")
for k in sorted(want - set(got)): bad.append(f"missing {k}")
for k in sorted(set(got) - want): bad.append(f"not a sheet span {k}")
print("\n".join(bad[:40]) or f"OK: {len(got)} items")
sys.exit(1 if bad else 0)
