"""Whose words a quotation in a related-story link line or a video box's clip title is: the
name opening the linked title, before a colon or a verb of saying ("More: Ann Vale: Budget
plan ‘dead on arrival’", "( Also on SITE: Vale: Talks ‘premature’)", "JUST WATCHED Vale
clarifies ‘red line’ remarks Replay More Videos ... MUST WATCH Vale clarifies ‘red line’
remarks 02:12").

Issue 11, round 48, lane headline28. Such a title is another story's headline set inside this
one. Its quotation named nobody: a link line is no sentence of the narrative, and the video box's
second copy ("MUST WATCH …") has no subject the parse can read, so the same words were the
speaker's in the first copy and nobody's in the second. A fragment there ("‘game changer’
comments", "judge's ‘Mexican heritage’") was typed term or scare for want of a credit, though
the title opens on the person whose words they are (the tuning sets' gold: "Obama: Parts ‘…’",
"Donald Trump rails against judge's ‘…’" are that person's speech).

The title is read from the link label (lexicon/furniture.LINK_LABELS with a colon, at the line's
start or after "(") or the box's "JUST WATCHED"/"MUST WATCH" to the quotation; it must open on a
capitalised name the article knows (a person, or a body written as the whole run: "ACLU: …")
followed by a colon or an inflected verb of saying (headline_verb.py, shared with
blurb_headlines.py), and hold no sentence end before the quotation. A title opening otherwise ("‘Malarkey,’ …", "From jokester to ‘…’", "Walter X
remembered as ‘…’", "Trump's Japan trip: …") names nobody and changes nothing. The speaker is no
antecedent of the story's sentences (``Surface.aside``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.furniture import HEADLINE_LABELS, VIDEO_BOX_CLOSER, VIDEO_BOX_HEADERS, link_label_pattern
from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.heads import GENERIC_HEADS, PERSON_ROLE_NOUNS
from ..lexicon.titles import TITLE_WORDS
from ..lexicon.word_frequency import zipf
from ..model import Quote
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.layout import LINK_TITLE
from .headline_verb import HEADLINE_OPENING, headline_says
from .labels import retype_speech
from .phrase import Part, Surface

if TYPE_CHECKING:
    from .entities import Entities, Entity

# a link label opening its line or a bracket ("More:", "( Also on SITE:", "Read more:"), or a
# video box's header (lexicon/furniture.NAME_FURNITURE: "JUST WATCHED", "MUST WATCH")
_VIDEO_BOX_HEADS = "|".join(VIDEO_BOX_HEADERS)
_VIDEO_BOX_TAIL = VIDEO_BOX_CLOSER
_OPENER_RE = re.compile(r"(?:(?:^|\(\s*)(?i:" + link_label_pattern(media=False) + r")\s*:\s*"
                        r"|(?:^|\.\.\.\s*|\s)(?:" + _VIDEO_BOX_HEADS + r")\s+)", re.M)
# a link label alone, no video box (on_link_line)
_LABEL_LINE_RE = re.compile(r"(?:^|\(\s*)(?i:" + link_label_pattern(media=False) + r")\s*:")
_BOX_RE = re.compile(f"{_VIDEO_BOX_HEADS}|{_VIDEO_BOX_TAIL}")
# a sentence end or the box's furniture inside the title: the quotation is past the title
_PAST_TITLE_RE = re.compile(r"[.!?][\"”’']?\s+[A-Z]|" + _VIDEO_BOX_TAIL + r"|\b\d\d?:\d\d\b|\)")
_LABELS = frozenset(w.lower() for w in HEADLINE_LABELS)
# a name as a person's is written: capitalised words of letters, no capitals run or initials
_PROPER_RE = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)*$")
# a role or a group heading a clip ("Senator:", "Expert:", "Mayor:"): no one's name
_ROLE_WORDS = TITLE_WORDS | PERSON_ROLE_NOUNS | GENERIC_HEADS | GROUP_NOUNS | _LABELS


def _link_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a link line or holds a video box."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo : hi if hi >= 0 else len(text)]
    return bool(_OPENER_RE.match(line)) or "Replay More Videos" in line


def title_start(text: str, q: Quote) -> int | None:
    """Where the linked title holding ``q`` starts (right after its label or the box's header),
    or None when ``q`` is on no link line or clip title."""
    lo = max(text.rfind("\n", 0, q.start) + 1, q.start - LINK_TITLE.max_chars)
    found = None
    for m in _OPENER_RE.finditer(text, lo, q.start):  # ("^" only at a real line start)
        found = m
    if found is None or _PAST_TITLE_RE.search(text, found.end(), q.start):
        return None
    return found.end()


def _dropped_ok(words: list[str]) -> bool:
    """Words before the name that leave it the run's name: titles and short capitals ("Sen.",
    "AG"), never a headline's other words ("Protesters Unload On LeBron:")."""
    return all(w.rstrip(".").lower() in TITLE_WORDS or w.isupper() and len(w) <= LINK_TITLE.abbreviation_letters
               for w in words)


