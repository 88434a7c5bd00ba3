"""A common word glued before a surname between title-case words in a body line (round 81, lane
forms94): a blog post citing its earlier post's headline in prose ("Our first post — Toll Scandal
Worries X's 'Tough Image' — has more"), a numbered item's heading that ends with a full stop. The
run of capitals took the headline's verb as a given name, and "Worries X" became the shown name of
every quotation of the person the body names in full. Kept: a word the prose also writes before
the surname as a name.
"""

from __future__ import annotations

import pytest

from onrecord.attribute.title_case_openers import in_title_case

CASES = [
    ("a headline quoted in a line of prose",
     "Toll Scandal Worries Harlan's 'Tough Image'\n\nGov. Jo Harlan apologized on Thursday.\n\n"
     "\"I am embarrassed,\" Harlan said.\n\n"
     "Our first post — Toll Scandal Worries Harlan's 'Tough Image' — has more on the story.\n\n"
     "\"I had no idea,\" Harlan told reporters.",
     ["Jo Harlan", "Jo Harlan"]),
]

KEPT = [
    ("a common word the prose also writes before the surname as a name",
     "Gov. Jo Harlan apologized on Thursday.\n\n"
     "Our first post — Toll Scandal Hurts Rocky Harlan's Fund Drive — has more on the story.\n\n"
     "\"We lost donors,\" said Rocky Harlan, the governor's brother.",
     ["Rocky Harlan"]),
]


@pytest.mark.parametrize("case,article,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_a_title_case_opener_leaves_the_surname(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("line,title", [
    ("Our post — Toll Scandal Worries Harlan's 'Tough Image' — has more.", True),
    ("7. So–Cable News Knew Harlan's Story Was Weak.", True),
    ("The toll scandal Worries Harlan's image, critics said on Friday.", False),  # prose
    ("Senate Budget Chairman Worries Harlan (D-Wash.) said on Friday.", False),  # one word after
], ids=["quoted headline", "numbered heading", "prose", "credit"])
def test_in_title_case(line, title):
    run = line.split("Harlan")[0].split()[-1] + " Harlan"
    start = line.find(run)
    assert in_title_case(line, start, start + len(run)) is title
