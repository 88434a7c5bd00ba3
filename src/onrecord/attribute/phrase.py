"""The words that name a speaker, read as a phrase: "she", "Okafor", "the chief executive",
"Freshmart and Calder Markets", "Rep. Anna Eshoo of California". ``mention_phrase`` turns the
tokens of an attribution's subject into its parts (names, pronouns, descriptions, documents);
``finder.py`` (string patterns) and ``resolve.py`` use it. Split from finder.py, which kept
the patterns that find where those words are."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon.calendar import MONTHS
from ..lexicon.function_words import BARE_FUNCTION_SURNAMES, NOUNLESS_WORDS
from ..lexicon.furniture import furniture_length
from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.reporting import PHRASE_RE, report_base
from ..lexicon.places import PERSON_ADJECTIVES, PERSON_DEMONYMS
from ..lexicon.titles import ROLE_ENDINGS, TITLE_SURNAMES, TITLE_WORDS
from ..thresholds.attribute import NAME_WORDS
from .cues import (ADVERBS, BODY_ON_HEADS, CAP_STOP, DETERMINERS, DOCUMENT_NOUNS, FIRST_PERSON, GIVEN_NAMES,
                   NAME_ENDING_LABELS, ORG_WORDS, PARTY_PLURALS, PARTY_WORDS, PLURAL_BODY_HEADS, SUBJECT_PRONOUNS)
from .layout import Layout, Token
from .name_forms import article_surname, body_after_and, body_of_the
from .name_joins import glued_role_month
from .where_tail import where_cut
from .time_opener import time_opener

NOT_SUBJECT_START = frozenset("""who which that there this what it's and but or nor so yet then
while because although though if when where as than with without for from of in on at by to
into about after before not""".split())
CLAUSE_WORDS = frozenset("""that which who whom whose when where while because although if
is was were are be been has had have would will could should""".split())


@dataclass
class Part:
    kind: str  # "name" | "pronoun" | "desc" | "doc" | "first"
    text: str
    start: int


@dataclass
class Surface:
    parts: list[Part] = field(default_factory=list)
    cue: str | None = None
    how: str = ""
    confidence: float = 0.0
    continuation: bool = False
    needs_parse: bool = False
    role: str | None = None  # words around the name in the attribution ("a prosecutor")
    outer: "Surface | None" = None  # the reporting clause above this one, if any
    # a quotation outside the narrative (a link blurb's headline, blurb_headlines.py): its
    # speaker is no last speaker and no antecedent of the sentences after it
    aside: bool = False
    # the source that vouched for a report ("“…,” according to Hill" after "He said"): when it
    # is a person, the next uncued words are the source's, not the reported speaker's
    voucher: list[Part] | None = None
    # a quotation inside narration with no verb of saying (parse_finder._no_reporting_verb): null
    # unless it goes on in the voice of a named speaker just before (narrated_continuation.py)
    narrated: bool = False


def _is_word(t: Token) -> bool:
    return t.is_word


def mention_phrase(toks: list[Token]) -> list[Part] | None:
    """Parse tokens that must form a speaker phrase entirely; None if they do not."""
    sender = _sent_from(toks)
    if sender is not None:
        return sender
    if toks and toks[0].lower in {"just", "must"} and furniture_length([t.text for t in toks[:2]]):
        toks = toks[2:]  # "JUST WATCHED Sanders: “…”": a video box's header before a clip title's label
    if not toks or len(toks) > 12 or any(furniture_length([t.text for t in toks[k : k + 3]]) for k in range(len(toks))):
        return None  # "“…” (Sunday) Replay More Videos": a video box, no credit line (lexicon/furniture.py)
    groups: list[list[Token]] = [[]]
    for n, t in enumerate(toks):
        if t.lower == "and" and (_and_inside_name(toks, n) or _and_joins_roles(toks, n)):
            groups[-1].append(t)  # "House Ways and Means Chairman Kevin Brady": one role, one man
        elif t.lower in {"and", "&"} and groups[-1] and not _org_amp(t, groups[-1]):
            groups.append([])
        elif t.text == ",":
            groups.append([])
        else:
            groups[-1].append(t)
    if len(groups) > 1 and toks[-1].lower in {"and"}:
        return None
    parts: list[Part] = []
    for g in groups:
        if not g:
            return None
        p = _group_part(g)
        if p is None:
            return None
        parts.append(p)
    opener = _opener_dropped(toks, groups, parts)
    if opener is not None:
        return opener
    if len(parts) > 1 and any(p.kind not in {"name", "desc"} for p in parts):
        return None
    return parts


def month_surname(toks: list[Token]) -> list[Part] | None:
    """"“…,” May said": a lone capitalised month as the subject of the verb right after the
    words is a surname (a month cannot speak), though CAP_STOP refuses it elsewhere (round 19,
    lane nulls: a guitarist's quotations on the fresh3 split were left null or given to a band)."""
    if len(toks) == 1 and toks[0].text[:1].isupper() and toks[0].text[1:].islower() and toks[0].lower in MONTHS:
        return [Part("name", toks[0].text, toks[0].start)]
    return None


def _opener_dropped(toks: list[Token], groups: list[list[Token]], parts: list[Part]) -> list[Part] | None:
    """"Overnight, Marlow tweeted": one capitalised word and a comma before the name or
    pronoun is a sentence opener (an adverb, the topic), not a joint speaker; joint speakers
    are joined by "and". Corpus read (lane names3): "Overnight", "Separately", "Nonetheless"
    became the speaker ahead of the person named after the comma."""
    if len(parts) == 2 and parts[1].kind in {"name", "pronoun"} and time_opener(groups[0]):
        return [parts[1]]  # "The next day, X noted" (time_opener.py)
    if len(parts) != 2 or len(groups[0]) != 1 or any(t.lower in {"and", "&"} for t in toks):
        return None
    if parts[0].kind != "name" or parts[1].kind not in {"name", "pronoun"}:
        return None
    return [parts[1]]


def _and_inside_name(toks: list[Token], n: int) -> bool:
    """"and" between capitals inside a committee's name: the word after it is not a title, but
    a title word follows later ("Ways and Means Chairman X"); "Smith and Senator Jones" splits."""
    if n == 0 or n + 1 >= len(toks) or not toks[n - 1].is_cap or not toks[n + 1].is_cap:
        return False
    if toks[n + 1].lower in TITLE_WORDS or _left_names_someone(toks, n):
        return False  # "said Assembly Speaker Robin X and Senate Majority Leader Scott Y": two
    rest = [t.lower for t in toks[n + 2 : n + 5]]
    return any(w in TITLE_WORDS for w in rest) or _org_after_and(toks, n)


def _left_names_someone(toks: list[Token], n: int) -> bool:
    """The capitals before ``toks[n]`` end in a name after their last office ("Rep. Peter King",
    "Assembly Speaker Robin X"), not in the office ("Deputy Campaign Manager")."""
    k = n - 1
    while k > 0 and (toks[k - 1].is_cap or toks[k - 1].text == "."):
        k -= 1
    words = [t.lower.strip(".") for t in toks[k:n] if t.text != "."]
    offices = [i for i, w in enumerate(words) if w in TITLE_WORDS and w not in TITLE_SURNAMES]
    return bool(offices) and offices[-1] < len(words) - 1


def joins_caps(r: list[Token], k: int) -> bool:
    """A lower-case word that continues the capitals of a credit after the verb: "of", "for" of
    a body or office, "on" of a body before its officer's title ("said Council on Foreign
    Relations President Richard X"), "and" inside a body's name or between two offices of one
    person ("said House Energy and Commerce Committee Chairman Fred X", "said Kaiser President
    and CEO Drew X"). Round 20, lane orgperson: the credit stopped at "on"/"and" and the body or
    the first office took the words (1,000 unannotated articles read)."""
    low = r[k].lower
    if low == "on":
        return r[k - 1].lower in BODY_ON_HEADS and k + 1 < len(r) and r[k + 1].is_cap and any(
            t.lower in TITLE_WORDS for t in r[k + 2 : k + 1 + NAME_WORDS.role_join_tokens])
    if low == "and":
        return _and_inside_name(r, k) or _and_joins_roles(r, k)
    return low in {"of", "for", "&"}


def _party_role(toks: list[Token], n: int) -> bool:
    """"Democratic strategist and Fox contributor X": capitals (a party, a state) then one
    lower-case role word before "and", no determiner: one person's two roles (round 32, lane
    nulls13: the party adjective became the speaker and was dropped, the words went null)."""
    prev = toks[n - 1]
    return n >= 2 and prev.text.islower() and prev.lower.endswith(ROLE_ENDINGS) \
        and all(t.is_cap for t in toks[: n - 1])


def _sent_from(toks: list[Token]) -> list[Part] | None:
    """"a statement from spokesperson X", "the statement from X, under secretary for …": the
    named sender's words. As one description it matched no role and left the words null
    (round 32, lane nulls13: corpus sample). Only a name: "a letter from 100 economists" stays
    the description it was."""
    if len(toks) < 4 or toks[0].lower not in {"a", "an", "the"} or toks[1].lower not in DOCUMENT_NOUNS \
            or toks[2].lower != "from" or toks[3].text[:1].isdigit():
        return None  # "the letter from 10 Republicans and 11 Democrats": no one sender (corpus)
    inner = mention_phrase(toks[3:])
    if not inner or inner[0].kind != "name" or inner[0].text.lower() in PARTY_PLURALS:
        return None
    return inner if all(p.kind in {"name", "desc"} for p in inner) else None


def _and_joins_roles(toks: list[Token], n: int) -> bool:
    """"and" between two offices of one person named after the second: "Kestrel Foods President
    and CEO Drew X", "former House Speaker and radio host Newton X", "Texas Attorney General and
    Republican gubernatorial candidate Greg X". The words before "and" end in an office and
    name nobody; after it a role word is followed by capitals (the name)."""
    if n < 1 or n + 2 >= len(toks) or not (toks[n - 1].is_cap or _party_role(toks, n)):
        return False
    prev = toks[n - 1].lower.strip(".")
    if toks[n - 1].is_cap and (prev not in TITLE_WORDS or prev in TITLE_SURNAMES or _left_names_someone(toks, n)):
        return False
    if n >= 2 and toks[n - 2].lower in GIVEN_NAMES:
        return False
    for j in range(n + 1, min(len(toks) - 1, n + 1 + NAME_WORDS.role_join_tokens)):
        t = toks[j]
        if not _is_word(t) or t.lower in NOT_SUBJECT_START or report_base(t.lower):
            return False
        role = t.lower in TITLE_WORDS or t.text.islower() and t.lower.endswith(ROLE_ENDINGS)
        if role and toks[j + 1].is_cap and toks[j + 1].lower not in TITLE_WORDS:
            return True
    return False


def _org_after_and(toks: list[Token], n: int) -> bool:
    """"The Standards and Testing Authority" is one body (name_forms.body_after_and)."""
    return body_after_and([t.lower for t in toks[max(0, n - 2) : n]], toks[n + 1 :])


def _org_amp(t: Token, group: list[Token]) -> bool:
    return t.text == "&"


def _capital(t: Token) -> bool:
    """A capitalised word, or a surname behind a lower-case Arabic article ("al-Tahiri told
    reporters" was read as a description and left unresolved; round 13)."""
    return t.text[:1].isupper() or article_surname(t.text)


def _stop_ends(g: list[Token]) -> bool:
    """The group ends on a stop word that is not the name's: "Obama Wednesday", but not a label
    that ends a name ("USA Today") nor a month surname after a glued role ("PM Ana May")."""
    return g[-1].lower in CAP_STOP and not _name_ending_label(g) and not glued_role_month(g)


def _group_part(g: list[Token]) -> Part | None:
    if len(g) > 9:
        return None
    if any(not _is_word(t) and t.text not in "’'&" for t in g):
        return None
    # "OF ISIS" in all-capital transcript text; a lone "A" is the sentence's article ("A
    # spokesman for the Supporters Trust said" lost it and named the trust: round 24)
    while len(g) > 1 and (len(g[0].text) > 1 or _initial_a(g)) and g[0].text.isupper() \
            and g[0].lower in CAP_STOP | {"of", "for", "and"}:
        g = g[1:]
    first = g[0].lower
    if len(g) == 1 and first in SUBJECT_PRONOUNS:
        return Part("first" if first in FIRST_PERSON else "pronoun", first, g[0].start)
    if first in NOT_SUBJECT_START:
        return None
    if len(g) == 1 and first in GROUP_NOUNS:
        return Part("desc", first, g[0].start)  # "Critics say …": a group, not a name
    if any(t.lower in CLAUSE_WORDS for t in g):
        return None
    if len(g) > 1 and any(t.lower in SUBJECT_PRONOUNS for t in g[1:]):
        # "shortly after it aired on CNN, media correspondent Brian X said": a pronoun inside
        # makes it a clause, not a speaker's role and name (round 11, real-news tuning split)
        return None
    if all(t.lower in NOUNLESS_WORDS and not _capital(t) for t in g):
        # "“…” until told otherwise", "“…” rather than pressed", "has “…” her for asking": no
        # noun, nobody described (lexicon/function_words; round 41, lane tidy24). Before the
        # determiner rule, which took "her for" as a description
        return None
    where = where_cut(g)
    if where is not None:
        # "writes X in the Ledger", "a statement on Twitter": the name after the preposition
        # says where, not who; the words before it are the speaker phrase (where_tail.py)
        return _group_part(g[:where])
    caps = [i for i, t in enumerate(g) if _capital(t) and t.lower not in DETERMINERS]
    det = _determiner_part(g, first)
    if det is not None:
        return det
    held = _held_by_head(g)
    if held is not None:
        return held
    if caps and caps[-1] == len(g) - 1 or caps and _capital(g[-1]):
        # the last run of capitals is the name; words before it are its role
        while len(g) > 1 and _stop_ends(g):
            g = g[:-1]  # "Obama Wednesday": a day is not part of the name ("USA Today" is one)
        if _stop_ends(g) or not _capital(g[-1]):
            return None  # (a label the loop kept ends the name: "Groups including Human Rights Watch said")
        k = _name_run_start(g)
        text = _join(g[k:])
        return Part("name", text, g[k].start)
    if any(report_base(t.lower) and t.lower not in {"report", "statement"} for t in g):
        return None
    if all(t.lower in DETERMINERS for t in g):
        return None
    if first in DETERMINERS or first.endswith(("’s", "'s")) or len(g) <= 3:
        text = " ".join(t.text for t in g)
        head = g[-1].lower
        if head in DOCUMENT_NOUNS:
            return Part("doc", text, g[0].start)
        return Part("desc", text, g[0].start)
    return None


def _initial_a(g: list[Token]) -> bool:
    """"A. Peter Bailey told": an initial (its period dropped from the group), not the article."""
    return g[0].text == "A" and g[1].start > g[0].end + 1 and _capital(g[1])


def _determiner_part(g: list[Token], first: str) -> Part | None:
    """A document, or a description opened by a determiner ("a subdued Trump" is resolved to
    the person by the Resolver, epithets.py); None when the group is none of these."""
    if len(g) >= 2 and g[-1].lower in DOCUMENT_NOUNS and g[-1].text[:1].islower():
        return Part("doc", " ".join(t.text for t in g), g[0].start)
    if first == "the" and len(g) >= 2 and (g[-1].lower in PARTY_WORDS or g[-1].lower in TITLE_WORDS
                                           or g[-1].lower in PERSON_DEMONYMS or g[-1].lower in GROUP_NOUNS
                                           or len(g) == 2 and g[-1].lower in PERSON_ADJECTIVES):
        # "the California Democrat", "the Dutchman" (round 24, lane wrong8); "the MPs said" (a
        # committee's members, round 35, lane big2); "said the German" (round 37, lane weak20)
        return Part("desc", " ".join(t.text for t in g), g[0].start)
    if first in DETERMINERS and len(g) >= 2 and all(t.lower in TITLE_WORDS or not t.text[:1].isupper()
                                                    for t in g[1:]):
        return Part("desc", " ".join(t.text for t in g), g[0].start)  # "the President said"
    if first in {"a", "an"} and len(g) >= 4 and g[1].lower in DOCUMENT_NOUNS and g[2].lower in {"by", "from"}:
        # "A statement by Obama thanked …": the document's author speaks (tune; read as "Obama"
        # while the article "A" was dropped as a word in capitals, round 24)
        author = g[4:] if g[3].lower == "the" else g[3:]
        if author and all(_capital(t) or t.lower in _RUN_JOINERS for t in author) and _capital(author[-1]):
            return Part("name", _join(author), author[0].start)
    if first in {"a", "an", "another"} and len(g) >= 2:
        # "Another Green Beret told …", "a Fox News producer said": someone unnamed, described
        # by a capitalised group or employer, not a name (round 11, real-news tuning split)
        return Part("desc", " ".join(t.text for t in g), g[0].start)
    return None


# Lower-case words inside the last run of capitals: "Bank of England", "Greta von der Mell".
_RUN_JOINERS = frozenset({"of", "for", "&", "de", "van", "von", "der", "den", "bin"})


def _name_run_start(g: list[Token]) -> int:
    """Where the last run of capitals (with "of", "de", "&" …) starts: the name after its role."""
    k = len(g) - 1
    # an apostrophe joins a name only inside it ("O’Neill"); with a space after it is a
    # plural owner's ("said Sky Networks’ Sophie X": the person, not the channel; round 11)
    org = g[-1].lower in ORG_WORDS  # "Standards and Testing Authority": "and" inside a body
    while k > 0 and (_capital(g[k - 1]) or g[k - 1].lower in _RUN_JOINERS
                     or g[k - 1].lower == "the"
                     and body_of_the([t.lower for t in g[: k - 1]], [t.text for t in g[k - 1 :]])
                     or org and g[k - 1].lower == "and" and k > 1 and _capital(g[k - 2])
                     or g[k - 1].text in "’'" and k > 1 and g[k - 2].end == g[k - 1].start
                     and g[k - 1].end == g[k].start):
        k -= 1
    return k


# Prepositions that attach a place or an employer to the speaker before them ("for": the
# outlet a writer writes for, only after a person's full name: _person_then_affiliation).
_HOLDER_PREPS = frozenset({"from", "at", "with", "of", "for"})


def _person_then_affiliation(before: list[Token], prep: str) -> bool:
    """A person's full name right before "of"/"for": two or three capitalised words opened by a
    known given name, no title among them. What follows is where the person works or writes,
    whatever its shape: "explains Ingrid X of the group's Dutch partner Kartwerk", "wrote
    Ingrid X for the Harbor Ledger" gave the words to the partner and the paper (round 34,
    lane wrong15: corpus sample and scan; the older rule wanted capitals only after "of")."""
    if prep not in {"of", "for"}:
        return False
    k = len(before)
    while k > 0 and _capital(before[k - 1]) and before[k - 1].lower not in DETERMINERS:
        k -= 1
    run = before[k:]
    return 2 <= len(run) <= 3 and run[0].lower in GIVEN_NAMES \
        and not any(t.lower in TITLE_WORDS or t.lower in ORG_WORDS for t in run)


def _held_by_head(g: list[Token]) -> Part | None:
    """The speaker before a prepositional phrase, not the place or body after it. "The
    congressman from South Carolina tweeted" came out as "South Carolina" and "says Amy Webb of
    the Future Today Institute" as the institute (real-news tuning split): the last run of
    capitals is the name only when no person or role heads the phrase before the preposition.
    Left alone: a title before the preposition ("Secretary of State John Kerry", "Speaker of
    the House Nancy Pelosi") and one-word heads of an "of" name ("Bank of England", "Duke of
    Edinburgh"), which are names in their own right."""
    for p in range(1, len(g) - 1):
        prep = g[p].lower
        if prep not in _HOLDER_PREPS:
            continue
        head = g[p - 1]
        rest = g[p + 1 :]
        if _person_then_affiliation(g[:p], prep):
            return _group_part(g[:p])
        if prep == "for":
            continue
        if rest[0].lower == "the":
            rest = rest[1:]
        # "Dr. Anthony X of the National Institutes of Health told": the body's own "of" (corpus
        # read, eleventh session: the body took the words of the person before it)
        if not rest or not rest[-1].text[:1].isupper() or not all(
                t.text[:1].isupper() or t.lower in _RUN_JOINERS for t in rest):
            return None
        if head.lower in ORG_WORDS or head.lower in PLURAL_BODY_HEADS or not _is_word(head):
            return None
        before = g[:p]
        if head.text[:1].isupper():
            if head.lower in TITLE_WORDS:
                return None
            caps = [t for t in before if t.text[:1].isupper()]
            if prep == "of" and len(caps) < 2:
                return None
            return _group_part(before)
        if before[0].lower in DETERMINERS and head.lower not in DETERMINERS:
            # "the congressman from South Carolina": a description of a person
            return Part("desc", " ".join(t.text for t in g), g[0].start)
        return None
    return None


def _join(toks: list[Token]) -> str:
    out = ""
    prev = None
    for t in toks:
        if prev is not None and t.start > prev.end:
            out += " "
        out += t.text
        prev = t
    return out


def place_dropped(subj: list[Token]) -> list[Token]:
    """"The BBC's Ann X in Lagos says", "The UK envoy in Ottawa says": capitalised words after a
    lower-case "in" ending the subject are where the subject is, never who speaks (the place
    was the speaker: round 26, lane audit10, BBC captions and body text alike)."""
    for i, t in enumerate(subj):
        if t.text == "in" and 0 < i < len(subj) - 1 and all(
                _is_word(u) and u.text[:1].isupper() for u in subj[i + 1 :]):
            return subj[:i]
    return subj


AUX = frozenset({"has", "have", "had", "was", "is", "would", "will", "did", "does", "do"})


def cue_text(lay: Layout, toks: list[Token], k: int) -> str:
    """The cue as written: the verb at ``toks[k]``, an auxiliary before it, a phrase it starts
    (moved here from finder.py with its right-hand rules, which read it too; round 27)."""
    t = toks[k]
    start = t.start
    if k > 0 and toks[k - 1].lower in {"has", "have", "had"}:
        start = toks[k - 1].start
    if k > 1 and toks[k - 1].lower == "to" and toks[k - 2].lower in {"likes", "like", "liked", "wants", "loves"}:
        start = toks[k - 2].start  # "likes to say"
    m = PHRASE_RE.match(lay.text, t.start)
    end = m.end() if m and m.end() - t.start < 40 else t.end
    return lay.text[start:end]


def strip_adverbs(toks: list[Token]) -> list[Token]:
    """The subject without the adverbs and auxiliaries closing it, before its verb."""
    # "She apparently commented:", "Smith reportedly told": any lower-case -ly word between the
    # subject and its verb is an adverb (the list alone left "She apparently" as a description)
    while toks and (toks[-1].lower in ADVERBS or toks[-1].lower in AUX or _ly_adverb(toks)) \
            and not _name_ending_label(toks) and toks[-1].text not in BARE_FUNCTION_SURNAMES:
        toks = toks[:-1]  # a capitalised "Will" before the verb is a surname (function_surnames.py)
    return toks


def _name_ending_label(toks: list[Token]) -> bool:
    """"USA Today reported": a capitalised "Today" after a capitalised word ends a paper's name,
    it is no time adverb (it gave the speaker "USA"; nineteenth session)."""
    return len(toks) > 1 and toks[-1].text[:1].isupper() and toks[-1].lower in NAME_ENDING_LABELS \
        and toks[-2].text[:1].isupper()


_LY_NOUNS = frozenset({"family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly", "bully"})


def _ly_adverb(toks: list[Token]) -> bool:
    """"Smith reportedly", "The document reportedly": a lower-case -ly word after the subject (not "the family")."""
    if len(toks) < 2:
        return False
    w, prev = toks[-1].text, toks[-2]
    return (w.islower() and w.endswith("ly") and len(w) > 4 and w not in _LY_NOUNS
            and prev.lower not in DETERMINERS)
