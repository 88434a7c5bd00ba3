"""Place names a pronoun for a person never refers to (lower case, whole names). Places that
are also common given names (Chad, Georgia, Jordan, Virginia) are left out: "Jordan said" is
more often a person than a country."""

from __future__ import annotations

import re
from types import MappingProxyType

COUNTRIES = frozenset(x.strip() for x in """
afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria,
azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan,
bolivia, bosnia, botswana, brazil, britain, great britain, brunei, bulgaria, burkina faso, burma,
burundi, cambodia, cameroon, canada, chile, china, colombia, congo, costa rica, croatia,
cuba, cyprus, czech republic, czechia, denmark, djibouti, dominica, ecuador, egypt, el salvador,
england, eritrea, estonia, eswatini, ethiopia, europe, fiji, finland, france, gabon, gambia,
 germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti, honduras, hungary,
iceland, india, indonesia, iran, iraq, ireland, israel, italy, jamaica, japan,
kazakhstan, kenya, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya,
liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali, malta,
mauritania, mauritius, mexico, moldova, monaco, mongolia, montenegro, morocco, mozambique,
myanmar, namibia, nepal, netherlands, holland, new zealand, nicaragua, niger, nigeria,
north korea, south korea, korea, norway, oman, pakistan, palestine, panama, paraguay, peru,
philippines, poland, portugal, qatar, romania, russia, rwanda, samoa, saudi arabia, scotland,
senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia, somalia, south africa,
south sudan, spain, sri lanka, sudan, suriname, sweden, switzerland, syria, taiwan,
tajikistan, tanzania, thailand, tibet, togo, tonga, trinidad, tunisia, turkey, turkmenistan,
uganda, ukraine, united arab emirates, uae, united kingdom, uk, u.k, u.k., united states, u.s, u.s., us, usa, america,
uruguay, uzbekistan, venezuela, vietnam, wales, yemen, zambia, zimbabwe, africa, asia,
latin america, the west, crimea, gaza, west bank, hong kong, kurdistan, chechnya
""".split(","))

US_STATES = frozenset(x.strip() for x in """
alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida,
hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland,
massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma,
oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah,
vermont, west virginia, wisconsin, wyoming
""".split(","))

CITIES = frozenset(x.strip() for x in """
beijing, moscow, tehran, pyongyang, seoul, tokyo, delhi, new delhi, islamabad, kabul, baghdad,
damascus, riyadh, ankara, istanbul, cairo, jerusalem, tel aviv, berlin, paris, london, rome,
madrid, brussels, vienna, warsaw, kyiv, kiev, minsk, havana, caracas, mexico city, ottawa,
canberra, washington, hanoi, manila, jakarta, bangkok, taipei, hong kong, shanghai, mumbai,
lagos, nairobi, johannesburg, geneva, davos, strasbourg, the hague, westminster, whitehall,
brasilia, buenos aires, santiago, lima, bogota, chicago, los angeles, san francisco, boston,
miami, houston, dallas, atlanta, seattle, detroit, philadelphia, baltimore, denver, phoenix
""".split(","))

PLACES = COUNTRIES | US_STATES | CITIES


def is_place(name: str) -> bool:
    """A whole name that is a country, US state or large city ("Britain", "the UK")."""
    n = name.lower().strip()
    if n.startswith("the "):
        n = n[4:]
    return n in PLACES


