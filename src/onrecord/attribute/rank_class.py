"""A rank's class ("First Class") belongs to the role before the name, never to the name.

"Petty Officer First Class Ana X told the court": "Officer" is the run's last title word, so
the name was "First Class Ana X", then cut to "Class Ana X"; "Special Operator First Class Dan
Y" has no title word and the whole run stayed a name. An ordinal followed by "Class" with a
name after it closes the role wherever it stands in the run (round 82, lane forms97)."""

from __future__ import annotations

from ..lexicon.ranks import RANK_CLASS_ORDINALS, RANK_PAIRS
from ..text.find import word_before
from .name_forms import office_of_body


def class_end(lowers: list[str]) -> int:
    """Index of "class" after a rank's ordinal with at least one word after it, or -1."""
    for k in range(1, len(lowers) - 1):
        if lowers[k] == "class" and lowers[k - 1] in RANK_CLASS_ORDINALS:
            return k
    return -1


def rank_class_split(words: list[str], lowers: list[str],
                     split: tuple[list[str], list[str]]) -> tuple[list[str], list[str]]:
    """The run's role and name words with a rank's class, or a rate of RANK_PAIRS opening
    the run, moved into the role."""
    end = class_end(lowers)
    if end < 0 and len(lowers) > 2 and tuple(lowers[:2]) in RANK_PAIRS:
        end = 1  # "Special Operator Y": the rate without its class
    if end < 0 or len(split[0]) > end:
        return split
    return words[: end + 1], words[end + 1 :]


def closed_role(words: list[str], lowers: list[str], split: tuple[list[str], list[str]], org: bool,
                text: str) -> tuple[list[str], list[str]]:
    """The run's role and name words once what closes the role is moved into it: an office's
    body ("Secretary of State Adler": "State", name_forms.office_of_body) and, for a person, a
    rank's class (``rank_class_split``). mentions._make_mention asks it after its split."""
    if office_of_body(*split, text):
        split = (split[0] + split[1][:1], split[1][1:])
    return split if org else rank_class_split(words, lowers, split)


def class_joins(texts: list[str]) -> bool:
    """Whether ``texts`` (the run's next three words) open on a rank's ordinal that goes on
    with the name run: "First Class" and a capitalised word after it ("first" is a stop word,
    so the run broke before it)."""
    return len(texts) > 2 and texts[0][:1].isupper() and texts[0].lower() in RANK_CLASS_ORDINALS \
        and texts[1] == "Class" and texts[2][:1].isupper()


def rate_word(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` closes a rate of RANK_PAIRS ("Special Operator Y"): no given
    name for the surname after it (fullname.py made the speaker "Operator Y")."""
    return (word_before(text, start).lower(), word.lower()) in RANK_PAIRS
