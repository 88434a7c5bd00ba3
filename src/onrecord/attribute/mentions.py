"""Mentions of people and organisations in an article, clustered into entities.

Names come from runs of capitalised words in the masked text (cheap, whole document; the
parser only sees sentences around quotations). A run is split into a role ("Energy Minister")
and a name ("Kurt Hollenbeck-Wiese"); surname-only, title+surname and first-name-only
mentions join the cluster of the full name, and the cluster reports its fullest form. Roles
and appositions ("Mara Ellison, the harbour minister"; "the board chair, Anneliese Harrow")
are kept per entity: they resolve descriptions ("the minister") and fill speaker_description."""

from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from ..lexicon.titles import COURTESY_TITLES, TITLE_WORDS
from ..names import same_person
from ..names import name_tokens as _name_tokens



@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_name_tokens(name))


def name_tokens(name: str) -> list[str]:
    """names.name_tokens, memoised: an article asks for the same few names thousands of times."""
    return list(_tokens(name))


@lru_cache(maxsize=65536)
def _same(a: str, b: str) -> bool:
    return same_person(a, b)
from ..lexicon.abbreviations import NAME_ABBREVIATIONS as ABBREV_TITLES, SHIP_PREFIXES
from ..lexicon.calendar import WEEKDAYS, WEEKDAYS_MONTHS
from ..lexicon.places import PERSON_ADJECTIVES, PERSON_DEMONYMS, state_follows
from ..lexicon.furniture import credit_label, furniture_length
from ..lexicon.function_words import PLURAL_ONLY_VERBS
from ..lexicon.reporting import report_base
from ..thresholds.attribute import NAME_WORDS
from .name_forms import cap_word as _cap_word, headline_verb
from .modifier_names import modifies_noun
from .cues import (GIVEN_NAMES, PARTY_WORDS, title_end, CAP_STOP, DETERMINERS,
                   NAME_CONNECTORS, NAME_ENDING_LABELS, ORG_WORDS, PLURAL_BODY_HEADS)
from .function_surnames import ends_name, opens_bare_surname
from .suffix_surnames import suffix_surname
from .glued_words import lead_not_name, place_before_given, place_of_tail, saint_prefix
from .layout import Layout, Sentence, Token
from .run_split import SURNAME_TITLES, split_role, trim_long_name
from .rank_class import class_joins, closed_role
from .body_tail import advocacy_name
from .name_joins import CAPITAL_LINKS, capitalised_long_words, joins_name as _joins_name, strip_possessive, \
    month_surname as _month_surname, title_case_line, \
    plural_possessive_org as _plural_possessive_org, title_period as _title_period
from .name_forms import gerund_opener, given_modal, honours_cut, numbered_station, thing_name, \
    role_opener

# "in Tollgate Springs": a run after these is a place unless it also has a role. Not "to"
# or "from" ("belonged to Juno Blackwood", "a penalty from captain Lucas Drummond").
PLACE_PREPS = frozenset({"in", "at", "near", "across", "around", "outside", "inside", "into",
                         "beneath", "above", "throughout"})
ROLE_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "chief", "ee",
                 "eer", "ive", "ary", "al", "ain", "ess", "ic", "head", "coach", "ner")
# lower-case words that end a backwards role scan ("led by Delphine X": "by" is not a role)
ROLE_STOP = frozenset("""by with to from for of in on at and or but as that which who whom
whose when while if than then also is was were are be been being has had have will would can
could should may might must did does do not no nor so said says told tells""".split())


