"""Words inside the clause an unnamed voice reports ("A state official said the governor will
sign it “…”", "One aide told reporters that the agency was “…”", "A top staffer explained,
“…”") are that voice's, unnamed (GUIDELINES D2, D3), not the name the clause is about or the
name found near it. The cascade reached such names by many paths (the subject inherited
through a clause, a continuation, the next sentence's name, named_next, the principal apposed
to a spokesman), so one late check over its answers leaves them null with the description:
the quotation's own sentence opens on an indefinite voice that is the subject of the verb of
saying before the marks, and no second verb of saying (another's relayed words, GUIDELINES
S17: "one source said the senator is telling people “…”") or "according to" stands between.
Issue 11, round 79, lane addressee90: 8 quotations in 7 articles of 3,000 unseen AllSides
articles (draw E) counted by lane unnamed89."""

from __future__ import annotations

import re
from typing import Any, Callable

from ..lexicon.function_words import INDEFINITE_OPENERS, VOICE_COMPLEMENT_OPENERS
from ..lexicon.function_words import AUXILIARY_OPENERS, CLAUSE_PRONOUNS
from ..lexicon.reporting import REPORT_FORMS
from ..lexicon.tellers import ADVERBIAL_OPENERS, NON_RELAYING_BASES
from ..lexicon.heads import PERSON_ROLE_NOUNS
from ..lexicon.titles import TITLE_WORDS, UNNAMED_VOICE_HEADS
from ..text.find import noun_in
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.unnamed_teller import TELLER
from .speech_walks import named_speech

_CONNECTIVES = "but|and|yet|still|meanwhile|however|now|later"
# the plain verbs a voice's report opens with ("a source said", "one aide told Fox that")
_TELLING = "said|says|told|tells|added|adds|explained|explains|noted|notes|confirmed|confirms"
_OPENING_RE = re.compile(
    rf"(?:(?:{_CONNECTIVES})\s*,?\s+)?(?:(?:{'|'.join(sorted(ADVERBIAL_OPENERS))})\b[^,;:\n]{{0,80}},\s+)?"
    rf"(?P<desc>(?P<open>{'|'.join(sorted(INDEFINITE_OPENERS))})\s+"
    rf"(?P<words>[^;:\n]{{1,120}}?))\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?(?P<verb>{_TELLING})\b", re.I)
_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")


def unname_tellers(lay: Any, entity_for_name: Callable[[str], Any]) -> None:
    """Leave null, with the description, each named speech quotation whose sentence opens on
    an unnamed voice reporting it, unless the name is the voice's own holder: a person the
    article gives the voice's role ("a lawyer for the family said it was “…”", and later "the
    family's lawyer Ron Vale": the round-36 named-later reading, right on draw E)."""
    for qi, q, si in named_speech(lay):
        found = _teller_before(lay, qi)
        if found is None:
            continue
        sent = lay.sentences[si]
        if _holds_role(entity_for_name(q.speaker), found[1], (sent.start, sent.end)):
            continue
        name, desc = q.speaker, found[0]
        q.speaker, q.speakers, q.speaker_description = None, [], desc
        q.cue = found[2]
        q.confidence = C.nobody
        q.attribution_evidence = [*(q.attribution_evidence or []),
                                  f"the sentence opens on an unnamed voice reporting it ('{desc}'), "
                                  f"not {name}: left null"]


def _holds_role(e: Any, head: str, sent: tuple[int, int]) -> bool:
    """Whether entity ``e`` is given a role with the voice's head noun in the article outside
    the quotation's sentence ``sent`` (inside it, the clustering may have hung the voice's own
    description on the principal apposed to it: "a spokeswoman for the chairman, Ada Quist")."""
    if e is None:
        return False
    stem = head[:-1] if head.endswith("s") and head[:-1] in UNNAMED_VOICE_HEADS else head
    return any(stem in _WORD_RE.findall(role.lower()) for pos, role in e.roles
               if not sent[0] <= pos < sent[1])


