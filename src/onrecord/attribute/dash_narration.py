"""A dash after a quotation that goes on with the writer's sentence, not a dash credit: "he
said the plan holds “so long as the books are kept” — a jab aimed straight at Mr. X", "the
“second reading” — X being a crook — “was not so odd”", "“…Maybe” — X represents a safe ward
— “but …”", "“It is a tie as to who is worse” – X or Y.". credit_line.dash_credit took the last
capitals of such words as the speaker (round 82, lane wrong96: 15 of the 55 dash credits on
draw K were narration: a party, a state, a rival, a campaign, the subject of the aside).
Asked by after_quote.match_right before the dash credit is read."""

from __future__ import annotations

from ..lexicon.function_words import DASH_CLAUSE_WORDS, DASH_NARRATION_OPENERS
from .layout import Token

_DASHES = frozenset({"—", "–", "-", "--"})


def dash_narration(line: list[Token]) -> bool:
    """True when the dash line (``credit_line.read_credit_line``'s words, a dash first) is
    narration: it opens with a lower-case small word or a participle ("— a jab", "— and the",
    "—meaning the delegates—", "— on Twitter"), holds a second dash closing an aside before
    more of the sentence, or holds, before its first comma, a verb of being or having, a
    modal, "or" or a pronoun ("— X being a crook", "– X or Y")."""
    if len(line) < 2:
        return False
    first = line[1]
    if first.text.islower() and (first.lower in DASH_NARRATION_OPENERS or first.lower.endswith("ing")):
        return True
    if any(t.text in _DASHES for t in line[2:]):
        return True
    cut = next((i for i, t in enumerate(line) if t.text == ","), len(line))
    return any(t.text.islower() and t.lower in DASH_CLAUSE_WORDS for t in line[1:cut])
