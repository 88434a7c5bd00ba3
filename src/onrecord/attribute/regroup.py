"""Name variants: rules that repair entity clusters (issue 11, real-news tuning split).

Clustering (entities.py) joins the forms of a name that share a surname. Real articles also
write one person's name in forms that share none: a misspelt surname ("Abbott" then
"Abbot"), an owner glued into the body he heads ("President X Y’s Cabinet"), and a group
named like one of its members ("Green Berets" beside "a Green Beret"). Each rule below is one
such construct; ``split_owners`` runs on the mentions before clustering, ``REGROUP_RULES`` in
order on the clusters after it.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable

from ..lexicon.reporting import report_base
from ..lexicon.titles import PEERAGE_TITLES, TITLE_WORDS
from ..text.find import char_before
from ..thresholds.attribute import NAME_VARIANTS as V
from .cues import given_sex
from .generations import generation
from .mentions import Mention, name_tokens
from .name_shape import names_no_one
from .opener_names import glued_opener_names
from .spelt_acronyms import spelt_out

if TYPE_CHECKING:
    from .entities import Entities, Entity

_POSSESSIVE = re.compile(r"[’']s\s+")


def split_owners(mentions: list[Mention]) -> list[Mention]:
    """"President Barack Obama’s Cabinet": a possessive inside an organisation's run continues
    it ("the Inshore Fishermen’s Association"), but a titled person before it is the owner, a
    person of his own. Without him, "Obama" alone joined the Cabinet and the Cabinet spoke."""
    out: list[Mention] = []
    for m in mentions:
        owner = _titled_owner(m)
        if owner is not None:
            out.append(owner)
        out.append(m)
    return out


def _titled_owner(m: Mention) -> Mention | None:
    if not m.org:
        return None
    cut = _POSSESSIVE.search(m.name)
    if cut is None:
        return None
    words = m.name[: cut.start()].split()
    k = 0
    while k < len(words) and words[k].lower().strip(".") in TITLE_WORDS:
        k += 1
    if k == 0 or len(words) - k < 2:
        return None  # no title before the owner, or a one-word owner: keep the body whole
    offset = len(" ".join(words[:k])) + 1
    start = m.start + offset
    return Mention(start, m.start + cut.start(), " ".join(words[k:]), " ".join(words[:k]), m.start)


def _within_one_edit(a: str, b: str) -> bool:
    """One letter added, dropped or changed ("abbot"/"abbott", "chada"/"chadha")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def misspelt_surname(ents: "Entities") -> None:
    """"Greg Abbott … Abbott and Davis … “…,” Abbot answered": a one-word name one letter away
    from the surname of exactly one person named in full is that person misspelt; it was a
    speaker of its own ("Abbot", "Ms Chada" for "Monica Chadha"). The full name must be a
    person's, and a plural -s is no misspelling ("Muslim" beside "UK Muslims")."""
    people = [e for e in ents.entities if e.kind != "org" and e.person_like()
              and any(len(name_tokens(n)) >= 2 for n in e.names)]
    for e in list(ents.entities):
        if e.kind == "org" or len(e.names) != 1 or len(name_tokens(e.names[0])) != 1:
            continue
        word = name_tokens(e.names[0])[0]
        if len(word) < V.min_misspelt_len or e.names[0].isupper() or e.place_evidence:
            continue
        near = [p for p in people if p is not e and any(_misspelling(word, n) for n in p.names)]
        if len(near) == 1:
            _merge(ents, e, near[0])


def _misspelling(word: str, full_name: str) -> bool:
    toks = name_tokens(full_name)
    if len(toks) < 2:
        return False
    last = toks[-1]
    return last != word and last[0] == word[0] and _within_one_edit(last, word) \
        and last + "s" != word and word + "s" != last


def plural_group(ents: "Entities") -> None:
    """"Green Berets" beside "a Green Beret", "Navy SEALs" beside "a Navy SEAL": a name that is
    another name plus a plural -s names a group, and the singular any member of it; neither is
    "he" or "the captain" (they took every pronoun of an unnamed captain's account). Two words
    at least: "Williams" beside "Prince William" is a surname."""
    names = {n for e in ents.entities for n in e.names}
    plural = {n for n in names if n.endswith("s") and " " in n and n[:-1] in names}
    group = plural | {n[:-1] for n in plural}
    for e in ents.entities:
        if e.kind != "org" and any(n in group for n in e.names):
            e.kind = "org"


