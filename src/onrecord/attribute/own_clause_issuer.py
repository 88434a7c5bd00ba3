"""A document whose own clause names its issuer, read before the issuer the article recorded for
the document's noun (document_parts._resolve_document; issue 11, round 83, lane doc100). That
record (``Resolver.doc_speakers``) keeps the first issuer named for a noun until a new one of the
noun is introduced, however far back; three clauses name another issuer themselves:

- "The official statement from <Body> declares, “…”": the author after "from/by" right after
  the quoted document's noun (the record's first author, a city office named paragraphs
  before, kept the words: records are first-come, documents.record_document_authors);
- "She later released a statement calling him “…”": the he/she who issues a new document (the
  noun's old issuer, another senator quoted far above, kept the words); only where such an
  older issuer stands, so a he/she with none stays null as before;
- "<Justice> opened the opinion declaring, “…”": the judge who frames the court text (read as
  a document part, the opinion's earlier author, the chief justice, kept the words).

Draw N (3,000 unseen articles) held one of each; the rules read nothing else."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.places import is_place
from ..lexicon.publishing import COURT_TEXT_NOUNS, FRAMING_VERBS
from ..lexicon.reporting import ISSUING_VERBS
from ..text.find import alternation
from .phrase import Part

if TYPE_CHECKING:
    from .resolve import Resolver

# "She later released a statement", "He also issued a new statement": a new document (a/an)
_PRONOUN_ISSUED_RE = re.compile(r"^(he|she)\s+(?:(?:also|later|then|\w+ly)\s+){0,2}(?:"
                                + "|".join(v.replace(" ", r"\s+") for v in ISSUING_VERBS)
                                + r")\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+$", re.I)
# "Quill opened the opinion", "Justice Mara Quill began her dissent": a capitalised subject only
_FRAMED_RE = re.compile(r"^((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+(?:also\s+)?(?:"
                        + alternation(FRAMING_VERBS) + r")\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:"
                        + alternation(COURT_TEXT_NOUNS) + r")$")
# the author right after the quoted document's noun: "statement from the", "report by"
_AUTHOR_AFTER = r"\s+(?:from|by)\s+(?:the\s+)?"


def own_clause_issuer(res: "Resolver", part: Part, pos: int, sent_idx: int) -> tuple[Any, str] | None:
    """The issuer the document ``part``'s own clause names, with the evidence, or None."""
    framed = _FRAMED_RE.match(part.text)
    if framed is not None:
        e, why = res._issued_by(framed.group(1), part, sent_idx)
        return (e, f"document '{part.text}' -> the judge framing it: {why}") if e is not None else None
    issued = _PRONOUN_ISSUED_RE.match(part.text)
    # only where an older issuer would take the words: with none the he/she stays unread, as
    # document_parts._issued_by leaves it (round 22: a misread "he" gave a subject's words away)
    if issued is not None and (res.doc_speakers.get(part.text.split()[-1].lower()) or res.last_document.issuers):
        e, why = res.resolve_part(Part("pronoun", issued.group(1).lower(), part.start), pos, sent_idx)
        return (e, f"document '{part.text}' -> its issuer, the he/she: {why}") if e is not None else None
    author = _author_after(res, part, sent_idx)
    return (author, f"document '{part.text}' -> the author its phrase names, {author.canonical}") \
        if author is not None else None


def _author_after(res: "Resolver", part: Part, sent_idx: int):
    """The body or person named right after a definite document's noun ("The official statement
    from the X Board declares"), or None: never a place ("the report from Ohio")."""
    words = part.text.split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    s = res.lay.sentences[sent_idx]
    m = re.compile(r"\b" + re.escape(words[-1]) + _AUTHOR_AFTER).search(res.lay.masked, part.start, s.end)
    if m is None or m.start() > part.start + len(part.text):
        return None  # the noun so followed is another one, later in the sentence
    for x in res.by_sentence.get(sent_idx, []):
        e = x.entity
        # the name opens right after "from/by" (its "the " may be the name's own)
        if e is not None and m.end() - len("the ") <= x.start <= m.end() + 1:
            ok = e.substantial() and not is_place(e.canonical) and e.place_evidence == 0
            return e if ok else None
    return None
