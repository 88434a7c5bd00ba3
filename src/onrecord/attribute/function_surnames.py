"""A name whose last word is a stop-list word: "George Will", "Liu He" (issue 11, round 60, lane
who61). The stop list reads "Will" as the modal verb and "He" as the pronoun, so the name run
stopped before them: the columnist became "George", the vice premier "Liu", and the bare
surname "Will said …" opened no name at all (its words went null or to another entity of the
article). Two readings:

- inside a run: such a word, capitalised, right after a name word and followed by no other
  capitalised word (a verb, a comma, a stop: "George Will said", "Premier Liu He."), ends the
  name. A title-case line is a headline's ("Trump Will Sign Bill"), never read so.
- alone, opening a name: "Will" followed by a comma or a past or reporting verb ("Will said",
  "Will, speaking on …") is the surname, when the article writes a person "<Name> Will" that the
  first reading joins. The pronoun "He" alone is never a name."""

from __future__ import annotations

import re
from typing import Any, Sequence

from ..lexicon.function_words import BARE_FUNCTION_SURNAMES, FUNCTION_WORD_NAMES
from .name_forms import PAST_OR_REPORT_ENDINGS, cap_word
from .name_joins import title_case_line
from .phrase import Part



def _no_capital_after(toks: Sequence[Any], j: int) -> bool:
    return j + 1 >= len(toks) or not toks[j + 1].text[:1].isupper()


def ends_name(run: Sequence[Any], toks: Sequence[Any], j: int) -> bool:
    """Whether ``toks[j]`` ("Will", "He") is the last word of the name ``run`` goes on with."""
    t = toks[j]
    return t.text in FUNCTION_WORD_NAMES and bool(run) and cap_word(run[-1].text) \
        and run[-1].end < t.start and _no_capital_after(toks, j) and not title_case_line(list(toks))


def _full_names_ending(text: str, word: str) -> bool:
    """Whether ``text`` writes a name word then ``word`` with no capital after it."""
    return re.search(r"\b[A-Z][a-z]+\s+" + word + r"\b(?!\s+[A-Z])", text) is not None


def opens_bare_surname(text: str, toks: Sequence[Any], i: int) -> bool:
    """Whether ``toks[i]`` is a bare "Will" the article uses as a person's surname."""
    t = toks[i]
    if t.text not in BARE_FUNCTION_SURNAMES or i + 1 >= len(toks) or toks[-1].text == "?":
        return False
    nxt = toks[i + 1]
    # "Will said", "Will, speaking …": no modal takes a past or reporting verb or a comma
    verb = nxt.text == "," or nxt.text.islower() and nxt.text.endswith(PAST_OR_REPORT_ENDINGS)
    return verb and _full_names_ending(text, t.text)  # asked only of such rare tokens: no cache


def lone_surname(toks: Sequence[Any]) -> list[Part] | None:
    """"“…,” Will wrote": a lone "Will" as the subject of the verb right after the words is the
    surname (a modal has no subject there), as a lone month is (phrase.month_surname)."""
    if len(toks) == 1 and toks[0].text in BARE_FUNCTION_SURNAMES:
        return [Part("name", toks[0].text, toks[0].start)]
    return None
