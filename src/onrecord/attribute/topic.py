"""A topic change before a quotation with no cue of its own: "The newspaper's Byron X reported,
in a letter, inspector general Michael Y wrote the whistleblower showed “…”" went to the last
speaker of the article, a paragraph back (real-news tuning split, round 11). When the
quotation's own sentence names another person outside its quotations, the last speaker is no
longer the one talking: left null, not guessed (a wrong speaker is worse than none). The same
holds when the sentence just before the quotation names another person and the last speaker
is further back (round 12: on the never-read test and held-out splits this turned three wrong
names into nulls and no right one), and when a quotation's own sentence reports no speech but
names another person than the previous sentence's subject (held-out: two wrong names to null)."""

from __future__ import annotations

from typing import Any

from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.reporting import REPORT_FORMS, SPEECH_NOUNS
from .entities import Entity

# a sentence that reports someone speaking: a reporting verb ("said", "told", "warned") or a
# speech noun ("ended her speech", "in a statement")
_SPEECH_WORDS = frozenset(REPORT_FORMS) | SPEECH_NOUNS


def other_reports_after(res: Any, lay: Any, si: int, subjects: list[Any]) -> bool:
    """Whether a person named in sentence ``si`` (by evidence or a listed given name), not one
    of its ``subjects``, is followed there by a word reporting speech ("CBS News reported that
    Dr X denied …", "Police said Tom X denied …"): the sentence reports that person's words,
    not its subject's (round 33, second review; "Acme told Reuters that it rejected …" stays
    Acme's)."""
    others = [m.end for m in res.by_sentence.get(si, []) if m.entity is not None
              and not any(m.entity is s for s in subjects)
              and (m.entity.is_person() or m.entity.kind != "org" and m.name.split()[0].lower() in GIVEN_NAMES)]
    return bool(others) and any(t.lower in _SPEECH_WORDS and t.start > min(others) for t in lay.sentences[si].tokens)


def names_someone_else(res: Any, lay: Any, si: int, speakers: list[Any]) -> Entity | None:
    """A person-like entity named in sentence ``si`` outside its quotations, not one of
    ``speakers`` (the last speaker's), or None. Reads the sentence's mentions only."""
    spans = [(q.start, q.end) for q in lay.quotes]
    for m in res.by_sentence.get(si, []):
        e = m.entity
        if e is None or any(e is x for x in speakers) or not e.is_person() or not e.substantial():
            continue
        if any(a <= m.start < b for a, b in spans):
            # mentions come from the masked text, but a quotation that opens on a real capital
            # X keeps it there (mask.py writes "X" as its placeholder): in an article naming
            # "Mr Tom X", “X marks the spot.” is a mention of him inside the words. Not dead
            # code: tests/attribute/test_topic_change.py (0 hits on dev, the 250 real-news
            # articles and 3,000 corpus articles; tidy7 lane, 2026-12-03)
            continue
        return e
    return None


def reports_speech(lay: Any, si: int) -> bool:
    """Does sentence ``si`` report anyone speaking (outside its quotations)? A cue-less quotation
    after "The GOP's idea is such a terrible take on the problem." is not the GOP's: the subject
    of a sentence of narration is the one written about, not a voice the quotation continues
    (real-news extension split, round 12). "X said he was disappointed." / "She ended her
    speech with …" report speech, and the next quotation goes on in that voice."""
    # the sentence's tokens are read from the masked text, where every quotation's words are
    # blanked, so no quoted "said" can be among them (no per-token scan of the quotations)
    return any(t.lower in _SPEECH_WORDS for t in lay.sentences[si].tokens)
