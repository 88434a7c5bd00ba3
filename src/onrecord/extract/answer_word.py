"""A one-word quotation standing as its own sentence right after its speaker's sentence:
speech (round 48, lane alone28).

``_whole_sentence`` (speech_rules.py) takes a quoted sentence of two words or more; a single
word in marks with no reporting verb falls through to the scare quote "credited to nobody".
When the sentence before it in its paragraph is another quotation and its reporting clause
('“I was stunned,” she said. “Speechless.”', '“Could it fail?” the minister said at a
briefing. “Certainly.”'), the word is that speaker's next sentence: an exclamation, a verdict,
an answer to the speaker's own question. The usual finder then continues the speaker of the
sentence before.

Sized on big + big2 and 400 unread AllSides articles (eval/real/audit/alone28-sample.tsv): 7
one-word quoted sentences typed scare or term, 6 of them speech and 1 arguable. Only this
shape is taken: in the others the finder shows a wrong name once the kind is speech (turns of
a quoted exchange with no verb between continue the previous turn's speaker, but the turns
alternate; a speaker's clause after the word's own full stop, '“Tedious.” The club's captain
told reporters.', is not read by the string finder, which takes the sentence before's subject).
"""

from __future__ import annotations

from .bounds import decides
from .lexicon import REPORTING_RE
from .reading import Decision, _Reading
from .words import right_clause

# marks of the quotation before (double marks only: a single closing mark is also an apostrophe)
_DOUBLE_MARKS = "\"\u201c\u201d"
# what closes a sentence: a one-word quotation closed by a comma opens a longer sentence,
# whose reporting verb ``_whole_sentence`` already reads
_SENTENCE_END = ".!?\u2026"


def _stands_alone(r: _Reading) -> bool:
    """One word, capitalised, closed by its sentence's punctuation, with nothing of its sentence
    before the marks and no lower-case word carrying the sentence on after them."""
    text, after = r.text.strip(), r.right.strip()
    # '“Never!” they shouted.': the sentence goes on after the marks with its own speaker,
    # whom the reporting verb after the marks credits (the targeted corpus check: an
    # audience's answer given to the man who asked)
    return r.n == 1 and r.sentence and text[-1:] in _SENTENCE_END and not r.left.strip() \
        and not after[:1].islower()


def _reporting_clause_before(r: _Reading) -> str | None:
    """The reporting verb of the words between the paragraph's previous quotation and these
    marks, when they are the rest of one sentence (' she said. ', ' the minister said at a
    briefing. '); None when no quotation comes before in the paragraph, when narration of its
    own stands between (a second sentence: the writer speaks), or when no verb reports."""
    window = r.ctx.window
    last = max(window.rfind(mark) for mark in _DOUBLE_MARKS)
    if last < 0:
        return None
    between = window[last + 1 :].strip()
    if not between or between[-1] not in _SENTENCE_END or right_clause(between).strip() != between:
        return None
    hit = REPORTING_RE.search(between)
    return hit.group(0) if hit is not None else None


@decides(max_words=1)
def _one_word_sentence(r: _Reading) -> Decision | None:
    """A one-word quoted sentence right after its speaker's sentence (the module's docstring) is
    speech."""
    if not _stands_alone(r):
        return None
    verb = _reporting_clause_before(r)
    if verb is None:
        return None
    return "speech", [f"a one-word sentence in marks after a quotation and its clause with '{verb}': the speaker's next sentence"]
