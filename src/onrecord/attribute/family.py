"""A surname alone that is not the family member the article names in full. "President Trump
vowed …; Trump seemed …, when he tweeted" with "Melania Trump" the article's only full form of
the surname: every bare "Trump" joined her cluster, and fullname.py lengthened "Trump" to her
name (real-news fresh2 split, round 15: four quotations). The pronouns written right after the
bare surname, and its honorifics ("Mr.", "Mrs."), tell the two apart: when they are mostly of
the other gender than the full form's given name, the bare surname is someone else. Asked of
every full form of the surname (entities.match_single; until round 34 only of the article's
one full form; fullname.py still asks for one given name): "Trump … he" beside only "Ivanka
Trump" and "Melania Trump" is neither woman, "Romney … he" beside "Mitt Romney" and "Ann
Romney" is Mitt; the threshold (two, and twice the own sex's) keeps a mixed tally out. On 300 corpus
articles naming a first lady or Hillary Clinton, 50 speakers changed, 37 from "Michelle Obama"
to the president "Obama"; none read went from right to wrong. Round 78 (lane family88): beside a
full form written after a family role, "his" counts too, and the titled surname as frequent as
that full form strikes it (other_gender's ``kin``, titles_outnumber)."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.titles import CHECKED_OFFICE_HEADS, KIN_ROLE_WORDS, OFFICE_FAMILIES, STAGE_ROLE_HEADS
from ..text.find import word_before, word_starts
from ..thresholds.attribute import NAME_WORDS
from ..thresholds.subjects import SUBJECTS
from .generations import generation
from .courtesy import honorific_sex
from .cues import GIVEN_NAMES, given_sex

# subject pronouns only: "her" and "him" after a name are often its object ("Obama had
# defended her"), not the name again
_PRONOUN_RE = re.compile(r"\b(he|she)\b", re.I)
# ... and, for a full form written after a family role ("first lady Jane X", "his daughter
# Ann X"), the possessive "his" and the reflexives too: "his" and "himself" never name a
# woman. Subjects alone missed "President X … excerpts of his speech", "X and his
# associates" beside the one full form "first lady Jane X": a bare surname with seven "his"
# and no "he" stayed hers, and eleven quotations with it (round 78, lane family88, draw C).
# Not for every full form: in a candidate's own story "Clinton mocked his …" is about her
# rival, and the possessive split her from her surname (15 quotations, same draw)
_KIN_PRONOUN_RE = re.compile(r"\b(he|she|his|himself|herself)\b", re.I)
_MALE = frozenset({"he", "his", "himself"})
# Quoted words in the window are the speaker's about someone else: "Carville shot back: "Are
# you saying she's …"" (round 17, lane names2: a campaign strategist's surname read as a
# woman's in an article about a candidate, unannotated corpus); an unclosed quote runs to the end
_QUOTED_RE = re.compile(r"[\"“][^\"”]*(?:[\"”]|$)")


def other_gender(text: str, start: int, surname: str, given: str, least: int | None = None,
                 kin: bool = False, subjects: bool = False) -> bool:
    """The bare ``surname``'s pronouns in ``text[start:]`` are mostly not the gender of ``given``
    (at least ``least`` of them, by default NAME_WORDS.family_min_other); ``kin``: the full
    form is written after a family role, and possessives and reflexives count; ``subjects``:
    only a surname that may be its clause's subject counts (``_object_form``)."""
    pronoun_re = _KIN_PRONOUN_RE if kin else _PRONOUN_RE
    g = given_sex(given.lower())
    if g is None:
        return False
    male = female = 0
    for rel in word_starts(text[start:], surname):  # a surname's regex, compiled per article, cost 3 % (round 19)
        at = start + rel
        before = text[max(0, at - 20) : at].split()
        if before and before[-1].lower() in GIVEN_NAMES:
            continue  # "Melania Trump": the full form itself
        said = honorific_sex(before[-1]) if before else None
        if said is not None:  # "Mrs. Romney", "Mr. Obama": the honorific says which one
            # only the other sex's counts: "Mrs. Romney said she declined" beside "Ann Romney"
            # names her, not the bare "Romney … he" (round 55, lane surname55: one such
            # "Mrs." kept every bare "Romney" of her husband's interview hers)
            male, female = male + (said == "m" != g), female + (said == "f" != g)
            continue
        end = at + len(surname)
        if subjects and _object_form(text, at, end):
            continue
        window = re.split(r"[.!?\n]", text[end : end + NAME_WORDS.family_pronoun_window], maxsplit=1)[0]
        window = _QUOTED_RE.sub(" ", window)
        p = pronoun_re.search(window)
        if p is not None:
            if p.group(1).lower() in _MALE:
                male += 1
            else:
                female += 1
    other, same = (male, female) if g == "f" else (female, male)
    return other >= (NAME_WORDS.family_min_other if least is None else least) and other > 2 * same


