"""Round 44, lane tidy27: the two corpus folders of the one "share of those polled" pattern
(lexicon/voting.POLL_SHARE_RE, read by extract/term_rules and attribute/poll_share).

1. TARGETED: every unread AllSides/BBC article (eval/real/tools/draws.unread_pool, also outside
   the FOLDERs given, big and big2 in the lane's run) holding a share word ("percent", "%",
   "majority", "a third", "half", "one in four" …), a verb of view or of picking an answer
   within 60 characters after it, and an opening mark within 150 after the verb: 350 articles,
   all taken (tidy27-targeted-articles.txt).
2. SCAN: every unread article (not outside big/big2: the scan reads text, no output) with a
   stretch of text before an opening mark where main's (efe0787) two patterns, copied below,
   and the shared one find different shares with a verb (a view verb for poll_share, an
   answer verb for term_rules): 23 articles with the final pattern, their lines printed. The
   lane's folder (tidy27-scan-articles.txt, 24) also holds the one article the pattern's first
   form found before it refused "the minority leader".

    ONRECORD_SHARED=… PYTHONPATH=<worktree>/src python eval/real/audit/tidy27-draw.py TARGETED SCAN [FOLDER …]
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
import draws  # noqa: E402
from onrecord.lexicon.voting import POLL_ANSWER_VERBS, POLL_SHARE_RE, POLL_VIEW_VERBS  # noqa: E402

VERBS = "|".join(sorted(POLL_VIEW_VERBS | POLL_ANSWER_VERBS))
CONSTRUCT = re.compile(r"(?i)(?:percent|per cent|%|majority|minority|thirds?|quarters?|fifths?|\bhalf\b"
                       r"|\b(?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)"
                       r"[^.“”\"]{0,60}?\b(?:" + VERBS + r")\b[^.]{0,150}?[“\"]")

# main efe0787's two patterns
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
OLD_POLL = (r"(?:\d+(?:\.\d+)?\s*(?:-\s*)?(?:percent|per\s+cent|%)(?:\s+majority)?"
            rf"|{_SMALL}\s+(?:in|out\s+of)\s+{_SMALL}"
            r"|(?:a|the)\s+(?:(?:clear|slim|narrow|large|solid|bare)\s+)?majority"
            r"|(?:a|one)\s+(?:third|quarter|fifth)|two-thirds|three-quarters|half(?=\s+of))")
OLD_TERM = re.compile(
    r"(?:\b[\w-]+\s+(?:percent|per cent)|\d+(?:\.\d+)?\s*%|\b(?:one|two|three|four|\d+)\s+(?:in|out of)\s+\w+"
    r"|\b(?:majority|minority|half|third|quarter|thirds|quarters))"
    r"(?:\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)?\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b", re.I)
NEW_TERM = re.compile(rf"{POLL_SHARE_RE}"
                      r"(?:\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)?\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b", re.I)


def _view(share: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?P<share>{share}(?:\s+(?:of\s+)?(?P<people>[\w'’-]+(?:\s+[\w'’-]+)*?))?)"
                      rf"\s+(?:also\s+|still\s+|now\s+)?(?P<verb>{'|'.join(sorted(POLL_VIEW_VERBS))})\b")


OLD_VIEW, NEW_VIEW = _view(OLD_POLL), _view(POLL_SHARE_RE)
TO_MARK = re.compile(r"[^.!?\n“\"]{0,400}[“\"]")


def _differs(s: str) -> bool:
    views = [{(m.group("share"), m.group("verb")) for m in rx.finditer(s)} for rx in (OLD_VIEW, NEW_VIEW)]
    terms = [{m.group(0) for m in rx.finditer(s) if m.group("verb").lower() in POLL_ANSWER_VERBS}
             for rx in (OLD_TERM, NEW_TERM)]
    return views[0] != views[1] or terms[0] != terms[1]


def main(targeted: str, scan: str, folders: list[str]) -> None:
    for out in (targeted, scan):
        Path(out).mkdir(parents=True, exist_ok=True)
    pool = draws.unread_pool(["allsides", "bbc"], folders, CONSTRUCT)
    for doc_id in sorted(pool):
        (Path(targeted) / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
    print("targeted", len(pool))
    hits = 0
    for doc_id, text in draws.unread_pool(["allsides", "bbc"]).items():
        lines = [m.group(0)[-160:].replace("\n", " ") for m in TO_MARK.finditer(text) if _differs(m.group(0))]
        if lines:
            hits += 1
            (Path(scan) / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            print(doc_id, "|", " || ".join(lines))
    print("scan", hits)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
