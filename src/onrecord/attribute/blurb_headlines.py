"""Whose words a quotation inside a flattened related-story blurb is (layout.link_blurbs: a
display name, the full name glued to a run of other stories' headlines, then "MORE").

The blurb is blanked for names, patterns and the parse, and its quotations were left null. But
each headline of the run names its own speaker at its start: "<Name> jokes she ‘never’ had to
…", "<Name>: ‘There is enough evidence’ to …" (issue #11, round 19, lane headlines: the real-news
tuning split fresh3 had six such quotations null, all the speaker opening their headline; the
AllSides corpus holds 5,247 such blurbs). The headlines are glued by a bare space, so the one
holding a quotation is found backwards from it: the nearest capitalised name followed by a
colon or a reporting verb (headline_verb.py, shared with link_titles.py), a few words before
the quotation. A headline with no such opening ("Farmers want ‘fair deal’") names nobody; its
quotation stays null.

Corpus check (200 unannotated AllSides articles with a quotation inside a blurb, none in any
split): 306 quotations given a speaker in 119 articles, nothing else changed; 25 distinct
firings read at random: 20 right, 4 wrong (a newsletter label "Overnight Defense:", "honor X:",
"Trump" resolved to the article's Ivanka Trump twice), 1 of a joint pair.

The speaker found is no antecedent and no last speaker of the narrative (``Surface.aside``): the
blurb is another story's furniture inside a sentence of this one.
"""

from __future__ import annotations

import re
from typing import Callable

from ..lexicon.furniture import NEWSLETTER_FIRST_WORDS
from ..lexicon.groups import GROUP_NOUNS
from ..lexicon.reporting import BACK_VERBS, report_base
from ..lexicon.titles import NAME_SUFFIXES, TITLE_WORDS
from ..model import Quote
from ..thresholds.attribute import CONFIDENCE as C
from ..thresholds.layout import BLURB
from .cues import DOCUMENT_NOUNS, PARTY_WORDS
from .entities import Entity
from .headline_verb import HEADLINE_OPENING, headline_says
from .phrase import NOT_SUBJECT_START, Part, Surface


def _run_start(text: str, lo: int, hi: int) -> int:
    """Where the headlines start: after the full name's surname, glued to the first headline
    ("… Rodham ClintonClinton jokes …"); the blurb starts right after the display name's
    surname. The blurb's start when no repetition is found."""
    surname = re.search(r"([A-Z][\w'’.-]+)$", text[max(0, lo - BLURB.surname_chars) : lo])
    if surname is None:
        return lo
    word = re.escape(surname.group(1))
    glue = re.compile(word + r"(?=[A-Z‘'\"“0-9])|" + word + r" (?=[A-Z])").search(text, lo, hi)
    return glue.end() if glue else lo


def _name_words(run: str) -> list[str]:
    """The words of the run that may name a person: after the last possessive ("CNN's
    Anderson X", "Trump's Y"), without titles; none when a word holds a digit ("COVID-19 X")
    or the last is a group, a party or a document ("Senators", "Frustrated Republicans", "GOP",
    a newsletter's "Coronavirus Report")."""
    words = run.split()
    owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
    words = words[owner + 1 :]
    while words and (words[0].rstrip(".") in TITLE_WORDS or words[0] in TITLE_WORDS):
        words = words[1:]  # (a title opens the name)
    if len(words) >= 2 and words[-1].rstrip(".").lower() in NAME_SUFFIXES:
        words = words[:-2] + [words[-2] + " " + words[-1]]  # "X Trump Jr.": one surname
    if not words or any(ch.isdigit() for w in words for ch in w):
        return []
    last = words[-1].lower()
    if last in GROUP_NOUNS or last in PARTY_WORDS or last in DOCUMENT_NOUNS or last.isupper() or words[-1].isupper() \
            or last.endswith("s") and last[:-1] in GROUP_NOUNS | PARTY_WORDS:
        return []
    return words


def _ends_a_name_elsewhere(text: str, word: str, run_at: int) -> bool:
    """``word`` written elsewhere in the text as the last word of a name: not followed by
    another capitalised word ("Trump says", "Trump's"), so not a given name."""
    for m in re.finditer(r"\b" + re.escape(word) + r"\b(?! ?[A-Z])", text):
        if not run_at <= m.start() < run_at + BLURB.surname_chars:
            return True
    return False


