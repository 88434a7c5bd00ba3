"""Round 46, lane verbs28: how often the sample's candidate verbs of saying and light verb +
speech noun pairs stand next to a quotation mark (within 3 words) in the AllSides and BBC
corpora, excluding every article a split or an audit list holds.  python verbs28_corpus_count.py CORPORA_DIR"""
import collections
import json
import lzma
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import taken_article_ids  # noqa: E402

CANDIDATES = {
    "editorialize": r"editoriali[sz](?:ed|es|ing)",
    "holler": r"holler(?:ed|s|ing)",
    "liken": r"likened|likens|likening",
    "bill": r"bill(?:ed|s)",
    "shrug": r"shrug(?:ged|s|ging)",
    "begin (a text)": r"began|begins",
    "express + speech noun": r"express(?:ed|es|ing) (?:\w+ ){0,2}(?:concern|hope|frustration|doubt|fear|optimism|dismay|regret)s?",
    "voice + speech noun": r"voic(?:ed|es|ing) (?:\w+ ){0,2}(?:concern|hope|frustration|doubt|fear|optimism|dismay|regret)s?",
    "launch into + speech noun": r"launch(?:ed|es|ing) into (?:\w+ ){0,2}(?:explanation|tirade|rant|speech|defen[cs]e|attack)",
    "offer + speech noun": r"offer(?:ed|s|ing) (?:\w+ ){0,2}(?:warning|advice|explanation|assessment|prediction)s?",
}
MARK = r"[\"“”]"


def texts(folder: Path):
    taken = taken_article_ids()
    for line in lzma.open(folder / "allsides_news_2012_2020" / "articles.jsonl.xz", "rt"):
        d = json.loads(line)
        if d.get("id") not in taken:
            yield d.get("id"), d.get("text") or ""
    for line in open(folder / "bbc_news_2004_2005" / "articles.jsonl"):
        d = json.loads(line)
        if d.get("id") not in taken:
            yield d.get("id"), d.get("text") or ""


def main(folder: Path) -> None:
    counts, arts = collections.Counter(), collections.Counter()
    n = 0
    pats = {k: re.compile(rf"(?:{MARK}[,.?!]?\s+(?:\S+\s+){{0,3}}\b(?:{v})\b|\b(?:{v})\b[^\"“”.]{{0,40}}{MARK})", re.I)
            for k, v in CANDIDATES.items()}
    for _aid, text in texts(folder):
        n += 1
        for k, p in pats.items():
            hits = len(p.findall(text))
            counts[k] += hits
            arts[k] += bool(hits)
    print(f"{n} unread corpus articles")
    for k in CANDIDATES:
        print(f"{k}\t{counts[k]} next to a mark\t{arts[k]} articles")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
