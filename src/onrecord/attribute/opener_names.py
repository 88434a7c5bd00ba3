"""A capitalised word glued before a person's name that is no part of it (round 78, lane opener88).

A run of capitals takes the word before a name when that word is capitalised too: a line's first
word ("Embed Joe Y slammed …" after a video player's buttons), a place after an office ("envoy
to Ruritania Ana Y"), a plural role noun opening a sentence ("Organizers Ana Y and …"), a credit
word ("Courtesy Ana Y"). The run clusters with the person (its tail is a name of theirs), and as
the fullest form it became the shown name: "Embed Joe Y", "Ruritania Ana Y" (draw C, round 78).
The gold gives the person's own name (GUIDELINES S4).

``glued_opener_names`` (the first regroup rule) moves such a first word from the mention's name
to its role when
- the word is no known given name (nor one of WORD_GIVEN_NAMES: "Hope", "Nick"), no function
  word ("Of X, she said" is an actress on her part: glued_words.common_opener) and no body's
  word ("Team X"); and it is a word the article writes in lower case (or the singular of a
  plural: "Organizers"), a title or person's noun ("Writer", "Clerk"), a credit or embed word,
  a place or an outlet known by name; the first two words are no place ("San Diego …");
- the rest is a name of two words or more that the cluster holds or that opens on a known given
  name; or one word, the cluster's surname, when no role stands before the run ("classmate Nick
  Y"), the word has lower-case letters after its first (not "US"), and the article names a person
  of that surname by another known given name, or the run opens its sentence and is written once.

Round 79 (lane head89) adds a headline's verb that the article never writes in lower case
(``headline_verb``: "Grading X's trip" in a video player's lines, "Won't X …?"), and a surname the
cut leaves joins the one cluster the article names by a given name and that surname
(``_join_full_name``: the glued form had looked like a second given name and kept them apart).
Round 80 (lane names91) adds a common word written before a lone surname only in title lines
(title_line_openers.py: a headline's "Defiant X", a subhead's, a video box's "Former X").
Round 82 (lane forms95) adds a party word, nationality or dotted country abbreviation written
in capitals everywhere ("Democrat X", "U.S. Ana Y"), and a photo credit's agency after "via"
("… / The Outlet via Redux Ana Y"): side_openers.py. Round 82 (lane forms96) adds a role word
at a sentence's start before a full name whose given name no list holds, "Plaintiff",
"Neighbour", and "PM" before a surname ("Neighbour Ana Y said"): role_openers.py.

fullname.py's search for a lone surname's fuller form skips a sentence-opening word the article
also writes in lower case (``lower_word_opener``): "Said X: “…”", "Former X national security
adviser Y …" lengthened every "X" quotation of two draw-C articles.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.function_words import INTRO_WORDS
from ..lexicon.furniture import CREDIT_WORDS, OPENER_FURNITURE
from ..lexicon.given_names import GIVEN_NAMES, given_sex
from ..lexicon.outlets import KNOWN as KNOWN_OUTLETS
from ..lexicon.places import is_demonym, is_place
from ..lexicon.titles import PEERAGE_TITLES, TITLE_WORDS
from .cues import ORG_WORDS
from .family import kin_role_before, other_gender
from .glued_words import written_as_a_name
from .mentions import Mention, common_words
from .name_forms import gerund_object, gerund_word
from .role_openers import role_opener
from .role_shape import is_person_noun
from .side_openers import credit_agency, side_opener
from .title_case_openers import title_case_opener
from .title_line_openers import listed_name_word, title_line_opener

if TYPE_CHECKING:
    from .entities import Entities, Entity


def _junk_word(word: str, lower_words: set[str]) -> bool:
    """A capitalised word that opens no person's name: a word the article writes in lower case
    (alone, or the singular of a plural: "Organizers"), a person's noun or title ("Writer",
    "Clerk"), a photo credit's or embed's word ("Courtesy", "Embed"), a place or a known outlet.
    Never a given name, a function word, or a body's word ("Team X says" is a campaign)."""
    low = word.lower()
    if _kept_word(word):
        return False
    # either apostrophe: "Won’t X …" opening a headline beside "won't" in the body
    forms = {low, low.replace("’", "'"), low.replace("'", "’")}
    if forms & lower_words or low.endswith("s") and low[:-1] in lower_words:
        return True
    if low in TITLE_WORDS or low in CREDIT_WORDS or low in OPENER_FURNITURE or is_person_noun(low):
        return True
    return is_place(word) or word in KNOWN_OUTLETS


