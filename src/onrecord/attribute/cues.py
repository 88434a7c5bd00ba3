"""The attribution lexicon's own sets: pronouns, organisation and document nouns, the words
that stop a run of capitals, given names, and ``title_end`` (where a role ends and a name
starts). Word lists shared with other stages live in onrecord.lexicon (reporting verbs, titles,
calendar names)."""

from __future__ import annotations

import re
from types import MappingProxyType

from ..lexicon.calendar import WEEKDAYS_MONTHS
from ..lexicon.function_words import DETERMINERS as _NOUN_PHRASE_DETERMINERS
# the given-name lists live in lexicon/given_names.py; these two are still read from here
from ..lexicon.given_names import GIVEN_NAMES, given_sex  # noqa: F401
from ..lexicon.reporting import DOCUMENT_COMPOUND_FIRSTS, DOCUMENT_NOUNS  # noqa: F401
from ..lexicon.titles import (GIVEN_NAME_TITLES, NAME_PARTICLES, NAME_SUFFIXES, TITLE_AFFIXES, TITLE_SURNAMES,
                              TITLE_WORDS)


PRONOUNS = MappingProxyType({
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
    "they": "p", "them": "p", "their": "p", "it": "n", "its": "n",
})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})
FIRST_PERSON = frozenset({"i", "we", "me", "my", "us", "our"})


# Nouns that make a run of capitals an organisation rather than a person.
ORG_WORDS = frozenset("""watch ministry department council agency bank association union guild trust
institute institution university college school society company group party committee centers centres
commission office court federation markets market systems marine reclamation brewing metrics
air airlines airways airports water hospital board police service services foundation forum news times
post journal inc ltd llc plc corp corporation co gmbh ag network networks club league team fc
authority authorities government administration church press fund bureau centre center
alliance coalition federation organisation organization museum library unit force forces army
navy cabinet parliament assembly senate congress house station channel radio tv television
telegraph guardian herald tribune gazette courier ledger review magazine breakers rangers united
city county province state republic kingdom secretariat chamber industries holdings partners
capital energy motors labs pharmaceuticals foods media records studios electric railways
railway rail transport campaign movement project initiative programme program festival cup
games awards olympics championship championships summit conference prize marathon trophy
tournament series expo fair theatre theater orchestra philharmonic""".split())  # theatre:
# "the Lyric Theatre" was a person in focus and took an actor's words (tuning extension)

# Plural head nouns of "X of Y" bodies ("the Joint Chiefs of Staff", "the National Institutes of
# Health"): "The British Chambers of Commerce said" gave "British Chambers" (hand-read BBC
# articles, eleventh session). A list, not ORG_WORDS' plurals: "Banks", "Waters" are surnames.
PLURAL_BODY_HEADS = frozenset("""chiefs institutes chambers academies councils commissions societies
associations""".split())

# Head nouns of a body named "X on Y" ("Council on Foreign Relations", "Commission on
# Immigration Reform"): mentions.py joins the name across "on"; phrase.joins_caps a credit.
BODY_ON_HEADS = frozenset("""commission committee subcommittee council conference institute center
centre panel caucus""".split())

# Lower-case nouns that stand for an organisation ("the company said").
ORG_DESCRIPTORS = frozenset("""company firm group organisation organization business bank agency
ministry department council society institute university college hospital union guild trust
association federation authority government administration club team board committee
commission office court museum charity airline operator utility insurer retailer lender
broadcaster network party campaign coalition school brewery airport police army station label
theatre orchestra""".split())  # station, label: "said the radio station", "the band's label"

# DOCUMENT_NOUNS and DOCUMENT_COMPOUND_FIRSTS live in lexicon/reporting.py (one word list per idea,
# beside the other document-noun lists); imported here for the attribute modules that read them.

