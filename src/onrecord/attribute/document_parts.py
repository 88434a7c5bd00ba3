"""A document part of an attribution ("the statement", "Jarvis’ statement", "Senator X issued a
statement saying", "the report" after a body's words, "it" after "a post by X") resolved to who
issued it. ``Resolver`` (resolve.py) mixes ``DocumentParts`` in, as it does ``Referents``: the
methods read the resolver's layout, entities and the issuers recorded so far (documents.py).
Split from resolve.py (round 27, lane tidy11; code moved verbatim)."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.outlets import OUTLET_KIND_NOUNS, OWN_CHANNEL_NOUNS
from ..lexicon.places import is_place
from ..lexicon.reporting import DOCUMENT_NOUN_FAMILIES, ISSUING_VERBS, IT_TEXT_NOUNS
from ..text.find import alternation, has_word
from ..thresholds.documents import DOCUMENTS
from .cues import DETERMINERS, DOCUMENT_NOUNS, NAME_CONNECTORS, PARTY_PLURALS, PRONOUNS
from .document_publisher import publisher_before
from .entities import Entity
from .kind_backref import kind_backref
from .named_kind import named_kind
from .name_forms import split_title
from .own_clause_issuer import own_clause_issuer
from .phrase import Part
from .topic import other_reports_after, reports_speech

_DOC_BY_RE = re.compile(r"\b(?:a|an|the|this|that)\s(?:[\w-]+\s){0,2}?([a-z]+)\s(?:[a-z]+\s){0,2}?by\s"
                        r"((?:[A-Z][\w.’'-]+\s?){1,4})")
# (a capitalised owner too: "Zoomly’s policy bars …", round 47, lane pronoun28)
_SUBJECT_DOC_RE = re.compile(r"\s*(?:The|This|That|Its|His|Her|Their|(?P<owner>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)[’']s?)"
                             r"\s+(?:[\w.’'-]+\s+){0,3}?(?P<doc>"
                             + alternation(IT_TEXT_NOUNS) + r")\s+[a-z]")
# "Senator X issued a statement", "The Players Guild released a joint statement": the subject
# before an issuing verb and the document (lexicon ISSUING_VERBS), as the string rule joins them
_ISSUED_RE = re.compile(r"^(.+?)\s+(?:(?:has|have|had|also|later|then|\w+ly)\s+){0,2}(?:"
                        + "|".join(v.replace(" ", r"\s+") for v in ISSUING_VERBS)
                        + r")\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+$")
# "Jarvis’ statement", "the Steelworkers ’ statement": the possessive of a name ending in s
_S_OWNER_RE = re.compile(r"^(?:[Tt]he\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*s) ?[’']\s")
# "a statement on her website", "a post from its official account": the document is the
# pronoun's owner's, as "her statement" is (round 33, lane docs14: random corpus text left
# a player's and a league's statements null)
_OWN_CHANNEL_RE = re.compile(r"^(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:on|from)\s+(its|his|her|their)\s+"
                             r"(?:(?:official|own|personal|verified)\s+)?(?:"
                             + alternation(OWN_CHANNEL_NOUNS) + r")$", re.I)


def own_channel(text: str) -> bool:
    """Whether a description is a document on its owner's channel ("a post on its official
    account": the head is the channel, so the phrase is no document by its last word)."""
    return _OWN_CHANNEL_RE.match(text) is not None