# words after a capitalised run that show it is no noun modifier: function words, adverbs
_NOT_A_NOUN = frozenset("""and or but nor in on at to of for from with by as than that which who
whom whose the a an this these those its his her their our my your is was were are be been being
has had have will would can could should may might must did does do not no so also just now still
then there here when where while if after before since until into onto about over under against
between among during without within via per up out off down yesterday today tomorrow already
again""".split())
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


def no_one_words(ents: "Entities") -> None:
    """"the progressive Left", "The PM": a lone word that names no one (name_shape.names_no_one)
    is no antecedent. "Left" stood nearest before every "he said" of a candidate's launch
    speech and took them all, which the last guard then left null (fourteenth session, output
    audit: twelve quotations of one article). Only a word written as a noun: an adjective
    before its noun ("a senior Democratic campaign operative") is left to the passes, where it
    stood in for a "he" the surname subject before it should have had (corpus: the change made
    three right speakers wrong in one article)."""
    text = ents.lay.masked
    for e in ents.entities:
        # (an office without its holder too: "The House Speaker went on to …": round 35)
        if len(e.names) == 1 and names_no_one(e.names[0]) \
                and not any(modifier_mention(text, m) for m in e.mentions):
            e.modifier = True


def modifier_only(ents: "Entities") -> None:
    """"Motor Neurone disease", "Media playback", "the Saudi consulate", "a safe GOP downstate
    district": a name written only before a noun it modifies is an adjective here, never the
    antecedent of a pronoun (each took "he" or "it" from the person the sentence was about)."""
    text = ents.lay.masked
    for e in ents.entities:
        if e.roles or e.gender or e.kind == "person" or e.spoke or not e.mentions:
            continue
        e.modifier = all(modifier_mention(text, m) for m in e.mentions)


def modifier_mention(text: str, m: Mention) -> bool:
    """A mention written before a noun it modifies ("the Trump phenomenon"), not a possessive."""
    return not m.possessive and _noun_follows(text, m.end) and not _opens_before_verb(text, m)


# "Matt Ford covers the law for X. “…” he wrote" (real-news tuning split, round 16): a full
# name opening its sentence, then a lower-case word in -s, then a determiner, is a subject
# with its verb and object, not a modifier before a plural noun ("Trump supporters gathered").
_VERB_OBJECT = re.compile(r"\s+[a-z]+s\s+(?:the|a|an|his|her|their|its)\b")


def _opens_before_verb(text: str, m: Mention) -> bool:
    if char_before(text, m.start) not in ("", *"\n.!?"):
        return False
    return len(name_tokens(text[m.start:m.end])) >= 2 and _VERB_OBJECT.match(text, m.end) is not None


def _noun_follows(text: str, end: int) -> bool:
    nxt = _NEXT_WORD.match(text, end, end + V.next_word_window)
    if nxt is None:
        return False
    w = nxt.group(1)
    return w not in _NOT_A_NOUN and not w.endswith(("ed", "ly")) and not report_base(w)


def peer_person(ents: "Entities") -> None:
    """"Lady Thatcher" beside "Margaret Thatcher", "Lord Callaghan" beside "Jim Callaghan": a
    peer's name joins the one person the article names in full with that surname, unless the
    given name says the other sex ("Baroness Meyer" is not her husband Christopher Meyer).
    Without it the peer's form was a speaker of its own (twelfth session, BBC politics read)."""
    for e in list(ents.entities):
        parts = e.names[0].split() if len(e.names) == 1 else []
        if e.kind == "org" or len(parts) != 2 or parts[0].lower() not in PEERAGE_TITLES:
            continue
        sex, surname = PEERAGE_TITLES[parts[0].lower()], parts[1].lower()
        full = [p for p in ents.entities if p is not e and p.kind != "org" and any(
                len(t) >= 2 and t[-1] == surname and given_sex(t[0]) != _OTHER[sex]
                for t in map(name_tokens, p.names))]
        if len(full) == 1:
            _merge(ents, e, full[0])


