"""A title-case line cut around a person's surname is no form of that person's name: a lone
surname joins the cluster of the body's given-name form, not the most-named fragment's (round 83,
lane frag102). Invented names and sentences."""

import pytest

from onrecord.attribute.cluster_names import headline_fragments

_CAPTION = "Photos: Smith tours Far East Smith tours Far East – Smith visits a museum. Hide Caption {} of 3 "
_GALLERY = "".join(_CAPTION.format(i) for i in (1, 2, 3))

ARTICLES = [
    ("the gallery before the full name",
     "Trip\n\n" + _GALLERY + "\n\nPresident Jane Smith arrived on Friday.\n\n"
     "\"We will keep our word,\" Smith said.", ["Jane Smith"]),
    ("the full name before the gallery",
     "Trip\n\nPresident Jane Smith arrived on Friday. " + _GALLERY + "\n\n"
     "\"We will keep our word,\" Smith said.", ["Jane Smith"]),
]


@pytest.mark.parametrize("case,article,expected", ARTICLES, ids=[c[0] for c in ARTICLES])
def test_surname_joins_given_name_form(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("names, cut", [
    (["Far East Smith", "Jane Smith"], {"Far East Smith"}),   # a caption's title glued on
    (["Smith Hopeful", "Jane Smith"], {"Smith Hopeful"}),     # a quick-list title
    (["Take Smith", "Jane Smith"], {"Take Smith"}),           # a sentence's opening verb
    (["Jane Roe Smith", "Jane Smith"], set()),                # a middle name after a given name
    (["Senator Jane Q. Smith", "Jane Smith"], set()),         # a title before the full name
    (["Governor J. Smith", "Jane Smith"], set()),             # an initial before the surname
    (["Far East Smith", "Smith"], set()),                     # no given-name form
    (["Jane Smith", "Tom Smith"], set()),                     # two given-name forms
])
def test_headline_fragments(names, cut):
    assert headline_fragments(names) == cut
