"""Words right before "the" that make the title-case name after it a work: a film, song or
programme a scene is "in" or a clip is "from", a document someone "authored" ("in the “Ten
Commandments.”", "From the “Kelly File.”", "authored the “Declaration of Sentiments.”": lane
titles13's corpus check, where reading such names as bodies or groups was wrong)."""

from __future__ import annotations

WORK_BEFORE_THE = ("in", "from", "authored", "wrote", "penned", "drafted", "published")

# The last word of a name that makes it an event, a publication or a document, not a body or a
# group ("the “We Are the Future Rally,”", "the “Aurora Update,”", "the “President's Daily
# Brief,”", "the “Superdelegate Hit List,”": lane titles13's corpus check, wrong or arguable when
# read as terms). Work nouns proper are extract/lexicon.py's WORK_NOUNS.
# The events among them, with festivals: the last word of an event's name, or the noun right
# after its marks ("Politico's “Women Rule Summit”", "the “Unite the Right” rally"). GUIDELINES
# K20 (lead R2) makes such a name a term, and extract/occasion_rules._named_event reads it before
# this list is consulted (round 70, lane kind78).
# Not "convention" or "parade": a treaty's name ("… Convention", a document) and a song's or a
# film's ("Easter Parade") end on them as often.
EVENT_HEADS = frozenset(
    """rally rallies march summit summits conference forum gala concert ball fundraiser festival""".split()
)
# Award words, read only right after the marks ("its “Worst Year in Washington” award": an award
# category, a term by K20); as a name's last word ("… Awards") they name the televised ceremony
# as often, a programme.
AWARD_HEADS = frozenset({"award", "awards", "prize"})
EVENT_OR_DOCUMENT_HEADS = EVENT_HEADS | frozenset(
    """update updates list brief briefing tape tapes diaries declaration""".split()
)
# The first word of an operation's code name ("“Operation Slow Tide”"): a term (K20).
CODE_NAME_OPENERS = frozenset({"operation"})

# Nouns of things that carry a name their founders gave them, a term: groups, pages, accounts
# and users online, clubs and bands ("belonged to several groups online, including one called
# “…”", "posts from a user called “…”", "a fanpage called “…”": lane titles17's sample and
# kindspeech16's corpus reading, where the naming rule credited the name to the sentence's
# subject as speech). Works after "called" are extract/work_rules' new works, titles.
NAMED_THING_NOUNS = frozenset(
    """group groups page pages fanpage fanpages account accounts user users handle channel
    forum chatroom club band movement charity network""".split()
)
