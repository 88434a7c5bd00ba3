"""Named days and named events: an occasion's name in title case is a term, not a work.

"The mayor declared “Lifeboat Crew Day”", "since ‘Black Tide Sunday,’", "at its briefings on
“Budget Tuesdays”": a title-case name ending on "Day" or a weekday names a day someone declares,
holds or remembers — an event by its real name, a term by the annotation convention
(eval/real/README.md: names of products, bodies and events are terms). The title-case readings
typed such names title (title case alone, or right after "on") and the reporting-verb rule speech
("declares"). Round 44, lane titles27 (eval/real/audit/titles27-sample.tsv: 4 of the sample's 24
wrong items; fresh15's "Starbucks Appreciation Day").

Placed after the work readings (classify.KIND_RULES): a film's name after "film", a poem after
its poet's possessive, a show a speaker appeared on ("said on “… Sunday”") and the known
programmes ("Fox News Sunday", "New Day") are decided before this rule sees them.
"""

from __future__ import annotations

import re

from ..lexicon.calendar import CAMPAIGN_VERBS, NAMED_DAY_ENDINGS, NAMED_WEEK_ENDINGS, WEEK_TIME_OPENERS
from ..lexicon.function_words import ARTICLES
from ..lexicon.work_contexts import AWARD_HEADS, CODE_NAME_OPENERS, EVENT_HEADS
from .bounds import decides
from .lexicon import PERFORM_RE, PROGRAMME_ROLE_NOUNS, WORK_NOUNS
from .reading import Decision, _Reading
from .title_rules import _ON_PROGRAMME, _work_noun_near
from .words import _last_match, _words

# The lower-case word right after the closing mark ("the “Save the Quay” rally"): no comma or
# full stop between, which would end the name's phrase ("the “Gang of Eight,” Arizona's …").
_WORD_AFTER = re.compile(r"^[\u201d\u2019\"']?[ \t]+([a-z]+)\b")
# The small word after an event word that opens a name ("Rally for …", "March on …").
_EVENT_OPENER_LINKS = frozenset({"for", "to", "on", "against", "of"})


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?\u2019'\"")


def _day_shaped(words: list[str]) -> bool:
    """The words end on a day word (or "Week", round 78) and read as a day's name: not opening on an article (“The
    Next Day” is an album's name, as person_labels reads "The"), no article right before the
    day word ("Librarian For The Day": a role), and no possessive but the one right before it
    ("Mother's Day" is hers; "Bill Weld's Weird Tuesday" is a piece about his day)."""
    bare = [_bare(w) for w in words]
    week = bare[-1] in NAMED_WEEK_ENDINGS and bare[0] not in WEEK_TIME_OPENERS  # "This Week" is a show
    if (bare[-1] not in NAMED_DAY_ENDINGS and not week) or bare[0] in ARTICLES or bare[-2] in ARTICLES:
        return False
    return not any(w.endswith(("\u2019s", "'s", "s\u2019", "s'")) for w in words[:-2])


@decides(2, "bare_title_max_words")
def _named_day(r: _Reading) -> Decision | None:
    """A title-case name of two or more words ending on "Day(s)", a weekday (plural too) or "Week",
    unflagged, not a question or an exclamation, not right after a verb of running a campaign
    ("has been organizing “Skip the Toll Saturdays”": a named group's campaign, a title)."""
    if r.ctx.flagged or not r.title_case or r.n > r.opts.bare_title_max_words:
        return None
    if not _day_shaped(r.words) or r.text.rstrip()[-1:] in "?!":
        return None
    before = [_bare(w) for w in _words(r.left)[-2:]]
    if any(w in CAMPAIGN_VERBS for w in before):
        return None
    if _bare(r.words[-1]) in NAMED_WEEK_ENDINGS and _programme_after(r):
        return None  # 'the “Harbour Week” roundtable': a weekly show's name, a title
    return "term", [f"a title-case name ending on '{r.words[-1].strip('.,;:')}': a named day, an occasion"]


def _programme_after(r: _Reading) -> bool:
    """A work's or a programme's noun right after the marks ("the “… Week” roundtable", "a “…
    Week” episode"): a weekly show is named so as often as an occasion (round 78)."""
    after = _WORD_AFTER.match(r.right)
    return bool(after) and (after.group(1) in PROGRAMME_ROLE_NOUNS or after.group(1) in WORK_NOUNS)


def _event_word(r: _Reading) -> str | None:
    """The word that makes the title-case name an event's: the name's last word, an opening
    "Rally for"/"March on", or an opening "Operation"."""
    bare = [_bare(w) for w in r.words]
    if bare[0] in ARTICLES:
        return None  # "The Last Waltz Concert": a work's or a band's name as often (see _day_shaped)
    if bare[-1] in EVENT_HEADS or bare[0] in CODE_NAME_OPENERS:
        return r.words[-1 if bare[-1] in EVENT_HEADS else 0].strip(".,;:")
    if bare[0] in EVENT_HEADS and bare[1] in _EVENT_OPENER_LINKS:
        return r.words[0]
    return None


def _a_work_in_reach(r: _Reading) -> bool:
    """A work noun, a verb of performing or a programme a speaker appears on before the marks:
    the name is a film's, a song's or a show's ("the film “Harbour Lights Summit”", "said on
    “Harbour Forum”"), read by the title rules."""
    return bool(_work_noun_near(r.left_tail) or _last_match(PERFORM_RE, r.left_tail) or _ON_PROGRAMME.search(r.left))


@decides(2, "bare_title_max_words")
def _named_event(r: _Reading) -> Decision | None:
    """A title-case name of two or more words that names an event (GUIDELINES K20: events,
    operations' code names and award categories are terms; round 70, lane kind78): its last word
    is an event word ("… Summit", "… Forum"), it opens on "Operation" or "Rally for", or an event
    word follows the marks ("the “…” rally", "its “…” award"). Unflagged, not a question or an
    exclamation. An event word after the marks is the name's own head, so it decides even with a
    work noun before (a column's "“…” award"); otherwise a work in reach is left to the title
    rules. The title-case readings typed such names title (after a possessive, or alone) and the
    length rule speech (tuning sets: "a “… Forum” at the university", "Politico's “… Summit”")."""
    if r.ctx.flagged or not r.title_case or r.n > r.opts.bare_title_max_words:
        return None
    if r.text.rstrip()[-1:] in "?!":
        return None
    after = _WORD_AFTER.match(r.right)
    if after and (after.group(1) in EVENT_HEADS or after.group(1) in AWARD_HEADS):
        word: str | None = after.group(1)
    else:
        word = _event_word(r)
        if word is None or _a_work_in_reach(r):
            return None
    return "term", [f"a title-case name with the event word '{word}': a named event"]
