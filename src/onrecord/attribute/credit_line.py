"""A dash credit after a quotation ("“…” — Sen. Tom X", "“…” -- Melanie Y, president of the
coalition"): the line's words, and the name they credit. Read by finder.py's right-hand rules
before the punctuation after the words is dropped (moved out of finder.py when the eleventh
session's longer credit lines made it pass 500 lines)."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.calendar import MONTHS, WEEKDAYS, WEEKDAYS_MONTHS
from ..lexicon.function_words import FUNCTION_WORDS
from ..thresholds.attribute import CONFIDENCE as C, NAME_WORDS
from ..thresholds.credits import CREDITS
from .layout import CLOSERS, Layout, Token
from .phrase import Part, Surface, _is_word, _join, mention_phrase


def read_credit_line(r: list[Token]) -> list[Token]:
    """The words of a dash credit after the quotation ("— Sen. Tom X"), with one dash token
    first, or [] when the words do not open with a dash. "--" is a dash too, and a long line is
    cut at its first comma: "“…” – Rep. Jerrold X, D-N.Y., in a statement Wednesday." and "“…”
    -- Melanie Y, president of the coalition." were left without a speaker (about 430 such
    lines with a comma in the AllSides corpus; corpus read, eleventh session)."""
    hyphens = len(r) > 2 and r[0].text == "-" and r[1].text == "-" and r[0].end == r[1].start
    if hyphens:
        r = r[1:]
    elif not r or r[0].text not in {"—", "–"}:
        return []
    if len(r) < 2:
        return []
    long_line = len(r) > NAME_WORDS.credit_line_tokens
    if (hyphens or long_line) and not _credit_opener(r[1]):
        # "-- language that might jar with Democrats", "—With Mark X, Gerrit Y" (a byline): a
        # dash before narration or a contributors' line is no credit
        return []
    if long_line:
        # an embedded tweet's signature ("— Jim X (@handle) July 16, 2020") is read by the tweet
        # rules, not here ("July" was taken)
        cut = next((i for i, t in enumerate(r) if t.text == ","), len(r))
        r = [] if any(t.text in "(@" for t in r[:cut]) else r[:cut]
    return r if 1 < len(r) <= NAME_WORDS.credit_line_tokens else []


def _credit_opener(t: Token) -> bool:
    """A credit line's first word: a capital that is no function word ("With", "And")."""
    return t.text[:1].isupper() and t.lower not in FUNCTION_WORDS


# an age before a credited name ("“…” — 68-year-old Ann X of Y"): a person, never a date
_AGE_RE = re.compile(r"\d+-year-old$")


def dateline(r: list[Token]) -> bool:
    """A dash line that records when and where the words were said, not who said them: it opens
    with a number, a weekday, or a month followed by a number or nothing ("— 28 June, Monessen,
    Pennsylvania", "— Sunday on “Fox News Sunday.”", "— March 2015 press conference"). A
    fact-check prints its speaker once above or as a "NAME:" label; its last capitalised word was
    taken as the speaker (a state, a weekday, a month, a channel: round 77, 12 of the 223 dash credits on the
    8,000 unseen AllSides articles). A given name that is a month ("— April X") stays a name, and
an age opening the line ("— 77-year-old retiree Jo X on the senator") is a person's (round 82,
lane null95: two pull-quotes of draw K were left null as dated)."""
    first = r[1] if len(r) > 1 else None
    if first is None:
        return False
    if first.text[:1].isdigit() and not _AGE_RE.match(first.text) or first.lower in WEEKDAYS:
        return True
    after = r[2] if len(r) > 2 else None
    return first.lower in MONTHS and (after is None or after.text[:1].isdigit() or not _is_word(after))


