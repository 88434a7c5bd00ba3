"""Whether a name run continues past a token (mentions._name_run): a lower-case connector of a
body or office ("Council on Foreign Relations", "Secretary of State X", "von der"), the period of
an abbreviated title or initial, a plural possessive before an organisation, a month that is a
surname ("Theresa May"). Moved out of mentions.py to keep it under 500 lines (round 24)."""

from __future__ import annotations

from ..lexicon.abbreviations import NAME_ABBREVIATIONS as ABBREV_TITLES
from ..lexicon.calendar import WEEKDAYS_MONTHS
from ..lexicon.titles import GLUED_ROLE_WORDS, TITLE_WORDS
from ..thresholds.attribute import NAME_WORDS
from .cues import (BODY_ON_HEADS, CAP_STOP, GIVEN_NAMES, NAME_CONNECTORS, ORG_WORDS, PLURAL_BODY_HEADS,
                   TWO_WORD_PARTICLES)
from .layout import Token
from .body_and import committee_pair_and, subject_list_and
from .body_tail import people_for, subject_tail_and
from .name_forms import body_after_and, body_of_the, cap_word as _cap_word


# Capitalised prepositions inside advocacy bodies' names: "Doctors Without Borders", "Mayors
# Against Illegal Guns", "Americans For Prosperity" (about 250 such names in the AllSides and
# BBC corpora). As stop words they cut the name: "Reporters Without Borders said" gave "Borders"
# (tuning extension; fourteenth session, lead). A person's name never holds one.
CAPITAL_LINKS = frozenset({"Without", "Against", "For"})


def joins_name(run: list[Token], toks: list[Token], j: int) -> bool:
    """A lower-case word inside a name: "on" of a body, "of"/"for" of an organisation or office;
    a capitalised link of an advocacy body's name (CAPITAL_LINKS)."""
    t = toks[j]
    if t.text in CAPITAL_LINKS and j + 1 < len(toks) and _cap_word(toks[j + 1].text) \
            and toks[j + 1].lower not in TITLE_WORDS and not title_case_line(toks) \
            and not _after_capital_stop(run, toks):
        return True
    if (t.lower == "on" and run[-1].lower in BODY_ON_HEADS
            and j + 1 < len(toks) and _cap_word(toks[j + 1].text)
            and toks[j + 1].lower not in WEEKDAYS_MONTHS):
        # "Council on Foreign Relations", "U.S. Commission on Immigration Reform"
        return True
    if t.lower == "and" and len(run) == 1 and j >= 2 \
            and body_after_and([toks[j - 2].lower, run[0].lower], toks[j + 1 :]):
        return True  # "the Food and Drug Administration": one body (name_forms.py)
    if t.lower == "and" and (subject_list_and(run, toks[j + 1 :]) or committee_pair_and(run, toks[j + 1 :])):
        return True  # "Department of Health and Human Services", "Ways and Means Committee" (body_and.py)
    if t.lower == "and" and subject_tail_and(run, toks[j + 1 :]) or t.lower == "for" and people_for(run, toks[j + 1 :]):
        return True  # "Center on Budget and Policy Priorities", "Amazon Employees for Climate Justice" (body_tail.py)
    if (j + 2 < len(toks) and (t.lower, toks[j + 1].lower) in TWO_WORD_PARTICLES
            and _cap_word(toks[j + 2].text)):
        return True  # "Ursula von der Leyen": "der" then joins as one connector before "Leyen"
    if t.lower in {"of", "for", "the"} and body_of_the([x.lower for x in run], [x.text for x in toks[j : j + 9]]):
        return True  # "Institute for the Study of War" (name_forms.body_of_the)
    return bool(t.lower in NAME_CONNECTORS and t.lower not in {"and", "the", "on"}
                and j + 1 < len(toks) and _cap_word(toks[j + 1].text)
                # "University of X", "Secretary of State John Kerry"; not "Rep. Anna
                # Eshoo of California"
                and (t.lower != "of" and t.lower != "for"
                     or any(x.lower.strip("’'") in ORG_WORDS for x in run)
                     or run[-1].lower in TITLE_WORDS or run[-1].lower in PLURAL_BODY_HEADS))