@dataclass(eq=False)
class Mention:
    start: int
    end: int
    name: str  # role stripped, possessive stripped
    role: str | None = None
    prefix_start: int = -1  # where a role written before the name starts
    possessive: bool = False  # "Thornbury’s barrister": not the subject
    initial: bool = False  # opens its sentence (or headline): may carry a capitalised adjective
    signature: bool = False  # an embedded post's signature, "— Name (@handle)": the account's display form
    org: bool = False
    noun_modifier: bool = False  # "the X administration’s": a body only by standing there (modifier_names)
    # "Longtime X ally Roger Y argued": a sentence's opener dropped, the name modifies the role
    # after it, so the subject is Roger Y (glued_words.modifier_opener; round 66, lane junk73)
    opener_modifier: bool = False
    place_hint: bool = False
    town: bool = False  # written before a state's name ("El Paso, Texas"): a place, never he/she
    # the place hint is a clause's subject after an introductory comma ("Meanwhile, Quist is"):
    # no place evidence for a cluster with a full name (entities._attach; round 29, lane wrong12)
    intro_subject: bool = False
    entity: "Entity | None" = None
    # an apposition without an article ("X, director of the Y Trust,"): shown as the
    # description only, never used to resolve "the director" (round 24, lane desc8)
    shown_role: str | None = None
    # a role that resolution reads but the description does not show ("Running against the
    # mayor, X won": the mayor is someone else; round 24, lane desc8)
    unshown_role: str | None = None

    @property
    def begin(self) -> int:
        """Where the mention's written form begins: the role written before the name
        ("Secretary of State X"), when one is, else the name itself."""
        return self.prefix_start if 0 <= self.prefix_start <= self.start else self.start


def _title_case(toks: list[Token]) -> bool:
    """A headline in Title Case ("Jobs Report Brings Good News for Obama") has no usable
    capitalisation: every word is capitalised."""
    capital, words = capitalised_long_words(toks)
    return words >= 5 and capital >= NAME_WORDS.title_case_share * words


def _repeats_headline(lay: Layout, start: int, end: int) -> bool:
    """A title-case headline written again as the body's first line (AllSides/NPR pages: 32 of
    1,000 unannotated articles, round 21, lane headsays): as unusable as the headline itself;
    its "Co-Pilot Showed" and "Prosecutor Says" were names."""
    head = lay.text[: lay.headline_end].strip()
    return bool(head) and start < 2 * lay.headline_end + 4 and lay.text[start:end].strip() in head


_MODIFIED_NOUNS = frozenset("""administration campaign family era years presidency camp team
government doctrine plan presidential foundation organization organisation""".split())
_IMPERATIVES = frozenset("""consider remember imagine recall take meet ask let let’s let's see note watch
read listen look thank enter picture compare""".split())


def common_words(lay: Layout) -> tuple[set[str], set[str]]:
    """Words the article writes in lower case anywhere (masked text, so not inside
    quotations), and words it capitalises after a sentence's first token: a capitalised
    sentence opener the article otherwise writes in lower case is a common word, not a name.
    Computed once per layout and kept on it (name finding, entity clustering and the resolver
    all ask)."""
    if lay.common_words is None:
        lower = set(re.findall(r"(?<![\w’'-])[a-z][a-z’'-]+", lay.masked))
        inner = {t.text for sent in lay.sentences for t in sent.tokens[1:] if t.text[:1].isupper()}
        lay.common_words = (lower, inner)
    return lay.common_words


