"""Outlet words: what names a newspaper, broadcaster, agency or platform (context/outlets.py
reads them to tell "told the BBC" from "told the minister")."""

from __future__ import annotations

from .calendar import WEEKDAYS_MONTHS

# A capitalised name holding one of these is a media name ("the Harbour Gazette").
MEDIA_WORDS = frozenset("""
Times Post News Gazette Herald Tribune Journal Chronicle Courier Mail Express Mirror Standard
Telegraph Guardian Observer Independent Monitor Review Magazine Weekly Daily Press Radio TV
Television Channel Broadcasting Broadcast FM Network Podcast Show Hour Today Tonight Report
Sun Star Record Inquirer Examiner Dispatch Bulletin Gazeta Zeitung Spiegel Monde Figaro Libération
Corriere Repubblica País Pravda Economist Atlantic Politico Wire Agency Online Digest Sentinel
Leader Advertiser Argus Echo Globe Register Statesman Spectator Nation Ledger Journalen Kurier
Rundschau Allgemeine Blatt Tageblatt Avisen Posten Dagbladet Nouvelles Quotidien Hebdo Newsletter
Substack Blog Programme Program Hour Panorama Broadcaster Outlook Times-Herald
""".split())
# The last word of a printed title's masthead ("The Harbour Gazette", "The Daily Telegraph"): a
# subset of MEDIA_WORDS without broadcast words (Radio, News, Network …), so "the paper" can refer
# back to a newspaper or magazine named only by its title (attribute/kind_backref.py, round 19).
# Left out: words that end companies' and awards' names too ("Royal Mail", "American Express",
# "Golden Globe", "Gold Standard", "The Independent" beside independent candidates).
PRINT_MASTHEAD_WORDS = frozenset("""
Times Post Gazette Herald Tribune Journal Chronicle Courier Mirror Telegraph Guardian Observer
Weekly Daily Inquirer Examiner Dispatch Sentinel Advertiser Argus Echo Ledger Spectator Economist
Magazine Gazeta Zeitung Spiegel Monde Figaro Corriere Repubblica País
""".split())
# A masthead word that ends awards' and companies' names too ("Golden Globe", "Royal Mail"):
# a newspaper's name only after a place ("The Boston Globe", "the Toronto Globe"; round 83,
# lane pron100: "the former Boston Globe editor" took a columnist's four "he" on draw N).
PLACE_MASTHEAD_WORDS = frozenset({"Globe"})
# Platforms people post on ("wrote on Facebook").
PLATFORMS = frozenset({"Twitter", "X", "Facebook", "Instagram", "TikTok", "YouTube",
                       "LinkedIn", "Bluesky", "Mastodon", "Threads", "Substack", "Medium",
                       "Telegram"})
# Agencies and broadcasters known by name, each whole name one entry.
KNOWN_NAMES = frozenset({
    "Reuters", "Bloomberg", "Politico", "Axios", "AFP", "AP", "BBC", "CNN", "NPR", "PBS", "ABC",
    "NBC", "CBS", "Fox", "Sky", "ZDF", "ARD", "RAI", "NHK", "Al Jazeera"})
# Their words and the platforms' (a lone "X" is only a platform when the whole name is "X": as a
# first word it is too often a letter).
KNOWN = frozenset(w for n in KNOWN_NAMES for w in n.split()) | (PLATFORMS - {"X"})
# Known names that are also people's surnames ("Michael Bloomberg said", "Fox said" of Liam Fox):
# a he/she may still mean them (attribute/he_she_names.py).
KNOWN_SURNAMES = frozenset({"Bloomberg", "Fox"})
# Capitalised words that open a name but never an outlet's.
NOT_OUTLETS = frozenset(w.capitalize() for w in WEEKDAYS_MONTHS)

# Lower-case nouns for what kind of outlet a name is, written right after it ("The State
# newspaper reports", "the China Daily newspaper", "Us magazine"): attribute/groups.py.
OUTLET_KIND_NOUNS = frozenset("newspaper paper magazine daily tabloid weekly website broadcaster".split())

# Where someone publishes under their own name: "a statement on her website", "a post on its
# official account" (attribute/document_parts.py: the pronoun owns the document; round 33).
OWN_CHANNEL_NOUNS = frozenset("website site account page blog feed channel".split()) \
    | frozenset(p.lower() for p in PLATFORMS - {"X", "Threads", "Medium"})

# What an outlet publishes under its name: "a Fox News headline read" (attribute/described.py:
# the outlet speaks; round 33). Not "story": "she cited an AP story that found, in her words,
# “…”" gave her words to the agency (corpus).
OUTLET_PIECE_NOUNS = frozenset({"headline"})

# the verbs of an opinion round-up's credit after a paraphrase of a column ("The idea has
# worked elsewhere, said Owen Tate at the Valley Post"; "…, argues pollster X in the Y"): the
# verbs of the corpus's round-up credits (round 51, lane roundup51; attribute/roundup_writer.py)
ROUNDUP_CREDIT_BASES = frozenset("""say write argue note add warn contend observe explain""".split())

# The last part of a web address ("Dawn.com", "HealthCare.gov"): a name holding one is an
# address (attribute/he_she_names.py), and a stop before one is no lost space between two
# sentences (attribute/layout.py's glued names).
WEB_ADDRESS_ENDINGS = ("com", "org", "net", "gov", "edu", "info", "io")
