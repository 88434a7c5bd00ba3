"""Names mentioned in passing: a possessive ("in light of X’s withdrawal") or a name written
before a noun it modifies ("the X phenomenon"). Such a mention is no head of its noun phrase,
so a he/she after the sentence is less likely to be that person than a name the sentence is
about (issue 11, lane wrong: "Donald Trump promised … as he accepted … in light of Ted Cruz’s
withdrawal. “…,” he said" went to Cruz; "NBC’s Chuck Todd argued there was a disconnect in
understanding the Trump phenomenon: “…” he wrote" went to Trump; real-news tuning split fresh4)."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.function_words import PASSING_PREPOSITIONS, SENTENCE_CONJUNCTIONS
from .cues import DETERMINERS
from .finder import clause_start

from .mentions import Mention
from .regroup import modifier_mention


def in_passing(text: str, m: Mention) -> bool:
    """A possessive mention, or one written only before a noun it modifies."""
    return m.possessive or modifier_mention(text, m)


def heads_first(text: str, ms: list[Mention]) -> list[Mention]:
    """A sentence's mentions (latest first, as the pronoun search reads them) with those in
    passing moved behind the others, each group keeping its order: the sentence's head names
    are tried before a possessive or a noun modifier of the same sentence."""
    passing = [in_passing(text, m) for m in ms]
    return [m for m, p in zip(ms, passing) if not p] + [m for m, p in zip(ms, passing) if p]


def sentence_mentions(res: Any, si: int, limit: int | None = None) -> list[Mention]:
    """The mentions of sentence ``si`` with an entity (before ``limit`` when given), latest
    first, heads before mentions in passing."""
    ms = [m for m in reversed(res.by_sentence.get(si, []))
          if m.entity and (limit is None or m.end <= limit)]
    return heads_first(res.lay.masked, ms)


def deferred_possessive(res: Any, si: int, m: Mention) -> bool:
    """A possessive in a sentence before a he/she, which yields to the subject of the sentence
    before it. "X asserted. He said …. Russia lost its seat over Y’s annexation of Crimea.
    “…,” he said" went to Y (real-news tuning split fresh2, round 23): a possessive inside the
    sentence names what it is about, not who speaks. Not one that opens the main clause ("When
    a reporter asks her about X, Ms. Y’s hands fly to her mouth. … “…” she says": Y is the
    subject's owner, corpus check), and possessives only: the noun-modifier test
    (regroup.modifier_mention) also flags a name before its verb ("Darin X represents …"), and
    deferring those took three right answers on the tuning splits."""
    if not m.possessive:
        return False
    toks = res.lay.sentences[si].tokens
    c0 = clause_start(toks)
    if c0 + 1 < len(toks) and toks[c0].lower in SENTENCE_CONJUNCTIONS:  # "But X’s …"
        c0 += 1 + clause_start(toks[c0 + 1 :])
    start = m.begin
    if c0 >= len(toks) or start < toks[c0].start:
        return True  # in the introduction ("But with Y’s orders, this now …, the governor said")
    return not all(t.lower in DETERMINERS for t in toks[c0:] if t.start < start)


# the words a preposition may stand apart from its name by: determiners ("at the X retreat"),
# or a noun phrase owning the name ("like a poor man's X"). Not any lower-case words: a photo
# caption run into the next ("… life in the spotlight Obama hugs Clinton") made the subject of
# the sentence an object of "in" (corpus check)
_POSSESSOR_RE = re.compile(r"[a-z][\w-]*[’']s?")
_LEAD_IN_WORDS = 4  # the preposition and at most three words before the name


def prepositional(text: str, m: Mention) -> bool:
    """A mention written as the object of a preposition of ``PASSING_PREPOSITIONS``."""
    start = m.begin
    words = text[max(0, start - 60) : start].split()[-_LEAD_IN_WORDS:]
    owned = bool(words) and _POSSESSOR_RE.fullmatch(words[-1]) is not None
    for w in reversed(words):
        if w.lower() in PASSING_PREPOSITIONS:
            return True
        if w.lower() not in DETERMINERS and not (owned and w[:1].islower()):
            return False
    return False


def mentioned_in_passing(res: Any, e: Any, sent_idx: int, pos: int) -> bool:
    """In the latest sentence (up to ``sent_idx``, before ``pos``) that names ``e``, every
    mention of it is a preposition's object ("the rule was used against X"), bare: no
    possessive, no role."""
    for si in range(sent_idx, max(-1, sent_idx - res.opt.pronoun_window - 1), -1):
        ms = [m for m in res.by_sentence.get(si, []) if m.entity is e and m.end <= pos]
        if ms:
            # a possessive ("in X’s office, which he calls …") names the owner of the place he
            # is in, and a role ("lawmakers like Senate Majority Leader X") introduces the next
            # speaker: both kept the pronoun on the corpus check
            return all(prepositional(res.lay.masked, m) and not m.possessive and not m.role for m in ms)
    return False


def speaking_subject(res: Any, e: Any, g: str, order: list[tuple[Any, bool]], pos: int) -> Any:
    """The first sentence subject in reach (``order``, as the pronoun search reads it) who has
    spoken and is of the pronoun's gender ``g`` by a title, a given name or an earlier pronoun
    (not by a census guess alone), when ``e`` (who has not spoken) is named near the pronoun at
    ``pos`` only in passing after a preposition; else None. "Mr X said …. For example in West
    Ham, this might …. “…” he said" gave West Ham, "At times he sounds like a poor man's Billy
    Mays—you may be eligible, he enthused" Billy Mays, and "She's 84 and grew up during World
    War II …. “…” she says" World War II (real-news tuning splits fresh3, fresh4; round 25,
    lane pronoun9). A plain object ("spoke to X, a farmer") keeps the pronoun: it often
    introduces the next speaker."""
    s = res.lay.sentence_at(pos)
    if e.spoke or s is None or not mentioned_in_passing(res, e, s.index, pos):
        return None
    for x, is_subj in order:
        if is_subj and x is not e and res._compatible(x, g):
            return x if x.spoke and x.gender == g and (x.gender_sure or not x.census_sex) else None
    return None


def caption_aside(res: Any, si: int, items: list[Any]) -> list[Any]:
    """``items`` (entities, or mentions with one) of sentence ``si`` as antecedents of a he/she in
    a later sentence: all of them, unless ``si`` is a BBC caption (layout.in_caption) and the
    entity is named nowhere outside captions. A caption may bring in someone the story never
    names ("Media caption X has not seen his daughter since …"), who then took the next
    paragraph's "He told the audience" from the attorney general above (round 26, lane audit10);
    a caption naming the story's own subject ("Mattis: “…”") stays an antecedent (skipping every
    caption lost four right he/she in 173 corpus articles with captions)."""
    lay = res.lay
    if not items or not lay.in_caption(si):
        return items

    def named_outside(e: Any) -> bool:
        for m in e.mentions:  # (an entity's own mentions: those whose entity it is)
            s = lay.sentence_at(m.start)
            if s is not None and not lay.in_caption(s.index):
                return True
        return False

    return [x for x in items if named_outside(getattr(x, "entity", x))]
