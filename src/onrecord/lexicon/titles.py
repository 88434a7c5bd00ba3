"""Titles, honorifics and name suffixes: the words around a person's name that are not the name.

``HONORIFICS`` precede a name and are stripped from it when names are compared (names.py);
``TITLE_WORDS`` is every word that heads a role inside a run of capitals ("Energy Minister
Kurt X"): the honorifics and more roles. tests/lexicon pins HONORIFICS inside TITLE_WORDS and
NAME_SUFFIXES inside SUFFIXES.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .abbreviations import PLURAL_TITLE_ABBREVIATIONS
from .heads import FAMILY_ROLE_NOUNS

# Honorifics and titles that precede a name and are not part of it.
HONORIFICS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father
    president vice minister premier chancellor mayor councillor councilor senator sen rep
    representative governor gov judge justice chief inspector detective sergeant sgt captain capt
    general gen colonel col major maj brigadier brig lieutenant lt admiral commissioner secretary
    ambassador chairman chairwoman chair director coach king queen prince princess pope bishop
    deputy superintendent officer constable hon honourable honorable""".split()
) | PLURAL_TITLE_ABBREVIATIONS  # "Sens. X and Y": a plural title is no name (lexicon/abbreviations)

# Peerage titles: before a lone surname or place they are the name itself ("Lord Goldsmith",
# "Baroness Scotland": the fullest name the article writes, as the real-news gold has it;
# "Lord Peter X" keeps "Peter X" with the role). Twelfth session, BBC politics read. Each
# title with the sex it says ("m"/"f"): attribute/regroup.peer_person joins "Lady Thatcher" only
# to a woman's full name. (entities reads a peer's gender from MALE_WORDS/FEMALE_WORDS, which
# hold only "lord" and "lady": widening that changes output, so it is not done here.)
PEERAGE_TITLES: Mapping[str, str] = MappingProxyType(
    {"lord": "m", "baron": "m", "viscount": "m", "lady": "f", "baroness": "f"})

# Courtesy titles: say nothing of a role, only (some) of gender. A role that is one of these
# alone is no description ("Mr Dein" is not described as "Mr"), and words before one are not
# a role ("those who selected Mr Houston": "selected" is a verb).
COURTESY_TITLES = frozenset("mr mrs ms miss mx dr".split())

# Plural offices written before the names they head ("Senators X and Y", "Justices X, Y and Z
# wrote"): titles there. The court's, a board's and the like (PLURAL_OFFICES) were added in round
# 32, lane nameform13 ("Justices X" was the speaker; 166 of 38,800 corpus articles write
# "Justices" before names); alone ("the judges said") they stay a group, never one of them
# (attribute/resolve.py), as they were before they were titles. "the senators said" still reads
# as an office (a senator in focus): changing it moved 71 corpus quotations, not this class.
PLURAL_OFFICES = frozenset("""justices judges commissioners congresswomen chairmen secretaries ambassadors
representatives""".split())
PLURAL_TITLES = frozenset("senators governors congressmen ministers presidents".split()) | PLURAL_OFFICES