def find_mentions(lay: Layout) -> list[Mention]:
    """Every run of capitalised tokens in the article that names someone or something."""
    out: list[Mention] = []
    lower, inner = common_words(lay)
    for sent in lay.sentences:
        toks = sent.tokens
        if (sent.start < lay.headline_end or _repeats_headline(lay, sent.start, sent.end)) and _title_case(toks):
            continue
        if toks and toks[0].text.isupper() and lay.capital_line(sent.start):
            continue  # a related-story line in capitals: no usable capitalisation either
        i = 0
        while i < len(toks):
            t = toks[i]
            # asked before the stop words: "Story Continued Below" opens with one (round 33)
            skip = furniture_length([t.text for t in toks[i : i + 3]]) if t.text[:1].isupper() else 0
            if skip:  # "Replay More Videos", "Follow @x": page furniture, no name (lexicon/furniture.py)
                i += skip
                continue
            if not _cap_word(t.text) and t.lower not in WEEKDAYS and t.text != "Will":
                i += 1  # what _opens_name would answer first, asked inline: most tokens open no name
                continue
            if credit_label([t.text for t in toks[i : i + 2]]) and _after_credit(toks, i + 2):
                i = _after_credit(toks, i + 2)  # "Photograph: Lee X/AP": the photographer
                continue
            if not _opens_name(lay, toks, i):
                i += 1
                continue
            run, j = _name_run(lay, toks, i)
            if i == 0 and len(run) == 1 and run[0].text not in inner \
                    and (run[0].text.lower() in lower or j < len(toks) and toks[j].lower in PLURAL_ONLY_VERBS):
                # "Actions speak louder than words, and the Democrats’ actions shriek, “…”": a
                # word capitalised only where it opens a sentence, and written in lower case
                # elsewhere, is a common word (it became the speaker "Actions"); so is one the
                # subject of "were" ("Shooters were aiming at …", PLURAL_ONLY_VERBS)
                i = j
                continue
            m = _make_mention(lay, sent, toks, i, run)
            if m is not None:
                m.initial = i == 0
                out.append(m)
            i = j
    return out


# Newspaper title heads a weekday opens: "The Sunday Telegraph", "the Sunday Times" (the
# weekday was dropped and "Telegraph" alone took the paper's words; real-news tuning split).
_PAPER_HEADS = frozenset({"times", "telegraph", "mirror", "express", "post", "herald", "mail",
                          "tribune", "star", "observer", "independent"})


def _opens_name(lay: Layout, toks: list[Token], i: int) -> bool:
    if given_modal(toks, i) or opens_bare_surname(lay.text, toks, i):
        return True
    if toks[i].lower in WEEKDAYS and toks[i].text[:1].isupper() and i + 1 < len(toks) \
            and toks[i + 1].lower in _PAPER_HEADS and toks[i + 1].text[:1].isupper():
        return True
    if not _cap_word(toks[i].text) or _is_placeholder(lay, toks[i]) or i > 0 and headline_verb(toks, i):
        return False
    if i == 0 and toks[i].lower.endswith(("ing", "ed", "ly")) and len(toks) > 1 \
            and toks[1].text[:1].islower() and not suffix_surname(lay.text, toks, i):
        return False  # "Notifying the families took …": a participle, not "Speed says" (suffix_surnames)
    if i == 0 and (toks[i].lower in _IMPERATIVES or gerund_opener(toks, common_words(lay)[1])):
        return False  # "Consider John Adams’s letters", "Let’s start with …": not part of a name
    return True


def _name_run(lay: Layout, toks: list[Token], i: int) -> tuple[list[Token], int]:
    """The run of name tokens from ``toks[i]``, and the index after it."""
    run = [toks[i]]
    _, possessive = strip_possessive(toks[i].text)
    j = i + 1
    while j < len(toks):
        if possessive:
            # "the Inshore Fishermen’s Association": a possessive inside an organisation
            nt = toks[j]
            if _cap_word(nt.text) and nt.lower.strip("’'") in ORG_WORDS:
                possessive = False
            else:
                break
        t = toks[j]
        initial = (len(t.text) == 1 and t.text.isupper() and j + 1 < len(toks) and toks[j + 1].text == "."
                   and toks[j + 1].start == t.end)  # "R. A. Farrokhnia": "A." is an initial
        if headline_verb(toks, j):
            break  # "Obama Hails News:" (name_forms.py)
        if len(run) > 1 and t.text == run[-1].text:
            break  # a gallery's "… of Jo Vale" glued to its caption "Vale speaks …" (round 81)
        if (_cap_word(t.text) or initial or _month_surname(run, toks, j) or _label_ends_name(toks, j)) \
                and not _is_placeholder(lay, t):
            run.append(t)
            _, possessive = strip_possessive(t.text)
        elif _joins_name(run, toks, j):
            run.append(t)
        elif _title_period(run, toks, j):
            pass  # "Sen. Marco Rubio", "James A. Klein": the period does not end the name
        elif numbered_station(run[-1].lower, t.text):
            run.append(t)  # "BBC Radio 1", "Radio 1's": the number is part of the name (name_forms.py)
            _, possessive = strip_possessive(t.text)
        elif ends_name(run, toks, j):
            run.append(t)  # "George Will said", "Premier Liu He." (function_surnames.py)
        elif class_joins([x.text for x in toks[j : j + 3]]):
            run += toks[j : j + 2]  # "Petty Officer First Class Ana X" (rank_class.py)
            j += 1
        elif _plural_possessive_org(run, toks, j):
            run[-1] = Token(run[-1].text + t.text, run[-1].start, t.end)  # Pilots’ Guild
        else:
            break
        j += 1
    return run, j


