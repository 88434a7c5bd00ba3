"""Ballot options and the verbs of voting: "she will vote “no”", "most of the town voted
“Remain”". The option in marks after such a verb names the choice on the ballot, a term
(extract/term_rules.py), not words anyone said nor the writer's distance from them."""

from __future__ import annotations

# the forms of "vote" right before the marks
VOTING_VERBS = frozenset("vote votes voted voting".split())
# the choices a ballot or a roll call offers (compared lower-cased, without end punctuation)
BALLOT_OPTIONS = frozenset("yes no aye ayes nay nays present remain leave".split())
# nouns of voting a ballot option in marks may name the kind of ("one “no” vote", "“yes”
# voters", "the “Remain” side": a term, extract/label_rules._modifier; round 32, lane
# notspeech13: 207 such in the AllSides and BBC corpora, read as the writer's scare quotes)
VOTE_NOUNS = frozenset("vote votes voter voters ballot ballots side sides".split())
# Verbs by which a share of those polled ("64 percent of respondents", "another one in four",
# "a majority of officers") gives its answer option, a term ("one in three say", "64 percent of
# respondents believe", "nine percent chose"): extract/term_rules._poll_answer.
POLL_ANSWER_VERBS = frozenset("""say says said think thinks thought believe believes believed choose
chose picked rate rated rating call called describe described feel feels felt consider considered
agree agreed view viewed""".split())
