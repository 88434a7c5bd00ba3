"""A speaker the clustering knows only by a surname takes the full name the writer's own text
writes for it elsewhere: the body ("Ann X" beside "X said"), the headline, a transcript's
capitals. Until round 70 a full name written only inside a quotation counted too (the first
golds gave the fullest name the article writes anywhere); GUIDELINES.md S4 (the consolidated
guideline of round 70) excludes quoted copy, so every quotation's span is skipped now, except
a programme title's host (_label_span). Mentions are found on the masked text (a speaker is
never a span inside its own quotation), so the clustering never sees quoted forms."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from ..lexicon.furniture import furniture_length
from ..lexicon.titles import TITLE_WORDS
from ..model import Quote
from ..text.find import is_word_char
from ..thresholds.attribute import NAME_WORDS
from ..thresholds.subjects import SUBJECTS
from .cues import CAP_STOP, GIVEN_NAMES, NAME_CONNECTORS, ORG_WORDS, TWO_WORD_PARTICLES, given_sex
from .family import kin_form, kin_role_before, other_gender
from .glued_words import modifier_opener
from .honorific_forms import honorific_form
from .name_forms import gerund_object, gerund_word
from .opener_names import headline_verb, lower_word_opener
from .rank_class import rate_word
from .role_openers import person_noun_lead
from .side_openers import side_word
from .title_line_openers import title_line_word

if TYPE_CHECKING:  # entities imports this module (through regroup and name_shape)
    from .entities import Entities

# (the full form, where it is written), or None: one search per one-word name per article
_Found = tuple[str, list[int]] | None


def fuller_speaker_names(text: str, quotes: list[Quote], body_start: int = 0) -> None:
    """Replace a one-word speaker name by "Given Surname" when the article's body writes exactly
    one such form (a second given name, "Melania Trump" beside "Donald Trump", leaves it; a
    title-case headline's "Twitter Conceals Trump" is no given name), outside the quotation
    itself (its words never name their own speaker), nor inside a term, title or scare quote (a
    label is no name: a rising “Never Trump” movement made every Trump quotation "Never Trump";
    round 13 fresh set, 24 quotations), nor inside any other speech quotation: GUIDELINES.md S4
    takes the fullest form the writer's own text writes, and a longer form found only inside
    quoted copy is not the writer's ("Mr. Trump" in the narration, "Donald Trump" only in an
    analyst's quotation, gives "Trump"; round 70, lane form78)."""
    memo: dict[str, _Found] = {}
    labels = [_label_span(q) for q in quotes]
    for q in quotes:
        if q.kind != "speech" or not q.speakers:
            continue
        q.speakers = [_fuller(text, body_start, n, memo, labels) for n in q.speakers]
        q.speaker = q.speakers[0]


def _label_span(q: Quote) -> tuple[int, int]:
    """The part of a label quotation that names no one: all of it, except the host after a
    programme title's last " with " ('the series “Small towns, big plans with Nora Quist”'
    names its host; real-news fresh3: a show's title typed as such hid the host's full name)."""
    if q.kind == "title":
        cut = q.text.rfind(" with ")
        if cut > 0:
            return q.start, q.start + cut
    return q.start, q.end


def _fuller(text: str, body_start: int, name: str, memo: dict[str, _Found],
            labels: list[tuple[int, int]]) -> str:
    if " " in name and not _two_word_surname(name):
        return name
    if name not in memo:
        search = _search_compound if " " in name else _search
        memo[name] = search(text, body_start, name, labels)
    found = memo[name]
    # every quotation's span is among the labels: no form found inside one (its own included)
    return name if found is None else found[0]


def _search(text: str, body_start: int, name: str, labels: list[tuple[int, int]]) -> _Found:
    if re.fullmatch(r"[A-Z][A-Z'’-]+[A-Z]", name):
        return _in_capitals(text, body_start, name, labels)
    if not re.fullmatch(r"[A-Z][a-z][\w'’-]+", name):
        return None
    hits = _body_hits(text, body_start, name, labels)
    if len({m.group(1) for m in hits}) > 1:
        return _by_honorific(text, body_start, name, hits)
    if not hits and (capitals := _in_capitals(text, body_start, name, labels)):
        return capitals
    if hits and kin_form(text, body_start, name, hits[0].start()):
        return None  # "President Obama" beside "first lady Michelle Obama" (family.py)
    kin = bool(hits) and kin_role_before(text, hits[0].start())
    # only a bare surname that may be a subject counts its pronouns (family._object_form): "the
    # endorsement of Ann X … she" in her story is no sign the bare "X" is a woman (round 79)
    if not hits or other_gender(text, body_start, name, hits[0].group(1), kin=kin, subjects=not kin):
        # none in the body, or the only one is another member of the family (family.py): the
        # headline's ("Hillary Clinton's Faith" over "Bill Clinton" once and "Mrs. Clinton"),
        # then only of the listed other sex (a census-only "Ivanka" says no sex to check)
        sex = given_sex(hits[0].group(1).lower()) if hits else None
        body, hits = hits, _headline_hits(text, body_start, name)
        if len({m.group(1) for m in hits}) != 1 \
                or other_gender(text, body_start, name, hits[0].group(1), NAME_WORDS.headline_min_other) \
                or sex is not None and given_sex(hits[0].group(1).lower()) in (None, sex):
            return _by_honorific(text, body_start, name, body + hits)
    return f"{hits[0].group(1)} {name}", [m.start() for m in hits]


def _by_honorific(text: str, body_start: int, name: str, hits: list[re.Match[str]]) -> _Found:
    """The family left ambiguous (two given names, or the one read as a relative's): the full
    form the bare surname's honorifics point to (honorific_forms.py), or None."""
    form = honorific_form(text, body_start, name, hits)
    at = [m.start() for m in hits if form is not None and form.startswith(m.group(1) + " ")]
    # "first lady Ann X" in an article of "President X" stays the relative's (family.kin_form)
    return None if not at or any(kin_form(text, body_start, name, a) for a in at) else (form, at)


def _body_hits(text: str, body_start: int, name: str, labels: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The body's "<Given> <name>" forms (a nickname's marks may stand between), skipping
    labels, stop and title words, gerund openers, furniture and office bodies; none without a
    pattern compiled where ``_given_before`` says none can match; nor a common word written
    before the surname only in title lines (a video box's "Former X campaign manager" lengthened
    a candidate's 13 cut quotations back to "Former X"; round 80, title_line_openers.py)."""
    if not _given_before(text, body_start, name):
        return []
    # one space between: "… Angela Merkel\n\nTrump should …" is two paragraphs
    pat = re.compile(r"\b([A-Z][a-z]+)(\]?) " + _NICKNAME + re.escape(name) + r"\b(?![\w'’-]* [A-Z])")
    return [m for m in pat.finditer(text, body_start)
            if m.group(1).lower() not in CAP_STOP and m.group(1).lower() not in TITLE_WORDS
            and (m.group(3) is None and not m.group(2) or _given_word(m.group(1)))
            and (not m.group(2) or text[m.start() - 1 : m.start()] == "[")
            # a given name the writer put in brackets is the writer's own text, even inside
            # quoted copy (S4)
            and (m.group(2) or not any(a <= m.start() < b for a, b in labels)) and not _gerund_start(text, m)
            and not _furniture_end(text, m) and not _office_body(text, m)
            and not _glued_opener(text, m) and not title_line_word(m.group(1), text, body_start, name)
            and not rate_word(text, m.start(), m.group(1))]


def _in_capitals(text: str, body_start: int, name: str, labels: list[tuple[int, int]]) -> _Found:
    """The full name written only in capitals: a transcript's speaker label ("JOHN X: I'm
    asking you …") or a shot list's ("RUSSIAN PRESIDENT, VLADIMIR Y, SAYING: “…”"), with the
    surname alone elsewhere ("X said", "Y" in the capitals lines): the one listed given name
    written in capitals right before the surname, in the name's own case ("John X", "VLADIMIR
    Y"). Round 57, lane forms57: four tuning quotations in two articles kept the surname."""
    upper = name.upper()
    if text.find(" " + upper, body_start) < 0:
        return None  # no capitals form after a word: nearly every name, with no pattern built
    pat = re.compile(r"\b([A-Z][A-Z'’-]+) " + re.escape(upper) + r"\b")
    hits = [m for m in pat.finditer(text, body_start)
            if _given_word(m.group(1)) and not any(a <= m.start() < b for a, b in labels)]
    if len({m.group(1) for m in hits}) != 1:
        return None
    given = hits[0].group(1)
    if not name.isupper():
        given = "-".join(p.capitalize() for p in given.split("-"))
    return f"{given} {name}", [m.start() for m in hits]


# A nickname in marks between the given name and the surname ("Randolph “Tex” X", "Brian 'Head'
# Y"; round 33, lane form14: 11 random-corpus quotations in 3 of 974 articles kept the bare
# surname): skipped, as a middle name is; only after a listed given name ("the Fox “Bombshell”
# X segment" names no one). So is a given name the writer put in brackets inside a quoted
# passage ("coach [Scott] X": 4 quotations of one random corpus article).
_NICKNAME = r"(?:([“\"‘'])[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?[”\"’'] )?"


def _gerund_start(text: str, m: re.Match[str]) -> bool:
    """"Considering Trump’s remarks, …" opening a sentence: a verb, no given name (it made
    every Trump quotation of one corpus article "Considering Trump"; round 32, lane wrong13)."""
    return gerund_word(m.group(1)) and _opens_sentence(text, m) \
        and gerund_object(_NEXT_WORD.match(text, m.end()).group(1))


def _furniture_end(text: str, m: re.Match[str]) -> bool:
    """"Related Coverage China warns …": the word before the surname ends a page-furniture label
    (lexicon/furniture.py), no given name (round 33, lane form14: China's words went to
    "Coverage China")."""
    before = text[max(0, m.start() - 30) : m.start()].split()
    return bool(before) and furniture_length([before[-1], m.group(1)]) == 2


def _glued_opener(text: str, m: re.Match[str]) -> bool:
    """A word glued before the surname, opening a sentence or line, that is no given name: a
    modifier of the noun after the name ("Former X national security adviser …":
    glued_words.modifier_opener; round 66, lane junk73: every "Trump" of a random AllSides
    article became "Former Trump"), or a word the article also writes in lower case ("Said X:
    “…”": opener_names.lower_word_opener; round 78, lane opener88: every "Trump" quotation of two
    draw-C articles became "Said Trump" and "Former Trump"). Anywhere, a headline's verb before
    its object (opener_names.headline_verb): a video player's "JUST WATCHED Grading X's trip"
    line beside "Mitt X" left three of one candidate's draw-E quotations "X" (round 79)."""
    if headline_verb(m.group(1), text[m.end() : m.end() + SUBJECTS.headline_object_reach]):
        return True
    return _opens_sentence(text, m) and (modifier_opener(m.group(1), text, m.end())
                                         or lower_word_opener(m.group(1), text))


def _opens_sentence(text: str, m: re.Match[str]) -> bool:
    """The match opens the text, a sentence or a line."""
    return _SENTENCE_END.search(text, 0, m.start()) is not None


def _office_body(text: str, m: re.Match[str]) -> bool:
    """"Secretary of State X": the word before the surname is an office's body, no given name
    (name_forms.office_of_body; round 33, lane form14)."""
    before = text[max(0, m.start() - 40) : m.start()].split()
    return len(before) >= 2 and before[-1] == "of" and before[-2].lower().strip(".") in TITLE_WORDS


_NEXT_WORD = re.compile(r"\W*(\w*)")
# a full stop glued to the next sentence's capital ("… and comics.Following X’s lead, …": a
# scrape that lost the space; draw E, round 79: every "Trump" of one article became "Following
# Trump") ends a sentence too, after a lower-case word (not "U.S.")
_SENTENCE_END = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*|[a-z]{2}[.!?])\Z")


# "López Obrador", "van Doorn": a surname of two words, the first no given name and no title
_COMPOUND = re.compile(r"(?:[A-Z][\w'’-]+|[a-z]{1,3}) [A-Z][\w'’-]+")
_PARTICLES = NAME_CONNECTORS - {"of", "for", "and", "&", "on", "the"}  # one list of particles (round 30 review)


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


def _two_word_surname(name: str) -> bool:
    # not a body's name ("the White House said" beside "the Clinton White House": round 30 review)
    words = name.split()
    first, last = words[0].lower(), words[-1].lower()
    if len(words) == 3:
        # "Van der Molen" opening a sentence for "Anna van der Molen": a particle of two words,
        # its second written in lower case (round 63: one captain's four quotations kept it)
        return (first, words[1]) in TWO_WORD_PARTICLES and last not in ORG_WORDS \
            and _COMPOUND.fullmatch(f"{words[0]} {words[2]}") is not None
    return _COMPOUND.fullmatch(name) is not None and last not in ORG_WORDS and (first in _PARTICLES or (
        _plain(first) not in GIVEN_NAMES and first not in TITLE_WORDS and first not in CAP_STOP))


def _search_compound(text: str, body_start: int, name: str, labels: list[tuple[int, int]]) -> _Found:
    """A speaker with a two-word surname ("López Obrador" for "Andrés Manuel López Obrador",
    "Van Doorn" for "Chris van Doorn"): the one body form whose word before the surname is a
    listed given name (a hyphenated one too: "Jean-Marie" beside "Marine"), with one more
    capitalised word before that unless a title, as written (round 30, lane nameform12: 9
    corpus quotations in 2 articles; fuller_speaker_names tried one-word names only). Other
    capitalised words before the surname ("Added X Y", "Mexico's X Y") name no one else."""
    first, rest = name.split(" ", 1)
    if not _word_before_given(text, body_start, len(first), rest):
        return None
    pat = re.compile(r"\b(?:([A-Z][\w'’-]+) )?([A-Z][\w'’-]+) (?i:" + re.escape(first) + r") "
                     + re.escape(rest) + r"\b(?![\w'’-]* [A-Z])")
    found: dict[str, list[int]] = {}
    for m in pat.finditer(text, body_start):
        if not _given_word(m.group(2)) or any(a <= m.start() < b for a, b in labels):
            continue
        lead = m.group(1)
        # nor a party or nationality label ("Kentucky Democrat Ana Lee Y" for "Lee Y": draw K,
        # round 82; side_openers.py), nor a person's noun ("Historian Ana Kearns Y" for "Kearns
        # Y": draw K, round 82, lane forms96; role_openers.py)
        at = m.start(2) if lead is None or lead.lower() in CAP_STOP or lead.lower() in TITLE_WORDS \
            or side_word(lead) or person_noun_lead(lead, ending_ok=True) else m.start()
        found.setdefault(text[at : m.end()], []).append(at)
    if len(found) != 1:
        return None
    form, starts = next(iter(found.items()))
    if other_gender(text, body_start, name, form.split()[-len(name.split()) - 1]):
        return None
    return form, starts


# The two searches above build a pattern per name (a few hundred compiles per 500 articles, a
# tenth of a second of CPU on the BBC bench), and most names are never written after the word
# their pattern needs: these say, by str.find and a walk back over one word, whether the
# pattern can match at all (a superset of its matches, so that a name skipped has none).
def _given_before(text: str, body_start: int, name: str) -> bool:
    """Whether ``_search``'s pattern can match: ``name`` after a space after a word of a capital
    and lower-case letters at a word start (a "]" may close it), or after a nickname's mark."""
    at = text.find(" " + name, body_start)
    while at >= 0:
        end = at - 1 if at and text[at - 1] == "]" else at
        k = end - 1
        while k >= body_start and text[k] in _LOWER:
            k -= 1
        if at and text[at - 1] in _NICK_CLOSERS or (k < end - 1 and k >= body_start and text[k] in _UPPER
                                                     and (k == 0 or not is_word_char(text[k - 1]))):
            return True
        at = text.find(" " + name, at + 1)
    return False


def _word_before_given(text: str, body_start: int, given_len: int, rest: str) -> bool:
    """Whether ``_search_compound``'s pattern can match: ``rest`` after a space, the given word's
    length and a space, after a word of two characters or more whose capital opens it at a word
    start."""
    at = text.find(" " + rest, body_start)
    while at >= 0:
        space = at - given_len - 1
        if space > body_start and text[space] == " ":
            k = space - 1
            while k >= body_start and (is_word_char(text[k]) or text[k] in "'’-"):
                if k < space - 1 and text[k] in _UPPER and (k == 0 or not is_word_char(text[k - 1])):
                    return True
                k -= 1
        at = text.find(" " + rest, at + 1)
    return False


_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_NICK_CLOSERS = frozenset("”\"’'")


def _given_word(word: str) -> bool:
    return all(_plain(p) in GIVEN_NAMES for p in word.split("-"))


def _headline_hits(text: str, body_start: int, name: str) -> list[re.Match[str]]:
    """The headline's "Given Surname" when the body writes only the surname ("A Conflicted
    Donald Trump Tries …" over a body of "Mr. Trump"; "Aides for Hillary Clinton …" over
    "Mrs. Clinton": round 30, lane nameform12, 6 of 72 corpus quotations of the class; also
    when the body's one full form is the spouse's, six more in a sample). The
    headline is title case, so the word before must be a listed given name ("Voters Snub X"),
    a capital after the surname is no longer a sign of a longer name, but a "Jr." still is."""
    if text.find(" " + name, 0, body_start) < 0:
        return []  # not in the headline after a word (the pattern's compile saved)
    pat = re.compile(r"\b([A-Z][a-z]+) " + re.escape(name) + r"\b(?!,? (?:Jr|Sr)\b)")
    return [m for m in pat.finditer(text, 0, body_start) if m.group(1).lower() in GIVEN_NAMES]


def drop_names_only_inside(text: str, quotes: list[Quote]) -> None:
    """The last guard: a speaker whose name the article writes inside the quotation and nowhere
    else came from the quotation's own words ("“Courts have consistently held …”" credited to
    "Courts", "“Nonsense,” X said" to "Nonsense", "“… -- Sarah C., Norman, Okla.,” read one
    inscription": 22 of 89,557 speech quotations over 12,000 BBC and AllSides articles,
    benchmarks/speaker_in_own_quote.py). A quotation's words never name their own speaker, and
    a wrong speaker is worse than none: null, saying why."""
    for q in quotes:
        if q.kind != "speech" or not q.speaker:
            continue
        # the slices outside are cut only for a name found inside (rare): not per quotation
        if q.speaker in text[q.start : q.end] and not (q.speaker in text[: q.start] or q.speaker in text[q.end :]):
            q.attribution_evidence.append(f"speaker left null: {q.speaker!r} is written only inside the quotation")
            clear_speaker(q)


def clear_speaker(q: Quote) -> None:
    """Leave a quotation's speaker null (the last guards here and in name_shape.py)."""
    q.speaker, q.speakers, q.speaker_description, q.confidence = None, [], None, 0.0


def given_name_speakers(quotes: list[Quote], ents: "Entities") -> None:
    """A speaker left as a one-word given name takes the one full name the article writes with
    it: "Ilse Varga has a story to tell. … “…,” she said" with "she" bound to a cluster "Ilse"
    of the feature's later "Ilse said" (the clusters stay apart: when the mentions are grouped
    no gender yet makes "Ilse Varga" a person). Round 29, lane wrong12: a feature naming its
    subject by her first name (fresh5, eleven quotations) and a reporter's short name (fresh3)
    were wrong persons, not other forms. Only a person cluster (a gender, no place evidence),
    no title on the word, exactly one full name opening with it in the body, and no full name
    ending with it (a surname: "Owen Gregory" beside "Gregory Hale"). A corpus check turned
    "President Obama" into a headline's "Obama Reaffirms" before the title and body tests."""
    memo: dict[str, str | None] = {}
    for q in quotes:
        if q.kind != "speech" or not q.speakers or all(" " in n for n in q.speakers):
            continue
        fuller = [memo[n] if n in memo else memo.setdefault(n, _given_full(ents, n)) for n in q.speakers]
        if not any(fuller):
            continue
        for n, f in zip(q.speakers, fuller):
            if f:
                q.attribution_evidence.append(f"given name '{n}' -> the article's one full name with it, {f}")
        q.speakers = [f or n for n, f in zip(q.speakers, fuller)]
        q.speaker = q.speakers[0]


def _given_full(ents: "Entities", name: str) -> str | None:
    # a capital, a lower-case letter, in any script ("Élodie", "Åsa": [A-Z][a-z] left them
    # short; round 29 review)
    if not (re.fullmatch(r"[^\W\d_]{2}[\w'’-]+", name) and name[0].isupper() and name[1].islower()):
        return None
    lone = [e for e in ents.entities if e.canonical == name]
    if len(lone) != 1 or lone[0].kind == "org" or lone[0].gender is None or lone[0].place_evidence \
            or any(w in TITLE_WORDS for _, r in lone[0].roles for w in r.lower().split()):
        return None  # "President Obama": a titled word is a surname
    # a full name the body writes: "Arriving In Israel, Obama Reaffirms …" is a headline's verb
    full = [e for e in ents.entities if e.kind != "org" and e is not lone[0]
            and any(len(n.split()) >= 2 and n.split()[0] == name for n in e.names)
            and any(m.start >= ents.lay.headline_end for m in e.mentions)]
    if len(full) != 1 or full[0].gender not in (None, lone[0].gender):
        return None
    if any(len(n.split()) >= 2 and n.split()[-1] == name for e in ents.entities for n in e.names):
        return None
    return full[0].canonical
