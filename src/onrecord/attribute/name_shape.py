"""The last guard on a speaker's shape: a lone word that is no one's name is no speaker.

Read on 1,000 unannotated corpus articles (thirteenth session, lead): "Left" (from "the
progressive Left") took every "he said" of a candidate's speech, 12 quotations; "PM" ("The PM,
who has faced calls to resign, said he …") 5; "Republican", "Democrat", "Democratic" (a party
member or adjective: "a senior Democratic operative … he said"); and common words that only
ever open a sentence ("Prosecutors say …", "Underneath, the text reads: …", "Lawyers for the
commission argue …", "Tweets on the account said …", "Enrollment has swelled …"). Each named
no one, and a wrong speaker is worse than none: the quotation is left null, saying why.

Three rules, strict to lenient:
1. the word is a party member, a party adjective or a political side (cues.SIDE_WORDS), or an
   office alone ("PM", "CEO", "President-elect": lexicon/titles);
2. the word is capitalised only where it opens a sentence (never after a sentence's first
   token, where a name keeps its capital: mentions.common_words) and the tagger, reading the
   sentence where it first appears, does not take it for a proper noun; a noun only if the
   article also writes it in lower case (the tagger calls unknown names nouns: "Veltrix",
   "Barclays"). A surname that only opens sentences ("Cohen said …") is a proper noun to the
   tagger and stays. A noun followed by a preposition, a determiner or a label's colon is a
   common one even so ("Academics from …", "Witness: …": round 36, lane junk18);
3. one capitalised word the body only ever writes inside a longer name ("Purse" of "Samaritan’s
   Purse", "Children" of "Save the Children": round 36, lane junk18).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.heads import PERSON_ROLE_NOUNS
from ..lexicon.calendar import WEEKDAYS_MONTHS_TITLE
from ..lexicon.places import US_STATES, is_place
from ..lexicon.reporting import report_base
from ..thresholds.shapes import LONGER_NAMES as V, OFFICES
from ..lexicon.titles import (NATION_OFFICE_SYNONYMS, OFFICE_QUALIFIERS, OFFICE_SHORT_FORMS, PORTFOLIO_WORDS,
                              ROLE_PARTICIPLES, TITLE_AFFIXES, TITLE_WORDS)
from .cues import PARTY_MEMBERS, SIDE_WORDS
from .fullname import clear_speaker
from .groups import apposed_mention
from .headline_names import headline_phrase
from .layout import Layout
from .mentions import common_words
from .name_joins import capitalised_long_words
from .nlp import parse_one

_OFFICE_PARTS = TITLE_WORDS | TITLE_AFFIXES | OFFICE_SHORT_FORMS
# the last word of an office described without its holder ("… Whip", "… Strategist", "… Democrat")
_OFFICE_HEADS = _OFFICE_PARTS | SIDE_WORDS | PERSON_ROLE_NOUNS | {"member"}
# any other word of it: a qualifier, a state, or an acronym ("FBI Special Agent")
_OFFICE_WORDS = _OFFICE_HEADS | OFFICE_QUALIFIERS | ROLE_PARTICIPLES | US_STATES | PORTFOLIO_WORDS
# a country's possessive opening an office ("Tunisia’s Prime Minister"): the office of no one named
_PLACE_POSSESSIVE = re.compile(r"(?P<place>[A-Z][\w.-]*)['’]s")
_TITLE_CASE = re.compile(r"[A-Z][a-z]+")


def drop_word_speakers(lay: Layout) -> None:
    """Null every speech quotation whose speakers include a lone word that names no one
    (the module's three rules); a joint speaker keeps its other names."""
    memo: dict[str, str | None] = {}
    for q in lay.quotes:
        if q.kind != "speech" or not q.speakers:
            continue
        bad = [n for n in q.speakers if _why(lay, n, memo)]
        if not bad:
            continue
        keep = [n for n in q.speakers if n not in bad]
        q.attribution_evidence.append(f"speaker {bad[0]!r} dropped: {memo[bad[0]]}")
        if keep:
            q.speakers, q.speaker = keep, keep[0]
        else:
            clear_speaker(q)


def lone_word_no_name(lay: Layout, word: str, memo: dict[str, str | None]) -> str | None:
    """Why one word (no space) is no one's name by this module's three rules, else None; asked
    before resolution too (he_she_guard.py: such a word is no he/she's antecedent)."""
    return _why(lay, word, memo) if " " not in word.strip() else None


def _why(lay: Layout, word: str, memo: dict[str, str | None]) -> str | None:
    if word not in memo:
        memo[word] = names_no_one(word) or " " not in word and _opener_rule(lay, word) \
            or cut_from_longer_name(lay, word) or headline_phrase(lay, word) or None
    return memo[word]


def names_no_one(word: str) -> str | None:
    """Why a lone word names no one (rule 1: a side or an office), else None. Also read before
    resolution (regroup.no_one_words): such a word is no pronoun's antecedent."""
    if " " in word.strip():
        return "an office described without its holder is no name" if _office_phrase(word) else None
    low = word.lower().strip(".")
    if low in SIDE_WORDS:
        return "a party member or political side alone is no name"
    if all(p in _OFFICE_PARTS for p in low.split("-")):
        return "an office alone is no name"
    return None


def _office_phrase(name: str) -> bool:
    """"House Speaker", "Minority Whip", "FBI Special Agent", "Democratic Strategist", "Kentucky
    Republican": two or more words, none a given name, each an office word, a qualifier, a state
    or an acronym, a cabinet portfolio ("Labor Secretary"), after a country's possessive too
    ("Tunisia’s Prime Minister"; round 66, lane form69), the last an office, a role or a side.
    Round 35, lane entity16: "The House Speaker went on to …" and "said Democratic Strategist
    and partner at …, David X" showed the office as the speaker's name. "Robin Cook", "Grant Dean", "Oona King" keep a word of a name."""
    words = name.split()
    if len(words) >= 3 and (m := _PLACE_POSSESSIVE.fullmatch(words[0])) and is_place(m.group("place")):
        words = words[1:]  # "Norway’s Foreign Minister" (round 66, lane form69)
    low = [w.lower().strip(".,’'") for w in words]
    if len(words) < 2 or low[0] in GIVEN_NAMES or low[-1] not in _OFFICE_HEADS:
        return False
    return all(w in _OFFICE_WORDS or orig.isupper() and len(orig) >= 2 for w, orig in zip(low, words))


# "the", then up to two lower-case words ("the newly elected"), right before a name part
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}$")


