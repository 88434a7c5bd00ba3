"""An "it" that refers to nothing: the dummy subject of "it would be hard to call …", "it's
worth noting …", "it was also agreed that …", "why is it that …". Read as a pronoun it took
the nearest organisation, or a person of unknown kind, as the speaker of the words that
followed (corpus read, twelfth session: "It'd be hard to call Ellison “anti-Israel” …" went to
the newspaper named before, "It was also agreed that a programme to “de-mystify” …" to the
IAAF Council, "it's worth noting" to a columnist's surname)."""

from __future__ import annotations

import re

from ..lexicon.dummy_it import CLEFT_WORDS, MORE_JUDGING, SEEMING, TAKES_OBJECTS, TIME_ORDINALS
from ..thresholds.attribute import WINDOWS

# "it" + a copula or modal + up to two words + "to"/"that": "it'd be hard to", "it is worth
# noting that", "it seems likely that"
# (only these judging adjectives: "it was preparing to", "it is expected to" refer to a body)
_JUDGING = r"(?:hard|easy|worth|clear|unclear|likely|unlikely|possible|impossible|important|true|fair|" \
    r"obvious|difficult|tempting|necessary|safe|wrong|reasonable|surprising|ironic|telling|striking|" \
    r"mean|unfair|absurd|ridiculous|odd|strange|sad|funny|interesting)"  # fourteenth session: "it's mean to accuse …"
_DUMMY_AFTER = re.compile(
    r"it(?:['’]s|['’]d|\s+(?:is|was|would be|will be|may be|might be|could be|has been|had been))\s+"
    r"(?:(?:very|not|so|too|more|less|also|still|now|quite|pretty|rather)\s+)?" + _JUDGING +
    r"\s+(?:to|that|noting|saying)\b", re.I)
# "it is/was (also) agreed/decided/understood that": a passive with no agent; "it (has since)
# emerged that": no agent either (eighteenth session: "It was later revealed that staff had
# called the plan …" went to the person who opened the sentence before)
_DUMMY_PASSIVE = re.compile(
    r"it\s+(?:(?:is|was|has been|had been)\s+(?:(?:also|now|later|since|subsequently|previously|widely)\s+)?"
    r"(?:agreed|decided|understood|thought|believed|expected|feared|hoped|reported|rumoured|rumored|"
    r"alleged|revealed|announced|disclosed|confirmed|learned|learnt|known|noted|claimed|said|suggested)"
    r"|(?:has\s+|had\s+)?(?:(?:also|now|later|since|subsequently)\s+)?(?:emerged|transpired))\s+that\b", re.I)


def _alt(words) -> str:
    return "(?:" + "|".join(sorted(words)) + ")"


_NEG = r"(?:(?:does|did|do|will|would|could)(?:\s+not|n['’]t)\s+(?:really\s+)?)?"
_COPULA = r"(?:['’]s|['’]d|\s+(?:is|was|would be|will be|may be|might be|could be|has been|had been))"
# the pieces both patterns below read: a judging copula ("it's already bad enough"), "it
# seems", "it's the first time", a cleft's opening ("it's only …")
_JUDGED = (_COPULA + r"\s+(?:(?:already|just|very|so|too|not|also|still|really)\s+)?"
           r"(?:" + _alt(MORE_JUDGING) + "|" + _JUDGING + r")(?:\s+enough)?")
_SEEMS = r"\s+(?:(?:also|really|now)\s+)?" + _alt(SEEMING)
_NTH_TIME = _COPULA + r"\s+(?:(?:the|a)\s+)?" + _alt(TIME_ORDINALS) + r"\s+time"
_CLEFT = _COPULA + r"\s+(?:(?:only|just)\s+)?"
# round 80 (lane wrong91, draw G), each an "it" that took the nearest organisation: "it would
# be nice to be able to say", "it's already bad enough for a challenger to …" (a judging
# adjective, "enough" and "for X" allowed before "to"); "it seems Klein first rested his case
# on …"; "it didn't take long for the president to contradict …, saying"; "it doesn't really
# make sense to declare"; "it's the first time he has …"; "it's when he said"; "it begs the
# question"
_DUMMY_MORE = re.compile(
    r"it(?:" + _JUDGED + r"(?:\s+for\s+[^,.;:\"“”]{1,40}?)?\s+(?:to|that)\b"
    r"|" + _NTH_TIME + r"\b"
    r"|" + _CLEFT + _alt(CLEFT_WORDS) + r"\b"
    r"|" + _SEEMS + r"\b(?!\s+to\b)"
    r"|\s+" + _NEG + r"(?:take|takes|took)\s+" + _alt(TAKES_OBJECTS) + r"\b"
    r"|\s+" + _NEG + r"(?:make|makes|made)\s+(?:(?:little|no|more|much|any)\s+)?sense\b"
    r"|\s+(?:begs|begged)\s+the\s+question\b)", re.I)
# the dummy clauses whose doer follows at once: "it didn't take long for X to …", "it's bad
# enough for X to …", "it seems (that) X …", "it's the first time (that) X …", "it's when X
# said" (round 80, lane wrong91: the president, the columnist, "he" on draw G)
_DOER_AFTER = re.compile(
    r"it(?:\s+" + _NEG + r"(?:take|takes|took)\s+(?:long|time)\s+for"
    r"|" + _JUDGED + r"\s+for"
    r"|" + _SEEMS + r"(?!\s+to\b)(?:\s+that)?"
    r"|" + _NTH_TIME + r"(?:\s+that)?"
    r"|" + _CLEFT + r"when)\s+", re.I)
# "why is it that", "how was it that": "it" after an inverted copula
_DUMMY_INVERTED = re.compile(r"\b(?:is|was)\s+$", re.I)


def dummy_it(text: str, start: int) -> bool:
    """Whether the "it" at ``start`` of ``text`` is a dummy subject, not a pronoun."""
    after = text[start : start + WINDOWS.dummy_it_after_chars]
    if _DUMMY_AFTER.match(after) or _DUMMY_PASSIVE.match(after) or _DUMMY_MORE.match(after):
        return True
    return bool(_DUMMY_INVERTED.search(text[max(0, start - WINDOWS.dummy_it_copula_chars) : start])) and \
        text[start + 2 : start + 2 + WINDOWS.dummy_it_that_chars].lstrip().lower().startswith("that")


def dummy_doer_start(text: str, start: int) -> int | None:
    """Where the doer of a dummy "it"'s clause starts, when the clause names one right after
    its opening ("for X to", "it seems X", "it's when X said"); else None."""
    m = _DOER_AFTER.match(text[start : start + WINDOWS.dummy_it_after_chars])
    return start + m.end() if m else None