# Capitalised words that head a role inside a run of capitals ("Energy Minister Kurt X",
# "Provincial Fire Chief Y"): everything up to the last of these is the role, the rest the name.
TITLE_WORDS = HONORIFICS | frozenset("""
prosecutor attorney speaker sheriff marshal pastor rabbi imam cardinal archbishop dean principal
headteacher head chef trustee lawmaker congressman congresswoman assemblyman assemblywoman
commander leader spokesman spokeswoman spokesperson manager editor economist analyst author
founder owner striker winger defender midfielder goalkeeper guitarist pianist singer drummer
adviser advisor aide strategist counsel administrator correspondent nominee candidate treasurer
comptroller auditor registrar ceo cfo coo cto chairperson pres supt insp cmdr adm sens reps mp
mep msp mla td executive boss delegate magistrate prop flanker ayatollah sheikh sheik emir
host anchor presenter columnist
commentator lawyer producer actor actress composer playwright novelist comedian rapper musician
broadcaster filmmaker film-maker songwriter screenwriter choreographer bassist vocalist
frontman referee sprinter""".split()) | PLURAL_TITLES | frozenset({"govr", "ag"})  # boss: "Boss Steve X"; delegate:
# "Delegate Eleanor Holmes Norton"; magistrate: "Magistrate Lee X", prop: "Prop Adam X" (round
# 5: the title became part of the name); ayatollah, sheikh, emir: "Ayatollah Ali Khamenei" kept
# the title in the name; plural titles: "Senators Richard Blumenthal, Sheldon Whitehouse and …"
# (real-news tuning split; PLURAL_TITLES above); host, anchor, presenter, columnist, commentator,
# lawyer, producer:
# "Host Jon X pressed …", "Producer Kevin X said" kept the role in the name (round 11; not
# "reporter": "The Hollywood Reporter" is a paper); stage, screen and music roles (actor,
# composer, frontman …) likewise (tuning extension, round 11); referee, sprinter:
# "Sprinter X quits", "Referee Y said" kept the sports role in the canonical
# name, as striker and goalkeeper once did (fresh tuning splits 3 and 4, round 17); "govr"
# and "ag": offices a story writes short without a period ("Lt. Govr Ann X", "AG Bo Y" in a
# headline) kept the short form in the name (round 68, lane names76: one fresh24 item each)

# A saint's prefix: before a given name and another name word it is a title, as the real-news
# gold has it ("St. Thomas Aquinas" shown "Thomas Aquinas"); before a lone name it is the name
# itself ("Saint Peter" kept, as "Lord X" is: PEERAGE_TITLES). Read by
# attribute/glued_words.saint_prefix
# (round 68, lane names76: five fresh24 items in one article).
SAINT_PREFIXES = frozenset({"st", "saint"})

# Offices a story abbreviates before a name ("Sen. X", "Rep. Y", "Gov. Z"), each with its short
# form: the one core both OFFICE_FAMILIES and TITLE_SYNONYMS below are built from (they spelled
# the pairs apart until round 44, lane tidy27). "pres" stays with the office families
# only; "pm" is also a TITLE_SYNONYMS variant of "prime minister" (round 83, lane desc101).
ABBREVIATED_OFFICES: Mapping[str, str] = MappingProxyType({
    "senator": "sen",
    "representative": "rep",
    "governor": "gov",
})


def _with_short_forms(*offices: str) -> frozenset[str]:
    """The offices and their short forms (ABBREVIATED_OFFICES)."""
    return frozenset(offices) | {ABBREVIATED_OFFICES[o] for o in offices}


# Offices that are one for "the <office> said" read back to the person in focus: a person shown
# as any of a family holds the others ("Senate Minority Leader X" is "the senator"; "Sen. X" is
# "the lawmaker"); short forms are folded to their office. Read by attribute/focus_office.py
# (round 42, lane census25s).
OFFICE_FAMILIES = (
    frozenset("senate congressman congresswoman lawmaker legislator".split())
    | _with_short_forms("senator", "representative"),
    frozenset("minister secretary chancellor premier pm".split()),
    frozenset("president pres".split()),
    _with_short_forms("governor"),
)
# The offices checked against the focus's shown occupation: public offices and stage roles,
# which one person seldom holds beside another occupation the article shows. Not "the lawyer",
# "the chairman", "the manager", "the secretary": a professor is a lawyer, a civil service chief
# the cabinet secretary, a political donor the chairman (big + big2, read in the lane).
CHECKED_OFFICE_HEADS = frozenset("president minister premier chancellor mayor governor senator actress actor".split())
# The stage roles among them: an occupation, not an office whose holder a family stands beside
# ("said actor X" beside "X Jr." is no office holder beside his son: round 65 review of who68).
STAGE_ROLE_HEADS = frozenset("actress actor".split())
# The words for a body's spokesperson, one list for the rules that read an unnamed voice
# (attribute/voices.py: "The Ofcom spokesman said …") and a body that has one
# (attribute/kind_backref.py: "A spokesman for X … the organisation said"), and
# OCCUPATIONS_APART below.
SPOKESPERSON_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})