def definite_epithet(text: str, start: int, name: str) -> int | None:
    """Where "the …" opens, when the name part at ``start`` is an office or a "<state> <party
    member>" epithet written after a definite article: "The Kentucky Republican, who …, said",
    "the Maryland Democrat also said", "The House Speaker went on to …". A name takes no "the";
    the phrase describes someone the article named (round 35, lane roles17: the parse read the
    epithet as the name, which entity16's guard then left null). "Georgia", "Virginia" are
    given names (and not in US_STATES): after "the", a capitalised word and a party member are
    always an epithet."""
    m = _DEFINITE_BEFORE.search(text, max(0, start - OFFICES.the_before_chars), start)
    if m is None or any(w in FUNCTION_WORDS for w in m.group(0).split()[1:]):
        return None  # "the letter from House Speaker X": the office belongs to another phrase
    words = name.split()
    low = [w.lower().strip(".,’'") for w in words]
    if _office_phrase(name) or len(words) == 2 and low[1] in PARTY_MEMBERS:
        return m.start()
    return None


def short_office_after_the(text: str, start: int, name: str) -> tuple[str, int] | None:
    """The office written out ("The prime minister") and where its "the" opens, when the name part
    at ``start`` is an office's short form alone in capitals after it ("The PM has claimed … and
    urged MPs to back the “…”": lexicon OFFICE_SHORT_FORMS, NATION_OFFICE_SYNONYMS). It is the
    prime minister, read as that description (which reaches the one named "PM <Name>"), not a
    name "PM" dropped as an office alone, which left the speech null; the short form itself
    matched a cluster of "the PM's deal", "secured by the PM", no one (round 83, lane desc101:
    draw N)."""
    if " " in name or name.lower() not in OFFICE_SHORT_FORMS or not name.isupper():
        return None
    m = _DEFINITE_BEFORE.search(text, max(0, start - OFFICES.the_before_chars), start)
    if m is None or m.group(0).split()[1:]:
        return None
    return m.group(0).split()[0] + " " + NATION_OFFICE_SYNONYMS.get(name.lower(), name), m.start()