def dash_credit(r: list[Token]) -> Surface | None:
    """“…” — Editorial, The Daily Gazette: a dash credits the words to the name after it; never a
    dateline (``dateline``), nor a run of day and month names alone ("— AP interview, September")."""
    if dateline(r):
        return None
    caps = [i for i, t in enumerate(r) if t.text[:1].isupper() and _is_word(t)]
    # "— Ralph Cash, South Florida Sun-Sentinel", "— Psychologist Amy Lee to Healthline":
    # a person's name before the comma (or "to"/"in" the outlet) is the author; the outlet
    # is only the credit when no full name comes first ("— Editorial, The Daily Gazette")
    cut = next((i for i, t in enumerate(r) if i > 0 and (t.text == "," or t.lower in {"to", "in", "for", "on"})),
               len(r))
    head = [i for i in caps if i < cut]
    if head and len(head) >= 2 and head[-1] - head[-2] == 1:
        k = j = head[-1]
        while j - 1 > 0 and r[j - 1].text[:1].isupper() and _is_word(r[j - 1]):
            j -= 1
        ph = mention_phrase(r[j : k + 1])
        if ph and ph[0].kind == "name" and r[j].lower not in {"editorial", "opinion", "staff"}:
            return Surface([Part("name", _join(r[j : k + 1]), r[j].start)], None,
                           "string: “…” — X (dash credit)", C.dash_credit)
    if caps:
        k = caps[-1]
        j = k
        while j - 1 > 0 and (r[j - 1].text[:1].isupper() and _is_word(r[j - 1]) or r[j - 1].lower in {"of", "&"}):
            j -= 1
        if all(t.lower in WEEKDAYS_MONTHS for t in r[j : k + 1]):
            return None
        return Surface([Part("name", _join(r[j : k + 1]), r[j].start)], None,
                       "string: “…” — X (dash credit)", C.dash_credit)
    return None


# a round-up's credit: a name of two to four capitalised words (or two such names joined by
# "and"), a comma, an outlet
_NAME = r"[A-ZÀ-Þ][\w.’'\-]+(?: [A-ZÀ-Þ][\w.’'\-]+){1,3}"
# an outlet is capitalised words and their connectors ("Wall Street Journal Other opinions
# below." is a credit run into the page's next line, not an outlet)
_OUTLET = r"(?:The )?[A-ZÀ-Þ][\w.&’'\-]*(?: (?:[A-ZÀ-Þ][\w.&’'\-]*|of|the|and|&|on|for)){0,6}"
_CREDIT = r"(" + _NAME + r"(?: and " + _NAME + r")?), (" + _OUTLET + r")"
_CREDIT_RE = re.compile(r"^" + _CREDIT + r"$")
# the same credit after the paragraph's last closing mark, a dash allowed before it
_CREDIT_AFTER_RE = re.compile(r"[”\"]\s*(?:[—–-]+\s*)?" + _CREDIT + r"\s*$")
# a credit to the outlet's own board: "Editorial Board, The Daily Y" is the outlet's words
_BOARD_CREDITS = frozenset({"editorial board", "the editorial board", "editors", "the editors"})


def credit_below(res: Any, lay: Layout, s: Any, q: Any) -> list[Any]:
    """Round-ups print a quotation, then its author and outlet on a line of their own
    ("Joe Lockhart, CNN"): that line credits every quotation of the paragraph above it;
    "Editorial Board, The Daily Y" credits the outlet (as ``credit_after`` does; round 34,
    lane nulls15: board excerpts were left null or given to the author of the excerpt above),
    but not a quotation inside the board's excerpt ("the folks who (as X put it) ‘…’" is X's
    words, never the outlet's). Two authors joined by "and" ("Ann X and Bo Y, The Daily Y")
    both, jointly, as ``credit_after`` gives them (round 82, lane null95: six co-written
    excerpts of draw K were left null); [] when the line credits no one."""
    if s.para + 1 >= len(lay.para_of_pos):
        return []
    nxt_start, nxt_end = lay.para_of_pos[s.para + 1]
    line = lay.text[nxt_start:nxt_end].strip()
    m = _CREDIT_RE.match(line)
    if "\n" in line or m is None or _inside_another(lay, q):
        # a quotation inside the excerpt is the author quoting someone else: not the line's
        # (review22: "(as one clerk put it) ‘…’" inside an author's excerpt went to the author)
        return []
    if m.group(1).lower() in _BOARD_CREDITS:
        outlet = re.sub(r"^The ", "", m.group(2).strip())
        return [res.ents.entity_for_name(outlet) or outlet]
    found = [_person(res, n) for n in m.group(1).split(" and ")]
    return found if all(found) else []


