"""Words of the addressee check (attribute/addressee.py, issue 11, round 79, lane
addressee90)."""

from __future__ import annotations

# Texts sent to someone ("a letter to the senator", "the memo to Vale", "an appeal to the
# president"): the person after their "to" is the one they were written to, never their
# author (GUIDELINES S2). A statement too: "X, in a statement to the Ledger, called Y “…”"
# (round 80, lane letter91, draw G: the outlet had the words).
ADDRESSED_TEXT_NOUNS = frozenset("""letter letters memo memos memorandum memoranda email emails
e-mail e-mails message messages note notes appeal appeals missive plea petition request
text texts statement statements""".split())
# Words that may open the sentence's own subject after a name apposed to the addressee's
# office ("In a letter to the commission's president, Ada Quist, the prime minister said"):
# only then is the name the addressee's. After "to the president, Senate Leader Tom Rell,
# R-Ky., and 21 colleagues said" or "to reporters, Tom Rell, a founder of …, wrote" the name
# is the subject (draw E).
SUBJECT_DETERMINERS = frozenset("the his her its their".split())
# First words of an opener closed by a comma before a text's sender, the sentence's subject
# (attribute/letter_sender.py; round 80, lane letter91): a preposition or a time word ("Last
# weekend, Rell broadcast an appeal to …", "In a letter to Vale, obtained by the Ledger, the
# agency reveals …", "On Friday, Barr issued a memorandum to …"). Not a clause of its own
# ("After Vale wrote to him, Rell …"): there the first name is the other clause's subject.
SENDER_OPENERS = frozenset("""in on at last earlier later this yesterday today tonight
meanwhile also then separately instead""".split())
# A text's writer written as a pronoun between the text noun and its "to" ("a memo he wrote
# last year to Vale": the one after "to" is still the addressee; round 80, lane letter91).
WRITER_PRONOUNS = frozenset("he she they we i".split())
# Texts that name their author with "from X" besides those sent to someone (attribute/
# letter_sender.credit_texts_from; round 80, lane letter91, draw G: "a tweet from the Council
# of Economic Advisers, which apologized for its “…”").
FROM_TEXT_NOUNS = frozenset("tweet tweets post posts release releases filing filings".split())
# Words that end the role words between "from" and a text's author: a preposition there
# means the name is no author ("memos from census officials on Dec. 22": round 80, lane
# letter91, draw E gave the month).
AUTHOR_GAP_STOPS = frozenset("on in at of for to by with about during since after before".split())
# What a possessive author may own and still speak through ("a statement from Speaker Ada
# Quist's office": hers, GUIDELINES S18); any other noun is a person of its own ("emails from
# the UK's ambassador": the ambassador's, not the UK's).
OWN_VOICE_NOUNS = frozenset({"office"})
