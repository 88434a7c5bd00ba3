"""Head nouns of descriptions: the last word of "the company", "the panel", "the department"
and what each can name. Moved from attribute/referents.py (round 15) so that word lists live in
the lexicon: one list per idea."""

from __future__ import annotations

from types import MappingProxyType

GENERIC_ORG_HEADS = frozenset({"company", "firm", "business", "retailer", "lender", "insurer",
                               "airline", "carrier", "manufacturer", "group"})


GENERIC_HEADS = frozenset({"man", "woman", "people", "person", "one", "official", "officials",
                           "source", "sources", "resident", "residents", "member", "members"})


# A definite description names an organisation by its kind, not by a word of its name: "the
# panel said" is the Senate Intelligence Committee, "the newspaper also claimed" is The
# Sunday Telegraph (both left unattributed on the real-news tuning split).
ORG_HEAD_SYNONYMS = MappingProxyType({
    "panel": frozenset({"committee", "commission", "panel", "board"}),
    "committee": frozenset({"panel"}),
    "newspaper": frozenset({"times", "telegraph", "post", "journal", "guardian", "herald", "tribune",
                            "gazette", "independent", "mail", "mirror", "express", "observer",
                            "chronicle", "standard", "globe", "sun"}),
    "paper": frozenset({"times", "telegraph", "post", "journal", "guardian", "herald", "tribune",
                        "gazette", "independent", "mail", "mirror", "express", "observer",
                        "chronicle", "standard", "globe"}),
    "network": frozenset({"news", "cnn", "msnbc", "nbc", "abc", "cbs", "fox", "bbc"}),
    "broadcaster": frozenset({"bbc", "cnn", "nbc", "abc", "cbs", "news"}),
})


# Kinds of body a report names again by what it is right after the body spoke ("Harbour Foods
# said …. “…,” the company said"; "X Medical Center said in a statement …. “…,” the hospital
# said"): attribute/described._body_that_spoke, round 35, lane epithet17 (corpus census: left
# null). Only bodies' kinds, never a person's role, and only kinds few other bodies in a report
# share: "the government said" after an electoral commission or a police union spoke is another
# body (corpus: "government" took two such), "the union" after a firm likewise, and "the
# campaign" speaks for a person.
BODY_KIND_HEADS = GENERIC_ORG_HEADS - {"group"} | frozenset({"hospital", "military"})


# Heads of institutions whose names are mostly written as acronyms: "the department said" after
# "USDA" eleven times and the full name never (real-news tuning split: the department's
# statement was left unattributed). Only bare "the <head>": "the state department" names one.
ACRONYM_HEADS = frozenset("""department agency bureau administration commission committee council
board institute association foundation service office""".split())


# Head nouns that describe a body, not a person, in an apposition after a name: "Harbour Watch,
# a campaign group calling for …", "Osk Marine, a family firm" (attribute/appositions.collect_roles;
# corpus read, twelfth session: the apposition counted as a person's role and "he said" went to
# the group).
BODY_ROLE_HEADS = GENERIC_ORG_HEADS | ACRONYM_HEADS | frozenset("""organisation organization
charity coalition nonprofit non-profit union network alliance movement lobby outlet newspaper
website publisher party tank consultancy startup start-up conglomerate chain""".split())

# Head nouns of a description that make the name it describes a body or a place, never a
# person: an apposition after the name ("Hadley X, a public elementary school on the east side")
# or role words before it ("chief of technology giant Keller X"). Round 35, lane entity16: on 974
# random corpus articles "Gilpin Montessori" (a school) took a sixth-grader's "he" and "Hewlett
# Packard" (a "technology giant") its chief executive's "she", each typed a person by the
# description. Not "center" (a basketball position).
BODY_DESCRIPTION_HEADS = BODY_ROLE_HEADS | frozenset("school university college hospital academy giant".split())
# Of those, heads that describe a person as well as a body: "technology giant Keller X", "magazine
# publisher Time X" are bodies, but "Lionel X, a giant of the local music scene", "talk radio
# giant Lionel X", "publisher Anna X" are people
# (review of round 35, nineteenth session: entity16's body words before a name made such people
# bodies, and their own "she told" went to the paper; the allsides corpus writes
# "publisher Katharine Graham", "the newspaper publisher Conrad Black", "talk radio giant Rush
# Limbaugh", "John Rawls, the liberal philosophical giant of …"). Under these a name opening on a
# given name stays a person (attribute/appositions.py); a body named after its founder ("publisher
# Henry X") is then read a person, as before round 35. Not "carrier": "letter carrier Anna X" is
# a woman, but the corpus's carriers before a given name are warships ("aircraft carrier Abraham
# Lincoln", 3 of 3 in 124 targeted articles), which entity16 rightly made bodies.
PERSON_OR_BODY_HEADS = frozenset({"giant", "publisher"})