# Occupations shown for a person that a public office is not also held with: the press and
# commentators, advisers and strategists, performers, spokesmen (a quotation of "the president"
# went to the White House spokesman quoted before it; round 66, lane wrong69). Not "candidate",
# "nominee", "leader", "businessman", "resident", "donor" and the like, which an office holder
# is often also shown as ("the governor" is also the candidate). Read by attribute/focus_office.py.
OCCUPATIONS_APART = frozenset("""journalist reporter correspondent editor columnist commentator
pundit theorist strategist adviser advisor aide consultant analyst economist pollster host
anchor presenter broadcaster actor actress singer rapper comedian musician""".split()) | SPOKESPERSON_WORDS

# The offices that lead a nation, and the words that name its leader whatever the office:
# "the Cuban leader" is the one titled "Cuban President", "New Zealand's premier" the one titled
# "New Zealand's leader"; "premier" and "prime minister" are one office. Read by
# attribute/national_office.py (round 66, lane desc71).
NATION_LEADER_OFFICES = frozenset({"president", "prime minister", "premier", "chancellor", "king",
                                   "queen", "emir", "monarch", "sultan", "supreme leader"})
NATION_LEADER_WORDS = frozenset({"leader", "ruler", "strongman", "dictator", "head of state"})
NATION_OFFICE_SYNONYMS = MappingProxyType({"premier": "prime minister", "pm": "prime minister"})

# Short forms of an office that a story writes alone for its holder ("The PM, who has faced
# calls to resign, said he …"): never a name, so never a speaker by themselves (thirteenth
# session, lead's corpus read: "PM" was the speaker of 5 quotations in 1,000 articles).
OFFICE_SHORT_FORMS = frozenset({"pm"})

# Title words that are also common given names (Dean Baquet, Major Owens, King Hussein is a
# title). Only "dean" and "major" so far: "king" before a name is usually the title.
# Roles a person holds toward the one a story is about, in a trial or over a text: "the
# sentencing judge" of a jailed man, "the author" of an anonymous essay about the president.
# Never the person in focus (real-news tuning splits ext and fresh3, round 17: both went to him).
COUNTERPART_ROLES = frozenset("judge magistrate prosecutor author".split())

GIVEN_NAME_TITLES = frozenset({"dean", "major"})

# Title words that are also common surnames ("Paul Singer", "Martin Luther King", "John Major",
# "Tom King of New York"): after a given name they end a person's name, not open an office.
# attribute/phrase.py and cues.title_end read them (round 66, lane who70: "Rep. Tom King of
# New York" was read as an office "King" before the name "New York").
TITLE_SURNAMES = frozenset({"king", "singer", "dean", "major", "marshal", "bishop", "judge", "coach"})

# Participles that open a role ("managing director", "acting chair", "ranking member"): an
# apposition that opens with one is a role, not a participle clause ("X, making him the third …";
# attribute/appositions.py, round 24, lane desc8).
ROLE_PARTICIPLES = frozenset("""managing presiding acting retired elected ranking leading founding
consulting supervising visiting outgoing incoming serving commanding executive""".split())

# Words that qualify an office without naming its holder: a chamber, a side of it, a rank. A
# shown name made only of these, office words and party or state words ("House Speaker",
# "Minority Whip", "FBI Special Agent", "Michigan Congresswoman") is a description, not a name
# (attribute/name_shape.py; round 35, lane entity16: 10 such speakers on 974 corpus articles).
OFFICE_QUALIFIERS = frozenset("house senate minority majority special senior chief member".split())
# The portfolio or rank word of a cabinet office before its head ("Labor Secretary", "Foreign
# Minister", "Prime Minister"): a shown name made only of these and office words is an unnamed
# holder described (attribute/name_shape.py; round 66, lane form69: fresh3's "Labor Secretary
# Says …" and fresh22's "… Prime Minister told Reuters"). Never the office's last word, so
# "Jim Justice" stays a name.
PORTFOLIO_WORDS = frozenset("""prime foreign home labor labour defense defence interior justice
    finance treasury commerce trade health education energy transport transportation agriculture
    environment homeland""".split())