class DocumentParts:
    """The document rules of ``Resolver`` (its ``resolve_part`` calls ``_resolve_document``;
    the pronoun rules ``_it_document`` and ``_subject_document``)."""

    def _resolve_document(self, part: Part, pos: int, sent_idx: int) -> tuple[Any, str]:
        # "Jarvis’ statement": the possessive of a name ending in s, after the other owners (a
        # space before the mark is the tokens joined); "X issued a statement saying …" between
        channel = _OWN_CHANNEL_RE.match(part.text)
        owner = re.match(r"^(.*?)[’']s\s", part.text) or re.match(r"^(its|his|her|their)\s", part.text, re.I) \
            or channel
        if owner is None:
            issued = _ISSUED_RE.match(part.text)
            if issued and issued.group(1).lower() not in PRONOUNS:
                return self._issued_by(issued.group(1), part, sent_idx)
            owner = _S_OWNER_RE.match(part.text)
            if owner and owner.group(1).lower() in PARTY_PLURALS:
                owner = None  # "the Democrats' memo": a party's, not the person in focus
        if owner:
            o = owner.group(1)
            sub = Part("pronoun" if o.lower() in PRONOUNS else
                       "name" if o[:1].isupper() and o.split()[0].lower() not in DETERMINERS else "desc",
                       o.lower() if o.lower() in PRONOUNS else o, part.start)
            e, why = self.resolve_part(sub, pos, sent_idx)
            if channel is not None and (not isinstance(e, Entity) or is_place(e.canonical) or e.place_evidence > 0):
                # "Antifa … . A statement on its website accused …": "its" read as the city
                # named last, whose website it is not (corpus); the channel's owner or nobody
                return None, f"document '{part.text}': its channel's owner unresolved"
            if e is not None:
                return e, f"document '{part.text}' -> its owner: {why}"
        own = own_clause_issuer(self, part, pos, sent_idx)  # "The statement from X declares"
        if own is not None:
            return own
        words = part.text.lower().split()
        head = words[-1] if words else ""
        if words and words[0] in {"a", "an"}:
            # "A report on the experiment said …": a document just introduced is not the last
            # one someone issued; only its own author counts
            issuer = self.doc_speakers.get(head) or []
            if issuer and not self._named_lately(issuer[0], sent_idx):
                # "“…,” a post said on the X page" many paragraphs after someone's earlier
                # post: a new document is not the old one, whose issuer the words lost
                # (round 83, lane wrong99: draw N's posts, studies and statements)
                return None, f"document '{part.text}': a new one, its noun's earlier issuer not named near"
        else:
            issuer = self.doc_speakers.get(head) or self._last_issuer(head, part.text, sent_idx)
        if issuer:
            return issuer[0], f"document '{part.text}' -> its issuer"
        body = self._body_quoted_before(words, head, part, sent_idx)
        if body is not None:
            return body, f"document '{part.text}' (none named before) -> the body just quoted, {body.canonical}"
        body = kind_backref(self, part, pos, sent_idx)
        if body is not None:  # "Spanish daily X accuses … . “…,” the paper says": a newspaper (round 13)
            return body, f"document '{part.text}' -> the outlet named before, {body.canonical}"
        body = publisher_before(self, words, sent_idx)
        if body is not None:  # "X ran a story …. “…,” the article noted" (round 52)
            return body, f"document '{part.text}' -> the publisher named before, {body.canonical}"
        body = named_kind(self, part, sent_idx)
        if body is not None:  # "a Brackett Research poll …. “…,” the poll notes" (named_kind.py)
            return body, f"document '{part.text}' -> the one named with its kind, {getattr(body, 'canonical', body)}"
        return None, f"document '{part.text}' without issuer"

    def _named_lately(self, e: Entity, sent_idx: int) -> bool:
        """Whether ``e`` is named in sentence ``sent_idx`` or the few just before it (an
        indefinite "a statement from X" names its author there; one recorded long before is
        another document's)."""
        back = DOCUMENTS.indefinite_issuer_sentences
        return any(x.entity is e for si in range(sent_idx - back, sent_idx + 1)
                   for x in self.by_sentence.get(si, []))

    def _last_issuer(self, head: str, text: str, sent_idx: int) -> list[Entity]:
        """The subject of the last sentence that named a document, for a definite "the <head>":
        only when that sentence is this one or the one just before, named the same noun or its
        kin (lexicon.reporting.DOCUMENT_NOUN_FAMILIES), or the part is "he/she released a <head>" (that
        subject is read so, see _issued_by). "The White House issued a statement …. [two
        sentences] The lawsuit says" gave the White House a campaign's lawsuit, and "X sent a
        letter …. [four sentences] The report says" a letter-writer an unrelated report (round
        35, lane issuer16: random corpus text). The sentence just before stays whatever its
        noun: without it the test split lost two right names (counts only, never read)."""
        issued = _ISSUED_RE.match(text)
        last = self.last_document
        nouns = last.nouns
        if sent_idx - last.sentence <= 1 or head in nouns \
                or any(head in kin and nouns & kin for kin in DOCUMENT_NOUN_FAMILIES) \
                or issued is not None and issued.group(1).lower() in PRONOUNS:
            return last.issuers
        # "the WikiLeaks release", "McLean in his letter": the phrase names that issuer itself
        if any(has_word(text, e.canonical.split()[-1])
               for e in last.issuers if e.canonical.split()):
            return last.issuers
        # "The Harlan report did not find fraud. Harlan also faulted the pace of the
        # investigation. … The report concluded": the report is the one named before, whatever
        # other document noun came since (review26: an "impede the investigation" between took
        # the Mueller report's words from Mueller on 500 random corpus articles)
        named_at, issuer = last.by_noun.get(head, (-1, []))
        return issuer if sent_idx - named_at <= DOCUMENTS.same_document_sentences else []

    def _body_quoted_before(self, words: list[str], head: str, part: Part, sent_idx: int) -> Entity | None:
        """"“…,” the IMF said. … “…,” the report said": a definite document the article never
        named before is the one of the body quoted in the two sentences before (round 22, lane
        nulls6: fresh2 split), or the body the sentence just before reports speaking without a
        quotation ("X denied …"). Never a person's (a mayor quoted, then "the report"), nor "the
        paper" (an outlet: on the corpus it carried a misread newspaper to its next words)."""
        if not words or words[0] != "the" or head in OUTLET_KIND_NOUNS or re.search(r"\b" + re.escape(head) + r"\b",
                                                       self.lay.masked[: part.start], re.I):
            return None
        for back in (1, 2):
            said = self.speakers_at.get(sent_idx - back) or []
            if not said and back == 1 and reports_speech(self.lay, sent_idx - 1):
                # "CBS News denied the allegation. “…,” the statement said": a body reported
                # speaking just before, without a quotation of its own (round 33, lane docs14:
                # random corpus text left the denial's statement null); not when it reports a
                # person's words ("CBS News reported that Dr X denied …": round 33, second review)
                said = self.subj.get(sent_idx - 1) or []
                said = [] if other_reports_after(self, self.lay, sent_idx - 1, said) else said
            if said:
                return said[0] if len(said) == 1 and getattr(said[0], "kind", None) == "org" else None
        return None

    def _issued_by(self, subject: str, part: Part, sent_idx: int) -> tuple[Any, str]:
        """"Senator X issued a statement saying …", "The Players Guild released a statement
        calling …": the clause's subject issued the document (round 22, lane nulls6). Not a
        he/she (the caller keeps the older reading: on the corpus "he released a statement
        saying Bannon …" gave Bannon Trump's words); a subject that is no name ("The X family
        in Y", "Five House chairmen") stays a description."""
        # "X, R-Texas, issued", "The Players ’ Guild": the name before an aside, its marks joined
        o = re.sub(r"\s+([’'])", r"\1", re.sub(r"^the\s+(?=[A-Z])", "", subject.split(",")[0], flags=re.I))
        words = o.split()
        kind = "name" if words and all(
            w[:1].isupper() or w.lower() in NAME_CONNECTORS for w in words) and words[0][:1].isupper() else "desc"
        sub = Part(kind, o if kind == "name" else subject, part.start)
        e, why = self.resolve_part(sub, part.start, sent_idx)
        if e is None:
            return None, f"document '{part.text}' issued by '{subject}': {why}"
        return e, f"document '{part.text}' -> its issuer, the subject: {why}"

    def _it_document(self, sent_idx: int) -> Entity | None:
        """"Mary shared a post by Poe, who was bothered too. It read: “…”": "it" is the
        document just named, and its author speaks (not the sentence subject, Mary)."""
        if sent_idx <= 0:
            return None
        p = self.lay.sentences[sent_idx - 1]
        m = _DOC_BY_RE.search(self.lay.masked, p.start, p.end)
        if m and m.group(1).lower().rstrip("s") in DOCUMENT_NOUNS:
            return self.ents.entity_for_name(split_title(m.group(2).strip()))
        return None

    def _subject_document(self, sent_idx: int) -> tuple[str, Entity | None] | None:
        """The document noun opening the previous sentence's subject ("The senators’ lawsuit
        cited …", "The Pentagon’s latest report said …") and its named owner, if any ("Zoomly’s
        policy bars …": its issuer; documents speak for their named issuer, and without the
        owner the words of "It states …" went to a name in passing, round 47, lane pronoun28);
        None without such a subject."""
        if sent_idx <= 0:
            return None
        p = self.lay.sentences[sent_idx - 1]
        m = _SUBJECT_DOC_RE.match(self.lay.masked, p.start, p.end)
        if m is None:
            return None
        return m.group("doc").lower(), self.ents.entity_for_name(m.group("owner")) if m.group("owner") else None
