"""Round 47, lane pronoun28: a targeted corpus folder for the corpus check. AllSides articles
outside every list and audit file (draws.unread_pool) holding one of the lane's constructs:
"A spokesman for <Body>, <Name>," / "The <modifiers> <Name> <role> <verb>" / "… indictment or
policy says". 150 drawn with seed 20261702, written as <id>.txt to the folder given."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

CONSTRUCT = re.compile(
    r"(?:^|[.!?]\s+)(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+\s+(?:for|of|at|with)\s+(?:the\s+)?"
    r"[A-Z][^,.\n]{0,60},\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+,"
    r"|(?:^|[.!?]\s+)The\s+(?:[a-z0-9][\w-]*\s+){1,3}[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,2}\s+[a-z]+\s+[a-z]"
    r"|(?:indictment|policy)\s+(?:says|said|states|stated|reads)", re.M)
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
pool = draws.unread_pool(["allsides"], construct=CONSTRUCT)
print(f"pool {len(pool)}", file=sys.stderr)
for doc_id in draws.seeded_sample(sorted(pool), 150, 20261702):
    (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