# Words that can start a capitalised run but are not names ("The", "When", "Asked"). The
# prepositions that open a sentence are among them: "Unlike Ros-Lehtinen, Rev. X said …" made
# one name "Unlike Ros-Lehtinen" the sentence's subject (real-news tuning split, round 15);
# "Like X, he …" made "Like X" a person who took the he (fresh tuning split, lane nonperson).
CAP_STOP = frozenset("""the a an this that these those it he she they we i you his her their our
my your its in on at by for from to with but and or nor so yet when while if as after before
asked speaking writing reached according outside inside not none both some many every each one
two three four five six seven eight nine ten there here then than also meanwhile however
although though because since until unless whether what which who whom whose where why how
today yesterday tomorrow last next earlier
later mr mrs ms dr no yes oh well now so still indeed instead thus hence moreover
furthermore ok okay sure please thanks first second third finally lastly advertisement photo
video caption image images related click subscribe share story highlights watch listen along
amid across behind beyond near over past however meanwhile rather any everyone everybody tonight
unlike like despite during against without within among amongst between throughout toward towards upon
per must nobody somebody someone anyone anybody many most few several all such other others another
neither either whatever whoever whichever did does do is was are were has have had can could will
would should shall might may must opinion editorial analysis comment review interview update
breaking exclusive watch read more during despite under over into onto upon about against among
between through throughout within without toward towards
even just only perhaps maybe once""".split()) | WEEKDAYS_MONTHS  # "Even if one takes X at her word …" made "Even" a subject

# Headline labels CAP_STOP holds that also end bodies' names: "Human Rights Watch", "National
# Review", "Public Opinion Strategies", "Bloomberg Opinion" (2,500 such names after a capital in
# the AllSides and BBC corpora; as stop words they cut "Human Rights" out of "Human Rights Watch
# said": fourteenth session, lead's corpus read). They never open a name.
# "Today" ends papers' and channels' names: "USA Today reported" gave the speaker "USA" (nineteenth
# session: 5 shown names in the lead's 974-article corpus sample).
NAME_ENDING_LABELS = CAP_STOP & frozenset({"review", "watch", "opinion", "analysis", "editorial", "today"})

# Capitalised words allowed inside a name or organisation run ("University of Port Anselm",
# "Harrow & Crane", "Ludwig van Beethoven").
NAME_CONNECTORS = NAME_PARTICLES | frozenset({"of", "for", "and", "&", "on", "the"})

# Nobiliary particles of two lower-case words: the second word stopped a name run at the first
# ("Greta von der Mell" became "Mell", round 13: name_joins), and the search for a surname's
# full form read one particle word only ("Van den X" kept its short form, round 63: fullname).
TWO_WORD_PARTICLES = frozenset({("von", "der"), ("van", "der"), ("van", "den"), ("de", "la")})

# Determiners opening a mention ("the spokesman", "one official", "another aide"): lexicon's one
# list less "these"/"those" (never held here: adding them would change output unchecked), with
# "one" and "another", which open an unnamed speaker ("one official said"). Derived, contents as
# written before (round 36, lane finalread: it was a second determiner list beside lexicon's).
DETERMINERS = (_NOUN_PHRASE_DETERMINERS - {"these", "those"}) | frozenset({"one", "another"})

# Adverbs and small words tolerated between a subject and its verb ("she also said").
ADVERBS = frozenset("""also later then simply just only again quickly finally previously once
earlier recently still repeatedly flatly bluntly angrily quietly calmly firmly publicly
privately afterwards afterward subsequently separately herself himself themselves itself
now even today yesterday tonight further often sometimes always
""".split())  # "Coulter now says", "The actor even says" were left null (400 real articles read);
# "Mr. X often says" was read as the description "Mr X often" (round 34, nulls15)

# East Asian surnames that come first in a name ("Park Min-cheol" is Park's).
SURNAME_FIRST = frozenset("""kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo
shin kwon hwang ahn song ryu hong jeon ko moon yang son bae baek heo nam sim noh ha kwak sung
cha joo woo koo min ri wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he lin
gao luo zheng xi hu""".split())