def _name_of(run: str, known: Callable[[str], bool], surname: Callable[[str], bool]) -> str | None:
    """The speaker's name at the end of a run of capitalised words, where the previous
    headline's last capitalised words may stand before it ("… to impeach Trump John Dean:"):
    the given name and surname the article knows; a surname after a word the article knows as
    a name, or writes elsewhere as a surname ending a name ("Trump Y:"); two unknown words (a
    given name and a surname). A known surname after
    an unknown word ("Cindy X" where the article knows John X) is ambiguous: nobody; so are
    two unknown words after a third the article does not know as a name."""
    words = _name_words(run)
    if not words:
        return None
    if len(words) >= 2 and known(" ".join(words[-2:])):
        return " ".join(words[-2:])
    if len(words) == 1 or known(words[-2]) or surname(words[-2]):
        return words[-1]
    if known(words[-1]):
        return None
    if len(words) > 2 and not (known(words[-3]) or surname(words[-3])):
        return None  # "… over Saudi Arabia Trump says": where the headline starts is unclear
    return " ".join(words[-2:])


def _opening(text: str, m: re.Match, start: int, known: Callable[[str], bool]) -> tuple[str, int] | None:
    """The name of a headline's opening and where it starts: a name (_name_of) followed by a
    colon or an inflected reporting verb ("tweet" in "X's Y tweet was" is a noun). A name that
    takes the whole run must start the blurb's headlines or follow a word that does not make
    it an object ("Flake tells GOP: …", "commuting Roger Stone: …", "in Iowa: …", "calls X
    remarks …")."""
    verb = m.group(3)
    topic = not m.group(2) and not headline_says(verb)
    if topic and not _topic_colon(text, m):
        return None
    name = _name_of(m.group(1), known, lambda w: _ends_a_name_elsewhere(text, w, m.start(1)))
    if name is None or topic and " " not in name and not known(name):
        return None  # (one word the article names nobody by: "Dockers on …:" is a group)
    at = m.start(1) + m.group(1).rfind(name.split()[0])
    if at == m.start() and at > start:
        before = re.search(r"(\S+) $", text[max(start, at - BLURB.surname_chars) : at])
        word = before.group(1).lower() if before else ""
        if not before or word in NOT_SUBJECT_START or word.endswith("ing") or report_base(word) \
                or word in BACK_VERBS:
            return None
    return name, at


# the topic or addressee after "NAME on" / "NAME to", up to the headline's colon
_TOPIC = re.compile(r" ((?:[^:|;‘’'“”\"]|(?<=\w)['’](?=\w))+?):")  # "Yang's" keeps its apostrophe


def _topic_colon(text: str, m: re.Match) -> bool:
    """"Krystal X on Yang's fundraising haul: ‘…’", "Warren to Sanders: ‘…’": a headline
    giving the opening name's words on a topic or to someone, a colon after a few words (round
    78, lane null88: draw C's blurbs left 13 such quotations null, and fresh24's "Chelsea
    Clinton on Trump: ‘…’" and "Booker on Erdoğan: …"). After "to" the addressee is a
    capitalised word, so "Trump to sign bill: …" stays unread."""
    if m.group(3) not in {"on", "to"}:
        return False
    t = _TOPIC.match(text, m.end())
    if t is None or len(t.group(1).split()) > BLURB.topic_words:
        return False
    return m.group(3) == "on" or t.group(1)[:1].isupper()


def blurb_speaker(text: str, blurb: tuple[int, int], q: Quote,
                  lookup: Callable[[str], Entity | None]) -> Surface | None:
    """The name opening the blurb headline that holds ``q``, as a surface; None if the headline
    opens with no name and colon or reporting verb within ``BLURB.words_to_quote`` words, or
    with a name the article gives to someone else ("Cindy X" where it names John X: the
    resolver would take John)."""
    lo, hi = blurb

    def known(name: str) -> bool:  # the article names that person (with that given name)
        e = lookup(name)
        return e is not None and set(name.split()) <= set(e.canonical.split())

    start = _run_start(text, lo, hi)
    if not start <= q.start < hi:
        return None
    best, found = None, None
    for m in HEADLINE_OPENING.finditer(text, start, q.start):
        got = _opening(text, m, start, known)
        if got is not None:
            best, found = m, got
    if best is None or found is None:
        return None
    between = text[best.end() : q.start]
    if len(re.findall(r"\w+", between)) > BLURB.words_to_quote or re.search(r"\bMORE\b|[|;]", between):
        return None  # (" | " and ";" join a newsletter's items: another item's words)
    name, at = found
    if lookup(name) is not None and not known(name) or name.split()[0].lower() in NEWSLETTER_FIRST_WORDS:
        return None  # (a newsletter's name heads its items: "Overnight Energy: Senate eyes …")
    verb = best.group(3) if best.group(3) and headline_says(best.group(3)) else None  # "X on Y:": the colon credits
    how = "string: a link blurb's headline NAME " + (verb + " … “…”" if verb else "“…”")
    return Surface([Part("name", name, at)], verb, how,
                   C.blurb_headline, aside=True)
