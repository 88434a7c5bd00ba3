"""A definite kind of body ("the club", "the company", "the hospital", "the organization") is
the one body the nearest sentence before it names (issue 11, round 37, lane unnamed20).

"Shares in football club Dortmund FC fell …. The club, which has posted record losses, said it
was in “…”", "The American Civil Liberties Union said …. “…,” the organization said in a
tweet": the rules before this one want the body to have spoken in the sentence before with no
other voice or subject between (``described._body_that_spoke``), to open its sentence
(``_org_kind_subject``) or to have been introduced by the same kind (``kind_backref``); random
big2 text left 8 of 29 nameable null descriptions to this shape
(eval/real/audit/unnamed20-sample.tsv).

Safe only where one body fits and it is near: reading back from the description (its own
sentence, then at most ``KIND_BACKREF_SENTENCES`` before, never into a headline or past the
paragraph before), the first sentence naming anything but people must name exactly one body,
outside quotations, and nothing else that may be one. Not bodies: people, places, news outlets,
dates, laws, a one-word name written once, a name cut out of a longer one or modifying a group
or an owned thing ("its FEC complaint"), a channel ("on TV"). A name the entity layer did not
class as a body must have spoken somewhere in the article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..lexicon.function_words import VERBS_AFTER_NAME
from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.heads import INSTITUTION_KIND_FAMILIES, NEAR_BODY_HEADS, NOT_BODY_NAME_ENDINGS
from ..lexicon.outlets import KNOWN, MEDIA_WORDS, PLATFORMS
from ..lexicon.places import is_demonym, is_place
from ..lexicon.reporting import REPORT_FORMS
from ..thresholds.attribute import KIND_BACKREF_SENTENCES
from ..thresholds.subjects import SUBJECTS

if TYPE_CHECKING:
    from .entities import Entity
    from .mentions import Mention
    from .phrase import Part
    from .resolve import Resolver


def _same_kind(text: str) -> "re.Pattern[str]":
    return re.compile(r"\b[Tt]he\s+" + re.escape(text.split()[-1]) + r"\b")


def _kind_description(text: str) -> bool:
    """"the club", "the company": "the" and a body's kind, nothing between. A modifier narrows
    the kind past what the name before shows ("the review group" after "the Navy and the Air
    Force are too small", "the industry group" after "Trump's first HHS secretary": corpus)."""
    words = text.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1] in NEAR_BODY_HEADS


def _outlet(e: "Entity") -> bool:
    """A news outlet by its name ("The Harbour Gazette", "CNN"); a platform is a company too."""
    words = e.canonical.replace(".", " ").split()
    return any(w in MEDIA_WORDS for w in words[1:] or words) or any(w in KNOWN - PLATFORMS for w in words)


# "an advert entitled An Open Letter from …": a work's name, not a body (corpus)
_WORK_NAMED = re.compile(r"\b(?:entitled|titled|headlined)\s+(?:(?:An?|The)\s+)?$")
# where words appear, not who speaks ("adverts on TV", "said on Twitter"), a name that only
# modifies an owned thing ("the group stated in its FEC complaint": the FEC was "the group"),
# or the object of a preposition ("it aimed for the State of the Union", "subpoenas from the
# Treasury Department's Office", "recovered from Ebola"; "by" names an author): AllSides checks
_NOT_SPEAKER_BEFORE = re.compile(r"\b(?:on|its|his|her|their|our|for|from|of|to|with|at|in|into|"
                                 r"against|about|under|over|than)\s+(?:the\s+)?$")
_NEXT_LOWER = re.compile(r"\s+([a-z]+)\b")
_REPORTING = frozenset(REPORT_FORMS)


def _modifier(masked: str, m: "Mention") -> bool:
    """A name before a lower-case noun modifies it ("the FAQ section", "an SEC statement", "a
    United employee"): whether the body speaks is a guess. A verb, an auxiliary or a plural
    after it ("the TSA explained", "Facebook confirms", "the ACLU has") makes it no modifier."""
    nxt = _NEXT_LOWER.match(masked, m.end)
    if nxt is None or m.possessive:
        return False
    w = nxt.group(1)
    return not (w in VERBS_AFTER_NAME or w in _REPORTING or w.endswith(("ed", "s")) or w in GROUP_NOUNS)


# a name cut out of a longer capitalised run ("Yet Harbour Video [Systems Ltd]"): the run is
# the body, and the cut form would be shown (guard in tests/attribute/test_body_that_spoke.py)
_CAP_BEFORE = re.compile(r"[A-Z][\w&.-]*\s+(?:(?:of|the|for|and)\s+)?$")
_CAP_AFTER = re.compile(r" [A-Z]")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# a sentence with no lower-case word of three letters is a credit line ("Jo X/AFP/Getty Images")
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")