# after an office phrase: "in Charge" or ", and <role> at|of|for <body>," then a given name and
# one or two capitalised words, closed by a bracket, a comma, a full stop or a lower-case word
_HOLDER_AFTER = re.compile(
    r"(?:\s+in\s+Charge|\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:at|of|for)\s+[^,.;:\n“”\"]{1,"
    + str(OFFICES.affiliation_chars) + r"},)?"
    r"\s+([A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2})(?=\s*[(,.]|\s+[a-z])")


# what stands between the office and its holder in apposition: a second capitalised title joined
# by "and" ("said Y President and CEO, Mara X."), then the comma; groups.apposed_mention reads the name
_OFFICE_APPOSITION_GAP = re.compile(r"(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*,\s+")


def holder_after(text: str, start: int, part_text: str, mentions: Iterable[Any]) -> str | None:
    """The holder named right after an office phrase the name finder cut there: "Senate
    Majority Whip John X (R-S.D.) said", "FBI Special Agent in Charge Ed X said", "said
    Democratic Strategist and partner at Y Media, David X." (round 35, lane roles17; entity16
    had left these null), "The highest-ranking Senate Democrat, Ann X, said", "said Y President
    and CEO, Sara X." (the holder in apposition; round 66, lane desc71: the focus or no one took
    the words). Only a run that opens on a listed given name or is followed by a reporting
    verb. The apposed holder is read by groups.apposed_mention, the one reading of "office, Name,"
    over mentions (round 66, lane one74a: this module had a regex of its own)."""
    if not _office_phrase(part_text):
        return None
    span = re.compile(r"\.?\s+".join(map(re.escape, part_text.split()))).match(text, start)
    if span is None:
        return None
    m = _HOLDER_AFTER.match(text, span.end())
    if m is not None:
        name, end = m.group(1), m.end()
    else:
        gap = _OFFICE_APPOSITION_GAP.match(text, span.end())
        apposed = apposed_mention(text, gap.end(), mentions) if gap else None
        if apposed is None:
            return None
        name, end = apposed.name, apposed.end
    verb = re.match(r"\s+([a-z]+)", text[end:])
    if name.split()[0].lower() not in GIVEN_NAMES and not (verb and report_base(verb.group(1))):
        return None  # "Ed" is no listed given name, but "… in Charge Ed X said" reports
    return name


def _opener_rule(lay: Layout, word: str) -> str | None:
    lower, inner = common_words(lay)
    if not _TITLE_CASE.fullmatch(word) or word in inner:
        return None  # an acronym, or capitalised inside a sentence somewhere: may be a name
    m = re.search(r"\b" + re.escape(word) + r"\b", lay.masked[lay.headline_end:])
    sent = lay.sentence_at(m.start() + lay.headline_end) if m else None
    if sent is None:
        return None
    at = m.start() + lay.headline_end - sent.start
    doc = parse_one(lay.parse_text[sent.start : sent.end] if lay.parse_text else lay.text[sent.start : sent.end])
    tok = next((t for t in doc if t.idx == at), None)
    if tok is None or tok.pos_ == "PROPN":
        return None
    low = word.lower()
    if tok.pos_ == "NOUN" and not {low, low[:-1]} & lower and not _noun_phrase_opens(doc, tok):
        # the tagger calls an unknown name opening a sentence a noun ("Veltrix said …", and
        # "Barclays said …" a plural): only a noun the article also writes in lower case is
        # a common one ("Prosecutors say …" beside "the prosecutors")
        return None
    return f"a common word ({tok.pos_.lower()}) that only opens sentences is no name"


# what follows a common noun opening a noun phrase, never a name opening its sentence
_NOUN_PHRASE_NEXT = frozenset({"ADP", "DET"})


def _noun_phrase_opens(doc, tok) -> bool:
    """"Academics from the institute found …", "Lawyers for the board argue …", "Claims a
    written answer was drafted … were “…”", "Witness: Attackers “…”": a noun opening its
    sentence or a headline label, followed by a preposition, a determiner or the label's colon,
    is a common noun though the article never writes it in lower case (round 36, lane junk18:
    such openers were shown as speakers on corpus text). A name opening its sentence is followed
    by its verb ("Veltrix said …") or a comma."""
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    return nxt.pos_ in _NOUN_PHRASE_NEXT or nxt.text == ":"