def title_case_line(toks: list[Token]) -> bool:
    """Whether the sentence ``toks`` is a headline or subheading line in title case ("Trump
    Watch", "Mueller Review Finds No Collusion"), where a capitalised link or label is a
    headline's word, not a body's name (NAME_WORDS.title_case_share). A sentence that ends as
    body sentences do (a full stop, a question or exclamation mark, a closing quotation mark)
    is never one, however many capitals its names bring ("Amnesty International and Human
    Rights Watch condemned it.": the second review cut "Human Rights" there)."""
    if not toks or toks[-1].text[-1:] in _SENTENCE_ENDS:
        return False
    capital, words = capitalised_long_words(toks)
    return bool(words) and capital > NAME_WORDS.title_case_share * words


def capitalised_long_words(toks: list[Token]) -> tuple[int, int]:
    """How many of the words of four letters or more are capitalised, of how many: the measure
    of a title-case line (here and mentions._title_case)."""
    long_words = [t for t in toks if len(t.text) >= 4 and t.text[:1].isalpha()]
    return sum(t.text[:1].isupper() for t in long_words), len(long_words)


# how a body sentence ends (a headline line has none of these)
_SENTENCE_ENDS = frozenset(".!?\"”’'")


def _after_capital_stop(run: list[Token], toks: list[Token]) -> bool:
    """Whether the run opens after a capitalised function word ("Israel Is A Touchy Subject For
    Democrats: the party …", "What It Means For Obama"): a title-case stretch before a colon or
    a subheading, where "For" is no body's link (corpus: "Means For Obama" hid Obama from his
    "he"). Found by offset: a run's last token may be a new one (a plural possessive glued on)."""
    k = next((i for i, t in enumerate(toks) if t.start == run[0].start), 0)
    return k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].lower in CAP_STOP


def title_period(run: list[Token], toks: list[Token], j: int) -> bool:
    """The period of an abbreviated title or an initial ("U.S. District Judge", "H.R. McMaster")."""
    t = toks[j]
    return bool(t.text == "." and t.start == run[-1].end and j + 1 < len(toks) and (
        _cap_word(toks[j + 1].text) or len(toks[j + 1].text) == 1 and toks[j + 1].text.isupper())
        and (run[-1].lower in TITLE_WORDS or run[-1].lower in ABBREV_TITLES
             or len(run[-1].text) == 1 and run[-1].text.isupper()
             or "." in run[-1].text))


def plural_possessive_org(run: list[Token], toks: list[Token], j: int) -> bool:
    """Only an organisation continues past a plural possessive: "said PBS’ Jacoba Atlas"
    (round 5) glued the outlet to her name."""
    t = toks[j]
    return bool(t.text in "’'" and t.start == run[-1].end and run[-1].lower.endswith("s")
                and j + 1 < len(toks) and _cap_word(toks[j + 1].text)
                and any(x.lower.strip("’'") in ORG_WORDS for x in toks[j + 1 : j + 4] if _cap_word(x.text)))


# Month names that are also surnames. "Theresa May" lost its surname to the month list and
# became the speaker "Theresa" (real-news tuning split).
_MONTH_SURNAMES = frozenset({"may", "june", "april", "august"})


def month_surname(run: list[Token], toks: list[Token], j: int) -> bool:
    """A capitalised month right after a known given name, not followed by a day number. Before
    the given name only a title, an abbreviation or a glued role word ("PM", GLUED_ROLE_WORDS):
    a caption's "PM Vera May: “…”" kept the month out and gave "PM Vera" (round 83, lane
    forms99); a longer name before it stays out ("Ana Vera May Run", a headline's modal)."""
    t = toks[j]
    # the possessive too: "Ana Vera May's deal" left "Ana Vera", a cluster apart (round 83)
    if strip_possessive(t.lower)[0] not in _MONTH_SURNAMES or not t.text[:1].isupper() or len(run) != 1 and \
            run[-2].lower not in TITLE_WORDS | GLUED_ROLE_WORDS and not run[-2].text.endswith("."):
        return False
    if run[-1].lower not in GIVEN_NAMES:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not nxt.text[:1].isdigit()


def strip_possessive(w: str) -> tuple[str, bool]:
    """``w`` without a possessive ending ("May's" → "May"), and whether it had one."""
    for suf in ("’s", "'s"):
        if w.endswith(suf):
            return w[: -len(suf)], True
    return w, False


def glued_role_month(g: list[Token]) -> bool:
    """A month ending a speaker phrase after a glued role word and a given name ("PM Vera
    May: “…”", a caption's label): the surname, not a date to strip (phrase._group_part strips
    a trailing CAP_STOP word; round 83, lane forms99: draw N gave "PM Vera")."""
    return len(g) >= 3 and g[-3].lower in GLUED_ROLE_WORDS and month_surname(g[:-1], g, len(g) - 1)
