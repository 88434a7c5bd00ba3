"""A generational suffix ("Jr.", "Sr.", "III") tells a father from a son whose names otherwise
compare as one person (round 32, lane wrong13; review 18). Split out of name_forms.py in round
57's read-through (it stood at 484 of its 500 lines); entities.py asks these when it clusters
names and when it picks the person a bare surname names."""

from __future__ import annotations

from typing import Any

from ..lexicon.titles import NAME_SUFFIXES
from ..names import same_person


def generation(name: str) -> str:
    """The suffix a name is written with ("jr" of "Arlen Voss Jr.", "iii"), or ""."""
    last = name.split()[-1].strip(".,").lower() if name.split() else ""
    return last if last in NAME_SUFFIXES else ""


def other_generation(a: str, b: str) -> bool:
    """Whether two names that compare as one person may be a father and a son: one written
    with a suffix ("Jr", "Sr", "III"), the other with no suffix (entities asks, besides, for a title before the
    plain one: "President Donald Trump" beside "Donald Trump Jr"). Names drop the suffix when compared, so the
    president joined his son, whose longer form then named every quotation of the president
    (round 32, lane wrong13: 20 quotations in 4 of 974 random corpus articles, 270 in 250
    articles naming a "Jr"). Untitled, the plain name is as often the son's own ("Michael Brown
    Sr." speaking beside his late son "Michael Brown"), and they stay one cluster."""
    ga, gb = generation(a), generation(b)
    return ga != gb and "" in {ga, gb}


def two_generations(a: str, b: str, ents: Any) -> bool:
    """Whether two names that compare as one person are two men: both suffixed, differently
    ("Arlen Voss Sr." and "Arlen Voss Jr."), or one plain and written first under a title
    (``other_generation``, ``plain_titled_first``), whatever the suffix ("Jr", "Sr", "III").
    Review 18: "Sr" beside "Jr", and "III" beside a titled plain name, made one man."""
    ga, gb = generation(a), generation(b)
    return ga != gb and "" not in {ga, gb} or other_generation(a, b) and plain_titled_first(a, ents)


def plain_titled_first(name: str, ents: Any) -> bool:
    """Whether the article writes ``name`` (a person's full name) without a generational suffix
    after a title ("President Donald Trump"; an apposition is no title: "Michael Brown, the
    unarmed man …") before it first writes the suffixed form: "attorney Bill Hughes Jr."
    introduced before "his father, former Rep. Bill Hughes" is the one a later "Hughes" names
    (round 32, lane wrong13, corpus read). A property of the article, whichever mention asks."""
    same = [x for x in ents.mentions if same_person(x.name, name)]
    first_suffixed = min((x.start for x in same if generation(x.name)), default=-1)
    return any(x.start < first_suffixed and not generation(x.name) and (
        x.prefix_start < x.start or not ents.lay.text.startswith(x.name, x.start)) for x in same)
