"""Thresholds of the last guard on a speaker's shape (attribute/name_shape.py, issue 11). Apart
from attribute.py, which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LongerNames:
    """A piece of a longer name shown as a speaker (name_shape.cut_from_longer_name)."""

    # characters before a one-word shown name searched for the start of a longer name it ends
    # ("Samaritan’s Purse", "Save the Children"). Prevents a piece of a body's name being shown
    # as a speaker (round 36, lane junk18). Not tuned: one capitalised word and up to two
    # joining words fit in 40.
    window: int = 40
    # words of four letters or more; a body sentence with at least this many, every one
    # capitalised, is a title-case line whose capitals show no longer name ("Romney Says This
    # Isn't A “…”": four). Prevents a surname in an update line being read as a piece of a
    # body's name (fresh3 lost a right "Romney" without it).
    title_line_min_words: int = 3


LONGER_NAMES = LongerNames()


@dataclass(frozen=True)
class Offices:
    """An office or epithet read as a name (name_shape.definite_epithet, holder_after)."""

    # characters before an office or "<state> <party member>" epithet searched for "the" and
    # up to two lower-case words ("The Kentucky Republican, who …", "the newly elected House
    # Speaker"). Prevents the epithet being shown as a name (round 35, lane roles17). Not
    # tuned: "the" and two words fit in 40; a "the" further back belongs to another phrase.
    the_before_chars: int = 40
    # characters of the affiliation between an office and its holder in "said Democratic
    # Strategist and partner at Y Media, David X." (round 35, lane roles17). Prevents a holder
    # after a long clause, another phrase's name, from being read as the office's. Not tuned:
    # a firm's or body's name fits in 60.
    affiliation_chars: int = 60


OFFICES = Offices()


@dataclass(frozen=True)
class GluedWords:
    """Words glued to a person's name that are no part of it (attribute/glued_words.py)."""

    # words; the longest place read as an office's object before a name or as a trailing "of
    # <Place>" ("Ambassador to South Korea Ann X", "Whip Dana X of New Mexico"): two. Prevents
    # a longer capitalised run after "of" from being cut off a name (round 51, lane forms51, the
    # number moved here by its review). Not tuned: the corpus's places there were one or two words.
    place_words: int = 2
    # characters after a sentence-opening "<Word> <Name>" run read for the role noun and the
    # capitalised name after it ("Longtime X ally Roger Y": " ally Ro"; glued_words.modifier_opener,
    # round 66, lane junk73). Prevents a role word from far along the sentence making the opener a
    # modifier. Not tuned: a space, a role word and the next name's first letters fit in 40.
    role_after_chars: int = 40


GLUED_WORDS = GluedWords()


@dataclass(frozen=True)
class TitleLineOpeners:
    """A common word glued before a surname in a headline or subhead (attribute/title_line_openers.py)."""

    # Zipf frequency (wordfreq, English); a word at least this common, no listed given name,
    # written before a surname only in title lines, is the line's adjective, not a given name
    # ("Defiant X" 3.2 in a headline gave the shown name of 25 quotations; draw G, round 80,
    # lane names91). Prevents a headline's adjective being shown as a person's given name. Set
    # just under "defiant"; rarer given names no list holds ("Keegan", "Devlin": 3.0) stay.
    common_word_zipf: float = 3.1
    # words; a paragraph this short with no sentence's end is a subhead ("1974: Defiant X":
    # three). Prevents a subhead's adjective from passing for a given name. Not tuned: a list
    # item's heading fits in eight words; a prose line is longer or ends with a full stop.
    subhead_words: int = 8


TITLE_LINE_OPENERS = TitleLineOpeners()


@dataclass(frozen=True)
class TitleCaseOpeners:
    """A common word glued before a surname between title-case words (attribute/title_case_openers.py)."""

    # words; the nearest long words read on each side of the run, all capitalised, make it a
    # title-case stretch ("Toll Scandal Worries X's 'Tough Image'"). Prevents a headline's verb
    # quoted in a body line being shown as a given name ("Threatens X" x18, draw I, round 81,
    # lane forms94). Two, not one: one capitalised word beside the run is often a place or an
    # office ("Senate X"); the two such lines on draw I have two on each side.
    words_each_side: int = 2
    # letters; shorter words are skipped (title case leaves "of", "in", "a" lower case). As
    # mentions.title_case's long word (four letters).
    long_word_letters: int = 4


TITLE_CASE_OPENERS = TitleCaseOpeners()


@dataclass(frozen=True)
class ApposedReporter:
    """A label turn's name before its colon (attribute/apposed_reporter.py)."""

    # words; between a label's name and its colon stands nothing or a short descriptor ("X at
    # Radio Y:", "X, after the vote:"). Prevents a sentence that merely opens on a name and has
    # a colon further on from being read as that name's turn. From the lane's reading of draw
    # G's label lines (round 80, lane apposed92: the descriptors it took had at most six words).
    label_words: int = 6


APPOSED_REPORTER = ApposedReporter()


@dataclass(frozen=True)
class WorkNameKind:
    """A quotation in capitals after a preposition (attribute/work_name_kind.py)."""

    # letters; a quotation written wholly in capitals with at least this many letters is a
    # speaker's shouted words (a post's "OUR GREAT … FARMERS", a one-word insult), not a work's
    # name. Prevents the retype to title taking a speaker's words from them: draw H (round 80,
    # the lead) lost two such quotations of a president's posts. Set above the programme
    # abbreviations kind91 rightly typed title on draw G ("SNL", "MTP": three letters) and
    # short acronyms ("NASCAR": six).
    shouted_letters: int = 7


WORK_NAME_KIND = WorkNameKind()


@dataclass(frozen=True)
class PassiveNamingKind:
    """How far attribute/passive_naming_kind.py looks around the marks."""

    # characters before the opening mark searched for the naming verb and an article; the
    # longest participle ("nicknamed", 9) with "the" and spaces fits in 20, so 40 keeps the
    # verb right before the marks without reading the clause before it (draw N, round 83: the
    # 16 retyped quotations all had the verb within 14 characters)
    verb_reach_chars: int = 40
    # characters after the closing mark read for an agent "by …" (closing marks, a comma and
    # a space before "by"): prevents retyping "a session dubbed “…” by the Herald's X", the
    # named columnist's words (draw N, round 83: one such quotation)
    agent_reach_chars: int = 20


PASSIVE_NAMING_KIND = PassiveNamingKind()