def _teller_before(lay: Any, qi: int) -> tuple[str, str, str] | None:
    """The indefinite voice whose verb of saying the quotation follows in its own sentence
    (its description, head noun and verb), or None."""
    si = lay.quote_sentence.get(qi)
    if si is None:
        return None
    q = lay.quotes[qi]
    start = lay.sentences[si].start
    head = lay.masked[start : q.start]
    lead = len(head) - len(head.lstrip(" \t“”\"'‘’"))
    m = _OPENING_RE.match(head, lead)
    head_noun = _voice(m.group("words")) if m else None
    if m is None or head_noun is None:
        return None
    between = head[m.end() :]
    words = [w.lower() for w in _WORD_RE.findall(between)]
    if len(words) > TELLER.clause_words or "according" in words:
        return None
    if _relays(words):
        return None  # "one source said the senator is telling people “…”": the senator's (S17)
    if "\n" in head[lead:]:
        return None
    return " ".join(m.group("desc").split()).rstrip(" ,"), head_noun, m.group("verb").lower()


def _relays(words: list[str]) -> bool:
    """Whether the reported clause has a verb of saying of its own: an inflected form ("is
    telling", "told him", "called it"), or a bare one after a modal ("will call it"). Not a
    bare form alone ("a brief announcement", "a call"), nor a verb of talking to someone
    ("the agency spoke to “…”": whom it met, in the voice's words)."""
    for k, w in enumerate(words):
        base = REPORT_FORMS.get(w)
        if base is None or base in NON_RELAYING_BASES:
            continue
        if w != base or k and words[k - 1] in AUXILIARY_OPENERS:
            return True
    return False


def _voice(words: str) -> str | None:
    """The head noun of the description after the opener when it is a person's voice: its
    head before any complement ("official" of "senior official close to the mayor") a voice
    noun, and no name apposed to it ("a spokeswoman, Jill Amsel," is Jill; "a spokesman for
    Quist, Col. Ed Pike," is Ed Pike: a name after a name; but "a spokeswoman for the new
    chairman, Ada Quist," names the chairman)."""
    parts = words.split()
    if any(w.lower().strip(",") in CLAUSE_PRONOUNS or _relays([w.lower().strip(",")]) for w in parts):
        return None  # a clause of its own before the verb ("…, hinted at this when he told"):
        # the verb's subject is the pronoun, whom the cascade resolved (draw E: a wrong he kept)
    lead: list[str] = []
    for k, w in enumerate(parts):
        if w.lower() in VOICE_COMPLEMENT_OPENERS:
            if _voice_named_after(parts[k + 1 :]):
                return None
            break
        lead.append(w.rstrip(","))
        if w.endswith(","):  # "a spokeswoman, Jill Amsel," is Jill; "one aide, who …" unnamed
            if k + 1 < len(parts) and parts[k + 1][:1].isupper():
                return None
            break
    if not lead or len(lead) > TELLER.head_words or _name_after_name(parts):
        return None
    head = lead[-1].lower().strip(".’'")
    if noun_in(head, UNNAMED_VOICE_HEADS):
        return head
    return None


def _name_after_name(parts: list[str]) -> bool:
    """Whether a capitalised word ends a comma-closed stretch and another opens the next one
    ("for Quist, Col. Ed Pike,"): a name apposed to a name, the voice's own."""
    return any(w.endswith(",") and w[:1].isupper() and nxt[:1].isupper()
               for w, nxt in zip(parts, parts[1:]))


def _voice_named_after(complement: list[str]) -> bool:
    """Whether the name apposed after the voice's complement is the voice's own: the word
    before its comma is no person's post ("a lawyer for the brothers, NAME," and "an aide
    from the campaign's early days, NAME," name the lawyer and the aide; "a spokesman for the
    defense secretary, NAME," names the secretary). Draw F, fortieth session: two right
    names the first reading left null."""
    for w, nxt in zip(complement, complement[1:]):
        if w.endswith(",") and nxt[:1].isupper():
            word = w.rstrip(",").lower().strip(".’'")
            return not (word in PERSON_ROLE_NOUNS or word in TITLE_WORDS or word in UNNAMED_VOICE_HEADS)
    return False
