"""A name of a work, once a rule has read it as one, is the same work wherever the article
quotes it again (issue 11, round 15, lane titles): "Ana Ruiz’s documentary, “Bring it home.”
… “Bring it home” is a project she launched in 2012" (real-news fresh split: the repeats, with
no work noun beside them, read as statements). Run over an article's quotations once they are
all typed (extract/__init__.py)."""

from __future__ import annotations

import re

from ..lexicon.reporting import report_base
from ..model import Quote
from ..thresholds.extract import TITLE_ECHO_CLAUSE_CHARS, ExtractOptions
from .person_labels import NICKNAME_BETWEEN_NAMES, TITLE_CASE_ALONE
from .clauses import left_clause_in, right_clause_in
from .cues import _reporting_cue
from .search_rules import SEARCH_QUERY
from .speech_rules import BY_LENGTH, VERB_BEFORE_REASON_ENDS
from .words import capitalised_throughout, is_title_case

# The reason a list item takes its kind from the item before it (extract/__init__.py); the echo
# rules here and in term_echo test against it (one spelling since round 37, lane tidy20).
LISTED_WITH_PREVIOUS = "listed with the previous quotation"
# What may stand between two items of one list ("“A,” “B” and “C”", "“A”; “B”", "“A” or the
# “B”"): read by the list sharing (extract/__init__.py) and by ``share_listed_titles``.
LIST_SEP = re.compile(r"[\s,;/]*(?:(?:and|or|nor|&)\s*(?:(?:a|an|the)\s+)?)?")
# The reason a list's item is retyped title after a work in the list was named (round 57)
LISTED_WITH_A_WORK = "listed with a work's name"
# Reasons too weak to lend their title to another quotation: title case alone (a capitalised
# slogan with no verb near it) and a list's shared kind.
_WEAK = (TITLE_CASE_ALONE, LISTED_WITH_PREVIOUS)
# Quotations typed by a cue of their own keep their kind: "the phrase “…”" talks about the
# words, "so-called" distances them (corpus audit: 'used the phrase “…”' after the slogan had
# been read as a campaign's name).
_OWN_CUE = ("'so-called'", "mentioned as an expression", "its meaning is stated", "given as the meaning",
            "a phrase in marks modifying the wording noun", NICKNAME_BETWEEN_NAMES, "imagined words",
            SEARCH_QUERY)  # (a search's words: round 44, search_rules)
# Words a reporting verb or a speaker's label credits to someone stay theirs ('“It is a fine
# idea on paper,” says Ada Vale' after a title rule read the same words elsewhere; corpus audit).
_CREDITED = ("reporting verb", "speaker", "naming verb")
_EDGE = re.compile(r"^[\s\"'\u2018\u2019\u201c\u201d]+|[\s,.;:!?\"'\u2018\u2019\u201c\u201d]+$")
_POSSESSIVE_END = re.compile(r"(?:[\u2019']s|s[\u2019'])$")


def _key(text: str) -> str:
    return _POSSESSIVE_END.sub("", _EDGE.sub("", text)).casefold()


def keeps_own_kind(q: Quote) -> bool:
    """Whether a cue of the quotation's own or a credit typed it: no echo retypes it (here, and
    a slogan's repeats in term_echo.py)."""
    why_here = " ".join(q.kind_evidence)
    return why_here.startswith(_OWN_CUE) or any(w in why_here for w in _CREDITED)


def _short_form(text: str) -> str | None:
    """The main title of "Main Title: A Subtitle" (its key), the name the article repeats
    ("“Pier Patrol: The Night the Tide Came In” … “Pier Patrol” was bought in May"), or None."""
    body = _EDGE.sub("", text)
    if body.count(":") != 1:
        return None
    main = body.split(":")[0].strip()
    return _key(main) if main[:1].isupper() else None


