"""The body a sentence just before says spoke, for a definite document no other rule found an
issuer for: "Market swings will be common, the bank said. “…,” the report said"; "The Pentagon
revealed the cuts in a press release. ¶ “…,” the release read". The body's words and its
document are one voice (GUIDELINES S9, S10: a document speaks for the body the article names as
its issuer), but the issuer rules record only a substantial named subject of a sentence naming
the document (documents.py: not "the bank", not a lone "The Pentagon"), and the body-just-quoted
rule (document_parts._body_quoted_before) only a body quoted, or one reported speaking when the
document's noun was never written before. Round 73, lane doc83: the tuning sets left such a
report and a release null. Read only after every other document rule, only for "the <noun>",
and only while no quotation with a speaker stands between."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.outlets import OUTLET_KIND_NOUNS
from ..lexicon.places import is_place
from ..lexicon.reporting import REPORT_FORMS
from ..thresholds.documents import DOCUMENTS
from ..text.find import alternation
from .phrase import Part
from .topic import other_reports_after, reports_speech

if TYPE_CHECKING:
    from .entities import Entity
    from .resolve import Resolver

_VERB = r"(?:" + alternation(sorted(REPORT_FORMS, key=len, reverse=True)) + r")"
_AUX = r"(?:(?:has|had|have|also)\s+)?"
# "the bank said", "the board has warned", and an inverted "…, said the party.": a one- or
# two-word lower-case description after "the", subject of a verb of saying
_SAID_BY_DESC = re.compile(r"\b[Tt]he\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+" + _AUX + _VERB + r"\b"
                           r"|\b" + _VERB + r"\s+the\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)(?=\s*[,.;])")
# "The Pentagon revealed …": a capitalised name after "The", subject of a verb of saying
_SAID_BY_NAME = re.compile(r"\b(?:The\s+)?((?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)\s+" + _AUX + _VERB + r"\b")
_NOBODY = object()


def described_issuer(res: Resolver, words: list[str], sent_idx: int) -> Entity | None:
    """The organisation one of the last ``DOCUMENTS.described_issuer_sentences`` sentences says
    spoke, for "the <noun>" no other rule gave an issuer; None when the nearest sentence saying
    someone spoke says another did (or says it in a shape the patterns do not read), or when a
    quotation with a speaker comes between."""
    if len(words) != 2 or words[0] != "the" or words[1] in OUTLET_KIND_NOUNS:
        return None
    for back in range(1, DOCUMENTS.described_issuer_sentences + 1):
        si = sent_idx - back
        if si < 0 or res.speakers_at.get(si):
            return None
        said = _body_said_in(res, si)
        if said is not _NOBODY:
            return said
    return None


def _body_said_in(res: Resolver, si: int) -> object:
    """The organisation sentence ``si`` says spoke; None when it says someone else did (a
    person, a place, a description nothing resolves); _NOBODY when it says nobody spoke."""
    s = res.lay.sentences[si]
    desc = _SAID_BY_DESC.search(res.lay.masked, s.start, s.end)
    name = _SAID_BY_NAME.search(res.lay.masked, s.start, s.end)
    if desc is None and name is None:
        # "X, head of Y, and Z said …": someone speaks in a shape the patterns do not read; that
        # voice is nearer than any body further back (a reporting outlet two sentences up took
        # a union letter's words)
        return None if reports_speech(res.lay, si) else _NOBODY
    if name is not None and (desc is None or name.start() <= desc.start()):
        e = res.ents.entity_for_name(name.group(1))
        # a name after "The" is a body's even when nothing else typed it ("The Pentagon")
        the = res.lay.masked[name.start():name.start() + 4] == "The "
        body = e is not None and (e.kind == "org" or the and e.kind == "unknown") and not is_place(e.canonical)
    else:
        e, _ = res.resolve_part(Part("desc", "the " + (desc.group(1) or desc.group(2)), desc.start()),
                                desc.start(), si)
        body = getattr(e, "kind", None) == "org"
    # "X Network reported that Dr Y denied …": the words and the document are the person's
    return e if body and not other_reports_after(res, res.lay, si, [e]) else None
