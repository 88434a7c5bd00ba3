"""The sender of a letter, memo or appeal whose addressee addressee.py withdrew ("Rell
broadcast an appeal to President Vale asking for …", "Moss' first letter to Quist stated that
…", "a letter to Vale from Tom Rell urging …"). The cascade had given the words to the name
after "to"; addressee.py leaves such a quotation null (GUIDELINES S2: never the addressee),
but the sentence names who sent the text (S9, S11: a letter goes to the sender the article
names). Issue 11, round 80, lane letter91: in 5 of addressee90's 6 wrong → null on draw E the
sentence's subject or the text's owner sent it.

Read from the string, over the article's name mentions in the quotation's sentence before the
marks, outside the addressee phrases, nearest reading first:
1. the text's owner: a possessive right before the text noun ("Moss' initial letter to");
2. "from" + a name after the addressee ("a letter to Vale from Tom Rell");
3. the sentence's subject: the first name, at the sentence's start or after an opener closed
   by a comma ("Last weekend, Rell broadcast …", "In a letter to Vale, obtained by the Ledger,
   the Harbour Authority reveals …"), followed by a lower-case word (its verb) or an
   apposition closed by a comma and then one.
4. the text's writer as a he/she ("grill Barr on a memo he wrote to Vale"): the nearest
   person named before it in the sentence, of a gender the pronoun fits.
A description as the subject names nobody here: null stays.

``credit_texts_from`` (rule 2, same round) reads the plainer shape the cascade also left
null: "a <text> from X" before the marks, with no verb of saying by them ("prompted a
statement from Rell Ltd, …, that “…”"): the words are X's. Draw G: 4 such quotations."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.addressed import ADDRESSED_TEXT_NOUNS, AUTHOR_GAP_STOPS, FROM_TEXT_NOUNS, OWN_VOICE_NOUNS, SENDER_OPENERS
from ..lexicon.function_words import DETERMINERS
from ..lexicon.reporting import report_base
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.letter_sender import SENDER
from ..thresholds.unnamed_teller import TELLER
from .null_credit import credit
from .party_groups import is_party_group
from .role_shape import is_person_noun

_TEXT_RE = re.compile(rf"\b(?:{'|'.join(sorted(ADDRESSED_TEXT_NOUNS))})\b", re.I)
_WORD_RE = re.compile(r"[\w’'.-]+")
_OWNED_RE = re.compile(r"(?:’s|'s|’|')?\s+")
_AND_RE = re.compile(r"\s+and\s+")
_FROM_RE = re.compile(rf"\b(?:{'|'.join(sorted(ADDRESSED_TEXT_NOUNS | FROM_TEXT_NOUNS))})\s+from\s+", re.I)
# the words between "from" and the author: "the" and lower-case role words, at most
# SENDER.role_words ("from deputy campaign manager Kate Rell")
_ROLE_RE = re.compile(r"(?:the\s+)?(?:[a-z][a-z-]*\s+){0,%d}" % SENDER.role_words)
_TEXT_OR_FROM_RE = re.compile(rf"(?:{'|'.join(sorted(ADDRESSED_TEXT_NOUNS | FROM_TEXT_NOUNS))})", re.I)
_WRITER_RE = re.compile(rf"\b(?:{'|'.join(sorted(ADDRESSED_TEXT_NOUNS))})\s+(he|she)\s+(?:wrote|sent|addressed)\b", re.I)
_FROM_WORD = " from "  # the word right before the sender's name ("a letter to Vale from Rell")
SENDER_HOW = "the sender of the text its addressee was withdrawn from"


def credit_senders(lay: Any, ents: Any, addressed: dict[int, list[tuple[int, int]]]) -> None:
    """Give each quotation addressee.py left null (the keys of ``addressed``) to the sender its
    sentence names, if one is found; ``addressed`` holds, per quotation, the document spans of
    the addressee phrases, whose names are no sender."""
    for qi, spans in addressed.items():
        q = lay.quotes[qi]
        si = lay.quote_sentence.get(qi)
        if si is None or q.speaker is not None:
            continue
        start = lay.sentences[si].start
        found = [m for m in ents.mentions if start <= m.start and m.end <= q.start and m.entity is not None
                 and not any(lo <= m.start < hi for lo, hi in spans)]
        senders, how = _sender(lay.masked, start, found)
        if not senders or any(not _agent(m.entity) for m in senders):
            continue
        names = list(dict.fromkeys(m.entity.shown for m in senders))
        q.speaker, q.speakers, q.speaker_description = names[0], names, senders[0].entity.description()
        q.confidence = C.said_before
        q.attribution_evidence = [*(q.attribution_evidence or []),
                                  f"{SENDER_HOW}: {how} '{senders[0].name}' -> {', '.join(names)}"]


def _agent(e: Any) -> bool:
    """Worth naming: not a lone capitalised word, nor a place ("a letter from Kabul")."""
    return e.substantial() and e.place_evidence <= e.person_evidence


def _sender(masked: str, start: int, found: list[Any]) -> tuple[list[Any], str]:
    """The mentions that sent the text (two for "X and Y wrote …"), and how they were read."""
    for m in found:
        own = _OWNED_RE.match(masked, m.end)  # (a bare "Moss’" is no possessive mention)
        if own is not None and (m.possessive or own.group()[:1] in "’'") and _text_noun_near(masked, own.end()):
            return [m], "the text's owner"
    for m in found:
        if masked[max(start, m.start - len(_FROM_WORD)) : m.start].rstrip().lower().endswith(_FROM_WORD.rstrip()) \
                and _TEXT_RE.search(masked, start, m.start):
            return [m], "the text from"
    for i, m in enumerate(found):
        if m.possessive or not _opens_clause(masked, start, m):
            continue
        joint = found[i + 1] if i + 1 < len(found) else None
        if joint is not None and _AND_RE.fullmatch(masked[m.end : joint.start]) and _verb_after(masked, joint.end):
            m, senders = joint, [m, joint]
        else:
            senders = [m]
        if _verb_after(masked, m.end) and _governs_text(masked, start, senders[0].start, m.end):
            return senders, "the sentence's subject" + ("s" if len(senders) > 1 else "")
        break  # (the first name opening the clause is its subject, or there is none)
    return _pronoun_writer(masked, start, found)


def _pronoun_writer(masked: str, start: int, found: list[Any]) -> tuple[list[Any], str]:
    """"grill Barr on a memo he wrote last year to Vale": the writer's he/she is the nearest
    person named before it in the sentence whose gender it fits."""
    w = _WRITER_RE.search(masked, start)
    if w is None:
        return [], ""
    sex = {"he": "m", "she": "f"}[w.group(1).lower()]
    near = [m for m in found if m.end <= w.start() and not m.possessive and m.entity.kind != "org"]
    if near and near[-1].entity.gender in (sex, None):
        return [near[-1]], "the writer's he/she"
    return [], ""


def _governs_text(masked: str, start: int, lo: int, hi: int) -> bool:
    """The subject at ``lo``-``hi`` is the text's sender: the text noun stands in the opener
    before it ("In a letter to Vale, Rell said"), or a few words after it with no comma or
    name between ("Rell broadcast an appeal to", "Barr issued a memorandum to"; not "Democrats
    are expected to grill Vale on a memo he wrote to …": another's text)."""
    if _TEXT_RE.search(masked, start, lo):
        return True
    aside = re.match(r",([^,]*),", masked[hi : hi + 200])
    if aside and _TEXT_RE.search(aside.group(1)):  # "Moss, in a statement to the Ledger, called"
        return True
    for k, w in enumerate(_WORD_RE.finditer(masked, hi)):
        if k > SENDER.verb_words or "," in masked[hi : w.start()] or not w.group()[:1].islower():
            return False
        if _TEXT_RE.fullmatch(w.group()):
            return True
    return False


def _text_noun_near(masked: str, pos: int) -> bool:
    """A text noun at ``pos`` or after at most two lower-case modifiers ("first letter to")."""
    words = list(_WORD_RE.finditer(masked, pos, pos + 60))[:3]
    for w in words:
        if _TEXT_RE.fullmatch(w.group()):
            return True
        if not w.group().islower():
            return False
    return False


def _opens_clause(masked: str, start: int, m: Any) -> bool:
    """The mention opens the sentence, or follows an opener closed by a comma whose first word
    is a preposition or a time word ("Last weekend,", "In a letter to Vale, obtained by …,");
    a determiner and title or qualifier words may stand between ("…, the Harbour Authority",
    "Last weekend, Mr Rell", "…, Democratic Reps. Tom Rell")."""
    words = masked[start : m.start].strip(" \n\t“”\"").split()
    dropped = 0
    while words and dropped < SENDER.title_words and (words[-1].lower() in DETERMINERS
                                               or words[-1][:1].isupper() and not words[-1].endswith(",")):
        words.pop()
        dropped += 1
    if not words:
        return True
    return words[-1].endswith(",") and words[0].lower() in SENDER_OPENERS


def _verb_after(masked: str, end: int) -> bool:
    """A lower-case word right after the mention, or after an apposition closed by a comma
    (", a former general,") or its short form in brackets: the subject's verb."""
    rest = masked[end : end + 200]
    if rest.lstrip().startswith("(") and ")" in rest:  # "the Harbour Authority (HA) reveals"
        rest = rest[rest.index(")") + 1 :]
    if rest.startswith(","):
        close = rest.find(",", 1)
        if close < 0:
            return False
        rest = rest[close + 1 :]
    w = _WORD_RE.search(rest)
    return w is not None and rest[: w.start()].strip() == "" and w.group()[:1].islower() \
        and not w.group().startswith(("’s", "'s")) and w.group() not in ("and", "or")


FROM_HOW = "the author of the text from X that holds the words"


def credit_texts_from(lay: Any, ents: Any) -> None:
    """A speech quotation the cascade left null whose sentence holds "a <text> from X" before
    the marks ("prompted a statement from Rell Ltd, the maker of …, that “…”", "included an
    email from Tom Rell, a lawyer, seeking “…”", "the email from Rell to Vale that used the
    word said: “…”") is X's (S9, S11): no reporting verb stood by the marks, or its subject was
    the text itself. Not after a verb of saying before the text ("a spokesman said the letter
    from Vale was “…”": the spokesman's), nor past another name with a verb of saying of its own,
    nor a quotation between, nor a party group ("a statement from Senate Democrats")."""
    for qi, q in enumerate(lay.quotes):
        si = lay.quote_sentence.get(qi)
        if q.kind != "speech" or q.speaker is not None or q.nested or si is None:
            continue
        start = lay.sentences[si].start
        m = _from_author(lay.masked, start, q.start, ents.mentions)
        if m is None or not _agent(m.entity) or is_party_group(m.entity.shown):
            continue
        credit(q, m.entity, C.said_before, f"{FROM_HOW}: '{m.name}' -> {m.entity.shown}")


def _owned(masked: str, m: Any) -> bool:
    """The mention owns the text's author ("the UK's ambassador"), not its office ("Speaker
    Ada Quist's office": her own statement, S18)."""
    own = _OWNED_RE.match(masked, m.end)
    if own is None or not (m.possessive or own.group()[:1] in "’'"):
        return False
    nxt = _WORD_RE.match(masked, own.end())
    return nxt is None or nxt.group().lower() not in OWN_VOICE_NOUNS


def _reports_before(words: list[re.Match[str]]) -> bool:
    """A verb of saying among ``words``; not a text noun that is also a verb ("Vale's tweet
    included"), nor a bare form within two words after a determiner, a noun ("The remark
    prompted", "the only answer was")."""
    for i, w in enumerate(words):
        base = report_base(w.group())
        if base is None or _TEXT_OR_FROM_RE.fullmatch(w.group()):
            continue
        if w.group().lower() == base and any(v.group().lower() in DETERMINERS for v in words[max(0, i - 2) : i]):
            continue
        return True
    return False


_LOWER_WORD_RE = re.compile(r"\s+([a-z][a-z-]*)")


def _author_past_modifier(masked: str, m: Any, mentions: list[Any], end: int) -> Any:
    """``m``, or the person it only modifies: a body's name before a post or a group noun is
    no author ("a statement from <office> press secretary NAME": NAME's; "a joint statement from
    <party> leaders said": unnamed leaders, None). Draw H, round 80: both had given the body.
    The lower words read stop at a verb form ("from NAME highlighting the president's role")
    and an own-voice noun ("from NAME's office": hers, S18)."""
    pos = m.end
    for _ in range(SENDER.role_words):
        w = _LOWER_WORD_RE.match(masked, pos)
        if w is None or w.group(1) in OWN_VOICE_NOUNS or report_base(w.group(1)) or w.group(1).endswith(("ing", "ed")):
            return m
        pos = w.end()
        if is_person_noun(w.group(1)):
            nxt = next((o for o in mentions if o.start >= pos and o.entity is not None), None)
            if nxt is not None and nxt.start < end and not masked[pos : nxt.start].strip():
                return nxt
            return None
    return m


def _from_author(masked: str, start: int, end: int, mentions: list[Any]) -> Any:
    """The mention right after the last "<text> from" before ``end`` in its sentence (up to
    a few role words between: "from deputy manager Kate Rell"), or None when the guards of
    ``credit_texts_from`` refuse it."""
    found = list(_FROM_RE.finditer(masked, start, end))
    if not found:
        return None
    f = found[-1]
    if _reports_before(list(_WORD_RE.finditer(masked, start, f.start()))):
        return None
    m = next((m for m in mentions if f.end() <= m.start < end and m.entity is not None), None)
    if m is None or not _ROLE_RE.fullmatch(masked[f.end() : m.start]) \
            or any(w in AUTHOR_GAP_STOPS for w in masked[f.end() : m.start].split()):
        return None  # "memos from census officials – on Dec. 22": no author named
    if _owned(masked, m):
        return None  # "emails from the UK's ambassador": the ambassador's, not the UK's
    m = _author_past_modifier(masked, m, mentions, end)
    if m is None:
        return None
    rest = masked[m.end : end]
    words = list(_WORD_RE.finditer(rest))
    if len(words) > TELLER.clause_words or re.search(r"[“\"]", rest[:-1]) or "according to" in rest.lower():
        return None
    for o in mentions:
        after = _WORD_RE.search(masked, o.end, end) if m.end <= o.start and o.end <= end else None
        if after is not None and report_base(after.group()):
            return None  # "… what Vale had claimed “…”": another's words may be meant
    return m
