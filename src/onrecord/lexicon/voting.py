"""Ballot options and the verbs of voting: "she will vote “no”", "most of the town voted
“Remain”". The option in marks after such a verb names the choice on the ballot, a term
(extract/term_rules.py), not words anyone said nor the writer's distance from them."""

from __future__ import annotations

from .contrast import CLASSES

# the forms of "vote" right before the marks
VOTING_VERBS = frozenset("vote votes voted voting".split())
# the choices a ballot or a roll call offers (compared lower-cased, without end punctuation)
BALLOT_OPTIONS = frozenset("yes no aye ayes nay nays present remain leave".split())
# nouns of voting a ballot option in marks may name the kind of ("one “no” vote", "“yes”
# voters", "the “Remain” side": a term, extract/label_rules._modifier; round 32, lane
# notspeech13: 207 such in the AllSides and BBC corpora, read as the writer's scare quotes)
VOTE_NOUNS = frozenset("vote votes voter voters ballot ballots side sides".split())
# Verbs by which a share of those polled ("nine percent chose", "a third of the members picked")
# picks an answer option, a term (extract/term_rules._poll_answer). Not the verbs of saying or
# believing ("one in three say it is “somewhat” important", "79 percent believe it is a “big
# problem”"): read as answers on 974 corpus articles (10 of 10 right), but on the never-read
# splits the rule with them lost two gold quotations' kind and cue (fresh6, fresh7; fresh7's
# cue accuracy fell under its floor), so a share's "say" stays with the reporting rules.
POLL_ANSWER_VERBS = frozenset("choose chooses chose chosen choosing pick picks picked select selects selected rate rates rated".split())
# Verbs by which a share of those polled gives its view ("41 percent of voters think the “…”",
# "one in four believe it is “…”"): the words in marks below them are the respondents' speech,
# no one named (attribute/poll_share.py, round 42, lane census25k; README fresh14 ruling). The
# extraction's "say" next to the marks already reads so; these reach a fragment deeper in the clause.
POLL_VIEW_VERBS = frozenset("say says said think thinks thought believe believes believed feel feels felt".split())

# A share of those polled, a regex fragment (read case-insensitively): a percentage ("nine
# percent", "9.5 per cent", "79%", "a 58-percent majority"), "one in four", "a (slim) majority",
# "a third", "two-thirds", "half". Read by extract/term_rules._poll_answer (a share that picks an
# answer option) and attribute/poll_share.py (a share that gives its view), which spelled it
# apart until round 44 (lane tidy27): one accepted "forty percent" and "minority", the other
# "a slim majority" and "a fifth". A bare "majority" ("Majority Leader X") and an ordinal
# "third" ("the third candidate") are no share: they need an article or a number; nor is a
# party's officer ("the minority leader said …", a corpus sentence).
# what "half" may measure besides people: a span or a count ("half an hour later residents
# said", "a year and a half", "half a dozen"), no share (review35: the shared pattern's bare
# "half" made "Half an hour later residents" respondents of a poll; poll_share on efe0787 read
# only "half of")
_HALF_OF_A_MEASURE = tuple(sorted({w for group in CLASSES["unit of time"] for w in group}
                                  | {"dozen", "mile", "miles", "time"}))
_HALF = rf"(?<!\band\sa\s)\bhalf\b(?!\s+(?:an?\s+)?(?:{'|'.join(_HALF_OF_A_MEASURE)})\b)"
_SMALL_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_MAJORITY_SIZES = r"(?:clear|slim|narrow|large|solid|bare|vast|overwhelming)"
POLL_SHARE_RE = (
    r"(?:(?:\b(?:\d+(?:\.\d+)?|[\w-]+)\s*(?:-\s*)?(?:percent|per\s+cent)\b|\b\d+(?:\.\d+)?\s*(?:-\s*)?%)"
    r"(?:\s+majority)?"
    rf"|\b{_SMALL_NUMBER}\s+(?:in|out\s+of)\s+{_SMALL_NUMBER}\b"
    rf"|\b(?:a|the)\s+(?:{_MAJORITY_SIZES}\s+)?(?:majority|minority)(?!\s+(?:leader|whip)s?\b)"
    rf"|\b(?:a|{_SMALL_NUMBER})[\s-]+(?:third|quarter|fifth)s?\b"
    rf"|{_HALF})"
)