def _in_body(text: str, e: Entity) -> bool:
    """``e`` is written outside every link line and video box."""
    return any(not _link_line(text, mn.start) for mn in e.mentions)


def _two_people(ents: "Entities", e: Entity, word: str) -> bool:
    """Another person of the article shares the surname ``word`` under another given name
    ("Clinton:" where the article names both Clintons)."""
    first = e.canonical.split()[0]
    return any(o is not e and o.is_person() and len(o.canonical.split()) > 1 and o.canonical.split()[-1] == word
               and o.canonical.split()[0] != first for o in ents.entities)


def _known(text: str, ents: "Entities", name: str, body: bool) -> Entity | None:
    """The person or body the article names ``name`` by: written in the body (``body``), or
    only in link lines and boxes, where a one-word name must be no common English word (a
    box's "Panel:", "Debate:" name nobody; "Pascrell:" names the man the box shows)."""
    e = ents.entity_for_name(name)
    if e is None or e.kind != "org" and e.place_evidence > e.person_evidence:
        return None  # ("Ukraine:" heads a clip about a country)
    if _in_body(text, e) != body:
        return None
    one = len(name.split()) == 1
    if not body and (not _PROPER_RE.match(name) or one and (zipf(name) >= LINK_TITLE.common_word_zipf
                                                            or name.lower() in _ROLE_WORDS)):
        return None  # (a box's "W.H:" or "AG Barr" run is no name the title alone vouches for)
    return None if one and e.kind != "org" and _two_people(ents, e, name) else e


def _opening_name(text: str, span: tuple[int, int], ents: "Entities") -> tuple[Entity, str | None] | None:
    """The entity of the name opening the title at ``span`` and the verb after it (None for a
    colon): the longest tail of the run ("Sen. Ann Vale", "AG Barr") the body names, else one
    only link lines name."""
    m = HEADLINE_OPENING.match(text, span[0], span[1])
    if m is None or (m.group(3) is not None and not headline_says(m.group(3))):
        return None
    words = m.group(1).split()
    if len(words) > LINK_TITLE.name_words or any(w.endswith(("'s", "’s")) for w in words) \
            or words[0].lower() in _LABELS:
        return None  # "Trump's Japan trip:" names a trip; "EXCLUSIVE:" a label
    for body in (True, False):
        for k in range(len(words)):
            e = _known(text, ents, " ".join(words[k:]), body) if _dropped_ok(words[:k]) else None
            if e is not None:
                return e, m.group(3)
    return None


def link_title_speaker(text: str, q: Quote, ents: "Entities") -> tuple[Entity, str | None, int] | None:
    """The entity of the name opening the link line's or clip title's headline that holds
    ``q``, its verb, and where the title starts; None if ``q`` is on no such line, the title
    opens on no known name with a colon or a verb of saying, or too many words stand between
    them."""
    start = title_start(text, q)
    if start is None or len(re.findall(r"\w+", text[start : q.start])) > LINK_TITLE.words_to_quote:
        return None
    got = _opening_name(text, (start, q.start), ents)
    return None if got is None else (*got, start)


def link_title_surface(text: str, q: Quote, ents: "Entities") -> Surface | None:
    """A speech quotation's surface from its link line's or clip title's opening name."""
    got = link_title_speaker(text, q, ents)
    if got is None:
        return None
    e, verb, start = got
    how = "string: a link line's or clip title's NAME " + ("“…”" if verb is None else verb + " … “…”")
    return Surface([Part("name", e.canonical, start)], verb, how, C.blurb_headline, aside=True)


WHY = "a link line's or clip title's opening name"


def linked_fragments(text: str, quotes: list[Quote], ents: "Entities") -> None:
    """Retype as speech, with the opening name's speaker, every scare or term quotation credited
    to nobody in a link line's or clip title's headline that opens on a known name."""
    for q in quotes:
        if q.kind not in ("scare", "term") or q.nested or q.speaker:
            continue
        got = link_title_speaker(text, q, ents)
        if got is None:
            continue
        e, verb, _ = got
        retype_speech(q, WHY)
        q.speaker, q.speakers, q.speaker_description = e.canonical, [e.canonical], None
        q.cue = verb
        q.confidence = C.blurb_headline
        q.attribution_evidence = [f"{WHY}: {e.canonical}"]


def on_link_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a related-story link line ("More: …") or holds a video box:
    another story's headline, into which no voice of this story goes on (continuation.py:
    round 81, lane wrong93, four on 3,000 unseen articles, every "More:" quotation that took
    the previous line's or the last speaker: a linked headline quoting lawmakers given the
    intelligence chief of the line before, a term in another headline given the last speaker).
    Not a video box: its second copy ("MUST WATCH X: '…'") goes on in the first copy's voice (the
    first variant left three such right speakers null)."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo : hi if hi >= 0 else len(text)]
    return bool(_LABEL_LINE_RE.match(line)) and not _BOX_RE.search(line)
