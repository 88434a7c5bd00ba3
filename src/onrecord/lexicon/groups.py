"""Groups and indefinite speakers: nouns for many people, never one person's name.

Two readers, two sets, one relation (pinned in tests/lexicon):

- ``GENERIC`` (the classifier): words credited to one of these are not speech (README: "one
  credited to nobody, or to a generic group, is term or scare"): "critics call it “…”".
- ``GROUP_NOUNS`` (speaker finding): plural people-nouns that open sentences capitalised
  ("Critics say", "Supporters argue") are a group, never a speaker's name (audit 4: "Critics"
  was reported as a speaker). All of them are GENERIC except ``SPEAKING_GROUPS``: groups that
  speak for an institution or a side ("officials said", "sources told"), whose words the
  classifier keeps as speech.
"""

from __future__ import annotations

from .heads import ACRONYM_HEADS

GENERIC = frozenset(
    """supporters critics opponents defenders engineers researchers scientists economists
    experts analysts teachers nurses doctors residents locals people some many others
    activists campaigners fans scholars astronomers industry insiders observers
    commentators skeptics sceptics detractors proponents advocates members politicians
    politician students parents voters historians users staff workers drivers
    farmers fishermen traders investors bankers pundits marketers developers planners
    everyone someone somebody nobody anyone they them we i you locals insiders
    admirers cynics purists traditionalists economist engineer researcher scientist
    linguists lexicographers biologists geologists physicists chemists doctors clinicians
    medics pilots sailors soldiers headlines tabloids
    press media journalists reporters columnists writers authors readers viewers listeners
    players coaches managers owners landlords tenants consumers shoppers customers
    retailers businesses companies firms organisers organizers volunteers crew crews crowd
    crowds audience audiences public community profession trade regulars""".split()
)

# Generic voices whose words in marks are an opinion or a person's own words, never the name of a
# thing: a side in a dispute ("Critics say the levy creates a “hidden tax”", "Opponents say it
# amounts to another “…”", "immigration advocates say he has built an “…”": the writer's distance
# from the side's charge) and a person the
# sentence does not name ("you say that …", "someone who said …": an interviewee's or a
# politician's words). Read by extract/speech_rules._group_names_a_thing (round 30, lane
# terms12: AllSides corpus check).
OPINION_VOICES = frozenset("""critics opponents detractors sceptics skeptics cynics foes
supporters advocates activists defenders proponents campaigners
you someone somebody i we he she anyone everyone nobody""".split())

# Groups whose words are reported speech, not a generic voice: not in GENERIC.
# "prosecutors", "mps", "msps", "meps": members of an office or a parliament, whose words are
# their body's case or report (round 35, lane big2: a select committee's report was given to the
# name "MPs" on new corpus text; "Prosecutors" and "MSPs" were shown as names in big, 12 names
# in all). Folded: "MPs" is read as "mps".
SPEAKING_GROUPS = frozenset("""officials sources lawmakers witnesses protesters protestors
conservatives liberals progressives prosecutors mps msps meps""".split())

GROUP_NOUNS = SPEAKING_GROUPS | frozenset("""critics supporters opponents experts analysts
observers residents skeptics sceptics advocates activists economists scientists voters parents
students insiders detractors proponents fans commentators investors traders doctors
researchers""".split())

# A body's own panels, whose verdicts an article gives as the body's: "the 13-strong AFI jury
# concluded “…”" is the American Film Institute speaking (real-news tuning extension: five of
# the institute's statements were left null). One list for attribute/groups.panel_of_body.
BODY_PANELS = frozenset("""jury panel board judges committee council staff
secretariat""".split())