def _object_form(text: str, at: int, end: int) -> bool:
    """A bare surname that is no clause's subject: a possessive ("X's words, she said") or one
    after a lower-case word, a verb's or a preposition's object ("Ann met X when she was 16",
    "her endorsement of X means she …"). The pronoun after it is the sentence's subject's, most
    often another person's: in a story about a woman the man she names by his surname after his
    full name once ("the endorsement of Bernie X") had his bare surname read as a relative's, and
    fullname.py kept "X" (round 79, lane surname90, draw E: 16 quotations in 5 articles)."""
    if text[end : end + 2] in ("'s", "’s"):
        return True
    before = word_before(text, at, SUBJECTS.surname_word_before_reach)
    return before.isalpha() and before.islower()


def kin_written(mentions: list[Any]) -> bool:
    """Whether a full-form mention (two words or more) is written after a family role ("first
    lady Jane X", "his daughter Ann X"): other_gender may then count possessives."""
    return any(len(m.name.split()) >= 2 and KIN_ROLE_WORDS.intersection(re.findall(r"[a-z]+", (m.role or "").lower()))
               for m in mentions)


def by_given_name(names: list[str]) -> bool:
    """A cluster named in full by a listed given name. Once a family member of the other sex is
    struck, "Team Obama" and "Following Trump" (a capitalised word before the surname, no given
    name) must not win the bare surname in her place: the surname alone is then shown (round
    34, lane family15: three quotations of the president went to "Team Obama")."""
    return any(len(n.split()) >= 2 and n.split()[0].lower() in GIVEN_NAMES for n in names)


def still_a_member(e: Any) -> bool:
    """A full form that may take the bare surname once another member is struck: named by a
    listed given name, or a person by other evidence (a title, a gendered role), as
    entities.family_member_near asks. By the given name alone, "Mayor Ngozi Kerr … she" beside
    her struck husband "James Kerr" lost her to the bare "Kerr" (review24: a given name outside
    the lists, as many African and Asian ones are; 65452c4 named her)."""
    return by_given_name(e.names) or e.gender_sure or e.kind == "person" \
        or e.person_evidence > 0 and e.place_evidence == 0


def office_words(title: str) -> frozenset[str]:
    """The office the last word of ``title`` names with its other spellings ("sen",
    "senator"), or nothing ("Mr.", "first lady", "actor": an occupation, never an office).
    A mention's roles are joined by "; " (entities._attach splits them so): each is read, as
    "President; the Texas flag" of "Waving the Texas flag, President X" named no office by
    its last word, and the titled surname joined the article's one full form, the
    president's daughter-in-law, with every bare surname after it (round 79, lane desc89,
    draw E: ten quotations)."""
    out: frozenset[str] = frozenset()
    for part in title.split("; "):
        word = part.split()[-1].strip(".").lower() if part.split() else ""
        family = next((f for f in OFFICE_FAMILIES if word in f), None)
        out |= family if family is not None else frozenset({word}) & (CHECKED_OFFICE_HEADS - STAGE_ROLE_HEADS)
    return out