def _no_speaker(e: "Entity") -> bool:
    """A name that never speaks: a date ("Feb. 17"), a law ("the CARES Act"), a place, or one
    capitalised word written once ("Shares in the club fell", "Dutch"): a sentence's first word
    or an adjective more often than a body."""
    words = e.canonical.replace(".", " ").split()
    if len(words) == 1 and (len(e.mentions) < 2 or len(words[0]) <= 2):
        return True  # "(R) of Tennessee": a party's letter is no body; "the roll-out of the Logan" a car
    return not words or words[0].lower() in MONTHS or words[0].lower() in WEEKDAYS \
        or words[-1] in NOT_BODY_NAME_ENDINGS or is_place(e.canonical) \
        or is_demonym(e.canonical) or is_demonym(e.canonical.rstrip("s"))  # "the Americans' improvements"


def _body(e: "Entity") -> bool:
    """A body: no person by kind, gender, role or having a two-word name that spoke, no place."""
    if e.kind == "person" or e.gender is not None or _no_speaker(e) or e.place_evidence > 0:
        return False
    if e.kind != "org" and (e.roles or e.person_evidence > 0 or e.person_like() or not e.spoke):
        # a name the entity layer did not class as a body must have spoken somewhere in the
        # article: "the roll-out of the Logan in many markets" (a car) was "the company" (corpus)
        return False
    return not _outlet(e)


def _cut(res: "Resolver", m: "Mention", si: int) -> bool:
    """The mention is part of a longer capitalised run the mention layer split (a sentence's
    capitalised first word before it is no part of it: "Yet Harbour …" is, "The TSA" is not),
    or it modifies a group ("Administration officials said": the members speak)."""
    begin = m.begin
    s = res.lay.sentences[si]
    before = _CAP_BEFORE.search(res.lay.masked, max(s.start, begin - SUBJECTS.near_body_capital_run), begin)
    if before and res.lay.masked[s.start : before.start()].strip():
        return True
    after = _NEXT_WORD.match(res.lay.masked, m.end)
    return bool(_CAP_AFTER.match(res.lay.masked, m.end)) or after is not None and after.group(1) in GROUP_NOUNS


def _sentence_entities(res: "Resolver", si: int, before: int) -> list["Entity"] | None:
    """The entities sentence ``si`` names outside quotations before offset ``before``; None
    when a name there is cut out of a longer one (which body is meant is unclear)."""
    out: list["Entity"] = []
    for m in res.by_sentence.get(si, []):
        if m.start >= before or m.entity is None or not res.lay.masked[m.start : m.end].strip():
            continue
        if _cut(res, m, si):
            return None
        begin = m.begin
        work_from, prep_from = max(0, begin - SUBJECTS.near_body_work_title), max(0, begin - SUBJECTS.near_body_preposition)
        if _WORK_NAMED.search(res.lay.masked[work_from:begin]) or _NOT_SPEAKER_BEFORE.search(res.lay.masked, prep_from, begin):
            continue
        if _modifier(res.lay.masked, m) and not _no_speaker(m.entity):
            return None
        if m.entity not in out:
            out.append(m.entity)
    return out


def near_body(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> "Entity | None":
    """The one body the nearest sentence naming one names, for "the <kind>"; else None."""
    if not _kind_description(part.text):
        return None
    here = res.lay.sentences[sent_idx]
    for si in range(sent_idx, max(-1, sent_idx - KIND_BACKREF_SENTENCES - 1), -1):
        s = res.lay.sentences[si]
        if s.start < res.lay.headline_end or here.para - s.para > 1:
            return None
        if not _PROSE_WORD.search(res.lay.masked, s.start, min(s.end, part.start)):
            continue  # a picture credit between ("Jo X/AFP/Getty Images") is no sentence of the story
        if si < sent_idx and _same_kind(part.text).search(res.lay.masked, s.start, s.end):
            continue  # "The company disclosed … subpoenas from X. The company has claimed": read past it
        found = _sentence_entities(res, si, part.start)
        if found is None:
            return None
        named = [e for e in found if not _no_speaker(e)]
        bodies = [e for e in named if _body(e)]
        if len(bodies) > 1 or any(e not in bodies and e.kind != "person" and e.gender is None for e in named):
            # two bodies ("Harvard said on Twitter"), or a name that may be one ("the ACLU
            # clashed with Clearview", "A source within Facebook confirms …, but the company
            # says"): which one the kind names is a guess, and no earlier sentence is read
            return None
        if bodies:
            return None if _other_kind(bodies[0], part.text) else bodies[0]
    return None


def _family(word: str) -> frozenset[str] | None:
    return next((f for f in INSTITUTION_KIND_FAMILIES if word in f), None)


def _other_kind(e: "Entity", description: str) -> bool:
    """The body's name ends in another kind of institution than the description's ("the Harbour
    Club" for "the school"): the description is some other body the article did not name."""
    named, wanted = _family(e.canonical.split()[-1].lower()), _family(description.split()[-1].lower())
    return named is not None and wanted is not None and named is not wanted