def _label_ends_name(toks: list[Token], j: int) -> bool:
    """A capitalised headline label after a name word goes on with the name ("Human Rights
    Watch", "the National Review"), unless a colon makes it a label ("Trump Watch: …")."""
    t = toks[j]
    return t.text[:1].isupper() and t.lower in NAME_ENDING_LABELS and not (j + 1 < len(toks) and toks[j + 1].text == ":") \
        and not title_case_line(toks)


def _is_placeholder(lay: Layout, t: Token) -> bool:
    return t.text == "X" and lay.text[t.start : t.start + 1] != "X"


def _make_mention(lay: Layout, sent: Sentence, toks: list[Token], i: int, run: list[Token]) -> Mention | None:
    """The mention a run of capitalised tokens makes: its name, the role words it carries, and
    whether it names an organisation; None for a run that is only a role or a description."""
    run = honours_cut(run)
    words = [strip_possessive(t.text)[0] for t in run]
    lowers = [w.lower().strip("’'") for w in words]
    glued = place_before_given([t.lower for t in toks[max(0, i - 2):i]], words)
    if glued:  # "Ambassador to Norway Peter X": the place is the office's object (glued_words)
        return _make_mention(lay, sent, toks, i + glued, run[glued:])
    # "Justice Department", "President’s Council": an organisation's head word wins over a title
    last_title = _last_title(lay, toks, i, lowers)
    if last_title < 0 and lowers[-1] not in ORG_WORDS and role_opener(words, common_words(lay)[0], ROLE_SUFFIXES):
        last_title = 0  # "Activist Ron X", "Added Chris X": the first word is a role or a verb
    # "Energy Minister Kurt X" is a minister, not an energy company: a title followed by a
    # name wins; otherwise the head of the run decides ("Coastal Bank of Calder", "Harrow & Crane")
    after_the, plural_after_the = _after_the(toks, i, run, lowers)
    if after_the and last_title < 0 and len(words) >= 3 \
            and lowers[-1] not in ORG_WORDS and i >= 3 and toks[i - 2].lower in {"of", "to"} \
            and toks[i - 3].lower in TITLE_WORDS and lowers[-2] not in NAME_CONNECTORS:
        # "Speaker of the House Nancy X", "Chancellor of the Exchequer Gordon Y", "Chief
        # Secretary to the Treasury Paul Z": the body closes the title and the last two words
        # are the person (round 5: "House Nancy X"; "Treasury Paul Z" in 400 articles read);
        # never "of Staff" from "vice chairman of the Joint Chiefs of Staff" (a body's own "of")
        return _make_mention(lay, sent, toks, toks.index(run[-2]), run[-2:])
    if after_the and lowers[-1] in PARTY_WORDS and last_title < 0:
        return None  # "the California Democrat": a description of someone named elsewhere
    if after_the and len(lowers) == 1 and (lowers[0] in PERSON_DEMONYMS or lowers[0] in PERSON_ADJECTIVES
                                           or lowers[0] in SURNAME_TITLES and lowers[0] in TITLE_WORDS):
        # "the Dutchman said", "the Bishop said": a person's noun or an office, never a
        # surname after "the" (round 24, lane wrong8: speakers "Dutchman", "Bishop"); "the
        # Brazilian said" no body "Brazilian" the description matched (round 37, lane weak20)
        return None
    org = last_title < 0 and (lowers[-1] in ORG_WORDS or numbered_station(" ".join(lowers[-2:-1]), lowers[-1])
                              or "&" in lowers or advocacy_name(lowers) or plural_after_the or after_the or any(
        (w in ORG_WORDS or w in PLURAL_BODY_HEADS) and k + 1 < len(lowers) and lowers[k + 1] in {"of", "for", "on"}
        for k, w in enumerate(lowers)))
    org = org or len(lowers) > 1 and lowers[0] in SHIP_PREFIXES  # a vessel (lexicon/abbreviations)
    org = org or last_title < 0 and thing_name(lowers)  # "Kestrel Harbor", "X Syndrome": no person (name_forms)
    linked = any(w in CAPITAL_LINKS for w in words[1:-1])  # "Doctors Without Borders" (name_joins)
    if linked and lowers[-1] == "act":
        return None  # a law ("the Violence Against Women Act") names no one: as a body it took "The women said"
    org = org or linked
    split = split_role(words, lowers, last_title, org)
    if split is None or not split[1]:
        return None
    split = closed_role(words, lowers, split, org, lay.text)  # "Secretary of State X", "… First Class Ana Y"
    drop = 0 if org else place_of_tail(split[1])  # "Whip Dick X of Illinois": no "of" in his name (glued_words)
    if drop:
        run, words, lowers, split = run[:-drop], words[:-drop], lowers[:-drop], (split[0], split[1][:-drop])
    if split[0] == words[:1] and report_base(lowers[0]):
        split = ([], split[1])  # "Added Chris X, president of …": a verb, no role
    # a sentence's opening "The" is "the" to a body's name too ("The Global Health Security
    # Index found" lost "Global Health" as a role: round 30, lane nameform12), not when it ends on
    # a given name and a surname ("The Senate Minority Whip Dick Durbin": round 30 review)
    the_before = i > 0 and toks[i - 1].text == "The" and last_title < 0 and lowers[-2:-1] != [] \
        and lowers[-2] not in GIVEN_NAMES
    org, role_words, name_words = trim_long_name(words, lowers, org, *split, the_before)
    return _noun_use(_lead_cut(lay, sent, toks, run, name_words, org) or _mention_of(
        lay, toks, i, run, len(words) - len(name_words), role_words, org), org, toks, i, run, lowers)


