"""Lane notspeech54's construct scans: scare/term quotations (main's dump) whose sentence puts them
under a construct that might make them a named person's words. Counts by folder, every hit
printed for reading.

Usage: python notspeech54-scans.py DUMP1.jsonl DIR1 [DUMP2.jsonl DIR2 ...]
(the lane ran it on big, big2 and its 300 random unread AllSides articles)."""
import json
import re
import sys
from collections import Counter

SCANS = {
    # "called the plan a “…”", "dismissing the letter as “…”" (so-called left out when reading)
    "labelling": re.compile(r"\b(called|calls|calling|labell?ed|labels|labell?ing|described|describes|describing|"
                            r"dismissed|dismisses|dismissing|branded|brands|branding|termed|terms|dubbed|dubs|"
                            r"characteri[sz]ed|characteri[sz]es|derided|derides|blasted|slammed)\b"
                            r"(?:\s+[\w’'-]+){0,6}?\s+(?:as\s+)?(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}$"),
    # "said that … “…”" with no other quotation between
    "that_clause": re.compile(r"\b(said|says|tweeted|tweet|wrote|writes|argued|argues|claimed|claims|insisted|"
                              r"insists|warned|warns|declared|declares|told \w+)\s+(?:\w+\s+){0,3}?that\b[^“”\"]*$"),
    # "promised a “…” effort", "while praising the “…” of"
    "pledge_or_praise": re.compile(r"\b(promised|promises|vowed|vows|pledged|pledges|praised|praising|praises|"
                                   r"hailed|hailing|lauded|lauding)\s+(?:\w+\s+){0,3}$"),
    # ", vowing to “…”" and other participles of saying after a comma
    "participle": re.compile(r",\s+(vowing|promising|pledging|urging|insisting|warning|praising|demanding|arguing|"
                             r"claiming|complaining|accusing|blaming|saying|adding|noting|calling on|calling for)\b"
                             r"[^.“”\"]{0,80}$"),
}


def sentence_left(text: str, s: int) -> str:
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    return text[start:s - 1]


def main(args: list[str]) -> None:
    counts: Counter = Counter()
    for dump, folder in zip(args[::2], args[1::2]):
        texts: dict[str, str] = {}
        for line in open(dump, encoding="utf-8"):
            r = json.loads(line)
            if r["kind"] not in ("scare", "term"):
                continue
            if r["id"] not in texts:
                texts[r["id"]] = open(f"{folder}/{r['id']}.txt", encoding="utf-8").read()
            left = sentence_left(texts[r["id"]], r["s"])
            for name, rx in SCANS.items():
                if rx.search(left):
                    counts[name, folder] += 1
                    print(name, r["id"], r["s"], r["kind"], "|", left[-160:].replace("\n", " "), "|", r["text"])
    for (name, folder), n in sorted(counts.items()):
        print(n, name, folder)


if __name__ == "__main__":
    main(sys.argv[1:])
