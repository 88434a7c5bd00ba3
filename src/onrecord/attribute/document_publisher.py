"""The publisher of a definite document the cascade found no issuer for: "The Harbour Gazette ran
a story …. The article followed …. “…,” the article noted", "The Valley Courier reported that
…. “…,” the report states", "The file, prepared by Ivo Brandt, …. The memo continues that “…”".
A document speaks for its named issuer (eval/real/README.md); these issuers are named by a verb
of publishing, not by the document noun the issuer rules remember (documents.py), so "the
article" or "the report" was left null (round 52, lane docissuer52: random AllSides text left
an outlet's article, a newspaper's report and a dossier's memo null, 5 of 91 sampled
quotations). Read only after every other document rule (document_parts._resolve_document), only
for "the <noun>", and only within ``DOCUMENTS.publisher_sentences`` sentences back."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.function_words import DETERMINERS, OBJECT_PREPOSITIONS
from ..lexicon.places import is_place
from ..lexicon.publishing import NEWS_PIECE_NOUNS, PUBLISHED_BY_PARTICIPLES, PUBLISHING_VERBS
from ..lexicon.reporting import DOCUMENT_NOUN_FAMILIES, DOCUMENT_NOUNS
from ..thresholds.documents import DOCUMENTS
from ..text.find import alternation

if TYPE_CHECKING:
    from .entities import Entity
    from .resolve import Resolver

# determiners that bring in a text of the noun, not the one named before: "a report", and (review
# of rounds 52-53) "filed their own report", "released the county's report" (with "[\w]+'s"):
# another body's text between the paper's story and "the report said", which the paper's name
# was given
_ANOTHERS = sorted(DETERMINERS - {"the", "this", "that", "these", "those"})

# after the publisher's name: a short "in Ohio" or an adverb, then the verb ("the Valley Courier
# in Ohio reported", "the Gazette also ran")
_AFTER_NAME = re.compile(r"(?:\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,?\s+(?:(?:also|first|\w+ly|has|had|have)\s+)?(?:"
                         + "|".join(v.replace(" ", r"\s+") for v in sorted(PUBLISHING_VERBS, key=len, reverse=True)) + r")\b")
# "prepared by former detective Ivo Brandt", "published last month by the Orland Institute"
_BY = re.compile(r"\b(?:" + alternation(PUBLISHED_BY_PARTICIPLES)
                 + r")\s+(?:[\w-]+\s+){0,3}?by\s+", re.I)

# what closes an agent's phrase: a comma, a clause mark, a bracket or a quotation
_AGENT_CLOSE = re.compile(r"[,;.(“\"]")


def publisher_before(res: "Resolver", words: list[str], sent_idx: int) -> "Entity | None":
    """The publisher named in the nearest of the few sentences before, for "the <noun>"; None
    when the part is not definite or no sentence in reach names one. A sentence naming the same
    noun again, within ``DOCUMENTS.renamed_document_sentences``, renews the reach: "X ran a
    story …. The article profiled a welder. [five sentences on other firms] “…,” the article
    noted" (random AllSides text, this lane)."""
    if len(words) < 2 or words[0] != "the":
        return None
    same = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?" + re.escape(words[-1]) + r"\b", re.I)
    floor = sent_idx - DOCUMENTS.publisher_sentences
    for si in range(sent_idx - 1, max(sent_idx - DOCUMENTS.renamed_document_sentences, 0) - 1, -1):
        p = res.lay.sentences[si]
        if same.search(res.lay.masked, p.start, p.end):
            floor = si - DOCUMENTS.publisher_sentences
    new = re.compile(r"\b(?:" + "|".join(_ANOTHERS) + r"|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
                     + re.escape(words[-1]) + r"\b", re.I)
    for si in range(sent_idx - 1, max(floor, 0) - 1, -1):
        p = res.lay.sentences[si]
        if new.search(res.lay.masked, p.start, p.end):
            # "The Hollis family issued a statement …. The statement says": the document was
            # introduced here, and only a "prepared by" agent names its author; an older
            # one's issuer is not its (round 35, lane issuer16's guard), nor the paper that
            # "reports" a new study in the same sentence (round 19's guard)
            return _publisher_in(res, si, words[-1], agent_only=True)
        found = _publisher_in(res, si, words[-1])
        if found is not None:
            return found
    return None


