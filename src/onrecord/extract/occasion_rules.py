"""Named days: an occasion's name in title case is a term, not a work.

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

from ..lexicon.calendar import CAMPAIGN_VERBS, NAMED_DAY_ENDINGS
from ..lexicon.function_words import ARTICLES
from .bounds import decides
from .reading import Decision, _Reading
from .words import _words


def _bare(word: str) -> str:
    return word.lower().strip(".,;:!?\u2019'\"")


def _day_shaped(words: list[str]) -> bool:
    """The words end on a day word and read as a day's name: not opening on an article (“The
    Next Day” is an album's name, as person_labels reads "The"), no article right before the
    day word ("Librarian For The Day": a role), and no possessive but the one right before it
    ("Mother's Day" is hers; "Bill Weld's Weird Tuesday" is a piece about his day)."""
    bare = [_bare(w) for w in words]
    if bare[-1] not in NAMED_DAY_ENDINGS or bare[0] in ARTICLES or bare[-2] in ARTICLES:
        return False
    return not any(w.endswith(("\u2019s", "'s", "s\u2019", "s'")) for w in words[:-2])


@decides(2, "bare_title_max_words")
def _named_day(r: _Reading) -> Decision | None:
    """A title-case name of two or more words ending on "Day(s)" or a weekday (plural too),
    unflagged, not a question or an exclamation, not right after a verb of running a campaign
    ("has been organizing “Skip the Toll Saturdays”": a named group's campaign, a title)."""
    if r.ctx.flagged or not r.title_case or r.n > r.opts.bare_title_max_words:
        return None
    if not _day_shaped(r.words) or r.text.rstrip()[-1:] in "?!":
        return None
    before = [_bare(w) for w in _words(r.left)[-2:]]
    if any(w in CAMPAIGN_VERBS for w in before):
        return None
    return "term", [f"a title-case name ending on '{r.words[-1].strip('.,;:')}': a named day, an occasion"]