def lower_word_opener(word: str, text: str) -> bool:
    """A capitalised word, no given name, that ``text`` also writes in lower case ("Said X:",
    "Former X national security adviser Y …" beside "said", "former")."""
    low = word.lower()
    if _kept_word(word):
        return False
    return re.search(r"(?<![\w’'-])" + re.escape(low) + r"(?![\w’'-])", text) is not None


def headline_verb(word: str, after: str) -> bool:
    """A headline's or caption line's verb that the article never writes in lower case: a word
    in -ing before its object ("Grading X's trip" twice in a video player's "JUST WATCHED …
    MUST WATCH …" lines, "Following X's lead" after a lost sentence break; draw E, round 79:
    "Grading Romney" for the candidate's five quotations beside "Mitt Romney"), or a negated
    auxiliary ("Won't X Back the Bill?", draw C's "Won't McConnell" x7 became his full name;
    no such form on draw E). Not before a saying
    verb (name_forms.gerund_object: "Sterling X said" names a person whose given name no list
    holds)."""
    if _kept_word(word):
        return False
    nxt = _NEXT_WORD.match(after)
    if gerund_word(word):
        return gerund_object(nxt.group(1) if nxt else "")
    plain = word.replace("’", "'")
    return plain.endswith("n't") and plain[:1].isupper() and plain[1:-3].isalpha() and plain[1:-3].islower()


_NEXT_WORD = re.compile(r"\W*(\w*)")


def _kept_word(word: str) -> bool:
    """A word never cut from the front of a name: a given name, a function word, an opening
    phrase's word, a body's word, or a name particle ("De Blasio" opening a sentence beside the
    body's "de Blasio" became "Blasio": three quotations of one article on draw D, round 78)."""
    low = word.lower()
    return not _opener_shape(word) or listed_name_word(low) or low in INTRO_WORDS


def _opener_shape(word: str) -> bool:
    return word[:1].isupper() and word.replace("’", "").replace("'", "").isalpha()


def _other_given(surname: str, first: str, ents: "Entities") -> bool:
    """The article names a person of this surname with another, known given name ("Joe X")."""
    for e in ents.entities:
        if e.kind == "org":
            continue
        for n in e.names:
            parts = n.split()
            if len(parts) >= 2 and parts[-1] == surname and parts[0] != first \
                    and parts[0].lower() in GIVEN_NAMES:
                return True
    return False