def _publisher_in(res: "Resolver", si: int, head: str, agent_only: bool = False) -> "Entity | None":
    """The subject of a publishing verb in sentence ``si`` ("X ran a story", "X reported"), or
    the agent after "prepared/published … by"; never a place, nor a possessive ("X's editor
    reported": the editor, unnamed, did)."""
    p = res.lay.sentences[si]
    text = res.lay.masked
    mentions = [m for m in res.ents.mentions if p.start <= m.start < p.end and m.entity is not None
                and not is_place(m.entity.canonical)]
    for m in [] if agent_only else mentions:
        verb = _AFTER_NAME.match(text, m.end, p.end)
        if verb and not m.possessive and not _object(text, p.start, m) \
                and _same_text(head, text[verb.end() : min(p.end, verb.end() + DOCUMENTS.publisher_object_chars)]):
            return m.entity
    for by in _BY.finditer(text, p.start, p.end):
        # the agent's phrase up to its comma: its last name is the head ("by former MI6
        # officer Ivo Brandt" is Brandt's, not MI6's; "by the city's Orland Institute")
        close = _AGENT_CLOSE.search(text, by.end(), min(p.end, by.end() + DOCUMENTS.publisher_by_chars))
        end = close.start() if close else min(p.end, by.end() + DOCUMENTS.publisher_by_chars)
        agent = _agent(text, by.end(), [m for m in mentions if by.end() <= m.start and m.end <= end])
        if agent is not None:
            return agent
    return None


def _agent(text: str, at: int, after: list) -> "Entity | None":
    """The last name of the run of names that opens the agent phrase at ``at``, each within
    ``DOCUMENTS.publisher_by_gap_words`` words of the one before: "by former MI6 officer X" is
    X's; "released by the city's police department Tuesday said X violated" names no agent
    (corpus check of this rule: X, the fired officer, was given his dismissal letter)."""
    run, prev = [], at
    for m in sorted(after, key=lambda m: m.start):
        if len(text[prev : m.start].split()) > DOCUMENTS.publisher_by_gap_words:
            break
        run.append(m)
        prev = m.end
    owned = [m for m in run if not m.possessive]
    return owned[-1].entity if owned else None


def _same_text(head: str, after_verb: str) -> bool:
    """Whether the publisher's object, if it names a document in its first words, may be the
    later "the <head>": the same noun, kin (DOCUMENT_NOUN_FAMILIES) or both news pieces ("ran a
    story" for "the article"). With no object noun ("X reported that …") only a news piece:
    "X reported that Y denied it. “…,” the statement said" is Y's statement (round 33's guard)."""
    nouns = [w for w in re.findall(r"[a-z-]+", after_verb.lower())[: DOCUMENTS.publisher_object_words] if w in DOCUMENT_NOUNS or w in NEWS_PIECE_NOUNS]
    if not nouns:
        return head in NEWS_PIECE_NOUNS
    noun = nouns[0]
    return noun == head or {noun, head} <= NEWS_PIECE_NOUNS \
        or any(noun in kin and head in kin for kin in DOCUMENT_NOUN_FAMILIES)


def _object(text: str, floor: int, m) -> bool:
    """Whether the name is a preposition's object, no subject: "A letter sent to Officer X
    released by …" is not X releasing it, nor "a study published in Nature reported" the
    journal reporting (corpus check of this rule: both made null words wrong)."""
    start = m.prefix_start if m.prefix_start >= 0 else m.start
    before = text[max(floor, start - DOCUMENTS.publisher_object_chars) : start].lower().split()
    return bool(before) and any(w in OBJECT_PREPOSITIONS for w in before[-DOCUMENTS.publisher_preposition_words :])