# Last words of a name that names a thing, an event or a place, never a person: "Trump
# Derangement Syndrome", "Pearl Harbor", "the Civil War", "the Power Index", "the Federal
# Reserve" (a body that speaks, never a he/she). Round 35, lane entity16: each took a he/she on
# 974 random corpus articles or 200 targeted ones, and the syndrome took every "Trump" of its
# column; none ends a person's name in the 974.
THING_NAME_HEADS = frozenset("syndrome disease index doctrine harbor harbour reserve prize awards".split())

# Last words of names that name a law, a document or a war, which never say anything themselves:
# "the Endangered Species Act", "the Fifth Amendment", "the Paris Agreement", "the Recess
# Appointments Clause", "the Korean War" (a war was in THING_NAME_HEADS, round 35). Such a name
# takes no he/she/it/they and is no speaker of its own (attribute/name_forms.non_agent_name,
# round 76, lane events76: on 5,000 unseen AllSides articles they took "it", "they" and "she" and
# were the subjects of "dictates", "defines", "empowers" before the text they lay down;
# GUIDELINES D5: a law's text has no speaker unless the article names its author). Not "deal"
# (Gov. Nathan Deal), "crisis" (the group Student Debt Crisis), "charter" (Charter, the cable firm).
LAW_NAME_HEADS = frozenset("act bill law treaty amendment accord agreement constitution clause".split())
NON_AGENT_NAME_HEADS = LAW_NAME_HEADS | frozenset({"war", "wars"})
# Of those, heads that are a whole name alone: "the Constitution says", "the Amendment states".
LONE_NON_AGENT_NAMES = frozenset({"constitution", "amendment"})
# First words of a storm's name: "Hurricane Irma", "Typhoon Haiyan", "Storm Ciara" (a storm is
# named like a woman or a man and took a mayor's "she said"; a headline's "“…” Hurricane X
# Threatens …" read it as a verb's subject: lanes events76 and capgen76, 6 quotations on 5,000
# unseen articles). "Storm" is a given name too: a person so named would lose the name; neither
# lane found one in the 5,000 articles or the tuning sets, and a named storm's "Storm X" headline
# took a mayor's "she said" in the lane's test.
STORM_NAME_OPENERS = frozenset("hurricane typhoon cyclone superstorm storm".split())


# Heads of a lede's description that stay unnamed however the next sentences go on: "…, a
# company spokesman has said. Harbour master X said …" is another person (round 23, lane
# describe7). Documents and bodies are excluded by their own lists (cues.py).
UNNAMED_LEDE_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source",
                                "insider", "witness", "person", "man", "woman"})


# A person's place in a family written as a role's head ("his wife, X", "X's widow"): person
# nouns here (PERSON_ROLE_NOUNS below) and, with a few more, the family roles of
# lexicon/titles.KIN_ROLE_WORDS, each word written once.
FAMILY_ROLE_NOUNS = frozenset("""wife husband son daughter mother father sister brother widow widower
grandson granddaughter spouse cousin""".split())

# Person nouns a role's head may be that the word-ending test of attribute/role_shape.py misses:
# -ant/-ent nouns (the endings make adjectives as often: "a triumphant X", "recent X"), -ive
# nouns ("a GOP operative"), and short nouns for a person's post or standing ("a fellow at …",
# "a clerk in …"). Round 24, lane desc8: named speakers' descriptions read on 1,000 corpus
# articles, where "a triumphant", "recent", "the conservative" showed as roles.
PERSON_ROLE_NOUNS = frozenset("""president resident student agent correspondent consultant
assistant lieutenant sergeant attendant participant applicant immigrant migrant servant tenant
merchant accountant defendant claimant informant descendant regent superintendent opponent
proponent respondent patient client parent constituent incumbent dissident contestant entrant
occupant recipient president-elect vice-president adherent protestant inhabitant dependent
representative operative executive detective relative captive native
fellow clerk advocate secretary chief head boss envoy guru tsar czar heir ally aide staff
cop judge justice nun monk priest cleric poet bard artist chef cook maid nanny pilot cadet
scout guard veteran expert activist graduate candidate nominee delegate deputy surgeon
physician doctor nurse medic mp mep msp mla peer baron baroness colonel general major marshal
friend child kid partner fiancé fiancee fiancée twin heiress star
icon legend hero heroine champion captain coach adult teen teenager youth girl boy man woman
people person one official source victim survivor suspect critic whip architect diplomat barista
comic rival surrogate associate scholar deacon titan marine democrat republican tory independent mechanic
giant watchdog scrum-half fly-half full-back half-back billionaire millionaire waitress hostess
counselor counsellor duchess countess empress stewardess governess headmistress seamstress""".split()) \
    | FAMILY_ROLE_NOUNS