def _hyphen_title(w: str) -> bool:
    """"president-elect", "vice-chancellor", "co-founder", "ex-minister"; and two office words
    joined ("director-general", "secretary-general", "lieutenant-colonel"): unread, the office
    left a three-word name after it a long run, cut to its last two words with the first name
    made the role (round 67, lane form75: a health agency's head, five quotations)."""
    parts = w.split("-")
    return len(parts) == 2 and (parts[0] in TITLE_WORDS and parts[1] in TITLE_AFFIXES
                                or parts[0] in TITLE_AFFIXES and parts[1] in TITLE_WORDS
                                or parts[0] in TITLE_WORDS and parts[1] in TITLE_WORDS)


def title_end(lowers: list[str]) -> int:
    """Index of the last title word that opens a name ("Energy Minister Kurt X" -> 1), or -1.

    A title word after an initial or before a suffix is a surname ("Angus S. King Jr.",
    "Martin Luther King Jr.")."""
    last = -1
    for k, w in enumerate(lowers[:-1]):
        if w not in TITLE_WORDS and not _hyphen_title(w):
            continue
        if k > 0 and len(lowers[k - 1]) == 1:
            continue
        if lowers[k + 1] in NAME_SUFFIXES:
            continue
        if k > 0 and w in TITLE_SURNAMES and lowers[k - 1] in GIVEN_NAMES:
            continue  # "Rep. Tom King of New York": a surname after a given name (round 66)
        if w in GIVEN_NAME_TITLES and (last >= 0 and last == k - 1 or k == 0) and k + 2 == len(lowers):
            # "Executive Editor Dean Baquet": a title-looking word right after a title and
            # before a lone surname is the given name (the speaker became "Baquet", role
            # "Executive Editor Dean"; real-news tuning split); so is one opening a run of two
            # ("Dean Heller said": 357 "Dean X" in the corpora, nearly all given names;
            # twelfth session)
            continue
        last = k
    return last


# Roles in sport and entertainment that a report uses for the person it is about, right after
# naming them: "Cueto was puzzled …. “…,” said the Sale player" (real-news tuning split: left
# null); like an office, a definite one refers back to the person in focus.
# (the entertainment roles from presenter on: "Dick X … has since hosted game shows. The
# presenter said …", left null on the real-news tuning extension)
FOCUS_ROLES = frozenset("""player striker midfielder defender winger forward goalkeeper keeper
batsman bowler singer actor actress rapper musician star presenter host comedian film-maker
filmmaker novelist playwright songwriter singer-songwriter guitarist drummer frontman dancer
composer chart-topper""".split())
AGE_ROLE_RE = re.compile(r"\d+-year-old")  # "the 25-year-old said"

# Party and political-family words: "the California Democrat said" is a description.
PARTY_WORDS = frozenset("""democrat democrats republican republicans conservative conservatives
liberal liberals independent tory tories socialist libertarian centrist progressive
""".split())
PARTY_MEMBERS = frozenset(w for w in PARTY_WORDS if not w.endswith("s"))  # one member, not the party
# Parties and political camps named in the plural ("Democrats have …", "the Democrats' memo"):
# a body, never a "he" nor a lone surname, and their document is not the person in focus's
# (resolve.py and document_parts.py; moved from resolve.py in round 27 unchanged: it holds
# PARTY_WORDS' plurals and more, "socialists", "progressives", "independents", "greens", …).
PARTY_PLURALS = frozenset({"democrats", "republicans", "conservatives", "liberals", "tories", "socialists",
                           "progressives", "libertarians", "independents", "greens"})
# A party's adjective and the political sides: "a senior Democratic operative … he said" gave
# "Democratic", "the progressive Left … he said" gave "Left" (thirteenth session, corpus read).
# Alone, none of them (nor one member, PARTY_MEMBERS) is anyone's name.
SIDE_WORDS = PARTY_MEMBERS | frozenset({"democratic", "left", "right"})