def glued_opener(m: Mention, e: "Entity", ents: "Entities", lower_words: set[str]) -> bool:
    """The mention's first word is glued before the person's name (module docstring)."""
    words = m.name.split()
    if len(words) < 2 or is_place(" ".join(words[:2])) or words[0].lower() in PEERAGE_TITLES:
        return False  # "San Diego …": a place's name; "Lord X": a peer's name (S7)
    first, tail = words[0], words[1:]
    if any(w.lower() in ORG_WORDS for w in tail):
        return False  # "US Marine Corps": a body's name, not a person's
    def other_given(surname: str) -> bool:
        return _other_given(surname, first, ents)

    if side_opener(words, other_given):
        return True  # "Democrat X", "U.S. Ana Y": a party, nationality or country label (side_openers.py)
    if role_opener(words, ents.lay.text, m.start, other_given):
        return True  # "Neighbour Ana Y said", "says PM X": a role word at a sentence's start (role_openers.py)
    junk = _junk_word(first, lower_words) or headline_verb(first, ents.lay.text[m.end : m.end + 40]) \
        or credit_agency(ents.lay.text, m.start)
    if len(tail) >= 2:
        return (" ".join(tail) in e.names or tail[0].lower() in GIVEN_NAMES) and junk
    if tail[0] in e.names and title_case_opener(m, ents.lay) and other_given(tail[0]):
        return True  # "Scandal Threatens X's Image" quoted in prose (title_case_openers.py, round 81)
    # one word left, the surname: no acronym before it ("US Customs" is a body), and no role
    # before the run ("his classmate Nick X": after a role the word is the given name)
    if tail[0] not in e.names or m.role or not first[1:].replace("’", "").replace("'", "").islower() \
            or is_demonym(tail[0]):
        return False  # "Unnamed Turkish officials": a nationality is no surname (tune, round 78)
    if title_line_opener(m, ents.lay):
        return True  # "Defiant X vows …" in a headline only (title_line_openers.py, round 80)
    if not junk:
        return False
    return other_given(tail[0]) or m.initial and not written_as_a_name(m.name, ents.lay.text, m.end)


def glued_opener_names(ents: "Entities") -> None:
    """Move a glued first word from each person mention's name to its role (module docstring)."""
    lower = common_words(ents.lay)[0]
    for e in ents.entities:
        if e.kind == "org":
            continue
        moved = [m for m in e.mentions if glued_opener(m, e, ents, lower)]
        for m in moved:
            first, m.name = m.name.split(" ", 1)
            m.role = (m.role + " " if m.role else "") + first
        if moved:
            # the names still written, in the cluster's order, then the cut names it lacked
            kept = {m.name for m in e.mentions}
            e.names[:] = dict.fromkeys([*(n for n in e.names if n in kept), *(m.name for m in moved)])
            _given_sex_again(e)
            _join_full_name(ents, e)


def _given_sex_again(e: "Entity") -> None:
    """The clustering read a sex off the first word of a two-word name ("Embed" says none);
    read it again off the names the cluster keeps ("Joe X" says male)."""
    if e.gender is not None:
        return
    for n in e.names:
        toks = n.split()
        sex = given_sex(toks[0].lower()) if len(toks) >= 2 else None
        if sex:
            e.gender, e.gender_sure = sex, True
            return


def _join_full_name(ents: "Entities", e: "Entity") -> None:
    """A cluster the cut leaves with a lone surname ("Grading X" -> "X") joins the one cluster
    the article names by a listed given name and that surname ("Mitt X"). The glued form had
    looked like a second given name, so the clustering kept the two apart, and once cut the
    surname's quotations showed "X" beside the full name the writer gives (S4; draw E, round 79: a
    caption's "Give X credit", cut by the rule above, left four of a president's quotations "X"
    beside the body's "President Barack X"). Not a relative's full name: one written after a
    family role ("his wife Ann X") or whose sex the surname's pronouns mostly deny (family.py)."""
    if len(e.names) != 1 or " " in e.names[0]:
        return
    surname, text = e.names[0], ents.lay.text
    fulls = [(x, m) for x in ents.entities if x is not e and x.kind != "org" for m in x.mentions
             if len(m.name.split()) >= 2 and m.name.split()[-1] == surname
             and m.name.split()[0].lower() in GIVEN_NAMES]
    if len({x.id for x, _ in fulls}) != 1 or len({m.name.split()[0] for _, m in fulls}) != 1:
        return
    dst, m = fulls[0]
    if kin_role_before(text, m.start) or other_gender(text, ents.lay.headline_end, surname, m.name.split()[0]):
        return
    for n in e.mentions:
        ents._attach(n, dst)
    dst.spoke = dst.spoke or e.spoke
    ents.entities.remove(e)
    for k, x in enumerate(ents.entities):
        x.id = k  # ids index the clusters: keep them dense after a merge (regroup._merge)
