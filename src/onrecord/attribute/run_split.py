"""How a run of capitalised words splits into a role and a name ("Energy Minister" + "Kurt
Hollenbeck-Wiese"), and where a long run's person begins. Moved out of mentions.py unchanged
(round 33: mentions.py had reached its 500-line limit)."""

from __future__ import annotations

from ..lexicon.titles import PEERAGE_TITLES, SUFFIXES, TITLE_WORDS
from .cues import GIVEN_NAMES, NAME_CONNECTORS, ORG_WORDS, PARTY_WORDS
from .name_forms import person_tail

SURNAME_TITLES = frozenset({"king", "judge", "major", "bishop", "chancellor", "dean", "marshal", "chief", "coach"})


def given_then_surname(lowers: list[str]) -> bool:
    """"Tim Dean, director of the venue, said …": a known given name before a title word that
    is also a surname is a person (the real-news tuning split dropped the run as a role, and
    the he after it went to the speaker before)."""
    return len(lowers) == 2 and lowers[1] in SURNAME_TITLES and lowers[0] in GIVEN_NAMES


def split_role(words: list[str], lowers: list[str], last_title: int,
                org: bool) -> tuple[list[str], list[str]] | None:
    """The run's role words and name words; None when the run is only a title."""
    role_words: list[str] = []
    name_words = words
    if last_title == 0 and len(words) == 2 and lowers[0] in PEERAGE_TITLES:
        return [], words  # "Lord Goldsmith", "Baroness Scotland": a peer's name is the title
    if last_title >= 0:
        role_words = words[: last_title + 1]
        name_words = words[last_title + 1 :]
        if len(name_words) == 1 and lowers[-1] in TITLE_WORDS and lowers[-1] not in SURNAME_TITLES:
            return None  # "Chief Secretary", "Vice President": two title words, no name
        if len(name_words) <= 2 and name_words[0].lower() in {"of", "for"}:
            # "The MP for Sittingbourne", "the Mayor of London": the office's object and no
            # name after it; the whole run is a description ("for Sittingbourne" and "of
            # London" were speakers: round 24, lane wrong8, fresh5 tuning split and corpus)
            return None
        if len(name_words) > 2 and name_words[0].lower() in {"of", "for"}:
            # "Secretary of State Hillary Clinton": the office's object belongs to the role
            tail = person_tail(name_words)
            role_words = role_words + name_words[: len(name_words) - len(tail)]
            name_words = tail
    elif not org and len(words) >= 3 and lowers[0] in PARTY_WORDS and lowers[-1] not in TITLE_WORDS:
        # "incumbent Republican Mitch McConnell", "Liberal Democrat Charles Kennedy": party
        # words opening a run are his role (the name was "Republican Mitch McConnell", which
        # then never clustered with "Senator McConnell" and took the wrong pronouns)
        k = 0
        while len(words) - k > 2 and lowers[k] in PARTY_WORDS:
            k += 1
        role_words = words[:k]
        name_words = words[k:]
    elif lowers[-1] in TITLE_WORDS and len(words) > 1 and not org and not given_then_surname(lowers):
        return None  # a run ending in a title ("Massachusetts Gov.") is a role, not a name
    elif lowers[-1] in TITLE_WORDS and len(words) == 1 and lowers[-1] not in SURNAME_TITLES:
        return None  # a bare title ("Premier") is a description, not a name
    return role_words, name_words


def trim_long_name(words: list[str], lowers: list[str], org: bool, role_words: list[str],
                    name_words: list[str], the_before: bool = False) -> tuple[bool, list[str], list[str]]:
    """A long run whose last words are a person: the words before them are a role."""
    if org and len(words) >= 5 and lowers[-1] not in ORG_WORDS and lowers[-3] not in NAME_CONNECTORS \
            and lowers[-2] not in NAME_CONNECTORS and any(w in ORG_WORDS for w in lowers[:-3]):
        # "New Hampshire House of Representatives William O’Brien": the body's name ends
        # the run; the organisation before it is his role
        org = False
        role_words = words[:-2]
        name_words = words[-2:]
    core = [k for k, w in enumerate(name_words) if len(w.strip(".")) > 1
            and w.lower().strip(".") not in SUFFIXES and w.lower() not in NAME_CONNECTORS]
    if not org and not the_before and len(core) > 3:
        # "White House Deputy National Security Adviser Ben Rhodes": a person's name is its
        # last words (initials, particles and "Jr" included); the rest is a role we could not
        # split on a title word
        cut = core[-2]
        role_words = role_words + name_words[:cut]
        name_words = name_words[cut:]
    return org, role_words, name_words
