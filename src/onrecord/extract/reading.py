"""What every kind rule reads about one quotation (extract/classify.py): its context
(``QuoteContext``), the reading computed once (``_Reading``), and the shared readings of the
words around the marks (a naming verb just before, a name on each side, the noun after)."""

from __future__ import annotations

from ..lexicon.function_words import FUNCTION_WORDS
from ..thresholds.extract import RUNNING_LINE_MIN_LOWER_WORDS, ExtractOptions
from .clauses import left_clause_in, sentence_before
from .cues import _reporting_cue
from .lexicon import NAMING_RE, STOP_CAPS
from .words import (
    _SMALL_WORDS,
    _headline_context,
    _is_sentence,
    _last_match,
    _words,
    _words_after,
    ascii_word_count,
    is_definite_name,
    is_title_case,
    running_line,
    word_matches,
    words_once,
)


class QuoteContext:
    """The text around one quotation, cut at sentence and quotation boundaries.

    ``text``: the quotation's text; ``left`` / ``right``: the same sentence before the opening
    mark (after any earlier quotation) / after the closing mark (before any later quotation);
    ``para_start``: the opening mark starts its paragraph; ``in_headline``: inside the
    document's headline line. ``window``: the paragraph's text before the opening mark, up to
    ``context_chars`` back, where a fragment finds the sentence before its own
    (``_previous_sentence_reports``); cut from the document's text when a rule reads it (few
    do). ``sentence_left``: the sentence before the opening mark *across* earlier quotations in
    it, where a participle clause ("…, calling it “…”") finds the sentence's subject; given
    when it is ``left``, else cut from the window when a rule first reads it (cutting it for
    every quotation was 2 % of extraction, issue 16)."""

    __slots__ = ("text", "left", "right", "para_start", "flagged", "in_headline", "_doc", "_window_lo",
                 "_window_hi", "_sentence_left")

    def __init__(self, text: str, left: str, right: str, para_start: bool, flagged: bool, in_headline: bool,
                 doc: str, window_lo: int, window_hi: int, sentence_left: str | None = None):
        # (positional: built once a quotation, issue 16)
        self.text, self.left, self.right = text, left, right
        self.para_start, self.flagged, self.in_headline = para_start, flagged, in_headline
        self._doc, self._window_lo, self._window_hi = doc, window_lo, window_hi
        self._sentence_left = sentence_left

    @property
    def window(self) -> str:
        return self._doc[self._window_lo : self._window_hi]

    @property
    def earlier(self) -> str:
        """The document's text before the opening mark (where an earlier use of the words is)."""
        return self._doc[: self._window_hi]

    @property
    def sentence_left(self) -> str:
        if self._sentence_left is None:
            self._sentence_left = left_clause_in(self._doc, self._window_lo, self._window_hi)
        return self._sentence_left


Decision = tuple[str, list[str]]


# where a reporting verb of a sentence before an earlier quotation in the same sentence stands
# (_Reading.cue), as the speech rule's reason writes it (speech_rules.VERB_BEFORE_REASON_ENDS)
EARLIER_IN_SENTENCE = "earlier in the sentence of"


