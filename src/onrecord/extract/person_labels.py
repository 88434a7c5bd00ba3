"""A short title-case name for a person or a political side, where the title-case fallback
(title_rules._title_case_alone: title case, no reporting verb, no work noun) would read a work:
such a label is a term (a nickname or a coined label; eval/real/README.md, "nicknames, coined
labels").

Three shapes, each read in round 34's sample of short corpus quotations (lane terms15,
eval/real/audit/terms15-sample.tsv), where the fallback typed them titles:

- an epithet before a given name, 'his style: “Sleepy Otto,” “Shifty Dana”': the name of a
  person is no work's name, and an adjective before it makes a nickname;
- a courtesy title opening the name or standing right before the marks, 'such as “Mr. Harbour”
  Ned Vale', 'this from Mr. “Tax Hike”': a person's nickname;
- a party word inside a short label, 'moved the race to “Lean Republican”', 'targets “New
  Labour” MP': a rating, a faction or a side.

And one shape read in round 34's sample of corpus titles (lane titles15,
eval/real/audit/titles15-sample.tsv): a body's head noun heading the name ('members of an
“Economic Policy Advisory Board”', 'drafted by the bipartisan “Gang of Eight”'): an
organisation, no work.
"""

from __future__ import annotations

from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.groups import BODY_NAME_HEADS, PARTY_SIDE_WORDS
from ..lexicon.titles import COURTESY_TITLES
from ..thresholds.extract import BODY_NAME_MAX_WORDS, NICKNAME_MAX_WORDS, SIDE_LABEL_MAX_WORDS
from .lexicon import WORK_NOUNS
from .reading import Decision, _Reading
from .words import _words



def _bare(word: str) -> str:
    """A word lower-cased without its possessive and the punctuation around it."""
    w = word.lower().strip(".,;:!?\u2019'\"")
    for end in ("\u2019s", "'s"):
        if w.endswith(end):
            w = w[: -len(end)]
    return w


def _epithet(words: list[str]) -> bool:
    """“Sleepy Otto”: words before one given name, none of them a given name ("Milton Friedman"
    is a full name) nor a verb in -ing ("Finding Carl" reads as a film's name)."""
    bare = [_bare(w) for w in words]
    return (2 <= len(bare) <= NICKNAME_MAX_WORDS and bare[-1] in GIVEN_NAMES
            and not any(w in GIVEN_NAMES for w in bare[:-1]) and not bare[0].endswith("ing"))


def _courtesy_titled(words: list[str], left: str) -> bool:
    """“Mr. Harbour”, Mr. “Tax Hike”: a courtesy title opening the quotation or right before it."""
    before = _words(left)[-1:]
    return (len(words) <= NICKNAME_MAX_WORDS
            and (_bare(words[0]) in COURTESY_TITLES
                 or (left[-1:] == " " and bool(before) and _bare(before[0]) in COURTESY_TITLES)))


def _opens_work_name(words: list[str]) -> bool:
    """“The Last Tory”, “Saving Democratic Institutions”: an article or a verb in -ing opening
    the marks makes a work's name (a film, a book, an essay), as for _epithet; a side's label
    opens on its party or its rating ("Lean Republican", "New Labour"; review22)."""
    first = _bare(words[0])
    return first in {"the", "a", "an"} or first.endswith("ing")


def _body_name(words: list[str]) -> bool:
    """“Economic Policy Advisory Board”, “Gang of Eight”, “The Harbour Freedom Party”: the head
    (the word before the first "of", else the last word) is a body's noun, with a capitalised
    word before it or an "of" phrase after it ("The Committee" alone may be a show's name)."""
    bare = [_bare(w) for w in words]
    if bare and bare[0] == "the":
        bare = bare[1:]
    if not 2 <= len(bare) <= BODY_NAME_MAX_WORDS:
        return False
    head = bare.index("of") - 1 if "of" in bare[1:] else len(bare) - 1
    return head >= 0 and bare[head] in BODY_NAME_HEADS


def person_or_side_label(r: _Reading) -> str | None:
    """The reason a title-case quotation with no cue is a label for a person or a side, or
    None. Called by the title-case fallback only, after every work cue has been tried."""
    words = r.words
    if words and _body_name(words):
        # (before the work-noun test: 'an “Economic Policy Advisory Board”' holds a plan noun,
        # but its head is the board's; a work noun heading it, "… Commission Report", is no body)
        return "a title-case name headed by a body's noun: an organisation"
    if not words or any(_bare(w) in WORK_NOUNS for w in words):
        return None  # 'the “Harbour Tories” report': a work's name
    if _epithet(words):
        return "an epithet before a given name in marks: a nickname"
    if _courtesy_titled(words, r.left):
        return "a courtesy title with a name in marks: a nickname"
    if len(words) <= SIDE_LABEL_MAX_WORDS and any(_bare(w) in PARTY_SIDE_WORDS for w in words) \
            and not _opens_work_name(words):
        return "a short label holding a party word: a side, a faction or a rating"
    return None


# The reason of a title read by its case alone (title_rules._title_case_alone, through
# title_or_label): the weakest title evidence. The echo rules (title_echo, term_echo and
# attribute/echoes) test a quotation's reason against it; each held its own copy of the words
# until round 37 (lane tidy20), so a reworded reason would have left them reading nothing.
TITLE_CASE_ALONE = "title case, no reporting verb in the sentence"
# The reason of a nickname between a given name and a surname (label_rules._nickname): Rob
# “Biko” Baker. Read by term_echo and title_echo (a nickname lends its kind to no repeat) and by
# attribute/echoes (in a title-case headline every word is capitalised, so the reason there
# credits no one). echoes held a hand-made copy of the words from round 37 (lane echo20) until
# round 38 (review27): one spelling, so a reworded reason cannot leave a reader behind.
NICKNAME_BETWEEN_NAMES = "a nickname between a first name and a surname"


def title_or_label(r: _Reading) -> Decision:
    """The title-case fallback's decision: a term for a person's or a side's label, else a title."""
    label = person_or_side_label(r)
    return ("term", [label]) if label else ("title", [TITLE_CASE_ALONE])