# American party members in the plural, as a speaker's whole name ("House Republicans",
# "Senate Democrats", "Democrats"): a group of members, a description, never a named body. The
# gold leaves them null ("State House Democrats said", fresh2; party members named by their role,
# fresh6), while a British party named as a body ("the Conservatives", "the Lib Dems") is the
# party's name and stays. Read by attribute/party_groups.py (round 33, lane short14).
US_PARTY_PLURALS = frozenset({"democrats", "republicans"})
# British parties named as a body in the plural, capitalised after "the" ("The Conservatives
# also said", "The Liberal Democrats have warned", "The Tories say"): the party speaking, never
# the generic group "conservatives" (round 42, lane census25s: fresh14 and new corpus text left
# such quotations null). Lower case keeps the group; the American plurals stay groups (above).
# Read by attribute/party_groups.party_body.
BRITISH_PARTY_BODIES = frozenset({"conservatives", "tories", "liberal democrats", "lib dems"})
# the words that may stand before them in such a group name ("Senate Democrats", "GOP
# Republicans", "Other Republicans", "State House Democrats")
PARTY_GROUP_PREFIXES = frozenset("""house senate state congressional gop other some many moderate
conservative progressive centrist panel committee republican democratic""".split())
# People who act or speak for an owner named in a possessive: "Alden's lawyers said …", "his
# defense team put out a statement". Their words are not the owner's, and a "they" after them
# is them, unnamed (round 33, lane itthey14: a client was given her lawyers' letter twice on
# random corpus text, a defendant his defence team's statement).
RETAINED_GROUPS = frozenset("""lawyers attorneys counsel solicitors barristers advisers
advisors aides representatives spokespeople team""".split())

# Words that name a political party or side ("Republican", "Labour", "Tory"): a short
# title-case quotation holding one is a label for a side, a rating or a faction ('from "Solid
# Republican" to …', 'targets "New Labour" MP'), not a work's name (round 34, lane terms15:
# the title-case fallback read such labels as titles). Read by extract/person_labels.py.
PARTY_SIDE_WORDS = frozenset("""republican republicans democrat democrats democratic gop labour
tory tories conservative conservatives libertarian libertarians whig whigs""".split())

# Head nouns of a body's name ("Economic Policy Advisory Board", "Gang of Eight", "Regional
# Centers"): a title-case quotation with no work cue that such a noun heads names an
# organisation, a term, not a work (round 34, lane titles15: five of the title-case fallback's
# corpus titles, all bodies). Read by extract/person_labels.py. Left out, because they also
# end the names of films, shows and plays: state, union, court, army, club, society, league,
# empire, network, force, office, foundation, movement, company, corporation ("State of the
# Union", "Fight Club", "Dead Poets Society", "Boardwalk Empire", "The Social Network", "The
# Office").
# Built from the institution heads (heads.ACRONYM_HEADS) less "foundation" and "office" (works'
# ends, above) and "service" (not among titles15's measured heads), with the heads of bodies
# that are not institutions (parties, gangs, caucuses, alliances) or whose names are seldom
# acronyms (ministries, centres, funds, the Federal Reserve).
BODY_NAME_HEADS = (ACRONYM_HEADS - {"foundation", "office", "service"}) | frozenset("""party parties
center centers centre centres ministry brotherhood coalition caucus alliance gang organization
organisation reserve fund""".split())

# Adjectives of an ethnic group or a faith, capitalised in running text ("a Hispanic voter",
# "Latino turnout", "critics of Islam"): alone or ending a capitalised run they name no one, and
# a he/she bound to them named the group (round 34, lane pronoun15: "Hispanic", "Latino" and
# "Islam" each took a he/she on random corpus text). DEMONYMS (places.py) holds the nations.
GROUP_ADJECTIVES = frozenset("""hispanic hispanics latino latina latinos latinas latinx islam
islamic islamist muslim jewish evangelical""".split())

# a crowd's chant named right before the marks ("chanted: “…”", "chants of “…”"): words many
# shout, no one's (attribute/chants.py; round 69, lane unnamed77)
CHANT_WORDS = frozenset("chant chants chanted chanting".split())