# Words that, before an office, make a second office beside or under it ("vice-chancellor",
# "deputy leader", "co-chair"): the core of TITLE_AFFIXES and RANK_BELOW_WORDS, two ideas (a
# hyphenated title's parts; another office than the bare role) that share these words (round
# 41, lane tidy24: the two lists spelled them out twice).
SECOND_OFFICE_WORDS = frozenset({"vice", "deputy", "co"})
# Affixes that make a hyphenated title ("president-elect", "vice-chancellor", "ex-minister").
TITLE_AFFIXES = SECOND_OFFICE_WORDS | {"elect", "designate", "ex", "acting", "former"}
# Rank words that, written before a role, make another office under it ("her vice president",
# "his deputy leader"): its holder is no other holder of the bare role (attribute/role_of_body.
# unnamed_before; review31, round 39).
RANK_BELOW_WORDS = SECOND_OFFICE_WORDS | {"assistant", "associate", "under", "sub", "lieutenant"}
# Offices whose lower grades keep the office's name: the rank word names a grade of the same
# office, not an office under it. An associate justice is one of the justices, an associate
# professor is "the professor", a lieutenant colonel "the colonel" (attribute/role_words.
# holds_office; review33, round 41's review: the rank rule sent "the justice said" of the only
# justice named to nobody). A lieutenant governor or an assistant coach stays another office.
GRADED_OFFICES = MappingProxyType({
    "professor": frozenset({"assistant", "associate"}),
    "justice": frozenset({"associate"}),
    "colonel": frozenset({"lieutenant"}),
    "general": frozenset({"lieutenant"}),
    "commander": frozenset({"lieutenant"}),
    "admiral": frozenset({"vice"}),
})

# Endings of role words that may stand between an organisation and a name in a credit ("said
# CDC spokeswoman X", "said veteran California GOP political consultant X", "said UC Berkeley
# student X"; -ant/-ent added in round 20, lane describe).
ROLE_ENDINGS = ("man", "woman", "person", "er", "or", "ist", "ant", "ent")

# Heads of an indefinite description of one unnamed person who may speak again as he/she ("A
# senior official said …. He added …", "One resident said …", attribute/indefinite.py). Nouns
# only: not the titles that are also adjectives ("A chief concern", "A major problem", "An
# executive order", "A host of reasons" open sentences about no one).
UNNAMED_VOICE_HEADS = SPOKESPERSON_WORDS | frozenset("""official aide adviser advisor staffer
source insider diplomat witness resident neighbour neighbor relative friend colleague officer
detective prosecutor lawyer attorney analyst economist lawmaker senator minister congressman
congresswoman teacher doctor nurse employee worker strategist consultant pollster""".split())

_SEN, _REP, _GOV = (ABBREVIATED_OFFICES[o] for o in ("senator", "representative", "governor"))
# Titles that name the same office ("the judge" for "Justice Cressida X").
TITLE_SYNONYMS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "judge": ("justice", "magistrate"),
    "justice": ("judge",),
    "chief executive": ("ceo", "chief executive officer"),
    "ceo": ("chief executive",),
    "spokesman": ("spokesperson", "spokeswoman"),
    "spokeswoman": ("spokesperson", "spokesman"),
    "spokesperson": ("spokesman", "spokeswoman"),
    "chair": ("chairman", "chairwoman", "chairperson"),
    "chairman": ("chair",),
    "chairwoman": ("chair",),
    "congressman": (_REP, "representative", "congresswoman"),
    "congresswoman": (_REP, "representative", "congressman"),
    "representative": (_REP,),
    "senator": (_SEN,),
    "governor": (_GOV,),
    "lawmaker": (_REP, _SEN, "senator", "representative", "congressman", "congresswoman", "mp"),
    "professor": ("prof",),
    "doctor": ("dr",),
    # "Media caption PM Vera X: …" ¶ "the prime minister urged MPs …": the one named with the
    # short form holds the office (round 83, lane desc101: the speech was left null on draw N)
    "prime minister": ("pm",),
})

