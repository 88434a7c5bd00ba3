"""Nouns for a category, a grade or a list that things or people are put in: one word in marks
right before one names the category ("a “speculative” rating", "the “lean” category", the
“to-do” list"), a term, where one word before another noun is the writer's scare quote
(extract/label_rules._modifier; round 28, lane kind11). Not "status" (corpus: 'their ironic
“non-profit” status', 'the coveted “activist” status' are the writer's distance) nor the
plural "ratings" (audience figures: 'the “Yooge” ratings he brings')."""

from __future__ import annotations

CATEGORY_NOUNS = frozenset("""rating grade grades tier tiers category categories classification
designation""".split())
# A list is named by one word in marks only when the word is hyphenated or capitalised ("the
# “to-do” list", "the “No-Fly” list"); 'its “final” list', 'a “secret” list' are the writer's
# distance (review of round 28).
LIST_NOUNS = frozenset("list lists".split())
# A side in a vote or a dispute: named by one word in marks only when the word is a ballot
# option or capitalised ("the “Remain” camp", "the “No” camp"); 'the “reform” camp', 'the
# climate “consensus” camp' are the writer's distance (corpus check).
SIDE_NOUNS = frozenset("camp camps".split())
# Nouns of policies and plans: a quotation between an owner's possessive and one is its name
# (extract/title_rules._owned_policy); after "so-called", a name the rule goes by
# (extract/label_rules; round 38, lane terms21 moved it here from title_rules to share it).
POLICY_NOUNS = frozenset(
    """plan plans rule rules bill bills law laws act policy policies strategy strategies
    programme program scheme schemes initiative initiatives agenda doctrine proposal
    proposals budget pledge reform reforms package ordinance ordinances""".split()
)
# The noun of a government's standing policy: a slogan of four words or more between an article
# and it is the policy's common name, a title (extract/phrase_modifier._policy_slogan_name; round
# 60, lane kind61: three tuning golds, none other; "the “one time, last time” rule" and "a “mend
# it, don't end it” approach" are term, so not the rest of POLICY_NOUNS).
POLICY_NAME_NOUNS = frozenset({"policy", "policies"})
# Verbs that put something in a class, grade or rank: the words in marks that name the class
# they give ("ranks only three as “…”", "has deemed the pages “…”", "downgraded the debt to
# “…”", "reserves the label for “…”") are the classing subject's wording, an official
# category credited by a verb (guideline K9; attribute/classing_verb.py, round 73, lane
# verbfrag83). Every inflected form, as the parse has no lemmatiser.
CLASSING_VERBS = frozenset("""rank ranks ranked ranking rate rates rated class classes classed
classing classify classifies classified classifying categorise categorises categorised
categorising categorize categorizes categorized categorizing deem deems deemed deeming designate
designates designated designating downgrade downgrades downgraded downgrading upgrade upgrades
upgraded upgrading grade grades graded reserve reserves reserved reserving""".split())
# "reserve" gives a class only through "for" ("reserves the term for “…”"); "reserves the right
# to …" keeps nothing in a class.
FOR_CLASSING_VERBS = frozenset("reserve reserves reserved reserving".split())