def _last_title(lay: Layout, toks: list[Token], i: int, lowers: list[str]) -> int:
    """Index of the run's last title word (cues.title_end), or -1; -1 when an organisation's
    word ends the run. A saint's prefix before a full name is a title too ("St. Thomas Aquinas":
    glued_words.saint_prefix)."""
    last = -1 if lowers[-1] in ORG_WORDS or advocacy_name(lowers) else title_end(lowers)
    if last < 0 and saint_prefix(lowers, toks[i - 1].lower if i else "", common_words(lay)[0]):
        return 0
    return last


def _noun_use(m: Mention, org: bool, toks: list[Token], i: int, run: list[Token], lowers: list[str]) -> Mention:
    """Mark a body's mention that is a name modifying a noun ("the Sanders campaign"; modifier_names.py)."""
    m.noun_modifier = org and m.start == run[0].start and modifies_noun(toks, i, run, lowers)
    return m


def _lead_cut(lay: Layout, sent: Sentence, toks: list[Token], run: list[Token], name_words: list[str],
              org: bool) -> Mention | None:
    """The mention of the run without the words before the person's name that are no part of it
    ("Reporters Devlin X", "Daily Caller Zak Y": glued_words.lead_not_name); None when there are
    none. They are left out of the run, not made a role: a plural describes a list of people
    ("Authors A and B": "the authors" went to A alone)."""
    lead = 0 if org else lead_not_name(name_words, common_words(lay)[0], ROLE_SUFFIXES)
    if not lead:
        return None
    cut = len(run) - len(name_words) + lead
    return _make_mention(lay, sent, toks, toks.index(run[cut]), run[cut:])


