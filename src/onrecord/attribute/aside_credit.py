"""A speech quotation left null though its own sentence reads "X, <aside>, <verb of saying> …
“…”": the parse hung the verb elsewhere or took a word of the aside for its subject, and the
cascade found nobody (aside_subject.name_before_aside reads the same shape on the parse when
the parse gives the verb; this reads the string, after the cascade, for the quotations still
null). Round 81, lane null93, on draw I (3,000 unseen AllSides articles): of 5,341 null speech
quotations, a scan for this shape found 28, about half the named person's; the rule changes 10
(9 gained, 1 arguable: the right person in a glued name form main shows for her everywhere)
("Gen. X, writing on Facebook early Tuesday, said that any concerns … “…”", "In the
interview X, addressing whether schools should reopen, said “…”", "lead researcher X, a
professor of psychiatry, said in a press release, “…”", "Rep. X, a New York Republican,
tweeted on Friday morning: “…”" — the last read as an unnamed party member). The others name X
as the object of a preposition ("A spokesman for Sen. X, …, said", "The parents of X, …,
called"): refused.

The shape, each part a guard:
- X is a person the article knows, not possessive, outside quotations, before the words;
- the word before X's written form (capitalised words, titles and "the late" skipped) is no
  preposition or list joiner (lexicon OBJECT_PREPOSITIONS, LIST_JOINERS): X is no one's object
  or partner;
- right after X (a party-state label in brackets allowed) a comma, an aside opening with a
  lower-case word or a party-state label ("R-Ga."), its comma, then a verb of saying not
  followed by "as" or "by" (a passive: "X, R-Ariz., described as a “…”", fresh3);
- from the verb to the opening mark: no other quotation, no other past verb of saying ("said he
  had been told “…”" is someone else's), no relative word but "that", no other person named
  (a possessive aside: "about Y's conduct")."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.apposed import NAME_PREMODIFIERS, NOT_SUBJECT_BEFORE, OFFICE_LINK_WORDS, PASSIVE_AFTER_VERB
from ..lexicon.function_words import LIST_JOINERS, OBJECT_PREPOSITIONS, RELATIVE_WORDS
from ..lexicon.reporting import REPORT_FORMS
from ..lexicon.titles import COURTESY_TITLES, TITLE_WORDS
from ..thresholds.aside_credit import ASIDE_CREDIT
from .entities import Entity
from .null_credit import credit
from .speech_walks import null_speech
from .party_labels import PARTY_STATE_RE

# a comma, the aside (no comma, quotation mark, bracket or clause stop), its comma, an optional
# "-ly" adverb, then the verb; a bracketed party-state label may stand right after the name
_ASIDE = re.compile(r"\s*(?:\([^()“”\"]{1,40}\)\s*)?,\s*(?P<aside>[^,;:()“”\"]{2,%d}?),\s*"
                    r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b" % ASIDE_CREDIT.aside_chars)
_SAYING_ENDINGS = ("ed", "said", "told", "wrote", "says", "tells", "writes")
_PAST_SAYING = ("ed", "said", "told", "wrote")
_MARKS = " \t\n:,“”\"‘’'"
# a lower-case word before an office's small words is a role's ("a spokesman for Sen. X", "the
# parents of X"): refused
_REFUSED_BEFORE = OBJECT_PREPOSITIONS | LIST_JOINERS | NOT_SUBJECT_BEFORE


def aside_credits(res: Any) -> None:
    """Give each null speech quotation whose sentence has the shape above to its X."""
    lay = res.lay
    spans = [(o.start, o.end) for o in lay.quotes]
    for s, q in null_speech(lay):
        hit = _aside_credit(res, lay, s, q, spans)
        if hit is None:
            continue
        ent, verb = hit
        q.cue = verb
        credit(q, ent, ASIDE_CREDIT.confidence,
               f"a subject set off by an aside: {ent.canonical}, …, {verb} (aside_credit.py)")


def _aside_credit(res: Any, lay: Any, s: Any, q: Any, spans: list) -> tuple[Entity, str] | None:
    """The person and verb by which sentence ``s`` credits ``q`` in the shape, or None."""
    for m in res.by_sentence.get(s.index, []):
        ent = m.entity
        if not isinstance(ent, Entity) or not ent.is_person() or m.possessive or m.end > q.start:
            continue
        if any(a <= m.start < b for a, b in spans) or _object_before(lay.text[s.start : m.begin]):
            continue
        hit = _ASIDE.match(lay.text, m.end, q.start)
        if hit is None or not _aside_opens(hit.group("aside")):
            continue
        verb = hit.group("verb")
        if verb not in REPORT_FORMS or not verb.endswith(_SAYING_ENDINGS):
            continue
        after = lay.text[hit.end() : q.start].split()
        if after and after[0].lower() in PASSIVE_AFTER_VERB:
            continue  # "X, R-Ariz., described as a “…”": a passive, the writer's words about X
        if _clear_to_words(res, lay, s, ent, hit.end(), q.start, spans):
            return ent, verb
    return None


def _object_before(before: str) -> bool:
    """The word before X's written form, capitalised words and titles skipped, makes X an
    object or a partner: "A spokesman for Sen. X", "The parents of X", "Y and X"."""
    words = before.replace("“", " ").replace("”", " ").split()
    linked, office = False, False
    while words:
        if words[-1][:1].isupper() or words[-1].lower().rstrip(".") in COURTESY_TITLES | TITLE_WORDS:
            office = office or linked and words[-1].lower() in TITLE_WORDS
            words.pop()
        elif _office_links(words):
            linked = bool(words.pop())  # inside an office: "Chairman of the Joint Chiefs of Staff Gen. X"
        else:
            break
    if linked and not office:
        return True  # "compared Y to Sen. X": no office word before "to", which governs X
    while words and words[-1].lower() in NAME_PREMODIFIERS:
        words.pop()  # "to the late Sen. X": the preposition governs the name
    if not words:
        return False
    last = words[-1].lower().strip(",.;:\"'")
    return last in _REFUSED_BEFORE or last.endswith(("’s", "'s"))


def _office_links(words: list[str]) -> bool:
    """The last words are an office's small words ("of the") after a capitalised word."""
    k = len(words) - 1
    while k >= 0 and words[k] in OFFICE_LINK_WORDS:
        k -= 1
    return k < len(words) - 1 and k >= 0 and words[k][:1].isupper()


