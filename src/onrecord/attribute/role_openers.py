"""A role or function word glued before a person's name (round 82, lane forms96).

A run of capitals takes a capitalised role word that opens a sentence or line before a full
name: "Neighbour Ana Y said …", "Expert Ana Y's analysis was …", "Plaintiff Ana Y, who …", a
story highlight's "… says PM Y". The run clusters as the person and, as the fullest form,
became the shown name of their quotations ("Neighbour Iwona R", "Expert Fyodor L": draw K).
The gold gives the person's own name (GUIDELINES S4).

opener_names.glued_opener missed these: for a two-word rest it asks that the rest open on a
listed given name ("Iwona", "Fyodor" are in no list), and "Plaintiff", "Neighbour" (British
spelling) and "PM" are in no person-noun list; "PM" is all capitals, which reads as a body's
acronym ("US Customs").

``role_opener`` cuts the word (the caller moves it to the mention's role) when
- the word is a person's noun by the lists alone (role_shape.is_person_noun without its
  "-er" ending guess, which would take given names no list holds such as "Shadee", "Homer"),
  or by that ending when the article also writes the word or its plural in lower case
  ("Demonstrator Ana Y" beside "demonstrators threw …"), or one of
  lexicon/titles.GLUED_ROLE_WORDS; never a listed given name, a word that is one ("Jay"), a
  title that is one ("Major", "Dean"), a function or body's word;
- the rest is two or three name-shaped words, none a person's noun itself ("Expert
  Panel Chair Y" is one role), and the run opens its sentence or line;
- or, for "PM" alone, the rest is a surname the article gives after another listed given name.
``person_noun_lead`` says the same of the word before a given name in fullname's search for a
two-word surname's fuller form ("Historian Ana Kearns Y" for "Kearns Y"), there with the
ending guess: the word stands before a listed given name and a two-word surname, where a
surname-shaped "Baker" is no lead either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon.places import is_demonym
from ..lexicon.titles import GIVEN_NAME_TITLES, GLUED_ROLE_WORDS, OFFICE_SHORT_FORMS
from ..text.find import char_before
from .role_shape import is_person_noun
from .title_line_openers import listed_name_word

# A name's word: a capital, then letters, hyphens or apostrophes ("Ki-moon", "O'Brien").
_NAME_PUNCT = "-'’"


def person_noun_lead(word: str, ending_ok: bool = False) -> bool:
    """A capitalised role word, no given name: "Expert", "Plaintiff", "PM"; by a person ending
    too ("Historian") when ``ending_ok``."""
    low = word.lower()
    if not word[:1].isupper() or listed_name_word(low) or low in GIVEN_NAME_TITLES or is_demonym(word):
        return False  # a nationality is side_openers.py's ("German X" is a real name)
    return low in GLUED_ROLE_WORDS or is_person_noun(low, body_ok=False, ending_ok=ending_ok)


def _name_word(word: str) -> bool:
    bare = word
    for p in _NAME_PUNCT:
        bare = bare.replace(p, "")
    return word[:1].isupper() and bare.isalpha() and not word.isupper()


def _written_lower(word: str, text: str) -> bool:
    """The article writes the word, or its plural, in lower case ("Demonstrator Ana Y" beside
    "as demonstrators threw …"): a role by its ending, not a given name no list holds."""
    low = re.escape(word.lower())
    return re.search(r"(?<![\w'’-])" + low + r"s?(?![\w'’-])", text) is not None


def opens_sentence(text: str, start: int) -> bool:
    """The run stands at a line's start or after a sentence's full stop, mark or colon."""
    return char_before(text, start) in ("", "\n", *".!?:\"“”")


def role_opener(words: list[str], text: str, start: int, other_given: Callable[[str], bool]) -> bool:
    """Whether the run ``words`` (starting at ``start`` in ``text``) opens on a glued role word
    (module docstring); ``other_given(surname)`` says whether the article names a person of
    that surname by another listed given name."""
    first, tail = words[0], words[1:]
    if not (person_noun_lead(first) or person_noun_lead(first, ending_ok=True) and _written_lower(first, text)):
        return False
    if len(tail) == 1:
        return first.lower() in OFFICE_SHORT_FORMS and _name_word(tail[0]) and other_given(tail[0])
    if len(tail) > 3 or not all(_name_word(w) for w in tail) or any(person_noun_lead(w) for w in tail):
        return False
    return opens_sentence(text, start) or _after_caption(text, start)


def _after_caption(text: str, start: int) -> bool:
    """The run follows a media caption's furniture ("Media caption PM Ana May: “…”"), which opens
    the caption's line as a sentence start would (round 83, lane forms99: draw N)."""
    return re.search(r"(?i)\bcaption $", text[max(0, start - 8) : start]) is not None