# The country each adjective of nationality names, for "the Cuban leader" against "Cuban
# President X" or "Cuba's president" (attribute/national_office.py, round 66, lane desc71).
# Only adjectives of one country; "arab", "african", "asian", "european", "kurdish" name no
# state, "korean" two of them (those are in DEMONYMS below only).
NATION_ADJECTIVES = MappingProxyType({
    "afghan": "afghanistan", "albanian": "albania", "algerian": "algeria", "american": "united states",
    "argentine": "argentina", "argentinian": "argentina", "armenian": "armenia", "australian": "australia",
    "austrian": "austria", "bangladeshi": "bangladesh", "belgian": "belgium", "bolivian": "bolivia",
    "bosnian": "bosnia", "brazilian": "brazil", "british": "britain", "bulgarian": "bulgaria",
    "burmese": "myanmar", "cambodian": "cambodia", "canadian": "canada", "chilean": "chile",
    "chinese": "china", "colombian": "colombia", "croatian": "croatia", "cuban": "cuba",
    "czech": "czech republic", "danish": "denmark", "dutch": "netherlands", "ecuadorian": "ecuador",
    "egyptian": "egypt", "eritrean": "eritrea", "estonian": "estonia", "ethiopian": "ethiopia",
    "filipino": "philippines", "finnish": "finland", "french": "france", "german": "germany",
    "ghanaian": "ghana", "greek": "greece", "haitian": "haiti", "hungarian": "hungary",
    "icelandic": "iceland", "indian": "india", "indonesian": "indonesia", "iranian": "iran",
    "iraqi": "iraq", "irish": "ireland", "israeli": "israel", "italian": "italy",
    "jamaican": "jamaica", "japanese": "japan", "jordanian": "jordan", "kazakh": "kazakhstan",
    "kenyan": "kenya", "kuwaiti": "kuwait", "latvian": "latvia", "lebanese": "lebanon",
    "libyan": "libya", "lithuanian": "lithuania", "malaysian": "malaysia", "mexican": "mexico",
    "moroccan": "morocco", "nigerian": "nigeria", "norwegian": "norway", "pakistani": "pakistan",
    "palestinian": "palestine", "peruvian": "peru", "polish": "poland", "portuguese": "portugal",
    "qatari": "qatar", "romanian": "romania", "russian": "russia", "rwandan": "rwanda",
    "saudi": "saudi arabia", "serbian": "serbia", "slovak": "slovakia", "somali": "somalia",
    "spanish": "spain", "sudanese": "sudan", "swedish": "sweden", "swiss": "switzerland",
    "syrian": "syria", "taiwanese": "taiwan", "thai": "thailand", "tunisian": "tunisia",
    "turkish": "turkey", "ugandan": "uganda", "ukrainian": "ukraine", "venezuelan": "venezuela",
    "vietnamese": "vietnam", "yemeni": "yemen", "zimbabwean": "zimbabwe",
    "north korean": "north korea", "south korean": "south korea", "south african": "south africa",
})

# Adjectives of nationality and region. Alone they are never a speaker's name: "the Russian
# president said", "said the European champion" gave the speakers "Russian", "European"
# (round 20, lane places). The one-word adjectives of one country above, and those of a
# region, a people, a nation of the United Kingdom or a country COUNTRIES leaves out (Georgia):
# one list since round 66's read-through (lane tidy72; desc71 had written the country
# adjectives out a second time).
DEMONYMS = frozenset(a for a in NATION_ADJECTIVES if " " not in a) | frozenset(
    "african arab asian english european georgian korean kurdish scottish welsh".split())


def is_demonym(name: str) -> bool:
    """A nationality adjective alone ("Russian", "South Korean"): a description, not a name."""
    words = name.lower().split()
    return len(words) <= 2 and words[-1:] != [] and words[-1] in DEMONYMS and (
        len(words) == 1 or words[0] in {"south", "north", "east", "west"})


# Nouns of nationality for one person ("the Dutchman", "said the Irishman"): BBC sport's way of
# naming again the player or manager just quoted; capitalised, they were read as names
# "Dutchman", "Irishman" (round 24, lane wrong8). Only nouns that are no adjective and no
# newspaper title in use ("The Scotsman" is one: left out).
PERSON_DEMONYMS = frozenset("""dutchman dutchwoman irishman irishwoman frenchman frenchwoman
englishman englishwoman welshman welshwoman spaniard swede dane finn scot kiwi aussie briton
""".split())

# Adjectives of nationality that English also uses as a noun for one person, alone after "the"
# ("“…,” said the American", "the German said"):
# BBC sport names the player just written about so, and the adjective was dropped as a name,
# leaving the words null (round 37, lane weak20: 4 of 100 nulls of big2). Only the -an / -i
# forms, which take a singular noun reading; "the French", "the Chinese", "the British", "the
# Swiss" are a people, and "The Australian" is a newspaper in use: left out. Before a noun
# ("the European hurdles champion") the word stays an adjective (attribute/nationality_noun.py).
PERSON_ADJECTIVES = frozenset(d for d in DEMONYMS if d.endswith(("an", "i")) and d != "australian")


# Heads that make "<Name> <head>" a building, monument or place named after someone ("the
# Kennedy Center", "the Lincoln Memorial"): a one-word "Kennedy said" is the person, never the
# place (round 31, lane junk12: one-word speakers had taken these as their fuller names). Lower
# case, whole remainders after the name; bodies that speak under their founder's name with a
# word between ("Pew Research Center") are not listed, nor "White House" ("the Trump White
# House has released a list …" is the administration speaking: corpus read).
NAMED_PLACE_HEADS = frozenset(x.strip() for x in """
center, centre, memorial, hall, library, presidential library, museum,
stadium, arena, square, street, avenue, boulevard, bridge, park, tower, building, monument,
plaza, cemetery, theater, theatre, auditorium, field
""".split(","))

# Last words of a place that never speaks ("Trump Tower", "Westminster Bridge", "the National
# Mall"): a speaker shown by such a name is a he/she or a continuation that went to the wrong
# antecedent, and is better left null (round 31, lane junk12: corpus read). Heads that are also
# common surnames (Park, Hall, Field, Day), places that run a body that speaks (Airport, Center,
# Museum) and "Street" ("Downing Street said": the Prime Minister's office) are left out.
MUTE_PLACE_HEADS = frozenset("""tower bridge memorial square avenue boulevard plaza cemetery
monument mall""".split())


