"""Abbreviations whose period is not a full stop ("Mr. Obama", "Sen. Vale", "U.S. officials",
"Jan. 24", "Acme Corp."). One vocabulary in named parts; each reader takes the union it needs,
and tests/lexicon pins which part sits inside which reader's set.

Sentence splitting reads ABBREVIATIONS (text/segment.py) or, for the clause around a quotation
in extract/words.py, EXTRACT_SENTENCE_ABBREVIATIONS; name reading (attribute mentions and
finder) reads NAME_ABBREVIATIONS.
"""

from __future__ import annotations

from .calendar import MONTH_ABBREVIATIONS

# Abbreviated titles before a name. "maj" and "brig" (round 57, lane forms57): "“…,” Maj. Gen.
# X said" stopped the name run at "Maj." and made "Maj" the speaker (three tuning articles write
# the rank so, one quotation went to "Maj").
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr prof sen rep gov gen col lt sgt capt rev hon st maj brig".split())
# Plural titles before two names ("Sens. Chuck X and Dick Y said"): a full stop there cut the
# sentence and left "Sens" as a bare credit line's speaker (1,904 in the AllSides corpus).
PLURAL_TITLE_ABBREVIATIONS = frozenset("sens reps govs drs".split())
# Abbreviated titles rarer in running text (police, military, "Pres.").
RARE_TITLE_ABBREVIATIONS = frozenset("supt insp cmdr adm pres".split())
# Generational suffixes written with a period ("Jr.").
SUFFIX_ABBREVIATIONS = frozenset({"jr", "sr"})
# Company forms ("Acme Corp.", "Harrow & Crane Ltd.").
COMPANY_ABBREVIATIONS = frozenset("inc ltd co corp".split())
# Prefixes naming a ship ("HMS Harwich", "USS Cole"): a vessel, never a person who says he/she
# (fresh tuning split: a he went to the ship a man was pressed onto, lane nonperson).
SHIP_PREFIXES = frozenset("hms uss hmas hmcs hmnzs rms".split())
# Reference words ("No. 10", "vs.", "etc.", "Dept.", "approx.").
REFERENCE_ABBREVIATIONS = frozenset("no vs etc dept approx".split())

# Every sentence splitter keeps these periods inside a sentence.
SENTENCE_ABBREVIATIONS = (TITLE_ABBREVIATIONS | PLURAL_TITLE_ABBREVIATIONS | SUFFIX_ABBREVIATIONS
                          | COMPANY_ABBREVIATIONS | REFERENCE_ABBREVIATIONS | MONTH_ABBREVIATIONS)
# The extraction splitter (extract/words.py) also knows US-copy dotted forms.
EXTRACT_SENTENCE_ABBREVIATIONS = SENTENCE_ABBREVIATIONS | frozenset(
    "messrs mt ft u.s u.k u.n a.m p.m e.g i.e est".split())
# The shared segmenter (text/segment.py; attribution, context and the archive split with it):
# every sentence abbreviation, with weekdays, figures, military ranks and citation forms.
ABBREVIATIONS = EXTRACT_SENTENCE_ABBREVIATIONS | frozenset(
    """mon tue tues wed thu thur thurs fri sat sun fig cmdr adm nos vol ca cf al op ed eds
    pp""".split())

# Abbreviations inside a name run ("Sen. Marco Rubio", "Comcast Corp. Chief Executive Y", "Warner
# Bros."): their period belongs to the name.
NAME_ABBREVIATIONS = (TITLE_ABBREVIATIONS | RARE_TITLE_ABBREVIATIONS | COMPANY_ABBREVIATIONS - {"ltd"}
                      | frozenset({"bros"}))
# Speaker finding drops these periods before reading a subject; it also knows "Jr.", "Ltd."
# and the plural titles ("Sens. X and Y").
NAME_PERIOD_ABBREVIATIONS = NAME_ABBREVIATIONS | SUFFIX_ABBREVIATIONS | PLURAL_TITLE_ABBREVIATIONS | frozenset({"ltd"})
