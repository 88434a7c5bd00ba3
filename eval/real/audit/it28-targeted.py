"""Round 48, lane it28: a targeted corpus folder for the corpus check. AllSides articles
outside every list and audit file and outside big and big2 (draws.unread_pool) holding a text
noun (lexicon IT_TEXT_NOUNS) after "according to" or a determiner, then within the same
sentence a full stop and a sentence opening "It <verb>" (the construct of
attribute/it_text_before.py). 200 drawn with seed 20261804, written as <id>.txt to the folder
given. With --fronted: those holding "In the/a … <TEXT_PART_NOUNS> [of X] it <verb>" (rule 2,
``fronted_text``), all of them up to 200 (seed 20261805).

    python eval/real/audit/it28-targeted.py [--fronted] OUT_DIR BIG_DIR BIG2_DIR
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
import draws  # noqa: E402
from onrecord.lexicon.reporting import IT_TEXT_NOUNS, TEXT_PART_NOUNS  # noqa: E402

NOUNS = "|".join(sorted(IT_TEXT_NOUNS, key=len, reverse=True))
CONSTRUCT = re.compile(r"\b(?:according\s+to\s+)?(?:a|an|the|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:"
                       + NOUNS + r")\b[^.!?\n]{0,200}[.!?][”\"]?\s+(?:But\s+|And\s+|Then\s+)?It\s+[a-z]+")
FRONTED = re.compile(r"\bIn\s+(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:"
                     + "|".join(sorted(TEXT_PART_NOUNS, key=len, reverse=True))
                     + r")(?:\s+of\s+(?:[A-Z][\w.&’'-]*\s?){1,4})?\s+it\s+[a-z]+")
args = sys.argv[1:]
fronted = args[0] == "--fronted"
args = args[1:] if fronted else args
out = Path(args[0])
out.mkdir(parents=True, exist_ok=True)
pool = draws.unread_pool(["allsides"], folders=args[1:], construct=FRONTED if fronted else CONSTRUCT)
print(f"pool {len(pool)}", file=sys.stderr)
for doc_id in draws.seeded_sample(sorted(pool), min(200, len(pool)), 20261805 if fronted else 20261804):
    (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