# Generational suffixes: part of the name, never a title ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Everything that may follow a name and is not part of it when names are compared: the
# generational suffixes, degrees and honours ("Dr. Mara Ellison-Vance, PhD").
# (mep, msp: a member of the European or the Scottish Parliament, "Struan Stevenson MEP")
HONOURS = frozenset({"phd", "md", "qc", "kc", "mp", "mep", "msp", "obe", "mbe", "cbe"})
SUFFIXES = NAME_SUFFIXES | HONOURS

# Words that say a person is a man or a woman ("Mr", "spokeswoman").
MALE_WORDS = frozenset("""mr sir lord king prince father son husband brother grandfather uncle
nephew chairman spokesman businessman congressman councilman widower boyfriend monsieur herr
""".split())
FEMALE_WORDS = frozenset("""mrs ms miss madam dame lady queen princess mother daughter wife sister
grandmother aunt niece chairwoman spokeswoman businesswoman congresswoman councilwoman widow
girlfriend actress madame frau""".split())

# A person's place in a family, as written before or beside a full name ("his son, X", "first
# lady X", "X's widow"): the full form of a relative of the family's office holder. A lone
# surname after an office title ("President X") is not that relative (attribute/family.py,
# round 65, lane who68). "lady" is the first lady's; the rest beyond nephew and niece are
# lexicon/heads.FAMILY_ROLE_NOUNS.
KIN_ROLE_WORDS = FAMILY_ROLE_NOUNS | frozenset("""nephew niece lady""".split())

# Party abbreviations a headline sets before a name or a role ("GOP SEN. X", "HOUSE DEM CALLS"),
# lower case: no part of a name (attribute/capital_lines, round 29).
PARTY_ABBREVIATIONS = frozenset({"gop", "dem", "dems"})

# What follows an unnamed voice's head to say it stays unnamed: "one source close to the
# minister", "the official familiar with the talks", "one of the aides interviewed by the
# paper". A name after these words is whom the voice is close to, never the voice
# (attribute/anonymous_source.py, round 54, lane unnamed54).
ANONYMITY_TAILS = ("close to", "familiar with", "interviewed by", "briefed on", "with knowledge of",
                   "who requested anonymity", "who asked not to be named", "speaking on condition")

# Lower-case particles inside a personal name ("Ludwig van Beethoven", "Ursula von der Leyen",
# "Karim al-Tahiri", "Osama bin X"): part of the name, never a word that ends it. One list for
# the attribution's name runs (attribute/cues.NAME_CONNECTORS) and the quote bank's search for
# the forms an article writes (bank/article_names.py).
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "du", "des",
                            "bin", "al", "el", "y"})

# Members of a legislature: the words an unnamed one is introduced by before "the lawmaker said"
# refers back to them ("One Democratic senator, who asked not to be named, said …"; round 82,
# lane desc95, attribute/role_of_body.unnamed_before).
LEGISLATOR_WORDS = frozenset("lawmaker senator congressman congresswoman legislator".split())

# Role words written before a full name at a sentence's start that no person-noun list holds
# ("Plaintiff Ana Y, who …", British "Neighbour Ana Y said"), and the short "PM" before a
# surname in a story's highlights ("… says PM Y"): attribute/role_openers.py cuts them from the
# name (round 82, lane forms96: draw K, one article each).
GLUED_ROLE_WORDS = frozenset({"plaintiff", "neighbour", "pm"})
