"""Judging worksheets for the real verification set: one block per candidate claim with the
article's context and the archive passages that share most of its words (found by
find_in_archive.py: word overlap, blind to onrecord's verifier).

    python eval/real/tools/claim_sheets.py CANDIDATES.jsonl ARCHIVE.jsonl OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_in_archive import Index  # noqa: E402


def block(c: dict, archive: Index) -> str:
    lines = [f"### {c['id']}  (article {c['article']}, published {c['published']})",
             f"QUOTE: {c['quote']}", "", "CONTEXT: ..." + c["context"].replace("\n", " ") + "...", ""]
    seen = set()
    groups = [("anyone", None)] + ([(c["archive_person"], c["archive_person"])] if c.get("archive_person") else [])
    for label, who in groups:
        top, nq = archive.search(c["quote"], who, 3)
        lines.append(f"-- closest passages ({label}):")
        for shared, s, e, rec in top:
            if (rec["id"], s) in seen:
                continue
            seen.add((rec["id"], s))
            lines.append(f"  [{rec['id']} | {rec.get('speaker')} | {rec.get('date')} | {shared}/{nq} words | text[{s}:{e}]]")
            lines.append("  " + rec["text"][s:e].strip().replace("\n", " ")[:900])
    return "\n".join(lines) + "\n\n"


def main() -> None:
    cands, archive, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    index = Index(archive)
    rows = [json.loads(x) for x in cands.read_text(encoding="utf-8").splitlines() if x.strip()]
    for k in range(0, len(rows), 20):
        chunk = rows[k : k + 20]
        (out / f"sheet-{k // 20 + 1:02d}.txt").write_text("".join(block(c, index) for c in chunk), encoding="utf-8")
    print(f"{len(rows)} claims in {(len(rows) + 19) // 20} sheets")


if __name__ == "__main__":
    main()
