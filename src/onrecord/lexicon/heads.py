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


# Heads of a lede's description that stay unnamed however the next sentences go on: "…, a
# company spokesman has said. Harbour master X said …" is another person (round 23, lane
# describe7). Documents and bodies are excluded by their own lists (cues.py).
UNNAMED_LEDE_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source",
                                "insider", "witness", "person", "man", "woman"})