# Last words of a place's name that a he/she never means ("Gold Medal Park", "the Central
# Highlands", "Amsterdam Street", "Wall Street"), for attribute/he_she_guard.py: on draw K
# (round 82, lane pron95) a woman's "she said" went to the park she crossed and a man's
# "he screamed" to the street he ran down, the only capitalised name in reach. Lower case;
# the guard asks for no given name first ("Faith Hill", "Grant Park" as a man) and no sure sex.
PLACE_FEATURE_HEADS = frozenset("""street avenue boulevard road park hill hills highlands
lowlands bridge square plaza river lake valley mountains island islands bay coast canyon
heights falls springs mall""".split())

# Words that make "<word> <country or US state>" a region of it ("West Texas", "Northern
# Ireland" is a country itself and is listed there), for the same guard.
REGION_WORDS = frozenset("""west east north south central northern southern eastern western
northeast northwest southeast southwest upstate downstate""".split())


# Postal-style abbreviations of US states as news copy writes them after a town ("Lansing,
# Mich.", "South Bend, Ind."), without their full stops.
US_STATE_ABBREVIATIONS = frozenset(x.strip() for x in """
ala, ariz, ark, calif, colo, conn, del, fla, ga, ill, ind, kan, kans, ky, la, md, mass, mich,
minn, miss, mo, mont, neb, nev, n.h, n.j, n.m, n.y, n.c, n.d, okla, ore, pa, r.i, s.c, s.d,
tenn, tex, vt, va, wash, w.va, wis, wyo
""".split(","))

_STATE_NAME_RE = "|".join(sorted((re.escape(s) for s in US_STATES), key=len, reverse=True))
_STATE_ABBR_RE = "|".join(sorted((re.escape(s) + r"\." for s in US_STATE_ABBREVIATIONS), key=len, reverse=True))
# ", Texas" / ", Ind." right after a name, then the sentence goes on with punctuation or a
# function word: not ", Utah Republican" (a member of Congress), ", Texas's" (a possessive) or
# ", California director" (a role)
_STATE_AFTER_RE = re.compile(
    r",\s+(?i:" + _STATE_NAME_RE + "|" + _STATE_ABBR_RE + r")(?![\w’'])"
    r"(?=\s*(?:[,.;:!?)\n]|$|(?:and|or|on|in|at|to|for|from|where|who|which|that|with|was|is|has|had|last|this)\b))")


def state_follows(text: str, end: int) -> bool:
    """A US state (name or abbreviation) set off by a comma right after ``end``: the name
    before it is a town ("from El Paso, Texas, in 2019")."""
    return _STATE_AFTER_RE.match(text, end) is not None


# The state each abbreviation stands for, in the labels news copy puts after a legislator's name
# ("Sen. Ann X (D-N.Y.)", "Rep. Bo Y, R-Ohio", "(R-KY)"): the postal-style ones above (without
# their full stops) and the two-letter postal codes, lower case. Round 40, lane party23: "the
# New York Democrat" is the one person the article labels D-N.Y.
STATE_BY_ABBREVIATION = MappingProxyType({
    **{a: s for s, abbrs in {
        "alabama": "ala al", "alaska": "ak", "arizona": "ariz az", "arkansas": "ark ar",
        "california": "calif ca", "colorado": "colo co", "connecticut": "conn ct",
        "delaware": "del de", "florida": "fla fl", "georgia": "ga", "hawaii": "hi", "idaho": "id",
        "illinois": "ill il", "indiana": "ind in", "iowa": "ia", "kansas": "kan kans ks",
        "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md",
        "massachusetts": "mass ma", "michigan": "mich mi", "minnesota": "minn mn",
        "mississippi": "miss ms", "missouri": "mo", "montana": "mont mt", "nebraska": "neb ne",
        "nevada": "nev nv", "new hampshire": "n.h nh", "new jersey": "n.j nj",
        "new mexico": "n.m nm", "new york": "n.y ny", "north carolina": "n.c nc",
        "north dakota": "n.d nd", "ohio": "oh", "oklahoma": "okla ok", "oregon": "ore or",
        "pennsylvania": "pa", "rhode island": "r.i ri", "south carolina": "s.c sc",
        "south dakota": "s.d sd", "tennessee": "tenn tn", "texas": "tex tx", "utah": "ut",
        "vermont": "vt", "virginia": "va", "washington": "wash wa", "west virginia": "w.va wv",
        "wisconsin": "wis wi", "wyoming": "wyo wy"}.items() for a in abbrs.split()},
})