def _after_the(toks: list[Token], i: int, run: list[Token], lowers: list[str]) -> tuple[bool, bool]:
    """Whether the run follows "the" as an organisation's name does, and as a plural name."""
    # "the Harrowgate Saints", "the Brightwater Breakers": a plural name after "the" is a
    # team or band, not a person
    plural_after_the = i > 0 and toks[i - 1].text == "the" and lowers[-1].endswith("s") \
        and not lowers[-1].endswith(("ss", "us", "is"))
    # "the IRS", "the White House", "the Washington Post": people's names never follow "the"
    after_the = i > 0 and toks[i - 1].text == "the"
    nxt = toks[i + len(run)] if i + len(run) < len(toks) else None
    if after_the and nxt is not None and nxt.text.islower() and nxt.lower in _MODIFIED_NOUNS \
            and lowers[-1] not in ORG_WORDS:
        # "the Trump administration", "the Obama era", "the Clinton campaign": the name modifies
        # a noun; it is not an organisation (Trump became one, and "he" skipped him)
        after_the = False
    return after_the, plural_after_the


_SIGNATURE_RE = re.compile(r"[ \t]*\(@\w")  # "Donald J. Trump (@realDonaldTrump)": an embed's signature
_SPACES_RE = re.compile(r"\s+")  # precompiled: read per mention (round 19, lane speed)
_POSSESSIVE_END_RE = re.compile(r"[’']s?$")


def _mention_of(lay: Layout, toks: list[Token], i: int, run: list[Token], first: int,
                role_words: list[str], org: bool) -> Mention:
    """The Mention of ``run``, whose name starts at its token ``first``."""
    start = run[0].start
    end = run[-1].end
    # the name as written ("John O. Brennan"), from its first word to the end of the run
    first_name_tok = run[first]
    # a display name split around a link blurb ("Sarah Huckabee Sarah Elizabeth SandersBill …
    # MORE Sanders"): read it with the blurb blanked (round 31, lane junk12)
    cut = lay.blurbs and any(lo < end and first_name_tok.start < hi for lo, hi in lay.blurbs)
    src = lay.parse_text if cut else lay.text
    name = _SPACES_RE.sub(" ", src[first_name_tok.start : end])
    name = _POSSESSIVE_END_RE.sub("", name) if run[-1].text.endswith(("’s", "'s", "’", "'")) else name
    # role words written in lower case before the run ("Kestrel Bay manager Sofia X")
    prefix, pstart = _prefix_role(toks, i)
    role = " ".join(filter(None, [prefix, " ".join(role_words)])) or None
    m = Mention(start, end, name, role, pstart if prefix else start, org=org)
    m.possessive = strip_possessive(run[-1].text)[1]
    m.signature = _SIGNATURE_RE.match(lay.text, end) is not None
    prev = toks[i - 1].lower if i > 0 else ""
    if prev in PLACE_PREPS and not role:
        m.place_hint = True
    if i > 1 and toks[i - 1].text == "," and toks[i - 2].is_cap and len(run) == 1 and not role \
            and toks[i - 2].lower not in WEEKDAYS_MONTHS and not m.possessive:  # "On Saturday, Trump said": no town
        # "Lansing, Mich.": city, state. Not a possessive ("Bush, Obama’s predecessor, argued"):
        # an apposition naming a person; as a state it made "former President Obama" a place,
        # and "He said …" after him went to the president in focus (round 54, lane wrong54)
        m.place_hint = True
        m.intro_subject = _intro_subject(toks, i, run)
    elif not role and state_follows(lay.text, end) and not (len(run) > 1 and run[0].lower in GIVEN_NAMES):
        # "from El Paso, Texas": a town before its state (places.py); not "the winner was Mary
        # Holt, Texas": a given name opens a person's name (round 33, first review)
        m.place_hint = m.town = True
    return m