class _Reading:
    """What every kind rule reads about one quotation. The number of its words is counted at
    once (every rule asks for it); each other view (``words``, ``left_tail``, ``title_case``,
    ``sentence``, ``after_words``, ``cue``) is computed when a rule first reads it, then kept:
    most quotations are decided by their length before any rule reads the others (issue 16:
    computing every view for every quotation was a third of the classifier)."""

    # slots: every rule reads these attributes, 200,000 reads a pass over the BBC corpus
    # (a lazy view is a property over its slot, None until computed: an unset slot read
    # through __getattr__ raises an AttributeError first, which cost more than it saved)
    __slots__ = ("ctx", "opts", "text", "_words", "n", "left", "right", "_left_tail", "_title_case",
                 "_sentence", "_after_words", "_cue")

    def __init__(self, ctx: QuoteContext, opts: ExtractOptions):
        self.ctx, self.opts = ctx, opts
        text = self.text = ctx.text
        if text.isascii():
            # the number of words only: most quotations are decided by it before any rule
            # reads the words themselves (issue 16: splitting every quotation's words was a
            # fifth of the classifier)
            self._words = None
            self.n = ascii_word_count(text)
        else:
            self._words = words_once(text)
            self.n = len(self._words)
        self.left = ctx.left
        self.right = ctx.right
        self._left_tail = self._title_case = self._sentence = self._after_words = None
        self._cue: tuple[str, str, str] | None | bool = False

    @property
    def words(self) -> list[str]:
        """The words of the quotation."""
        if self._words is None:
            self._words = words_once(self.text)
        return self._words

    @property
    def left_tail(self) -> str:
        """The last ``cue_window_words`` words before the marks."""
        if self._left_tail is None:
            self._left_tail = " ".join(_words(self.left)[-self.opts.cue_window_words :])
        return self._left_tail

    @property
    def title_case(self) -> bool:
        if self._title_case is None:
            self._title_case = (
                self.n <= self.opts.title_max_words
                # (the words read only up to the first that decides, unless split already)
                and is_title_case(self.text, word_matches(self.text) if self._words is None else self._words)
                and not self._in_headline_line()
            )
        return self._title_case

    @property
    def name_case(self) -> bool:
        """Title case, or "The" and one capitalised word (“The View”): the shape of a work's
        name for the rules that also read a work's cue around the marks (a programme verb, a
        work noun, an author); not for title case alone, where “The Donald” is a nickname."""
        if self.title_case:
            return True
        return self.n == 2 and is_definite_name(self.words) and not self._in_headline_line()

    def _in_headline_line(self) -> bool:
        """The words around the marks are all capitalised and the quotation's whole line is no
        running text (``words.running_line``): a title-case headline, where title case says
        nothing about the quotation itself."""
        if not _headline_context(self.left, self.right):
            return False
        ctx = self.ctx
        return not running_line(ctx._doc, ctx._window_hi, RUNNING_LINE_MIN_LOWER_WORDS)

    @property
    def sentence(self) -> bool:
        if self._sentence is None:
            self._sentence = _is_sentence(self.text)
        return self._sentence

    @property
    def after_words(self) -> tuple[str, ...]:
        if self._after_words is None:
            self._after_words = _words(self.right)
        return self._after_words

    @property
    def cue(self) -> tuple[str, str, str] | None:
        """The reporting verb of the quotation's sentence, or of the sentence before an earlier
        quotation in it ("Vale claimed the plan had “gathered strength” and become a
        “movement.”": the verb before the first quotation governs this one too)."""
        if self._cue is False:
            ctx, left = self.ctx, self.left
            cue = _reporting_cue(left, self.right, self.text)
            if cue is None and ctx.sentence_left and len(ctx.sentence_left) > len(left):
                early = _reporting_cue(sentence_before(ctx.sentence_left, left), "", self.text)
                if early is not None:
                    cue = (EARLIER_IN_SENTENCE, early[1], early[2])
            self._cue = cue
        return self._cue  # type: ignore[return-value]


def _named_here(r: _Reading) -> bool:
    nm = _last_match(NAMING_RE, r.left_tail)
    return nm is not None and _words_after(r.left_tail, nm.end()) <= 3


def _between_names(left: str, right: str) -> bool:
    """The marks sit between a capitalised first name and a capitalised surname."""
    lw = _words(left)[-1:]
    rw = _words(right)[:1]
    return bool(
        lw and rw and left[-1:] == " " and right[:1] == " " and lw[0][0].isupper()
        and rw[0][0].isupper() and lw[0].lower() not in STOP_CAPS
        and lw[0].lower() not in _SMALL_WORDS  # "Economy Is “…” …": a headline verb
    )


# Words that follow a phrase without being modified by it: "ran a “dry run” recently", "an
# “insurance policy” against a win", "there are “lots of pockets” where …", "render “…”
# inoperable" (real-news tuning split: these are someone's words, not terms).
_NOT_MODIFIED = frozenset("""against where when while whereas toward towards despite until unless
though although whether within without among amid across along around beyond
the a an this that these those his her its their our my your
last next yesterday today tonight tomorrow earlier later ago""".split())  # "… “Night Watch Returns” last year"


def _labelled_noun(r: _Reading) -> str | None:
    """The noun right after the marks that the quotation, ending on a word, modifies as a label
    ("“grand bargain” budget", "“America First” message"), or None: not an adverb, a
    preposition, a determiner or a predicative adjective (the words of _NOT_MODIFIED)."""
    if not r.after_words or not r.text.rstrip()[-1:].isalnum():
        return None
    nxt = r.after_words[0]
    low = nxt.lower()
    if not _modifies_next(r.right, nxt) or low in _NOT_MODIFIED or low.endswith(("ly", "able", "ible")):
        return None
    return nxt


def _modifies_next(right: str, nxt: str) -> bool:
    """The quotation sits inside a noun phrase: the next word follows directly (space only)
    and is a lowercase content word (“smart” streetlights, “recycling” business)."""
    stripped = right.lstrip(" ")
    if not stripped or not stripped[0].isalpha():
        return False
    return nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS
