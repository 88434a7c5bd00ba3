"""Forms of a name that are not the speaker's name as written (issue 11, round 11 of
docs/attribution-errors.md, the tuning extension): an employer's possessive before a person
("said Sky Networks' Sophie Turner Laing" went to the network) and a one-word brand that opens
the names of several of its own channels ("Sky said …" beside "Sky News", "Sky Movies" and
"Sky Travel" went to Sky News), and a station's number ("BBC Radio 1", "Radio 1 said" became
"BBC Radio" and a description that named nobody). Each rule is a small pure function over names the article
has already collected: no rescan of the text."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..lexicon.given_names import MOSTLY_FEMALE_GIVEN, MOSTLY_MALE_GIVEN
from ..lexicon.heads import LONE_NON_AGENT_NAMES, NON_AGENT_NAME_HEADS, STORM_NAME_OPENERS, THING_NAME_HEADS
from ..lexicon.reporting import HEADING_NAME_STOPS, report_base
from ..lexicon.furniture import CREDIT_WORDS
from ..lexicon.outlets import KNOWN as KNOWN_OUTLETS, MEDIA_WORDS
from ..lexicon.places import MUTE_PLACE_HEADS, NAMED_PLACE_HEADS, is_place
from ..lexicon.titles import HONOURS, SUFFIXES, TITLE_WORDS
from ..thresholds.attribute import WINDOWS
from .cues import CAP_STOP, GIVEN_NAMES, ORG_WORDS, title_end

# "Sky Networks' Sophie Turner Laing", "Radio 1's Andy Parfitt": the owner, its possessive
# mark, then the person's name
_OWNER_POSSESSIVE = re.compile(r"^(.+?)[’']s?\s+([A-ZÀ-Þ]\S*(?:\s+[A-ZÀ-Þ]\S*)+)$")


# The Arabic article written in lower case and hyphenated to a surname ("Bashar al-Assad",
# "Haider al-Abadi"): the run of capitalised words stopped before it, and the speaker became
# the given name alone or null (round 13, 6 of 400 unseen corpus articles).
_ARTICLE_SURNAME = re.compile(r"^(?:al|el)-([A-ZÀ-Þ][\w’'-]*)$")


def article_surname(word: str) -> bool:
    """``word`` is a surname behind a lower-case Arabic article: "al-Tahiri", "el-Sayed"."""
    return _ARTICLE_SURNAME.match(word) is not None


# Hyphenated endings that make a capitalised word an adjective, not a name.
ADJ_SUFFIXES = frozenset("""backed led based owned run born style funded controlled linked
affiliated aligned leaning era like made sponsored supported dominated appointed elected
friendly inspired bound related""".split())


@lru_cache(maxsize=65536)
def cap_word(w: str) -> bool:
    """A token of text ``w`` may be part of a name. Memoised: asked of every token of every
    article (6 % of attribution's CPU on 300 real-news articles; round 19, lane speed)."""
    if article_surname(w):
        return True  # "Bashar al-Assad": the article belongs to the surname (article_surname)
    if not w[:1].isupper():
        return False
    if w.lower() in CAP_STOP:
        return False
    if "-" in w and w.rsplit("-", 1)[1].lower() in ADJ_SUFFIXES:
        return False  # "Republican-backed", "U.S.-based": adjectives, not names
    head = re.split(r"[’']", w)[0].lower()
    if head != w.lower() and head in CAP_STOP:
        return False  # "I’d", "We'll": a pronoun with a contraction
    if w.isupper() and len(w) > 1 and len(w) > 5:
        return False
    return True


def bare_surname(tok: str) -> str:
    """A lower-cased name token without its Arabic article: "al-tahiri" -> "tahiri", so that
    "Tahiri said" finds "Karim al-Tahiri"."""
    head, sep, rest = tok.partition("-")
    return rest if sep and head in {"al", "el"} and rest else tok


def employer_dropped(name: str, entity_for_name: Callable[[str], Any]) -> str:
    """The person after an employer's possessive, when the article knows that person by a name
    of two or more words and not as an organisation; else ``name`` unchanged. A possessive
    inside a body's own name ("the Pilots' Guild", "People's Assembly") keeps the name whole:
    one word after it, or no person of that name."""
    m = _OWNER_POSSESSIVE.match(name)
    if m is None:
        return name
    person = m.group(2)
    e = entity_for_name(person)
    if e is None or getattr(e, "kind", "org") == "org":
        return name
    return person


def parent_brand(word: str, orgs: Sequence[Sequence[Sequence[str]]]) -> bool:
    """``word`` opens the names of two or more different organisations (each given as the
    token lists of its names): it names the parent they share ("Sky" beside "Sky News" and "Sky
    Movies"), not the one of them most often named."""
    return sum(any(len(n) >= 2 and n[0] == word for n in names) for names in orgs) >= 2


def named_place(word: str, tokens: Sequence[str]) -> bool:
    """``tokens`` (a body's lower-cased name) are ``word`` then a building or place head: "Kennedy
    Center", "Lincoln Memorial". "Kennedy said" is a person, never the place named after one."""
    return len(tokens) >= 2 and tokens[0] == word and " ".join(tokens[1:]) in NAMED_PLACE_HEADS


def thing_name(lowers: Sequence[str]) -> bool:
    """``lowers`` (a name's lower-cased words, two or more) end in a head that names a thing, an
    event or a place (lexicon THING_NAME_HEADS): "Trump Derangement Syndrome", "Kestrel Harbor".
    Such a name is a body to clustering (mentions._make_mention), never a person, and its other
    words do not join it alone ("Trump said" is the man, not the syndrome: entities.match_single)."""
    return len(lowers) >= 2 and (lowers[-1] in THING_NAME_HEADS or non_agent_name(lowers))


def non_agent_name(lowers: Sequence[str]) -> bool:
    """``lowers`` (a name's lower-cased words) name a law, a document, a war or a storm (lexicon
    NON_AGENT_NAME_HEADS, STORM_NAME_OPENERS): "Fifth Amendment", "Korean War", "Tropical Storm
    Harvey", "Constitution". Such a name never says the words a report quotes: it is no
    antecedent of he/she/it/they (resolve._compatible) and no speaker of its own (shown_name).
    A given name before a law word is a person ("Steven Law")."""
    if len(lowers) == 1:
        return lowers[0] in LONE_NON_AGENT_NAMES
    if not lowers:
        return False
    opener = lowers[1] if lowers[0] == "tropical" else lowers[0]  # "Tropical Storm X"
    if opener in STORM_NAME_OPENERS:
        return True
    return lowers[-1] in NON_AGENT_NAME_HEADS and lowers[0] not in GIVEN_NAMES and not _speaks_for_itself(lowers)


def _speaks_for_itself(lowers: Sequence[str]) -> bool:
    """A name ending in a law or war word that is a body, a paper or a person after all (the
    review of round 76 found each losing its quotations): a body named after its field ("Institute
    for the Study of War", "Center for Youth Law", "Veterans of Foreign Wars"), a paper ("Atlanta
    Journal Constitution"), and a two-word "X Law" that is a person or a law school ("Jude Law",
    "Harvard Law": a law called "X Law" alone is rarer in the news than either)."""
    if any(w in ("of", "for") for w in lowers[1:-1]) or lowers[-2].capitalize() in MEDIA_WORDS:
        return True
    return lowers[-1] == "law" and len(lowers) == 2 and not lowers[0].endswith(("'s", "’s"))


def shown_name(e: Any) -> str:
    """The name a speaker entity is shown by: its canonical name, but the bare word it was also
    written as when that canonical name is a place named after it. "Kennedy said" joined "the
    Kennedy Center" (a one-word name joins the body that opens with it), "Lincoln said" "the
    Lincoln Memorial": a reader accepts "Kennedy", never the place
    (round 31, lane junk12: corpus read). Not for a cluster known to be a person ("Todd Park").
    Without the bare word, a place that never speaks ("Westminster Bridge" for a "she said")
    shows as "" (the speaker left null)."""
    canon = e.canonical
    if non_agent_name(canon.lower().split()):
        # "the Korean War", "the Fifth Amendment" say nothing (non_agent_name). "Storm X" too,
        # though "Storm" is a given name: the corpus writes "Storm Harvey", "Storm Isaac" … about
        # 70 times and no person so named (review of round 76: exempting "Storm X" here brought
        # back two wrong "Storm Harvey" speakers on the 5,000 unseen articles)
        return ""
    if e.kind == "person" or " " not in canon:
        return canon
    words = canon.split()
    if words[0] in e.names and named_place(words[0].lower(), canon.lower().split()):
        return words[0]
    mute = e.kind != "org" and words[-1].lower() in MUTE_PLACE_HEADS and words[0].lower() not in GIVEN_NAMES
    return "" if mute else canon


# Heads whose number is part of the name: "BBC Radio 1", "Channel 4", "Radio 5's".
_NUMBERED_HEADS = frozenset({"radio", "channel"})
_STATION_NUMBER = re.compile(r"\d{1,2}(?:[’']s)?")


def numbered_station(last_word: str, token: str) -> bool:
    """``token`` (a number, maybe possessive) continues a name that ends in "Radio" or "Channel"."""
    return last_word in _NUMBERED_HEADS and _STATION_NUMBER.fullmatch(token) is not None


def owner_acronym_dropped(a: str, b: str) -> bool:
    """One organisation's name is the other's without its owner's all-capital acronym ("Radio 1"
    and "BBC Radio 1"), in at least two words."""
    short, long_ = (a.split(), b.split()) if len(a.split()) < len(b.split()) else (b.split(), a.split())
    return len(short) >= 2 and len(long_) == len(short) + 1 and long_[1:] == short \
        and long_[0].isupper() and 2 <= len(long_[0]) <= 5


def honours_dropped(name: str) -> str:
    """A person's name without the degrees and honours written after it ("Andrew Tyrie MP",
    "Mara Ellison-Vance, PhD" -> "Mara Ellison-Vance"): letters after a name are no part of
    the canonical name, which the longest written form kept (round 13, lane forms). Two name
    words at least stay ("Glasgow MP" is no person's name)."""
    words = name.split()
    k = len(words)
    while k > 2 and words[k - 1].strip(".,").lower() in HONOURS:
        k -= 1
    return name if k == len(words) else " ".join(words[:k]).rstrip(",")


def honours_cut(run: list[Any]) -> list[Any]:
    """The tokens of a capitalised run without the honours that close it ("Andrew Tyrie MP
    said": the run ended in a title word and made no mention at all, so the speaker was the
    unseen name "Andrew Tyrie MP"); two name tokens at least stay."""
    k = len(run)
    while k > 2 and run[k - 1].text.strip(".,").lower() in HONOURS:
        k -= 1
    return run if k == len(run) else run[:k]


def role_opener(words: Sequence[str], lower_words: set[str], role_suffixes: tuple[str, ...]) -> bool:
    """The first word of a run of three name words is a role or a verb, not a given name
    ("Activist Ron X", "Witness Katie X said", "Fly-half Charlie X admitted", "Added Chris X,
    president of …": the role was kept in the speaker's name, round 13): a reporting verb, a
    hyphenated word with a lower-case part, an "-ist" noun, or a noun with a role's ending
    that the article writes in lower case elsewhere (not "Fix" of a subheading's "If You Can't
    Fix Immigration Problems", which made a person); never a known given name."""
    core = [x for x in words if len(x.strip(".")) > 1 and x.strip(".,").lower() not in SUFFIXES]
    if len(core) != 3:
        # four or more: the long-run trim keeps the last two ("Top-seeded Americans Andy X")
        return False
    w = words[0].lower()
    if w in GIVEN_NAMES:
        return False
    tail = words[0].split("-")[1:]
    # a role's ending before a known given name ("Podcaster Jamie X", "Voter Chris X",
    # "Solicitor Gareth X": a speaker's name kept the role; about ten in 1,600 corpus articles,
    # and fresh2's podcaster); "Then-President Ronald X": a hyphen before a title
    given_next = words[1].lower() in GIVEN_NAMES
    return bool(report_base(w)) or w.endswith(role_suffixes) and (w in lower_words or given_next) \
        or w.endswith("ist") and len(w) > 5 \
        or bool(tail) and (all(p.isalpha() and p.islower() for p in tail) or tail[-1].lower() in TITLE_WORDS)


# Honorifics that stand right before a surname ("Mr Saumarez Smith", "Mr. Van Hollen").
_SURNAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def honorific_surnames(mentions: Iterable[Any]) -> set[str]:
    """Names of two or more words the article writes right after Mr, Ms or Dr: surnames of two
    words ("Mr Saumarez Smith", "Mr De Vido", "Mr. Van Hollen")."""
    out = set()
    for m in mentions:
        if m.role and len(m.name.split()) >= 2 and any(
                r.split()[-1].strip(".").lower() in _SURNAME_HONORIFICS for r in m.role.split("; ") if r.split()):
            out.add(m.name)
    return out


def given_like(word: str, lower_words: set[str], role_suffixes: tuple[str, ...]) -> bool:
    """Whether a word opening a three-word name could be a given name: a known one, or a
    capitalised word that is no title, place, outlet, role noun ("Parliamentarian Bobi X"),
    inner-capital brand ("SportsCenter Jemele X") or word the article writes in lower case."""
    low = word.lower()
    if low in GIVEN_NAMES:
        return True
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and low not in TITLE_WORDS \
        and low not in lower_words and word not in CAP_STOP and not is_place(word) \
        and word not in KNOWN_OUTLETS and not low.endswith(role_suffixes) and low not in CREDIT_WORDS


_OBJECT_PREPOSITIONS = frozenset("to of for in from at".split())


def unprefixed_surnames(mentions: Sequence[Any], lower_words: set[str],
                        role_suffixes: tuple[str, ...], text: str = "") -> set[str]:
    """Names of two words that end a three-word person's name the article also writes, when
    neither word is a known given name and the longer name's first word looks like one (not a
    title, a word the article writes in lower case, or a run in capitals): two-word surnames
    written without Mr or Ms ("Wasserman Schultz" after "Debbie Wasserman Schultz", "Peña
    Nieto"; corpus read, twelfth session). The guards keep "Ukraine William X" (an office's
    object before a name) from becoming William X's fullest form."""
    twos = {m.name for m in mentions if not m.org and len(m.name.split()) == 2
            and not any(w.lower() in GIVEN_NAMES or w.lower() in ORG_WORDS or w.isupper() for w in m.name.split())}
    # "Michael Bear" beside "Andrea Circle Bear": the last word is another person's surname too
    lasts: dict[str, set[str]] = {}
    for m in mentions:
        if not m.org and len(m.name.split()) == 2:
            lasts.setdefault(m.name.split()[-1], set()).add(m.name)
    out = set()
    for m in mentions:
        words = m.name.split()
        if m.org or len(words) != 3 or " ".join(words[1:]) not in twos or len(lasts[words[-1]]) > 1:
            continue
        before = text[max(0, m.start - WINDOWS.office_object_chars) : m.start].split()
        if before and before[-1].lower() in _OBJECT_PREPOSITIONS:
            continue  # "the ambassador to Ruritania Hugo X": an office's object, then the name
        if given_like(words[0], lower_words, role_suffixes):
            out.add(" ".join(words[1:]))
    return out


def given_name_opener(name: str, surnames: set[str]) -> bool:
    """The first word of a sentence-initial name of three or more words is its given name, not
    a capitalised adjective ("Defiant John X"), when it is a known given name or the rest is a
    surname the article writes after Mr or Ms ("Charles Saumarez Smith, the gallery's director,
    said …. Mr Saumarez Smith added": "Charles" went to the role and the speaker was the
    surname)."""
    words = [w for w in name.split() if w.strip(".,").lower() not in SUFFIXES]  # "Donald X Jr" is two
    return len(words) >= 3 and (words[0].lower() in GIVEN_NAMES or " ".join(words[1:]) in surnames)


def tail_form(short: Sequence[str], long_: Sequence[str]) -> bool:
    """A name of two or more words is the last words of a longer one: the same person under a
    two-word surname ("Van Hollen" in "Chris Van Hollen", "De Vido" in "Julio De Vido"), which
    the given-name comparison of ``names.same_person`` keeps apart. Asked only for a short form
    the article writes after Mr or Ms: a two-word name is otherwise given name and surname, and
    the longer run carries a word that is no name ("Ukraine William X" of "Ambassador to
    Ukraine William X" became the fullest form of William X)."""
    return 2 <= len(short) < len(long_) and tuple(long_[-len(short):]) == tuple(short)


def person_tail(words: Sequence[str]) -> list[str]:
    """The person's name that ends an office's object ("Secretary of State Hillary X"): its last
    two name words with the initials and suffixes among and after them ("Director of National
    Intelligence James R. X" gave "R. X", which no later "Mr. X" could join to James)."""
    core = 0
    k = len(words)
    while k > 0 and core < 2:
        k -= 1
        w = words[k].strip(".,").lower()
        if len(w) > 1 and w not in SUFFIXES:
            core += 1
    if k > 2 and words[k - 1].lower() in GIVEN_NAMES:
        k -= 1  # "Secretary of State Hillary Rodham X": a middle name written out (round 24, fresh3)
    return list(words[k:])


def body_after_and(before: Sequence[str], after: Sequence[Any]) -> bool:
    """"the Qualifications and Curriculum Authority", "the Food and Drug Administration": after
    "the", one capitalised word, "and", then capitals that run into an organisation's head word
    make one body. The run stopped at "and" and gave the speaker "Qualifications" (corpus read,
    lane names3). ``before`` is the lower-cased words before "and" (with the "the"); ``after``
    the tokens after it. "Obama and Justice Department officials" has no "the": left alone."""
    if len(before) != 2 or before[0] != "the" or before[1] in TITLE_WORDS or before[1] in ORG_WORDS:
        return False  # "the House and Senate Judiciary Committees": two bodies (corpus read)
    if before[1] in GIVEN_NAMES:
        return False
    for t in after[:3]:
        if not t.is_cap or t.lower in TITLE_WORDS:
            return False
        if t.lower in ORG_WORDS:
            return True
    return False


def headline_verb(toks: Sequence[Any], j: int) -> bool:
    """A capitalised reporting verb between capitals in a Title Case line: "Obama Hails News:",
    "White House Says News Is …" were names, and the full name "President Obama" was lengthened
    to "Obama Hails News" (real-news tuning split). Only the verbs of HEADING_NAME_STOPS: "United
    States Senate", "Consumer Reports" keep their "-s" word."""
    if not toks[j].text[:1].isupper() or toks[j].lower not in HEADING_NAME_STOPS:
        return False
    if j + 1 >= len(toks):
        # "…, Prosecutor Says" ending a title-case line (round 21, lane headsays): the verb
        # closes the headline's credit, no surname ("Says" took a repeated headline's words;
        # 54 corpus articles end their headline in "… X Says")
        return j > 0 and toks[j - 1].text[:1].isupper()
    nxt = toks[j + 1]
    return nxt.text[:1].isupper() or nxt.text in {":", "‘", "'", "“", '"'}



def body_of_the(words: Sequence[str], rest: Sequence[str]) -> bool:
    """Whether the lower-case word opening ``rest`` (the texts from it on) continues a body's
    name whose words so far are ``words`` (lower case): "Institute for the Study of War",
    "Department of the Treasury", "Center for the Study of the American Electorate". "of"/"for"
    before "the" and a capital, and that "the", join a name holding an organisation word; not
    before an office ("Office of the Inspector General" would end in a title and be read as a
    role). Round 22, lane wrong6: the run stopped at "the" and "Study" or "Center" took the
    words (fresh4; 52 such names as the subject of a reporting verb in the AllSides and BBC
    corpora)."""
    if not rest or not any(w.strip("’'") in ORG_WORDS for w in words):
        return False
    nxt = rest[0].lower()
    if nxt in {"of", "for"} and len(rest) > 2 and rest[1].lower() == "the":
        caps = rest[2:]
    elif nxt == "the" and words and words[-1] in {"of", "for"}:
        caps = rest[1:]
    else:
        return False
    run = list(takewhile(lambda w: w[:1].isupper() or w == ".", caps))
    # "Office of the U.S. Trade Representative": the capitals after "the" end in an office
    return bool(run) and run[0][:1].isupper() and run[-1].lower().strip(".") not in TITLE_WORDS \
        and all(w.lower().strip(".") not in TITLE_WORDS for w in run[-2:])


PAST_OR_REPORT_ENDINGS = ("ed", "said", "says", "told", "wrote")
_QUESTION_OPENERS = frozenset({":", "“", '"', "‘", "(", "—", "–", "-", ";"})


def given_modal(toks: Sequence[Any], i: int) -> bool:
    """"Will Hurd": the given name "Will", which the stop list reads as the modal verb, when a
    capitalised surname follows and either the sentence has begun ("Rep. Will Hurd", "by Will
    Hurd") or, at its start, a comma, a past verb or a reporting verb comes after the surname
    ("Will Hurd, a Texas Republican,", "Will Hurd opposed …"); never "Will Congress pass …?"
    (corpus read, twelfth session: about 260 "Will X" names, the speaker was the surname)."""
    if toks[i].text != "Will" or i + 1 >= len(toks) or not cap_word(toks[i + 1].text) or toks[-1].text == "?":
        return False  # "JUST WATCHED Will Rouhani make Iran more moderate?": a question
    if i > 0 and toks[i - 1].text not in _QUESTION_OPENERS and not toks[i - 1].text.isupper():
        return True  # "The question is: Will Trump sign it": a question after a colon
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    return nxt is not None and (nxt.text == "," or nxt.text.islower() and nxt.lower.endswith(PAST_OR_REPORT_ENDINGS))


def split_title(name: str) -> str:
    """"Prosecutor Judith Osei-Lamb" -> "Judith Osei-Lamb" (the title is a role, not a name)."""
    words = name.split()
    lowers = [w.lower().strip(".,") for w in words]
    last = -1 if lowers[-1] in ORG_WORDS else title_end(lowers)
    words = words[last + 1 :]
    if len(words) > 2 and words[0].lower() in {"of", "for"}:
        words = person_tail(words)  # "Secretary of State Lena Hoff": "of State" belongs to the title
    out = " ".join(words)
    out = re.sub(r"[’']s$", "", out)
    # "Anna Eshoo of California": the place is not part of the name (organisations keep it)
    m = re.match(r"^(\S+(?:\s\S+)+?)\s+(?:of|from)\s+[A-Z].*$", out)
    if m and not any(w.lower() in ORG_WORDS for w in out.split()):
        out = m.group(1)
    return out


def gerund_word(word: str) -> bool:
    """A capitalised verb in -ing ("Considering", "Highlighting"), not a listed given name, not
    a short surname ("King", "Xing", "Ewing") and not a place ("Wyoming Sen. John X")."""
    return len(word) >= 6 and word.endswith("ing") and word[:1].isupper() and word[1:].islower() \
        and word.lower() not in GIVEN_NAMES and not is_place(word)


def gerund_opener(toks: Sequence[Any], inner: set[str]) -> bool:
    """"Considering Trump’s remarks, …": a sentence-opening verb in -ing before a lone
    capitalised word is no part of a name. It made "Considering Trump" the president's fullest
    form, so all 17 of his quotations in one article went to it (round 32, lane wrong13, a
    random corpus sample). Not a word the article capitalises inside a sentence ("the Downing
    Street press office", "MSNBC's Morning Joe"), and not the opener of a longer run
    ("Housing Secretary …"), and not before a reporting verb (``gerund_object``)."""
    return len(toks) > 2 and gerund_word(toks[0].text) and cap_word(toks[1].text) \
        and not cap_word(toks[2].text) and toks[0].text not in inner \
        and gerund_object(toks[2].text) \
        and toks[1].lower.strip(".") not in TITLE_WORDS  # "Acting Sen.", "Retiring Sen.": a role


def gerund_object(after: str) -> bool:
    """Whether the capitalised word after a sentence-opening -ing word may be its object, given
    the word after it: not a reporting verb. An object is never the subject of "said"
    ("Considering Trump said" is no English), so "Sterling Brown said …", "Channing Tatum told
    …" name a person whose given name no list holds (the lists leave out English words:
    "sterling", "darling"). Review 18: "Sterling Brown" had become "Brown". Asking for a
    possessive or a comma after the object instead undid 11 right corrections of the rule in
    300 corpus articles ("Accompanying Trump on the trip were …")."""
    return report_base(after.strip(",").lower()) is None


def office_of_body(role: Sequence[str], name: Sequence[str], text: str) -> bool:
    """The name split from an office "of" a body opens with the body's one word ("Secretary of |
    State Mike Adler", "Minister of | Defence Rhys Calder"): that word closes the office, it is
    no part of the name (round 33, lane form14: "State Pompeo" and "State Kerry" where the article
    wrote both forms; 66 corpus articles write the surname-only one). A listed given name (and a
    middle name) and a surname follow, or a bare surname the article also writes after the same
    office with a given name: "Secretary of State Clinton" in an article naming only "President
    Bill Clinton" joined his cluster and gave him her words. A body of two words ("of Homeland
    Security Dana Pike") is left to the other rules."""
    low = [w.lower().strip(".") for w in name]
    if len(role) < 2 or role[-1].lower() != "of" or role[-2].lower().strip(".") not in TITLE_WORDS \
            or not low or low[-1] in ORG_WORDS or low[0] in GIVEN_NAMES:
        return False
    if len(low) in (3, 4):
        return low[1] in GIVEN_NAMES
    office = r"\s+".join(re.escape(w) for w in (*role[-2:], name[0]))
    return len(low) == 2 and re.search(office + r"\s+[A-Z][\w.]*\s+(?:[A-Z][\w.]*\s+)?"
                                       + re.escape(name[1]) + r"\b", text) is not None


def census_sex(names: list[str]) -> str | None:
    """The sex the census says for the given name of a cluster's first full name ("Rodrigo X",
    "Lydia X"): agreement for he/she, never a sure gender (see ``Entity.census_sex``)."""
    for n in names:
        toks = n.split()
        if len(toks) >= 2:
            first = toks[0].lower().strip(".")
            if first in MOSTLY_FEMALE_GIVEN or first in MOSTLY_MALE_GIVEN:
                return "f" if first in MOSTLY_FEMALE_GIVEN else "m"
    return None