def excerpt_credit(res: Any, lay: Layout, s: Any, q: Any) -> list[Any]:
    """The credit line below a round-up's excerpt, for an excerpt whose own sentence names no
    one ("Critics, however, argue that “…”", "Others note, “…”", or no words at all): the
    round-up prints the author's words after at most a short lead of its own. Before, only a
    quotation with no cue of its own fell back to the line; a lead with a plural subject or
    none left the excerpt null (round 34, lane nulls15: 9 excerpts of the corpus's
    round-ups). Never a quotation inside another (the excerpt's own quotation of someone else)."""
    if _inside_another(lay, q):
        return []
    start = lay.para_of_pos[s.para][0]
    lead_end = _excerpt_opening(lay, start, q)
    if len(re.findall(r"[A-Za-z]+", lay.masked[start:lead_end])) > CREDITS.excerpt_lead_words:
        return []
    return credit_below(res, lay, s, q)


# an elision joint inside an excerpt: "…", "...", then invisible joiners and spaces, and the
# opening mark of the excerpt's next chunk
_ELISION_JOINT_RE = re.compile(r"(?:…|\.\.\.)[\s\u200b\u200c\u200d\u2060\ufeff]*[“\"]$")


def _excerpt_opening(lay: Layout, start: int, q: Any) -> int:
    """Where an excerpt's lead ends: the quotation's own opening mark, or, for the chunk after
    an elision ("Others note, “… be… \u200d “…”" above "Ann X, The Daily Y"), the paragraph's
    first opening mark. Round-ups cut an excerpt with "…" and open its next chunk with a fresh
    mark, leaving the first chunk unclosed; its words were counted as the round-up's own lead,
    and the last chunk was left null (round 82, lane null95: 15 excerpts of draw K, one of them
    repeated in nine articles)."""
    if not _ELISION_JOINT_RE.search(lay.text, start, q.start):
        return q.start
    return min((k for k in (lay.text.find(m, start, q.start) for m in "“\"") if k >= 0), default=q.start)


def inside_credited_excerpt(lay: Layout, s: Any, q: Any) -> bool:
    """A quotation inside an excerpt credited below ("Editorial Board, The Daily Y", "Ann X,
    The Daily Y"): the author quoting someone ("… had it right when he tweeted: ‘…’"). Neither the outlet nor the
    speaker before it said the words (round 34, lane nulls15: three such quotations of a
    corpus check went to the outlet of the excerpt around them as the last speaker)."""
    if s.para + 1 >= len(lay.para_of_pos) or not _inside_another(lay, q):
        return False
    nxt_start, nxt_end = lay.para_of_pos[s.para + 1]
    m = _CREDIT_RE.match(lay.text[nxt_start:nxt_end].strip())
    # any credit line, not only a board's: "(as one clerk put it) ‘…’" inside an author's
    # excerpt went to the author as the last speaker (review22)
    return m is not None


def _inside_another(lay: Layout, q: Any) -> bool:
    return any(o.start < q.start and q.end < o.end for o in lay.quotes if o is not q)


def credit_after(res: Any, lay: Layout, s: Any) -> list[Any]:
    """"“…” Ann X, The Daily Y" closing the paragraph, after the last closing mark on the same
    line: it credits every quotation of its paragraph that names no speaker of its own (round
    23, lane labels7: about 120 AllSides round-ups print excerpts so; the credit fell into a
    sentence of its own, and each next excerpt continued the author of the one above). Two
    authors joined by "and" both; "Editorial Board, The Daily Y" the outlet."""
    start, end = lay.para_of_pos[s.para]
    m = _CREDIT_AFTER_RE.search(lay.text, start, end)
    if m is None:
        return []
    if m.group(1).lower() in _BOARD_CREDITS:
        outlet = re.sub(r"^The ", "", m.group(2).strip())
        return [res.ents.entity_for_name(outlet) or outlet]
    found = [_person(res, n) for n in m.group(1).split(" and ")]
    return found if all(found) else []


def _person(res: Any, name: str) -> Any:
    """The person a credit names (never an organisation: the outlet is not the author)."""
    e = res.ents.entity_for_name(name.strip())
    return e if e is not None and e.kind != "org" else None


def modifies_next(text: str, start: int) -> bool:
    """"The Tories called it a “vote now, pay later” Budget.": words that end on a letter, with
    nothing but a space between the closing mark and the capitalised word, modify that word
    (round 26, lane wrong9: the speaker "Budget", fresh4); a credit line has a comma, a stop
    or a dash between ("“…,” Trump", "“…” — Trump")."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k == start or k < 2 or text[k - 1] not in CLOSERS:
        return False
    return text[k - 2].isalnum()