def office_surnames(mentions: list[Any]) -> dict[str, frozenset[str]]:
    """Each lone surname the article writes after an office title ("President Trump", "Mayor
    Voss"), lower case, with the words of the offices written before it."""
    out: dict[str, frozenset[str]] = {}
    for m in mentions:
        if m.role and len(m.name.split()) == 1:
            office = office_words(m.role)
            if office:
                out[m.name.lower()] = out.get(m.name.lower(), frozenset()) | office
    return out


def kin_of_office(offices: frozenset[str], full: list[Any], by_role: bool = True) -> bool:
    """Whether the person named in full by the mentions ``full`` is a relative of the holder of
    ``offices`` written before the lone surname: a son written with a generational suffix
    ("Donald Trump Jr." beside "President Trump") or a full form written after a family role
    ("first lady Michelle Obama" beside "President Obama"). Every lone surname joined that
    relative, the surname's only full form, and the office holder's words went to the son or
    the wife (round 65, lane who68: real-news fresh22 and fresh23, eleven quotations in three
    articles). Never when the full form is written with the same office itself ("Mayor Arlen
    Voss Jr." then "Mayor Voss": one man), nor by an occupation alone ("the developer Arlen
    Voss" who later ran for office). ``by_role`` False: a suffixed son only."""
    roles = [re.findall(r"[a-z]+", (m.role or "").lower()) for m in full]
    # the title written right before the full name: "the governor's wife, Dana Voss" names
    # the office only to say whose wife she is
    if any(r and r[-1] in offices for r in roles):
        return False
    return any(generation(m.name) for m in full) or by_role and any(KIN_ROLE_WORDS.intersection(r) for r in roles)


def kin_form(text: str, body_start: int, surname: str, full_at: int) -> bool:
    """Whether the full form written at ``full_at`` is a relative's, written after a family
    role ("first lady Michelle Obama"), in an article that writes the lone ``surname`` after an
    office title ("President Obama"): the lone surname, lengthened to that full form after
    resolution (fullname.py), gave the president's words to the first lady (round 65, lane
    who68; the clusters' side is kin_of_office)."""
    if not kin_role_before(text, full_at):
        return False
    titled = re.finditer(r"\b([A-Za-z]+)\.? " + re.escape(surname) + r"\b(?![\w'’-]* [A-Z])", text[body_start:])
    return any(office_words(m.group(1)) for m in titled)


def kin_role_before(text: str, full_at: int) -> bool:
    """Whether the full form written at ``full_at`` follows a family role on its line ("first
    lady Jane X", "his daughter Ann X"): the text-side kin_written, for fullname.py."""
    line = text[text.rfind("\n", 0, full_at) + 1 : full_at]
    return bool(KIN_ROLE_WORDS.intersection(re.findall(r"[a-z]+", line.lower())[-NAME_WORDS.kin_role_words_before:]))


def titles_outnumber(mentions: list[Any], word: str, full: list[Any], text: str) -> bool:
    """Whether the lone surname ``word`` is written after an office title ("President X") at
    least as often as the full form is written at all (the mentions ``full``), and, for a
    woman's full form, never after "Mrs."/"Ms.". "President X" four times beside "first lady Jane X"
    twice is a story about him: every bare "X said" went to her, five quotations of a memorial
    speech (round 78, lane family88, draw C); her own story writes her full name more often
    than his title (real-news fresh2: twice against once) or calls her "Mrs. X" (draw C: a
    visit with "President X" once beside her one full name, where she lost five quotations
    to the bare surname until the honorific counted)."""
    titled = sum(1 for m in mentions if m.role and m.name == word and office_words(m.role))
    if not full or titled < len(full):
        return False
    # only "Mrs."/"Ms." beside a woman's full form: "Mr. X" beside "his father Fred X" may be
    # either man (draw C: it kept the son's "X branded …" the father's)
    if given_sex(full[0].name.split()[0].lower()) != "f":
        return True
    return not any(honorific_sex(word_before(text, at)) == "f" for at in word_starts(text, word))