# Words ending like a person noun (-er, -or) that name no person: a fronted phrase or a verb
# before a name ("On the matter, X said", "senators gather to consider X") read as a role.
NON_PERSON_ER_WORDS = frozenset("""number numbers order other matter letter paper newspaper
center centre quarter summer winter water power chapter corner border river cancer dinner
murder error color colour factor sector motor mirror floor door honor honour labor labour
favor favour terror horror behavior behaviour after over under never later rather whether
together further consider offer answer register wonder remember deliver discover enter gather
suffer bother cover computer weather tower meter theater theatre filter shelter cluster poster
disaster manner banner ladder silver thunder chamber member-state minor major-league interior
exterior superior inferior senior junior prior anterior poster super counter transfer
cancer career corridor monitor charter encounter character primer trailer thriller letter
headquarter headquarters fundraiser danger however moreover forever whatever whenever wherever former latter earlier higher lower larger bigger greater longer
better faster sooner smaller wider deeper stronger harder easier closer farther lesser fewer
newer clearer broader tougher cheaper""".split())

# Past participles without -ed that follow a role's head ("a contractor held by …", "a singer
# known for …"): the head ends before them (attribute/role_shape.py).
IRREGULAR_PARTICIPLES = frozenset("""held known born led run seen given taken chosen paid sent
made found kept left shot hit caught built brought bought told sold won lost grown drawn""".split())


# Last words of a body's own name ("Pew Research Center", "Harbour College"), for the extract
# stage, which may not read attribute/cues.ORG_WORDS (they are all there too; the fourteenth
# session's review): a capitalised run ending in one names a body, not a person (extract/own_use.py;
# corpus check: "Pew Research Center uses the terms “…”" read as a person's speech).
PLACE_OF_WORK_HEADS = frozenset("center centre university college school hospital institution".split())


# Kinds of body a report names back by what it is right after naming it, whether or not the body
# spoke just before ("Dortmund FC agreed a rescue plan …. The club, which …, said “…”"; "the
# parliamentary Joint Committee on X questioned the rules. In a report the cross-party
# committee stated …"): attribute/near_body.py, round 37, lane unnamed20 (big2 sample: 8 of 29
# null descriptions the article names). Bodies' kinds only, never a person's role; left out as
# for BODY_KIND_HEADS: "government" (a country or a ministry), "union", "campaign", "party", and
# "agency" ("Parliament has confirmed an inquiry. “…,” explained the agency" is no parliament's:
# attribute/kind_backref.py reads it, acronyms only).
NEAR_BODY_HEADS = BODY_KIND_HEADS | frozenset("""club school university college committee
organisation organization group charity hospital""".split())

# Last words of names that name a law, a pact or a picture credit, never a body that speaks:
# "funding under the CARES Act" was the one "body" before "the school said" (attribute/near_body.py,
# round 37, lane unnamed20; corpus).
NOT_BODY_NAME_ENDINGS = frozenset({w.capitalize() for w in LAW_NAME_HEADS} | {"Images"})

# Kinds of institution whose names often show the kind, grouped where one is written for another
# ("Brookfield College … the school said"): a name ending in one kind is no referent of a
# description of another ("the Harbour Club … the school said": attribute/near_body.py; round
# 37, review28, a near miss; the five corpus firings on big, big2 and review27's 400 all agree).
INSTITUTION_KIND_FAMILIES = (frozenset("school college university academy".split()), frozenset({"club"}),
                             frozenset({"committee"}), frozenset({"hospital"}))
# kinds of body a news outlet may be ("the company", "the group"): for the others a news outlet
# named in the sentence is the story's source ("ICE says it will … , Fox News reports"), no
# second body (attribute/kind_chain.py, round 44, lane nulls27; moved here by review35)
OUTLET_KINDS = frozenset({"company", "firm", "business", "group"})

# Epithets of standing, wealth, trade or career that news writes as a second reference to a
# person it has just named ("Mr. X pointed to … . “…,” the real estate mogul said"), and that
# are no office (TITLE_WORDS), no relation ("the son" is often the son of the one before) and no
# unnamed voice ("the source", "the official"). Round 47, lane epithet28: the heads of the
# lane's judged sample whose person was the named subject of the sentence before, and their
# near synonyms.
EPITHET_HEADS = frozenset("""billionaire millionaire multimillionaire mogul tycoon magnate
businessman businesswoman entrepreneur financier philanthropist hopeful front-runner frontrunner
contender veteran citizen native physician celebrity superstar megastar socialite
president-elect""".split())


