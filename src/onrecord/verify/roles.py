"""Role reversal by whole arguments: the phrases on the two sides of a verb trade places.

``reversal.role_swap`` compares the one nearest word on each side of the verb, which catches
"the council sued the developer" / "the developer sued the council" but not a reversal of
two-word names: "Anna Berg hired Peter Lund" quoted as "Peter Lund hired Anna Berg" has
"lund … hired … anna" against "berg … hired … peter" and was drift at similarity 0.99 (a
hostile probe of issue 10). Here each side of the verb is the run of role words next to it
(past any article or pronoun), whatever the words are, and the two runs must have traded
places as sets of words."""

from __future__ import annotations

from .reversal import Reversal

# Words that carry no role (the same kind of list as reversal._LIGHT): they end an argument
# run and are skipped between the verb and its argument ("hired [the] clerk"). Prepositions end
# a run too ("defended the staff | against cuts").
_LIGHT = frozenset(
    """a an the and or but of to in on at for with from as is are was were be been being it its this
    that these those my your his her our their i you he she we they me him us them not no by
    against about into onto over under after before through between without within during""".split()
)
# Auxiliaries and adverbs between a subject and its verb carry no role either: "X has always
# defended Y" quoted as "Y has always defended X" kept "has always" on the subject's side and
# hid the swap (a hostile probe of issue 10).
_AUXILIARY = frozenset(
    """has have had will would shall should can could may might must do does did always never also
    still just already often ever now""".split()
)
_SKIP = _LIGHT | _AUXILIARY
_PASSIVE = frozenset("is are was were be been being get got gets".split())
# An argument is a short phrase: a name, a noun with its modifiers.
_MAX_ARG = 4
# Where a moved argument may land on the other side of the verb: within this many words of it
# ("raising the fare would hurt [the poorest families]": a gerund's object sits past "the").
_MAX_SIDE = 6


def _run(words: list[str], i: int, step: int) -> tuple[str, ...]:
    """The role words next to position ``i`` going ``step`` (-1 left, +1 right): light words
    right beside the verb are skipped, the run stops at the next light word."""
    k = i + step
    while 0 <= k < len(words) and words[k] in _SKIP:
        k += step
    run: list[str] = []
    while 0 <= k < len(words) and words[k] not in _SKIP and len(run) < _MAX_ARG:
        run.append(words[k])
        k += step
    return tuple(run[::-1] if step < 0 else run)


def _side(words: list[str], i: int, step: int) -> set[str]:
    """The role words within ``_MAX_SIDE`` words of position ``i`` going ``step``."""
    span = words[max(0, i - _MAX_SIDE):i] if step < 0 else words[i + 1:i + 1 + _MAX_SIDE]
    return {w for w in span if w not in _SKIP}


def _passive(words: list[str], i: int) -> bool:
    return (i > 0 and words[i - 1] in _PASSIVE) or (i + 1 < len(words) and words[i + 1] == "by")


def argument_swap(quote_words: list[str], source_words: list[str]) -> Reversal | None:
    """"A B verb C D" in the source, "C D verb A B" in the quote: the same words, the two
    arguments of one verb traded (a voice change, "was hired by", keeps the roles)."""
    for i, w in enumerate(quote_words):
        if w in _SKIP or quote_words.count(w) != 1 or source_words.count(w) != 1:
            continue
        j = source_words.index(w)
        if _passive(quote_words, i) != _passive(source_words, j):
            continue
        q_left, q_right = _run(quote_words, i, -1), _run(quote_words, i, +1)
        s_left, s_right = _run(source_words, j, -1), _run(source_words, j, +1)
        if not (q_left and q_right) or set(q_left) & set(q_right):
            continue
        # each of the quote's arguments sits on the other side of the verb in the source, and
        # on that side only (the run can reach further on one side, "as her chief" after a name)
        sl, sr = _side(source_words, j, -1), _side(source_words, j, +1)
        if set(q_left) <= sr and set(q_right) <= sl and not set(q_left) & sl and not set(q_right) & sr:
            return Reversal("argument_swap", "not_found",
                            f'the roles around "{w}" are swapped (source: {" ".join(s_left)} {w} '
                            f'{" ".join(s_right)}; quote: {" ".join(q_left)} {w} {" ".join(q_right)})')
    return None