def _named_works(quotes: list[Quote]) -> tuple[dict[str, str], set[str], dict[str, str]]:
    """The keys of the works a title rule named on its own evidence (key -> reason), the keys
    of their short forms (the main title before a subtitle's colon), and the keys of the names
    read as works by title case alone (key -> reason), which lend their kind only to a repeat
    typed by its length (``_repeat_at_length``)."""
    named: dict[str, str] = {}
    short: set[str] = set()
    weak: dict[str, str] = {}
    for q in quotes:
        if q.kind != "title" or q.nested or not q.kind_evidence:
            continue
        if q.kind_evidence[0].startswith(_WEAK):
            weak.setdefault(_key(q.text), q.kind_evidence[0])
            continue
        named.setdefault(_key(q.text), q.kind_evidence[0])
        main = _short_form(q.text)
        if main and main not in named:
            named[main] = q.kind_evidence[0]
            short.add(main)
    return named, short, weak


def _repeat_at_length(text: str, q: Quote) -> bool:
    """A repeat in title case typed speech by its length alone ("N words: a statement"), with
    no credit in its own sentence: no reporting verb after the marks, nor a verb and a comma or
    colon right before them ('she said, “…”'). The length rule decides before any rule reads a
    work's cue, so a work's name of four words or more, repeated with no work noun beside it,
    was typed speech (round 65, lane titles68: “…” opening a paragraph as its sentence's
    subject, the main title after "took the time to read"; tuning golds, both titles)."""
    if q.kind != "speech" or not q.kind_evidence or not q.kind_evidence[0].endswith(BY_LENGTH):
        return False
    body = _EDGE.sub("", q.text)
    if any(c in body for c in ".!?") or not is_title_case(body):
        return False  # a sentence, or words with a lower-case content word, are no name
    opening, closing = q.start - len(q.open_mark), q.end + len(q.close_mark)
    left = left_clause_in(text, max(0, opening - TITLE_ECHO_CLAUSE_CHARS), opening)
    right = right_clause_in(text, closing, min(len(text), closing + TITLE_ECHO_CLAUSE_CHARS))
    cue = _reporting_cue(left, right, q.text)
    if cue is not None and cue[0] != "before":
        return False  # '“…,” Ada Vale said': the one who said the words
    return not (cue is not None and left.rstrip().endswith((",", ":")))


def _credit_overridden(q: Quote) -> bool:
    """A reporting verb's credit gives way to a work's name repeated in capitalised words
    ("footage added after “Pier Patrol” was bought", "my research notes for “Harbour
    Lights.”": the verb or noun the cue found is no one saying the name; round 41, lane
    titles25, a fresh14 gold title and a big sample item, both credited to nobody). Only a
    verb before the marks, or earlier in the sentence ("who added that the attack was seen as
    “revenge” for “The Reckoning.”": the verb reports another clause; round 65, lane
    titles68, a fresh5 gold title): a verb after them ('“Harbour Lights,” Ada Vale said') names
    the one who said the words; never a speaker's label, nor words that read as a sentence."""
    why = " ".join(q.kind_evidence)
    if not why.startswith("reporting verb") or not why.endswith(VERB_BEFORE_REASON_ENDS) or "speaker" in why:
        return False  # ('“Harbour Lights,” Ada Vale said': a verb and its speaker after the marks)
    body = _EDGE.sub("", q.text)
    words = body.split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words) and not any(c in body for c in ".!?")


_VERB_READ = re.compile(r"reporting verb '([^']+)'")


def _one_word_credited(q: Quote) -> bool:
    """One word under a verb that is no plural noun: a reported word opens on a capital anyway,
    so its capital shows no work's name ('she told reporters “Home” was all she could think of',
    after the film "Home: The Story of a Town"; review33, round 41's review). A plural noun
    read as the verb ('my research notes for “Unseen.”') still gives way."""
    if len(q.text.split()) != 1:
        return False
    m = _VERB_READ.search(" ".join(q.kind_evidence))
    verb = m.group(1).lower() if m else ""
    return not verb.endswith("s") or report_base(verb) in ("say", "tell")