def _aside_opens(aside: str) -> bool:
    """An aside opens with a lower-case word ("a professor", "writing on Facebook", "who …")
    or is a party-state label; not a capitalised name ("X, Y and Z, said": a list)."""
    aside = aside.strip()
    return aside[:1].islower() or bool(PARTY_STATE_RE.match(aside))


def _clear_to_words(res: Any, lay: Any, s: Any, ent: Entity, a: int, b: int, spans: list) -> bool:
    """From the verb to the words: no quotation, no past verb of saying, no relative word but
    "that", no other person named but in a possessive, at most ``words_to_quote`` words."""
    between = lay.text[a:b].rstrip(_MARKS)
    if any(a <= x < len(between) + a for x, _ in spans) or any(c in between for c in "“”\";"):
        return False
    words = [w.strip(",.:'’").lower() for w in between.split()]
    if len(words) > ASIDE_CREDIT.words_to_quote:
        return False
    if any(w in RELATIVE_WORDS - {"that"} for w in words):
        return False
    if any(w in REPORT_FORMS and w.endswith(_PAST_SAYING) for w in words):
        return False
    # a possessive is no teller: "said that any doubts about Y's conduct “…”" (draw I)
    return not any(m.entity is not None and m.entity is not ent and a <= m.start < b and not m.possessive
                   and (m.entity.is_person() or m.entity.person_like())
                   for m in res.by_sentence.get(s.index, []))