_OTHER = MappingProxyType({"m": "f", "f": "m"})


def short_given_name(ents: "Entities") -> None:
    """"Chair Jerry X" and "Chairman Jerrold X", "NPR's Deb Y" and "NPR's Deborah Y": one
    person written with a short given name and the full one it opens (its -y or -ie dropped)
    is one person; apart, the quotations near the short form showed it, where the gold takes
    the fullest form the article writes (round 66, lane form69: fresh3 2, fresh24 5). Only when
    exactly two clusters write the surname after a given name, neither with a generation
    suffix ("Don X Jr." is not "Donald X"), and the given names say no other sex."""
    full: dict[str, list[tuple["Entity", str]]] = {}
    for e in ents.entities:
        if e.kind == "org":
            continue
        for toks in {tuple(name_tokens(n)) for n in e.names}:
            if len(toks) == 2:
                full.setdefault(toks[1], []).append((e, toks[0]))
    for pairs in full.values():
        if len({id(e) for e, _ in pairs}) != 2 or any(_generation(e) for e, _ in pairs):
            continue
        (a, ga), (b, gb) = sorted({id(e): (e, g) for e, g in pairs}.values(), key=lambda x: len(x[1]))
        sexes = {given_sex(ga), given_sex(gb)} - {None}
        if _opens_given(ga, gb) and len(sexes) < 2 and a in ents.entities:
            _merge(ents, a, b)


def _opens_given(short: str, long_: str) -> bool:
    """``short`` less its -y or -ie opens the longer given name ``long_`` ("Deb"/"Deborah")."""
    stem = short[:-2] if short.endswith("ie") else short[:-1] if short.endswith("y") else short
    return len(stem) >= V.min_short_given and len(long_) > len(short) and long_.startswith(stem)


def _generation(e: "Entity") -> bool:
    """A name of ``e`` ends in a generational suffix ("Don X Jr."): generations.generation's
    reading, the one entities.py clusters by (round 66, lane one74b; it read any word after the
    first before)."""
    return any(generation(n) for n in e.names)


def _merge(ents: "Entities", src: "Entity", dst: "Entity") -> None:
    for m in src.mentions:
        ents._attach(m, dst)
    dst.spoke = dst.spoke or src.spoke
    ents.entities.remove(src)
    for k, e in enumerate(ents.entities):
        e.id = k  # ids index the clusters: keep them dense after a merge


_INITIALS = re.compile(r"[A-Z](?:\.?[A-Z]){1,5}\.?")


def acronym_spelt_out(ents: "Entities") -> None:
    """A cluster known only by initials ("OMB said …") takes the phrase of the article that
    spells them ("the Office of Management and Budget"), which the name run had cut (at "and",
    at a title inside it; spelt_acronyms.py, round 68, lane body76). The cut cluster that opens
    where the phrase is written is the same body: the initials join it. The text searched is
    the body's outside quotations: a nickname in a headline or a quotation ("Collapsing News
    Network" for CNN) is no name the article gives the body."""
    lay = ents.lay
    for e in list(ents.entities):
        if e not in ents.entities or len(e.names) != 1 or not _INITIALS.fullmatch(e.names[0]):
            continue
        found = spelt_out(lay.masked[lay.headline_end:], e.names[0])
        if found is None:
            continue
        phrase, starts = found
        at = {lay.headline_end + k for k in starts}
        # the cut name itself, written at the phrase's start ("Office of Management"): not a
        # person whose role opens there ("Republican National Committee Chairman X", r300)
        cut = [x for x in ents.entities if x is not e and any(
            m.start in at and phrase.startswith(m.name) for m in x.mentions)]
        dst = cut[0] if len(cut) == 1 else e
        if dst is not e:
            _merge(ents, e, dst)
        dst.names.append(phrase)


# a glued opener leaves the names first (opener_names.py): the rules after it read the names
REGROUP_RULES: tuple[Callable[["Entities"], None], ...] = (glued_opener_names, misspelt_surname, plural_group,
                                                          modifier_only, no_one_words, peer_person,
                                                          short_given_name, acronym_spelt_out)