def _gives_way(text: str, q: Quote, short_form: bool) -> bool:
    """Whether the kind of ``q``, a repeat of a work's name (or of its main title when
    ``short_form``), gives way to the work's."""
    if _repeat_at_length(text, q):
        return True  # the length rule's speech, a short form's too
    if keeps_own_kind(q) and not _credit_overridden(q):
        return False
    if short_form and (not q.text.strip(" \"'\u2018\u2019\u201c\u201d")[:1].isupper()
                       or (q.kind == "speech" and (not _credit_overridden(q) or _one_word_credited(q)))):
        # a lower-case word is no main title's repeat, and a short form is weaker than the
        # full name: speech only where the credit gives way ('“Unseen,” Ada Vale said when
        # asked …' is her one-word answer, a whole sentence)
        return False
    return True


def echo_titles(quotes: list[Quote], opts: ExtractOptions, text: str) -> None:
    """Type title every short quotation whose words (case, edge punctuation and a possessive
    aside) are those of a quotation a title rule decided on its own evidence, or the main title
    before its subtitle's colon (``_gives_way``); and a repeat typed speech by its length alone
    of a name read as a work by its title case alone (``_repeat_at_length``)."""
    named, short, weak = _named_works(quotes)
    if not named and not weak:
        return
    for q in quotes:
        if q.kind == "title" or q.nested or len(q.text.split()) > opts.bare_title_max_words:
            continue
        key = _key(q.text)
        why = named.get(key)
        if why is None:
            why = weak.get(key)
            if why is None or not _repeat_at_length(text, q):
                continue
        elif not _gives_way(text, q, key in short):
            continue
        q.kind = "title"
        q.kind_evidence = [f"the words of a work named elsewhere in the article ({why})"]


def list_gap(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]``, between one quotation's closing mark and the next one's opening
    mark, joins two items of one list: only ``LIST_SEP``, on one line. Read by the list sharing
    (extract/__init__.py) and by ``_list_runs``. A start past the end is refused (as
    ``LIST_SEP.fullmatch`` refuses it): it would be a closing mark running over the next
    opening mark, which the pairing never gives (round 60, lane tidy61: none in the 470,891
    gaps the list sharing read over 43,672 news articles, nor in ``_list_runs``'s)."""
    # the match in place: a slice copied the text between every two quotations (issue 16)
    return LIST_SEP.fullmatch(text, lo, hi) is not None and "\n" not in text[lo:hi]


def _list_runs(text: str, quotes: list[Quote]) -> list[list[Quote]]:
    """The quotations in runs of one list: neighbours with only a list separator between their
    marks, on one line (nested quotations are no item of a list)."""
    runs: list[list[Quote]] = []
    prev: Quote | None = None
    for q in quotes:
        if q.nested:
            continue
        if prev is not None and list_gap(text, prev.end + len(prev.close_mark), q.start - len(q.open_mark)):
            runs[-1].append(q)
        else:
            runs.append([q])
        prev = q
    return [run for run in runs if len(run) > 1]


def share_listed_titles(text: str, quotes: list[Quote], opts: ExtractOptions) -> None:
    """Type title the other items of a list of capitalised names one of which a title rule (or
    the echo) named as a work on its own evidence ("his films “Harbour 9/11,” “Tides” and “Salt
    for Stone”": the first item, a work by the echo, had lent its earlier scare quote to the
    rest; "the films of the year include: “9 Days,” “Salt or High Water,” … “Red Harbour: The
    Secret History …,”": the digit-led first item read as a whole sentence, a later one as a
    work by its subtitle). Only speech and scare quotes credited by no verb or speaker are
    retyped: a list of slogans keeps its terms (round 57, lane titles57: four tuning items in
    two articles)."""
    for run in _list_runs(text, quotes):
        if not any(q.kind == "title" and q.kind_evidence and not q.kind_evidence[0].startswith(_WEAK)
                   for q in run):
            continue
        if not all(capitalised_throughout(q.text) and len(q.text.split()) <= opts.title_max_words for q in run):
            continue
        for q in run:
            if q.kind in ("speech", "scare") and not keeps_own_kind(q):
                q.kind = "title"
                q.kind_evidence = [LISTED_WITH_A_WORK] + q.kind_evidence