# the longer name goes on after the word: a capitalised word or a number, across a name's
# joining words ("Diocese of Toledo", "Focus on the Family", "Customs and Border Protection");
# not "for", "to" or a bare "on", which join a person to an outlet ("… Salo for the Harbor Ledger")
_GOES_ON = re.compile(r"(?:[ \t]+(?:of|and|de|on[ \t]+the)(?:[ \t]+the)?)?[ \t]+([A-Z][\w’'&-]*|\d)"
                      r"(?:[ \t]+([A-Z][\w’'&-]*))?")
# the longer name began before it: "Samaritan’s Purse", "Save the Children", "Freedom to Marry"
_BEGAN = re.compile(r"[A-Z][\w-]*(?:[’']s[ \t]+|[ \t]+(?:the|of|to)[ \t]+(?:the[ \t]+)?)$")


def cut_from_longer_name(lay: Layout, name: str) -> str | None:
    """Rule 3: one capitalised word (or "The" and one) that the article's body never writes
    alone, only inside a longer capitalised name ("Children" and "Save" of "Save the Children",
    "Purse" of "Samaritan’s Purse", "Customs" of "Customs and Border Protection officials", "The
    Washington" of "The Washington Post"): a piece of a body's name, no one's (round 36, lane
    junk18: 22 of 100 junk-shaped names read on corpus text were such pieces). The speaker is
    left null, never guessed. Only one word: a person's full name goes on into an affiliation
    ("Sundar X of the Y Society", "wrote Ingrid X for the Y Ledger": the first version nulled 70
    right names on big and big2); an acronym is a body's whole name ("AP", "CNN"); a listed given
    name is spared ("Grace" alone is a pseudonym)."""
    bare = name.rstrip(".")
    if not _ONE_WORD.fullmatch(bare) or bare.split()[-1].lower() in GIVEN_NAMES:
        return None  # a person's full name goes on into an affiliation: "X Y of the Z Society"
    found = re.finditer(r"(?<![\w’'.-])" + re.escape(bare) + r"(?![\w’'-])", lay.masked)
    body = [m for m in found if m.start() >= lay.headline_end and not _in_title_case(lay, m.start())]
    if not body or not all(_inside_longer(lay.masked, m) for m in body):
        return None
    return "a piece of a longer name the article always writes whole is no one's name"


# one capitalised word, or "The" and one: an acronym is a body's whole name ("AP", "CNN")
_ONE_WORD = re.compile(r"(?:The )?[A-Z][a-z]+")


def _inside_longer(text: str, m: re.Match) -> bool:
    end = m.end()
    if text[end : end + 1] == ".":
        return False  # the sentence ends on the word: "… said Labour. The party …"
    on = _GOES_ON.match(text, end)
    if on is not None and on.group(1) not in WEEKDAYS_MONTHS_TITLE and not _two_names(on):
        return True  # (a date goes on no name: "Pennsylvania on Monday said")
    return _BEGAN.search(text, max(0, m.start() - V.window), m.start()) is not None


def _two_names(on: re.Match) -> bool:
    """"the United Arab Emirates and Turkey", "Ames and Jo Bell": "and" then one capitalised
    word, or a given name or a place, joins two names; "Customs and Border Protection" goes on
    as one name."""
    if " and " not in on.group(0).replace("\t", " ") + " ":
        return False
    first = on.group(1)
    return on.group(2) is None or first.lower() in GIVEN_NAMES or is_place(first)


def _in_title_case(lay: Layout, pos: int) -> bool:
    """A body line in title case has no usable capitalisation: "Update: Romney Says This Isn't
    A “…”" shows no longer name "Romney Says" (the tuning split fresh3 lost its right "Romney"
    to the first version). Every long word capitalised: mentions.title_case asks five and a
    share, which a short update line misses, and a credit full of a body's name ("… said Focus on
    the Family Senior Vice President X") passes."""
    sent = lay.sentence_at(pos)
    if sent is None:
        return False
    capital, words = capitalised_long_words(sent.tokens)
    return words >= V.title_line_min_words and capital == words