# Heads of a body that a definite description names by its own modifiers: "the Obama
# administration", "the Trump campaign", "the Russian defense ministry", "the Coalition
# government" are those bodies, and gold writes them so (eval/real/README: bodies speak).
# attribute/self_named_body.py, round 51, lane orgdesc51 (big, big2 and random AllSides text left
# them null or gave them to another body). Not "department", "committee" or "office", which the
# article names in full as often ("the Energy department" for the Department of Energy).
SELF_NAMING_HEADS = frozenset({"administration", "campaign", "government", "ministry"})

# Words before "the Obama administration" that make the body a time or one side of a relation, not
# an actor the next bare "the administration" can refer back to: "who ran the program during the
# Obama administration. ¶ The administration also said …" meant the sitting one (round 53, lane
# census53: attribute/repeated_body.py, targeted AllSides folder).
# Review of rounds 52-53: "a holdover from the Obama administration", "the last years of the Obama
# administration" are one side of a relation or a time too ("from", "of").
NOT_ACTOR_BEFORE_BODY = frozenset("during under since throughout between before after from of".split())


# Plural heads of a study's authors: "the authors said", "the study's authors", "the researchers
# wrote" are the people the article named as its authors (attribute/joint_authors.py, round 51,
# lane orgdesc51).
AUTHOR_HEADS = frozenset({"authors", "co-authors", "coauthors", "researchers"})


# Kinds of body or finding an article writes once with a name before the head ("The Marlow family
# released …", "Harlan nurses unions said …", "Chile's interior ministry said …", "a Brackett
# Research poll …") and then by the bare head ("the family said", "the unions said", "the poll
# notes"); the bare head is that named one (attribute/named_kind.py, round 54, lane desc54:
# eval/real/audit/desc54-sample.tsv). The findings among them (poll, survey, study: lexicon
# reporting.FINDING_NOUNS) speak for the name before the noun, the bodies for the whole phrase.
# Documents among them speak for the name before the noun too ("an internal Harlan Coast Guard
# intelligence memo …. “…,” the memo reads"; S9, S10: a document speaks for the issuer the
# article names; round 70, lane null78).
NAMED_DOCUMENT_HEADS = frozenset({"memo", "statement", "report"})
NAMED_KIND_HEADS = frozenset({"family", "union", "unions", "ministry", "government", "poll", "survey",
                              "study"}) | NAMED_DOCUMENT_HEADS

# Endings of one-word names of a creed, a programme or a manner of speech ("Wahhabism",
# "Christianity", "Obamacare", "Trumpspeak"): never a he/she's antecedent. Round 79, lane
# pron89: on draw E (3,000 unseen AllSides articles) each took a he/she no other name could take,
# the pronoun's gender was then fixed on it, and every later "he" of the piece followed
# (attribute/he_she_guard.py).
THING_WORD_ENDINGS = ("ism", "isms", "ianity", "care", "speak")


# Person nouns that close a role between a capitalised modifier and a name after an inverted
# credit ("said Channel Nine personality X", "said Fox pundit X") but that the person-noun test
# of attribute/role_shape.py does not know: the modifier (the channel) took the words (round 81,
# lane wrong93: "Fox News personality X" on 3,000 unseen articles). Kept out of
# PERSON_ROLE_NOUNS, which also resolves descriptions ("the personality" names no one).
BRIDGE_ROLE_NOUNS = frozenset("personality pundit celebrity mogul magnate tycoon entrepreneur".split())

# Staff who speak for someone ("A senior Rubio adviser previewed …. The aide also stressed …":
# the aide is that unnamed adviser, not the person in focus; attribute/role_of_body.py).
STAFF_ROLES = frozenset({"aide", "adviser", "advisor", "official", "staffer", "source", "spokesman",
                         "spokeswoman", "spokesperson"})

# Roles held for a principal, whom a name before them names ("the <Surname> adviser", "The
# <Surname> campaign counsel"): the holder is never that principal. Round 82, lane desc96: on
# draw K "The <candidate> advisor added" went to the candidate in focus, and "The <candidate>
# campaign counsel's letter" to the candidate. The staff above but an official and a source
# (a "Senate official" is no senator's), and the hired roles of a candidate.
PRINCIPAL_STAFF_HEADS = (STAFF_ROLES - {"official", "source"}) | frozenset(
    {"counsel", "lawyer", "attorney", "manager", "strategist", "pollster"})
