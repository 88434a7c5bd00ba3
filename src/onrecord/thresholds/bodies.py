"""Thresholds of the rules that read a body or a study's authors out of a description (round 51,
lane orgdesc51: attribute/self_named_body.py, attribute/joint_authors.py,
attribute/kind_backref.py; round 53, lane census53: attribute/repeated_body.py). Apart from
attribute.py, which is near the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BodyDescriptions:
    # words; how far after "the Obama administration" a verb of saying or issuing may come ("the
    # X campaign didn't respond …", "The X campaign also released a statement": three). Prevents
    # a body that is the subject of a clause of doing ("does indict …, and then asks", "was
    # instituted … to deny") from taking words quoted further on; on big + big2 every right case
    # had its verb within three words, the five made wrong had none there.
    verb_words_after: int = 3
    # characters; the text after the description read for those words (three words fit).
    after_chars: int = 80
    # characters; how far before a first name "Authors" / "researchers" may stand ("Study authors
    # A …"); prevents a role word of an earlier clause from introducing the pair.
    role_before_chars: int = 30
    # words; the longest apposition read for its head ("X, a large Democratic group based in …":
    # three), at most four. Prevents the head of a longer phrase ("a member of the board of the
    # group") from vouching; fresh17's case had three.
    apposition_words: int = 4
    # characters; the longest affiliation between two fronted authors ("Authors A of <a
    # university> and B"). Prevents a first name far back in a long clause from pairing with a
    # later one; the lane's fresh17 case had a university's name (the number was written in
    # joint_authors' pattern until the round 51 review moved it here).
    affiliation_chars: int = 80
    # sentences; how far before a bare "the government" / "the campaign" the body may be written
    # in full ("The X campaign seized on …. “…,” the campaign said": one; "the X government issued
    # … . The government added": one) for attribute/repeated_body.py (round 53, lane census53).
    # Prevents a body written paragraphs up from taking a bare "the administration" that means
    # another (fresh18: "the Reagan administration" far above, the Trump administration meant).
    repeat_sentences: int = 2
    # characters before a body written in full read for the word that makes it a time or a
    # relation ("during the X administration", lexicon/heads.NOT_ACTOR_BEFORE_BODY): only the last
    # word counts, so 20 holds any one word. Inline in repeated_body.py until the review of rounds
    # 52-53 (review44) moved it here, unchanged.
    before_body_chars: int = 20
    # sentences; how far back attribute/named_kind.py (round 54, lane desc54) walks from a bare
    # "the family" / "the unions" / "the poll" for the body or finding written with its name
    # ("The X family released a statement …. “…,” the X family said. The family said …": two).
    # Each sentence that repeats the bare head renews the reach by this many. Prevents a family
    # named paragraphs up from taking a "the family" that means another (the lane's guard test).
    # Also how far before the nearest named form named_kind.py looks for a second, other name of
    # the kind, which leaves the bare word null (review45: "Chile's interior ministry …. Peru's
    # foreign ministry …. “…,” the ministry said" went to Peru by nearness alone).
    named_kind_sentences: int = 2
    # sentences; the longest walk in all, renewals included ("a Y poll …. the poll found …. the
    # findings say …. the poll notes": four). Prevents a chain of bare repeats from reaching a
    # name far up the article.
    named_kind_max_sentences: int = 8
    # characters; the text before a kind word attribute/named_kind.py searches for the name in
    # front of it (at most four capitalised words and two modifiers: "West Harlan County nurses
    # ", about 30) and for the word just before it ("a", "another": an unnamed one of the kind).
    # Longer reaches only text the patterns' anchors already refuse; shorter could cut a long
    # name. Inline in named_kind.py until the review of round 54 (review45) moved them, unchanged.
    named_kind_name_chars: int = 120
    named_kind_word_chars: int = 40
    # words; the longest fronted phrase closed by a comma before a body that still opens its
    # sentence for "the company" / "the network" (attribute/opening.py, round 54, lane desc54):
    # "In a series of tweets," is five, "On Wednesday," two. Prevents a long fronted clause about
    # something else from making its first body the sentence's subject (the lane's guard test).
    fronted_phrase_words: int = 6
    # characters; the most text between an ad's noun and the "by"/"from" before its sponsor
    # ("A new television ad produced by the X campaign for seven swing states": 12) or between a
    # sponsor and its issuing verb in apposition ("X, a conservative activist group, put out an
    # ad": 31) (attribute/ad_sponsor.py, round 73, lane desc83). Not tuned: wide enough for a
    # participle or a short apposition, too short to cross a clause into another body's words.
    ad_sponsor_gap_chars: int = 60
    # words; how many words after "of the" attribute/role_complement.py reads for a body's name
    # or noun ("of the state teachers union": "union" is the third; "of the NAACP's local
    # chapter": the first) before it refuses the person in focus a definite role (round 81,
    # lane desc94). Prevents a noun of the clause after the phrase ("The leader of the county
    # is now a …") from making a place the focus runs into another body; draw I's cases need
    # three. Not tuned further.
    role_body_words: int = 5


BODY_DESCRIPTIONS = BodyDescriptions()


@dataclass(frozen=True)
class BodyTails:
    """Thresholds of attribute/body_tail.py (round 72, lane names82): the subject words that
    close a body's name after a lower-case connector ("Center on Budget and Policy
    Priorities", "Amazon Employees for Climate Justice")."""

    # words; the most capitalised subject words read after the connector. The names on the
    # tuning sets and 300 AllSides articles close within three ("Climate Justice", "Community
    # Issues", "Tax Reform"). Prevents a run of capitals that goes on into a headline or a list
    # from being glued to the body.
    tail_words: int = 3
    # Zipf frequency (lexicon/word_frequency.py); each subject word after the connector must be
    # a common English word at or above it ("Priorities" 4.06, "Prevention" 4.28, "Obesity"
    # 3.81, "Homelessness" 3.43). Prevents a second body or a person named by a rarer word
    # ("the Council on Foreign Relations and Brookings": "Brookings" 3.0; "Abedin" 2.2) from
    # being glued on as a subject.
    subject_word_zipf: float = 3.4


BODY_TAILS = BodyTails()
