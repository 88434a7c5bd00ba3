"""Who issued a document the article names (issue 11): "the memo says", "the report said" and
"A new report from X found" speak for the document's author or owner. Split from speakers.py;
``record_document_authors`` runs on each sentence before its quotations are resolved, so a
document named with its author in the quotation's own sentence is already known."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lexicon.places import is_place
from ..lexicon.reporting import RECEIVING_PARTICIPLES
from ..text.find import alternation, find_all
from ..thresholds.attribute import WINDOWS
from .cues import DOCUMENT_COMPOUND_FIRSTS, DOCUMENT_NOUNS
from .layout import Layout
from .mentions import name_tokens

if TYPE_CHECKING:
    from .entities import Entity
    from .mentions import Mention
    from .resolve import Resolver

_DOC_ALT = alternation(DOCUMENT_NOUNS)
# "a resignation letter by its author, X", "a letter from Senator Y", "The affidavit filed by
# FBI agent X", "A new report from the National Academy of …", "excerpts from a Z editorial"
_AUTHOR_RE = re.compile(
    r"\b(" + _DOC_ALT + r")\b[^.;:]{0,80}?\b"
    r"(?:written\s+by|authored\s+by|signed\s+by|on\s+behalf\s+of|by|from)\s+(?:its\s+author,?\s+)?"
    r"(?:(?:the|a|an)\s+)?", re.I)
# "X is suing Y", "X sued Y", "X sues": the subject is the plaintiff, whose lawsuit it is; never
# the passive ("X was sued by Y", "X is being sued"), whose subject is the one sued
# nor a headline's or a clause's reduced passive ("US show sued for rat stunt": "sued" then a
# preposition; corpus articles gave the show's network the viewer's lawsuit)
_SUES_RE = re.compile(r"\b(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!be\s)(?<!is\s)(?<!are\s)sued\b"
                      r"(?!\s+(?:by|for|over|in|on|at|after|because|under|as|and|or)\b)(?![,.;:])"
                      r"|\bsu(?:es|ing)\b"
                      # "Californian X filed the suit in …": the one who filed it
                      r"|\bfiled\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:law)?suit\b", re.I)
# "The Pentagon’s most recent progress report": lower-case words between the owner and the noun
_OWNED_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,4}?(" + _DOC_ALT + r")\b")
# "according to a World Bank report", "the Harbour Authority review said": a body's name used
# as the document's modifier, right before the noun, after a determiner (round 15, lane
# described: the real-news tuning split left "said the report" and "the World Bank report
# said" null; only the possessive owner was read)
# ("an ATF press release": the first word of a two-word noun may stand between; round 24)
_MODIFIER_DOC_RE = re.compile(r"\s+(?:(?:" + "|".join(sorted(DOCUMENT_COMPOUND_FIRSTS)) + r")\s+)?("
                              + _DOC_ALT + r")\b")
# (a capital one too: "The White House document that spelled out the plan …. The document
# said: “…”" opens its sentence; round 29, lane nulls12: fresh5 left it null)
_DETERMINED_RE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}$")


@dataclass
class LastDocument:
    """The last sentence that named a document with a substantial subject, and who issued it:
    that sentence's index, its document nouns and its subject (``issuers``); and, per noun, the
    index and subject of the last such sentence naming that noun (``by_noun``), for "the
    report" a few sentences after another document came between (document_parts._last_issuer).
    One record of one idea, set in one place (speakers.py): the resolver held it as four loose
    fields side by side (round 37, lane tidy20). ``forget`` (a new "a statement" whose issuer
    is unknown) empties ``issuers`` but keeps the sentence and its nouns, so "the statement"
    right after it finds nobody rather than an older issuer. Who the article says wrote a
    document ("in the memo, X wrote", "a letter from X") is another record, kept until a new
    document of the noun comes: Resolver.doc_speakers."""

    sentence: int = -1
    nouns: set[str] = field(default_factory=set)
    issuers: list[Entity] = field(default_factory=list)
    by_noun: dict[str, tuple[int, list[Entity]]] = field(default_factory=dict)

    def record(self, si: int, docs: set[str], subject: list[Entity]) -> None:
        """Sentence ``si`` names the documents ``docs`` and its subject issued them."""
        self.issuers = list(subject)
        self.nouns = docs
        self.sentence = si
        self.by_noun.update((w, (si, list(subject))) for w in docs)

    def forget(self, noun: str) -> None:
        """A new ``noun`` without a known issuer: no earlier issuer holds for it."""
        self.issuers = []
        self.by_noun.pop(noun, None)


def document_noun_starts(masked: str) -> list[int] | None:
    """Where a document noun may stand in ``masked``: the sorted starts of every document noun
    in its lower-cased text, found by str.find. A pre-test for the per-sentence scans here and
    in speakers.py: the case-insensitive scan of every sentence for a document noun was 8 % of
    attribution on 500 BBC articles, and seven sentences in eight name none (issue 16). None
    (test every sentence) when lower-casing changes the text's length, so positions would not
    match, or the text holds "ı" or "ſ", which re.I matches to "i" and "s" but lower() keeps."""
    return _lower_starts(masked, DOCUMENT_NOUNS)


def _lower_starts(masked: str, needles: Iterable[str]) -> list[int] | None:
    """The sorted starts of ``needles`` (lower case) in the lower-cased ``masked``, or None on
    the terms of document_noun_starts."""
    low = masked.lower()
    if len(low) != len(masked) or "ı" in masked or "ſ" in masked:
        return None
    return find_all(low, needles)


def may_name_document(starts: list[int] | None, start: int, end: int) -> bool:
    """Whether ``masked[start:end]`` may hold a document noun (``starts``: document_noun_starts)."""
    if starts is None:
        return True
    k = bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def record_document_authors(res: "Resolver", lay: Layout, si: int, nouns: list[int] | None = None) -> None:
    """Record in ``res.doc_speakers`` each document of sentence ``si`` whose author ("by X",
    "from X") or owner ("X’s report") the sentence names; the first one named keeps it.
    ``nouns``: document_noun_starts(lay.masked), to skip sentences that name no document."""
    s = lay.sentences[si]
    mentions = [x for x in res.by_sentence.get(si, []) if x.entity is not None]
    if may_name_document(nouns, s.start, s.end):
        text = lay.masked[s.start : s.end]
        for m in _AUTHOR_RE.finditer(text):
            if _received_by(m.group(0)):
                continue
            author = _author_at(mentions, s.start + m.end())
            if author is not None and author.substantial():
                for w in re.findall(r"[a-z]+", text[: m.end()].lower()):
                    if w in DOCUMENT_NOUNS:
                        res.doc_speakers.setdefault(w, [author])
    for x in mentions:
        owned = _OWNED_RE.match(lay.masked, x.end) if x.possessive else None
        # "The Pentagon’s … report": a lone name after "the" is an institution
        if owned is not None and (x.entity.substantial()
                                  or lay.masked[max(0, x.start - 4) : x.start].lower() == "the "):
            res.doc_speakers.setdefault(owned.group(1).lower(), [x.entity])
        elif not x.possessive and (noun := _issued_noun(lay.masked, x) or _released_noun(lay.masked, x)) is not None:
            res.doc_speakers.setdefault(noun, [x.entity])


def _received_by(match: str) -> bool:
    """Whether an author match is "<document> obtained/reviewed/seen … by": the one after "by"
    only holds a document someone else wrote ("an internal memo obtained by Councillor X and
    reviewed by the Ledger"; round 35, lane issuer16: the congressman took the agency's memo)."""
    words = re.findall(r"[a-z]+", match.lower())
    return "by" in words and any(w in RECEIVING_PARTICIPLES for w in words[max(0, words.index("by") - 2) : words.index("by")])


def _issued_noun(masked: str, x: "Mention") -> str | None:
    """The document noun (lower case) when ``x`` names its issuer: "a World Bank report", "the
    IMF review", an organisation named right before a document noun after a determiner. Never
    a person or an unclassified name, which there is as often the topic ("a Dana X review of
    the accounts"), a place, or a lone word that is no acronym ("the Muslim statement of faith"
    on the tuning split then issued "a U.N. statement")."""
    e = x.entity
    if e.kind != "org":
        return None  # asked first: most mentions are people, and the match below is per mention
    doc = _MODIFIER_DOC_RE.match(masked, x.end)
    if doc is None:
        return None
    if len(name_tokens(e.canonical)) < 2 and not e.canonical.isupper():
        return None
    if is_place(e.canonical) or e.place_evidence > 0:
        return None
    begin = x.begin
    return doc.group(1).lower() if _DETERMINED_RE.search(masked[max(0, begin - 30) : begin]) else None


# "the ADL issued a report on the matter … “…” the report explained": the subject that
# issued, released or published a document is its author for a later "the report" (fourteenth
# session, output audit: left null)
_RELEASED_RE = re.compile(r"\s+(?:(?:has|had|have|also|just|recently|quietly)\s+)*(?:issued|released|"
                          r"published|unveiled|circulated|put\s+out)\s+(?:a|an|its|his|her|their)\s+"
                          r"(?:[\w-]+\s+){0,3}?(" + _DOC_ALT + r")\b")


_AND_CAPITAL_RE = re.compile(r"[A-Z][\w.’'-]*\s+and\s+$")


def _released_noun(masked: str, x: "Mention") -> str | None:
    """The document noun when ``x`` is the subject that issued it ("X released a statement"):
    a body, or a person with evidence (never a bare capitalised word). The verb is matched
    first: asked of every mention, it almost never matches (round 28, lane speed12)."""
    m = _RELEASED_RE.match(masked, x.end)
    if m is None or not x.entity.substantial() \
            or _AND_CAPITAL_RE.search(masked, max(0, x.start - WINDOWS.and_name_chars), x.start):
        return None  # "The X Foundation and Institute issued": "Institute" is half a name (corpus)
    return m.group(1).lower()


def forget_issuers(res: "Resolver", lay: Layout, si: int, docs: set[str]) -> None:
    """A sentence whose subject names no issuer and that introduces "a statement" without an
    author ("Terry's family issued a statement …") makes it the document a later "the
    statement" means: neither the last issuer of any document nor one recorded for an earlier
    statement (unless named in this sentence) holds any more (round 15, lane described: corpus
    articles gave a family's words to a congressman's statement, a party's to its leader). A
    definite one ("The Journal's editorial criticized …", "The ruling said") is no new
    document: resetting there lost right speakers."""
    s = lay.sentences[si]
    sentence = lay.masked[s.start : s.end]
    if _AUTHOR_RE.search(sentence):
        return
    here = {id(m.entity) for m in res.by_sentence.get(si, []) if m.entity is not None}
    for w in docs:
        if not re.search(r"\b(?:a|an)\s(?:[\w-]+\s){0,2}" + w + r"\b", sentence, re.I):
            continue
        res.last_document.forget(w)  # a new "a statement": an older statement's issuer is not its
        issuer = res.doc_speakers.get(w)
        if issuer and not any(id(e) in here for e in issuer):
            del res.doc_speakers[w]


# Every match of _SUES_RE holds one of these (lower case): a sentence without any cannot match.
_SUIT_WORDS = ("sued", "sues", "suing", "suit")


def suit_word_starts(masked: str) -> list[int] | None:
    """Where _SUES_RE may match in ``masked``: the sorted starts of its words in the lower-cased
    text, or None (test every sentence) on the terms of document_noun_starts. The regex, with
    its seven look-behinds, searched every sentence of every article (2 % of attribution's CPU
    on 300 real-news articles; round 19, lane speed); few sentences hold any of the words."""
    return _lower_starts(masked, _SUIT_WORDS)


def record_plaintiff(res: "Resolver", lay: Layout, si: int, suits: list[int] | None = None) -> None:
    """Record the plaintiff of a sentence that says who is suing ("Actor X is suing Y over …",
    "X sued the council", "X filed the suit") as the author of "the lawsuit" later sentences quote: a lawsuit
    speaks for its plaintiff (round 17, lane documents2: the real-news tuning split fresh3 left
    three "the lawsuit said" null after "X is suing Y", the suit never called X's). Only a
    substantial subject named before the verb; the first plaintiff named keeps it. ``suits``:
    suit_word_starts(lay.masked), to skip sentences that hold none of the words."""
    s = lay.sentences[si]
    if not may_name_document(suits, s.start, s.end):
        return
    m = _SUES_RE.search(lay.masked, s.start, s.end)
    subj = res.subj.get(si) or []
    if m is None or "lawsuit" in res.doc_speakers or len(subj) != 1 or not subj[0].substantial():
        return
    if any(x.entity is subj[0] and x.end <= m.start() for x in res.by_sentence.get(si, [])):
        res.doc_speakers["lawsuit"] = list(subj)


def _author_at(mentions: list["Mention"], at: int):
    """The entity named right at ``at``: a person whose role opens there ("FBI agent Reginald
    X": the agent, not the FBI) before a name that starts there."""
    for x in mentions:
        if x.prefix_start == at and x.start > at and x.entity.is_person():
            return x.entity
    return next((x.entity for x in mentions if at <= x.start <= at + 2), None)
