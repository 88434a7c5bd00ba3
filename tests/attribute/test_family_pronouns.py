"""The family rule (round 15, family.py) reads the pronouns written after a bare surname; a
pronoun inside quotation marks is the speaker's words about someone else. In an article about a
woman, the "she" quoted after a man's bare surname made him a second member of his family, so
his quotations went to the surname alone (round 17, lane names2, unannotated corpus: a
campaign strategist). Cases in our own words."""

from __future__ import annotations


def test_pronouns_inside_quotes_do_not_split_the_name(speech_of):
    article = ("Emails\n\nCandidate Ann Porter faced questions again. Her old adviser Frank "
               "Delgado went on television on Sunday.\n\nThe host pressed Delgado on "
               "\"why she kept the files.\" Delgado shot back: \"Are you saying she is a thief?\" "
               "Delgado later said it was \"a smear.\"")
    assert [q.speaker for q in speech_of(article)][-2:] == ["Frank Delgado", "Frank Delgado"]

