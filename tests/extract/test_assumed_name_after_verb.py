"""A name in marks after "identified as" or "went by" is an assumed name (a pseudonym in a
document, the name a person goes by), a term: title case alone read it as a work's title, since
no reporting verb stood in the sentence (round 57, lane titles57: three tuning items in two
articles). Each snippet was written for this test, beside near misses: a lower-case word after
"identified as" is no name, and a work after "titled" stays a title."""

from __future__ import annotations

import pytest

# (case, article, fragment, expected kind)
CASES = [
    ("a pseudonym in a contract", "Deal\n\nThe contract shows the singer, identified as \u201cMary "
     "Lantern,\u201d signed it in May.", "Mary Lantern,", "term"),
    ("the name a person went by", "Rally\n\nA preacher who went by \u201cThe Blessed Brother Harbour\u201d "
     "led the crowd in song.", "The Blessed Brother Harbour", "term"),
    ("the name a person goes by", "Music\n\nThe drummer, who goes by \u201cTide Runner,\u201d joined the "
     "band last year.", "Tide Runner,", "term"),
    # near misses: lower case after the verb, and a work after its own naming word
    ("a label after identified as stays no title", "Web\n\nThe site lists people identified as "
     "\u201ctraitors\u201d on its front page.", "traitors", "-title"),
    ("a work after titled stays a title", "Books\n\nShe wrote a memoir titled \u201cLong Road Home\u201d "
     "in 2010.", "Long Road Home", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_after_an_assumed_name_verb(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
