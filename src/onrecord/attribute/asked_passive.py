"""“…?” X was asked / “…,” she was told by Y: a passive of asking or telling right after the
closing mark makes its subject the one asked or told, not the speaker. The string rule "“…” X
said" (after_quote._said_after) read "she was told" as she said (round 40, lane asked23: corpus
text gave a council leader's rebuke to the senator it was told to, and a pastor's words to the
president through the reporter's "I was told by"). A "by" agent speaks: a name, or an unnamed
holder as the description ("by a reporter"); with no agent nobody is named, as the text names
no one (the parse's passive rule says the same of "“…” we were advised")."""

from __future__ import annotations

import re

from ..lexicon.function_words import CLAUSE_MARKERS, INDEFINITE_OPENERS, SUBORDINATORS
from ..lexicon.reporting import ADDRESSED_PASSIVE_BASES, PASSIVE_AUXILIARIES, report_base
from ..thresholds.attribute import CONFIDENCE as C, NAME_WORDS
from ..thresholds.subjects import SUBJECTS
from .cues import FIRST_PERSON, PRONOUNS
from .layout import Layout, Token
from .phrase import Part, Surface, _is_word, cue_text, mention_phrase, strip_adverbs

# a full stop glued to the next sentence's capital inside one token ("said.Carson")
_GLUED = re.compile(r"\.[A-Z]")
# what may stand between a quotation's last word and the words after it
_MARKS = " \t”\"’'»"
# words ending the agent's phrase after "by" ("by the mayor at the meeting", "by X, who …")
_AGENT_STOP = frozenset({"in", "on", "at", "to", "than", "and", "or", "for", "with", "during", "who",
                         "which", "that", "as", "from", "when", "while", "after", "before", "last",
                         "this", "if", "whether", "about", "over"})
# words that open an unnamed agent, kept as its description ("by a reporter", "by the chair of …")
# (the lexicon's indefinite openers and "the"; asked23 held its own copy, review32)
_UNNAMED_OPENERS = INDEFINITE_OPENERS | {"the"}
# words after the comma that continue the passive's own sentence rather than credit it to a
# relayer ("…, who said", "…, and said she would"); not "it", a relaying document ("…, it said")
_NO_RELAY = SUBORDINATORS | (CLAUSE_MARKERS - {"it", "there"})


def asked_passive(lay: Layout, r: list[Token]) -> Surface | None:
    """After the marks: "<subject> was|were (adverb) asked|told|pressed|… (by <agent>)"; the
    agent's Surface, or an empty one (nobody named) when there is no agent."""
    k = _passive_verb(r)
    if k is None or _sentence_closed(lay, r):
        return None
    cue = cue_text(lay, r, k)
    agent = _agent(r, k + 1)
    if agent:
        # the confidence of the other "by" agent of a participle of saying ("“…” promised by
        # X", after_quote._author_agent): thresholds/attribute.py is at its 500-line cap
        return Surface(agent, cue, f"string: “…” X was {r[k].lower} by Y: Y speaks", C.author_agent)
    return Surface([], cue, f"string: “…” X was {r[k].lower}: X is the one {r[k].lower}, the asker unnamed",
                   C.nobody)


def relay_start(lay: Layout, r: list[Token]) -> int | None:
    """Where a credit after the passive starts ("“…,” staff were told, Bray said", "…, according
    to Bray"): the index after its comma, or None. The one who relays the words is their speaker,
    nested.py's outer reporter ("X said he was told by …" is X's); review32's near miss: this
    rule left such words with no one. after_quote reads the credit with its own rules."""
    k = _passive_verb(r)
    if k is None or _sentence_closed(lay, r):
        return None
    comma = next((c for c in range(k + 1, len(r) - 1) if r[c].text == ","), None)
    if comma is None or r[comma + 1].lower in _NO_RELAY:
        return None
    return comma + 1


def _sentence_closed(lay: Layout, r: list[Token]) -> bool:
    """The quotation ends its sentence with a full stop ("… switched around.” Carson also was
    asked about …": the passive opens the next sentence, its subject no addressee of these
    words; corpus text without spaces between its sentences). A question mark stays open:
    "“Will you resign?” Smith was asked" is the rule's own case."""
    before = lay.text[max(0, r[0].start - SUBJECTS.passive_stop_window) : r[0].start].rstrip(_MARKS)
    return before.endswith(".")


def _passive_verb(r: list[Token]) -> int | None:
    """Index of the participle of asking or telling after a short subject and a form of "be"
    (an adverb between them allowed: "was also asked"), or None."""
    for k in range(1, min(len(r), SUBJECTS.passive_participle_reach)):
        if not _is_word(r[k]):
            return None
        base = report_base(r[k].lower)
        if base is None:
            continue
        if base not in ADDRESSED_PASSIVE_BASES or not r[k].lower.endswith(("ed", "told")):
            return None  # the first reporting verb is another one ("“…,” she said she was told")
        aux = k - 1
        while aux > 0 and r[aux].lower.endswith("ly") and r[aux].text.islower() or r[aux].lower in {"also", "then", "later"}:
            aux -= 1
        subject = strip_adverbs(r[:aux])
        if any(_GLUED.search(t.text) for t in subject):
            return None  # "he said.Carson also was asked": two sentences run together (corpus text)
        if aux < 1 or r[aux].lower not in PASSIVE_AUXILIARIES or not subject or not mention_phrase(subject):
            return None
        return k
    return None


def _agent(r: list[Token], j: int) -> list[Part] | None:
    """The "by" agent after the participle: a name's parts, or an unnamed holder as a
    description; None when there is no "by" or its phrase names no one."""
    if j + 1 >= len(r) or r[j].lower != "by":
        return None
    start = end = j + 1
    while end < len(r) and end - start < NAME_WORDS.agent_tokens and (_is_word(r[end]) or r[end].text in "’'") \
            and r[end].lower not in _AGENT_STOP:
        end += 1
    words = r[start:end]
    if not words or len(words) == 1 and (words[0].lower in PRONOUNS or words[0].lower in FIRST_PERSON):
        return None  # "by him": a pronoun is no description (review32: "him" was shown as one)
    if words[0].lower in _UNNAMED_OPENERS or words[-1].text.islower():
        return [Part("desc", " ".join(t.text for t in _role_head(words)), words[0].start)]
    parts = mention_phrase(words)
    return parts if parts and all(p.kind == "name" for p in parts) else None


def _role_head(words: list[Token]) -> list[Token]:
    """An unnamed agent up to its "of" when a capitalised body follows: "the president pro-tem
    of the state Senate" resolved by its last word to the Senate, a body that spoke no words
    (the sample's case); "the deputy leader of the council" names no body and is kept whole."""
    of = next((i for i, t in enumerate(words) if t.lower == "of"), None)
    if of is not None and of > 1 and any(t.text[:1].isupper() for t in words[of + 1 :]):
        return words[:of]
    return words
