"""A named person behind an epithet (issue 11, round 17, lane described2): "a subdued Trump
told supporters", "said a visibly tired Marsh". The description ends in a name the article
already gave a person; the lower-case words before it only colour that person (real-news tuning
split fresh3: left null as an unresolved description)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.predicates import ADJUNCT_OPENERS
from ..lexicon.reporting import report_base
from ..lexicon.titles import TITLE_WORDS
from .cues import PARTY_WORDS

if TYPE_CHECKING:
    from .entities import Entity
    from .phrase import Part
    from .resolve import Resolver

# an article (capitalised when it opens the sentence: "A downbeat Spicer added", round 24),
# one to three lower-case words, then capitalised words with no possessive
_EPITHET_NAME = re.compile(r"(?:[Aa]|[Aa]n|[Tt]he)\s+((?:[a-z][\w-]*\s+){1,3})((?:[A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*)*)")


def epithet_name(res: "Resolver", part: "Part") -> "Entity | None":
    """The person the description's closing name is, if the article named that person before
    as one; never a body or a place ("the rival Conservatives"), never a new name."""
    m = _EPITHET_NAME.fullmatch(part.text)
    if m is None or any(w in FUNCTION_WORDS for w in m.group(1).split()):
        # "a spokesperson from Icstis": a member of the body named, not the body (fresh2)
        return None
    if m.group(2).split()[-1].lower() in PARTY_WORDS or not _phrase_ends(res.lay.text, part):
        # "a senior Washington Republican", "a congressional Republican": someone unnamed of a
        # party; "a longtime Obama [campaign adviser] says": the phrase was cut short (corpus)
        return None
    name = m.group(2).split()
    while len(name) > 1 and name[0].lower().rstrip(".") in TITLE_WORDS:
        name = name[1:]  # "A relieved President Trump tweeted": the person, not the office (round 24)
    e = res.ents.entity_for_name(" ".join(name))
    titled = len(name) < len(m.group(2).split())  # a title says "person" even at a first mention
    if e is None or e.kind == "org" or not e.person_like() \
            or not titled and not any(x.start < part.start for x in e.mentions):
        return None
    return e


def _phrase_ends(text: str, part: "Part") -> bool:
    """The description is whole: punctuation or a reporting verb follows it, not a noun."""
    # the part's text may have lost a title's period ("an ebullient Mr. Trump" -> "Mr Trump"):
    # match its words in the text with an optional period after each
    span = re.compile(r"\.?\s+".join(map(re.escape, part.text.split()))).match(text, part.start)
    if span is None:
        return False
    rest = text[span.end() :].lstrip(" ")
    word = re.match(r"[\w’'-]+", rest)
    # "said a charitable NAME in the debate", "as a clearly angry NAME put it": an adjunct or
    # "put it" after the name also ends the phrase (lexicon ADJUNCT_OPENERS; round 79, draw E)
    return word is None or report_base(word.group(0)) is not None or word.group(0) in ADJUNCT_OPENERS


# "The 22-year-old beat …", "But the 31-year-old has …": an age standing for a person, no name after
_AGE_EPITHET = re.compile(r"[Tt]he\s+\d{1,3}-year-old\b(?!\s+[A-Z])")


def age_epithet_subject(res: "Resolver", start: int, sent_idx: int) -> "list[Entity] | None":
    """An age epithet opening the clause at ``start`` is the person the last sentences were
    about: the nearest single named person subject in pronoun reach. BBC sport (round 21, lane
    epithet): "Mark X says …. The 22-year-old pipped Maurice Y …. “…,” he said" gave the object
    Y, since the epithet left the sentence without a subject; None when it is no age epithet."""
    if _AGE_EPITHET.match(res.lay.masked, start) is None:
        return None
    for si in res.reach_back(sent_idx):
        subj = res.subj.get(si) or []
        if len(subj) == 1 and subj[0].kind != "org" and subj[0].person_like():
            return subj
    return None
