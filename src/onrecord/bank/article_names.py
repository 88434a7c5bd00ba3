"""How an article names a person other reports credit (bank/credit.py): the forms of a name the
article's own text writes, and the one form to give. The article must name the person: a
credit is never given in a form the reader of this article cannot find in it."""

from __future__ import annotations

import re

from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.titles import NAME_PARTICLES, SUFFIXES
from ..model import ExtractResult
from ..names import BEFORE_NAME, fullest, same_person


def article_form(names: list[str], r: ExtractResult) -> str | None:
    """How this article names the person other reports call ``names``: the fullest of the
    speakers onrecord credits here that are the same person, and of those names written in
    the text; None when the article does not name them, or names two people they fit."""
    forms = {q.speaker for q in r.quotes if q.speaker and any(same_person(q.speaker, n) for n in names)}
    for n in set(names):
        forms.update(written_forms(n, r.document.text))
    # every form must fit the fullest banked name, and each other: when the reports say
    # "Hillary Clinton" and "Clinton" and this article writes "Bill Clinton", its bare
    # "Clinton" may be him (fresh23); two people fit, so nobody is given
    ref = fullest(names)
    if any(not same_person(a, b) for a in [*forms, ref] for b in forms):
        return None
    return fullest(sorted(forms)) if forms else None


# up to three capitalised words (or initials, or the lower-case particles of a surname: "Ursula
# von der Leyen") before the last word of a name, on one line: "Donald J. Trump", "President
# Trump", "the White House"; each ending is tried, longest first, so "President Trump" gives
# "Trump"
_PARTICLES = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_LEAD = rf"(?<![\w.])((?:[A-Z][\w'’-]*[ ]+|[A-Z]\.[ ]*|(?:{_PARTICLES})[ ]+){{0,3}})"
# a capitalised word after the name makes it part of another name: "Ellison Hall", "the
# Ellison Institute", "Trump Tower" do not name Mara Ellison or Donald Trump (review of round 75)
_NOT_PART_OF_ANOTHER = r"(?![\w-])(?![ ]+[A-Z][a-z])"
# what ends a sentence before a capitalised word: that word is capitalised as the sentence's
# first, not as a name ("… Russian. While Trump" read "While Trump" for Trump, fresh22)
_SENTENCE_END = ".!?:;\"“”\n"


def written_forms(name: str, text: str) -> list[str]:
    """The forms of ``name`` the text writes: capitalised runs ending in the name's last word
    that are the same person ("Trump" in "President Trump" for "Donald Trump")."""
    toks = name.split()
    while len(toks) > 2 and toks[-1].lower().strip(".,") in SUFFIXES:
        toks.pop()  # "Martin Luther King Jr.": the text may write "King" without the suffix
    if not toks:
        return []
    last = "['’]".join(re.escape(part) for part in re.split("['’]", toks[-1]))  # O'Rourke, O’Rourke
    found = []
    for m in re.finditer(_LEAD + rf"({last}){_NOT_PART_OF_ANOTHER}", text):
        form = _form_at(m.group(1).split(), m.group(2), _char_before(text, m.start()), name)
        if form is not None and (_person_shaped(toks) or len(form.split()) >= len(toks)):
            found.append(form)
    return found


def _person_shaped(toks: list[str]) -> bool:
    """A name that reads as a person's (two to four capitalised words or initials), so that a
    shorter form, the surname, may stand for it. A body's name only stands whole: "Ukraine" is
    not the "Ministry of Internal Affairs of Ukraine", nor "Pakistan" "Tehreek-e-Taliban
    Pakistan" (the second audit of round 75: two right names replaced by a country)."""
    return 2 <= len(toks) <= 4 and all(re.fullmatch(r"[A-Z][\w'’.]*(?:-[A-Z][\w'’]*)?", t) for t in toks)


def _char_before(text: str, at: int) -> str:
    """The last character before ``at`` that is not a space ("" at the text's start): looked
    back to, not sliced off, so a long article is not copied once per mention."""
    while at > 0 and text[at - 1] == " ":
        at -= 1
    return text[at - 1] if at else ""


def _form_at(lead: list[str], last: str, before: str, name: str) -> str | None:
    """The longest ending of ``lead`` + ``last`` that is ``name``'s person (``before``: the
    character before the run); None when the word before ``last`` is another person's given
    name ("Peter Ellison" is not Mara Ellison)."""
    opening = lead and (not before or before in _SENTENCE_END) and lead[0].lower() not in GIVEN_NAMES
    if opening and not (len(name.split()) > 1 and lead[0] == name.split()[0]):
        lead = lead[1:]  # "While" opening a sentence; "Peter", or the banked name's own given name, stays
    while lead and lead[0].lower().strip(".") in BEFORE_NAME:  # "President", "Sen.", "the"
        lead = lead[1:]
    for k in range(len(lead) + 1):
        form = " ".join(lead[k:] + [last])
        if k < len(lead) and lead[k].lower().strip(".") in BEFORE_NAME:
            continue  # "General Eric Holder" from "Attorney General Eric Holder": no office word
        if same_person(form, name):
            return form
        if k == len(lead) - 1 and lead[-1].lower() in GIVEN_NAMES:
            return None
    return None