def _intro_subject(toks: list[Token], i: int, run: list[Token]) -> bool:
    """The run opens the main clause after the comma that closes the sentence's introductory
    phrase, and a lower-case word (its verb) follows: "Meanwhile, Quist is …", "Before her
    match with Ferrante, Dovell believes …" name a subject, not a city's state. Read as
    "Lansing, Mich.", the surname's place evidence barred it as a he/she's antecedent and the
    pronoun went to the name before the comma (round 29, lane wrong12: tuning fresh5, corpus).
    The hint is kept on the mention: only a cluster with a full name drops it (a lone surname
    has no other evidence; freed, "Klobuchar" took a "he" from the subject "Smith" and then
    lost her own "she", corpus check)."""
    from .finder import clause_start  # finder reads mentions' neighbours: imported when asked

    k = i + len(run)
    return k < len(toks) and toks[k].text[:1].islower() and clause_start(toks[:i]) == i


def _prefix_role(toks: list[Token], i: int) -> tuple[str | None, int]:
    k = i - 1
    words: list[str] = []
    starts: list[int] = []
    while k >= 0 and len(words) < 5:
        t = toks[k]
        lw = t.lower
        if t.text == "." and k > 0 and toks[k - 1].end == t.start and toks[k - 1].lower in ABBREV_TITLES:
            # "Ms. Grimes", "Mr. Fisher": the honorific's period is not the end of the role (the
            # role, and with it the only gender evidence of US outlets' Mr./Ms., was lost)
            k -= 1
            continue
        if not t.is_word:
            break
        if lw in ROLE_STOP or lw in CAP_STOP and lw not in DETERMINERS and lw not in TITLE_WORDS \
                or report_base(lw) and not words:
            break
        if lw in DETERMINERS:
            words.append(t.text)
            starts.append(t.start)
            break
        words.append(t.text)
        starts.append(t.start)
        k -= 1
    if not words:
        return None, -1
    pstart = toks[k].start if k >= 0 and k < i and toks[k].lower in DETERMINERS else toks[k + 1].start
    words.reverse()
    if words[-1].lower().strip(".") in COURTESY_TITLES and len(words) > 1 and not _role_word(words[-2]):
        # "those who selected Mr Houston", "Milburn claimed Ms X": a verb before a courtesy
        # title is no role, only the title is kept ("Forensic pathologist Dr X" keeps its role;
        # 30 such descriptions on the real-news sets, BBC politics read by hand, tenth session)
        return words[-1], starts[0]
    # only words that look like a title ("harbourmaster", "Guild president", "the sculptor"),
    # not a verb ("beating Varrow", "committed Norvania", "the Liberal Democrats challenge X")
    last = words[-1].lower()
    if not (last in TITLE_WORDS or last.endswith(ROLE_SUFFIXES)) or (
            words[0].lower() not in DETERMINERS and any(w.lower().endswith("ing") for w in words)):
        return None, -1
    if len(words) == 1 and words[0].lower() in DETERMINERS:
        return None, -1
    return " ".join(words), pstart


# Role endings that are not also adjective endings ("an ebullient Mr X": -ent, -al, -ive, -ic
# make adjectives as often as roles, so they do not make a role before a courtesy title).
_NOUN_ROLE_SUFFIXES = tuple(x for x in ROLE_SUFFIXES if x not in {"ant", "ent", "ive", "ary", "al", "ain", "ic"})


def _role_word(word: str) -> bool:
    low = word.lower()
    return low in TITLE_WORDS or low in DETERMINERS or low.endswith(_NOUN_ROLE_SUFFIXES)


def _after_credit(toks: list[Token], i: int) -> int:
    """The token after a photo credit's names and agencies ("Lee X/AP", "UPI/Barcroft Images"),
    or 0 when the capitals after the label hold no "/": "Photos: Hillary X's life in the
    spotlight" is a gallery's title, whose names are the story's (250 corpus articles)."""
    j, slash = i, False
    while j < len(toks) and (toks[j].text[:1].isupper() or toks[j].text in {"/", "-", "&"}):
        slash = slash or toks[j].text == "/"
        j += 1
    return j if slash else 0
