"""Round 48, lane alone28: every quotation of at most four words whose marks hold a whole
sentence (opening after a sentence end, a paragraph start or the article start; closing with
sentence punctuation inside the marks or right after them), typed scare or term, in a dump.

    python alone28-scan.py DUMP.jsonl ARTICLES_DIR [--all-kinds]

Prints id, s, e, kind, speaker, the quotation and 80 characters either side."""
import json
import re
import sys
from pathlib import Path

OPEN = "\"“‘'"
CLOSE = "\"”’'"
SENT_END = ".!?…"


def stands_alone(text: str, s: int, e: int, quote: str) -> bool:
    i = s - 1
    while i >= 0 and text[i] in OPEN:
        i -= 1
    j = i
    while j >= 0 and text[j] in " \t":
        j -= 1
    before_ok = j < 0 or text[j] == "\n" or text[j] in SENT_END or (
        text[j] in CLOSE and j > 0 and text[j - 1] in SENT_END)
    if not before_ok:
        return False
    if quote.rstrip()[-1:] in SENT_END:
        return True
    k = e
    while k < len(text) and text[k] in CLOSE:
        k += 1
    return k < len(text) and text[k] in SENT_END


def words(quote: str) -> int:
    return len(re.findall(r"[\w'’-]+", quote))


def main(dump: str, arts: str, all_kinds: bool = False) -> None:
    texts: dict[str, str] = {}
    for line in open(dump, encoding="utf-8"):
        q = json.loads(line)
        if not all_kinds and q["kind"] not in ("scare", "term"):
            continue
        if not 1 <= words(q["text"]) <= 4:
            continue
        if q["id"] not in texts:
            texts[q["id"]] = (Path(arts) / f"{q['id']}.txt").read_text(encoding="utf-8")
        t = texts[q["id"]]
        if not stands_alone(t, q["s"], q["e"], q["text"]):
            continue
        ctx = (t[max(0, q["s"] - 80):q["s"]] + "[[" + t[q["s"]:q["e"]] + "]]" + t[q["e"]:q["e"] + 80]).replace("\n", " / ")
        print("\t".join([q["id"], str(q["s"]), str(q["e"]), q["kind"], str(q["speaker"]), q["text"], ctx]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--all-kinds" in sys.argv)
