"""What breaks a continuation: a subheading between a quotation with no cue of its own and the
last speaker above it. A section below a subheading may quote anyone; a quotation there with no
cue is left null rather than given to the voice of the section above (issue #11 round 15, lane
continue). The real-news tuning split: "“…,” warns blogger X. … ¶ If You Can't Fix Immigration
Problems, Blame the Critics ¶ “We call the critics foul names …” (another man's words, his
credit inside the marks)" went to X, and the next quotation after it too. On 1,700 unannotated
corpus articles the rule changed 18 speakers: 13 wrong to null (a fact-check's "___" rule
between claims by different people, a "More: …" link line, a list of exclusions, a line
introducing another outlet) and 5 right to null (a Q&A whose "Bush: “…”" labels are not read, a
fact-check of one man's rally under topic headings). Page furniture ("Advertisement", "( PHOTOS:
…)") is no subheading (lexicon/furniture.py). Only the last speaker: the subject of a short line
before the quotation stays a candidate ("Mayor X on the fund" introduces her words; blocking it
too lost two right speakers on the never-read held-out split)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from ..lexicon.furniture import FURNITURE_FIRST_WORDS
from ..text.find import has_word
from .labels import short_line
from .layout import Layout


def heading_line(lay: Layout, k: int) -> bool:
    """Paragraph ``k`` is a subheading (or a rule such as "___"): a short line of its own with
    no sentence end (labels.short_line), no quotation in it, and no page furniture."""
    ps, pe = lay.para_of_pos[k]
    if k == 0 or not short_line(lay, (ps, pe)):
        return False
    i = bisect_left(lay.quotes, ps, key=lambda q: q.start)  # the layout's quotations are sorted
    if i < len(lay.quotes) and lay.quotes[i].start < pe:
        return False  # a subheading quoting words said below it: labels.py reads it
    first = re.search(r"[A-Za-z]+", lay.text[ps:pe])
    return first is None or first.group().lower() not in FURNITURE_FIRST_WORDS


def heading_between(lay: Layout, above: int, below: int) -> bool:
    """A subheading among the paragraphs after ``above`` up to (not including) ``below``."""
    return any(heading_line(lay, k) for k in range(above + 1, below))


def own_subject_differs(res: Any, lay: Layout, si: int, q_start: int, subj: list[Any]) -> bool:
    """The quotation starting at ``q_start`` stands inside sentence ``si`` after words of its
    own, and that sentence's subject is someone other than ``subj`` (the previous sentence's).
    "X has run the port for years. The Trust in a statement called the report a “preliminary”
    analysis": the words are the Trust's or nobody's, never X's. On 1,700 corpus articles the
    previous subject took 18 such quotations, 16 wrongly (a campaign's "good working
    relationship" to the candidate's wife; "Vinson, Erme said, is believed to have presented
    with “…”" to the agency named before); none on the tuning splits, one wrong on dev."""
    s = lay.sentences[si]
    if not any(t.end <= q_start and t.text[:1].isalnum() for t in s.tokens):
        return False  # the quotation opens its sentence: the usual continuation
    own = peek_leading_subject(res, si)
    return bool(own) and not any(o is e for o in own for e in subj)


def peek_leading_subject(res: Any, si: int) -> list[Any]:
    """``res.leading_subject(si)`` asked as a question, without learning the sentence:
    leading_subject records an unnamed subject for later pronouns, which a check of another
    quotation must not leave behind (here and in own_reporter.py)."""
    had = si in res.unnamed_subj
    own = res.leading_subject(si)
    if not had:
        res.unnamed_subj.pop(si, None)
    return own


def new_video_box(lay: Layout, si: int, q_start: int, last_names: list[str]) -> bool:
    """Sentence ``si`` is a video box's clip title with no voice above it in the box ("JUST
    WATCHED <title> Replay More Videos ...", then "MUST WATCH <title> 02:16"; lexicon/furniture.py)
    and its words before the quotation do not name the last speaker ("Sanders: 'Sad' that …"):
    a clip title is no continuation of the body's last speaker (round 20: once "Replay More
    Videos" was no credit line, clip titles took the speaker of the paragraph above the box)."""
    words = [t.lower for t in lay.sentences[si].tokens[:2]]
    if words != ["just", "watched"] and not (words == ["must", "watch"] and si > 0 and not any(
            lay.quotes[j].speaker for j in lay.sentences[si - 1].quotes)):
        return False
    title = lay.text[lay.sentences[si].start : q_start]
    return not any(len(n.split()[-1]) > 2 and has_word(title, n.split()[-1])
                   for n in last_names if n)
