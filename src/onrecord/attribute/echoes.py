"""A headline or a subheading that holds up a named speaker's words in marks, typed scare, term
or title for want of a credit on its own line, is that speaker's speech (issue 11, round 29,
lane notspeech12). "Mayor wants a ‘fairer deal’" over a body where the mayor says "we want a
fairer deal", or a subheading "‘Moving Toward Authoritarianism’" over "“We are moving toward
authoritarianism,” warns …": the extraction reads each quotation on its own line and finds no
one credited, so the words were the writer's and had no speaker (the tuning splits: tune 2,
fresh5 2 gold speech).

An echo in running text is left alone: there a fragment repeating a speaker's words is as
often a discussed name ("America First" quoted by an official and then discussed, rounds 22
and 24). A headline or a subheading, by contrast, flags the story's quotation, so the link
is read only there, and only to a quotation whose speaker is named: in the headline, by a
name the headline itself gives (its "America First" policy belongs to the president named
there, not to the adviser quoted below); in a subheading, within the paragraphs the
subheading heads (labels.said_below).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..extract.person_labels import NICKNAME_BETWEEN_NAMES, TITLE_CASE_ALONE
from ..thresholds.layout import LABEL
from .labels import SUBHEADING_ECHO, norm_words, retype_speech, said_below, subheading, take_speaker

if TYPE_CHECKING:
    from ..model import Quote
    from .layout import Layout

# The extraction's reasons that read no cue at all (extract/classify.py and label_rules): a
# fragment or coined noun phrase credited to nobody, title case alone. Any other scare, term
# or title reason read words of its own ("so-called", a naming verb, a work noun) and stands.
_NO_CUE_IN = "credited to nobody"
_NO_CUE_START = TITLE_CASE_ALONE
# In a title-case headline every word is capitalised, so a phrase in marks between two words of
# it reads as a nickname between names (extract/label_rules._nickname): no cue either, there
# ("Mayor Says Port Will ‘Slowly Expand’ Next Year" over the mayor's "slowly expand"; round 37,
# lane echo20: three such headlines over the named person's words in 400 AllSides articles, and
# a group's demand on big2, none wrong). Read so in the headline only: in running text a
# nickname between two names is one. (The reason is extract/person_labels.NICKNAME_BETWEEN_NAMES,
# spelled once: round 38, review27.)
# The owner a speaker's description names in a possessive: "GE's chief executive", "the
# Harbour Trust's press director" (capitalised words before 's). At the description's start
# only: "a critic of GE's chief executive" speaks against the company, not for it (round 38,
# review27; every owner echo20 read on the corpus opened the description).
_OWNER = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*)['’]s\b")


def uncued(q: Quote, in_headline: bool = False) -> bool:
    why = q.kind_evidence[0] if q.kind_evidence else ""
    return _NO_CUE_IN in why or why.startswith(_NO_CUE_START) or (in_headline and why == NICKNAME_BETWEEN_NAMES)


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[:1].isupper() and len(w) > 2}


def _words_re(key: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, key.split())) + r"(?!\w)", re.IGNORECASE)


def _discussed(lay: Layout, q: Quote, o: Quote) -> bool:
    """The words are a name the article discusses, not one speaker's: they recur in the body
    more than ``LABEL.echo_body_repeats`` times ("Trump's ‘law and order’ message"), or the
    speaker's quotation gives them as a capitalised name of two words or more ("a New Labour
    stooge": "Galloway targets ‘New Labour’ MP" names the party)."""
    key = norm_words(q.text)
    words = _words_re(key)
    body = (m for m in words.finditer(lay.text, lay.headline_end) if not q.start <= m.start() < q.end)
    if sum(1 for _ in body) > LABEL.echo_body_repeats:
        return True
    m = words.search(o.text)
    return m is not None and len(key.split()) > 1 and all(w[:1].isupper() for w in m.group().split())


def _owner_named(desc: str | None, head: set[str]) -> bool:
    """The speaker's description names, in a possessive, a company or body the headline names:
    "GE sees ‘…’ economy" over "…,” said X, GE's chief executive" (round 37, lane echo20; the
    headline of a company's news names the company, and its executive speaks below)."""
    m = _OWNER.match(desc or "")
    return m is not None and all(w in head for w in m.group(1).split())


def _said_in_body(lay: Layout, q: Quote) -> Quote | None:
    """The first body quotation with a named speaker whose words hold the headline's ``q``
    (whole words) and whose speaker, or the company or body the speaker's description names,
    the headline names."""
    key = f" {norm_words(q.text)} "
    if not key.strip():
        return None
    head = set(re.findall(r"[\w'’-]+", lay.text[: lay.headline_end]))
    for o in lay.quotes:
        if o.start >= lay.headline_end and o.kind == "speech" and o.speaker and not o.nested \
                and key in f" {norm_words(o.text)} " \
                and (_name_words(o.speaker) & head or _owner_named(o.speaker_description, head)):
            return o
    return None


def echoed_fragments(lay: Layout) -> None:
    """Retype as speech, with the speaker of the words it repeats, every uncued scare, term or
    title quotation of the headline or of a subheading that repeats a named speaker's words."""
    for q in lay.quotes:
        if q.kind == "speech" or q.nested or not uncued(q, q.start < lay.headline_end):
            continue
        if q.start < lay.headline_end:
            o, why = _said_in_body(lay, q), "a headline repeating the words of a speaker it names"
        else:
            k = bisect_right(lay.para_of_pos, (q.start, 1 << 62)) - 1  # (not a walk per quotation: issue 10)
            if k < 0 or q.start >= lay.para_of_pos[k][1] or not subheading(lay, q, lay.para_of_pos[k]):
                continue
            o = said_below(lay, q, LABEL.subheading_paragraphs, LABEL.echo_subheading_min_words)
            why = SUBHEADING_ECHO
            if o is not None and not o.speaker:
                o = None  # an unnamed speaker's words: no one to give
        if o is None or _discussed(lay, q, o):
            continue
        retype_speech(q, why)
        take_speaker(q, o, why)
