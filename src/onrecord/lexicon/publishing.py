"""Verbs of putting a text out under one's name, read before a definite document that names no
issuer (attribute/document_publisher.py; round 52, lane docissuer52), and the paid spots that
speak for their sponsor (attribute/ad_sponsor.py; round 73, lane desc83)."""

from __future__ import annotations

# Finite verbs whose subject put a text out: "The Harbour Gazette ran a story", "The Valley
# Courier reported that …", "X sent out an email". Not ISSUING_VERBS (lexicon/reporting.py):
# that tuple is joined to a document object in a string rule ("issued a statement"); here the
# object may be missing ("reported that …") or a noun the document rules do not know ("a
# story"). Not "wrote": a columnist who "wrote" about a report is no issuer of it.
PUBLISHING_VERBS = frozenset("""ran runs published publishes reported reports released releases
sent""".split()) | frozenset({"sent out", "put out", "puts out"})
# Participles whose "by" agent wrote the text: "The file, prepared by Ivo Brandt", "a study
# published last month by the Orland Institute". Not "obtained", "reviewed" or "cited": those
# agents hold or quote someone else's text (RECEIVING_PARTICIPLES).
PUBLISHED_BY_PARTICIPLES = frozenset("""prepared published written compiled authored commissioned
released issued""".split())
# What a newspaper, a think tank or a lab puts out, one text under several names: "X ran a story
# …. the article noted", "a study published by X …. the paper concluded" (attribute/
# document_publisher.py). A publisher's object outside this family and unlike the later noun
# is another text: "X released a statement …. The lawsuit says" is not X's lawsuit (round 35,
# lane issuer16's guard).
NEWS_PIECE_NOUNS = frozenset("story article report piece paper column study analysis".split())
# Texts a body's name may stand right before as their modifier, when the document readers do not
# know the noun: "according to the <Agency> guidelines", "the <Paper> write-up", "The <Paper>
# piece notes", "the <Department> travel warning said" speak for the body (attribute/groups.
# text_of_body; round 66, lane doc71: four tuning articles left them null). Plurals too: the
# document readers match the singular nouns only ("the <Paper> articles").
BODY_TEXT_NOUNS = NEWS_PIECE_NOUNS | frozenset("""stories articles reports pieces papers columns studies
analyses write-up write-ups writeup guideline guidelines warning warnings sheet sheets""".split())

# Paid spots that speak for their sponsor ("the ad claims", "the commercial asks"), and the
# unnamed voice that reads one ("a narrator says"): attribute/ad_sponsor.py gives their words to
# the group or campaign the article says put the ad out (round 73, lane desc83: three tuning
# articles left six such quotations null; gold gives them the campaign, never its candidate).
# Not DOCUMENT_NOUNS: there "ad" took the candidate the campaign is named after (round 65).
AD_NOUNS = frozenset("ad advert advertisement commercial spot".split())
AD_VOICES = frozenset("narrator announcer voiceover".split())
# Verbs by which a judge frames the text she wrote, and the court texts they frame: "<Justice>
# opened the opinion declaring “…”" speaks for the justice, not for the one the article named
# as the opinion's author before (attribute/own_clause_issuer.py; round 83, lane doc100: draw N
# gave a justice's opinion to the chief justice quoted far above). Not a letter or a report:
# "she opened the letter" is its reader.
FRAMING_VERBS = frozenset("opened opens began begins closed closes ended ends".split())
COURT_TEXT_NOUNS = frozenset("opinion dissent concurrence ruling decision".split())

# Works a named person puts out in his own voice, as the subject a possessive owns: "X's column
# backed President Y's call. He denounced …" is X going on (attribute/work_owner.py; round 83,
# lane pron101, draw N). Not "advice", "considerations", "rhetoric": those name a person's
# conduct, and the sentence that follows is as often about who it touched ("X's rhetoric
# elicited outrage from Y. “…,” he asked" is Y's, draw N).
OWNED_WORK_NOUNS = frozenset("""column columns op-ed op-eds essay piece article book memoir letter
tweet tweets post speech address campaign lawsuit suit""".split())
