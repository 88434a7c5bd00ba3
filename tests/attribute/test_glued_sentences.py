"""Scraped text that lost its paragraph breaks glues each sentence to the next ("… the pension
fund.According to the Courier, …", "… on Wednesday.\"I regret …"). Read as one sentence, a whole
run of quotations and credits had one subject or one "according to", and a "he added" looked
back past the speaker just named (round 77: 111 of 8,000 unseen AllSides articles glue a closing
mark so). The attribution layout now ends a sentence at a glued stop. Our own words."""

from __future__ import annotations

import pytest

GLUED = ("Vost: Brenn Wants to 'Gut' the Fund\n\n"
         "Lena Vost entered the race for the party chair on Tuesday when she attacked Aldo Brenn over his plans "
         "for the pension fund.According to the Courier, some members read her attack as a sign of trouble for the "
         "old guard.\"It tells you everything you need to know,\" said one party official, according to the "
         "Courier.\"They are worried.\"While Lena Vost was once seen as a quiet voice, she argued that Brenn wants "
         "to \"gut\" the fund.\"As much as I admire Lena, she did not read the plan,\" said Brenn, who leads in the "
         "polls. \"I think she is wrong,\" he added in an interview on Wednesday.\"I regret that the old guard sent "
         "her out to attack,\" former treasurer Otto Fenn said on the radio. \"It was not an honest attack.\"\n")


@pytest.mark.parametrize("words,speaker", [
    ("I think she is wrong,", "Aldo Brenn"),  # the "he" of the sentence right after Brenn's credit
    ("gut", "Lena Vost"),
    ("I regret that the old guard sent her out to attack,", "Otto Fenn"),
    ("It was not an honest attack.", "Otto Fenn"),
])
def test_a_glued_sentence_keeps_its_own_speaker(quote_of, words, speaker):
    q = quote_of(GLUED, words.strip(" ,.:"))
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)


def test_the_unnamed_official_stays_unnamed(quote_of):
    q = quote_of(GLUED, "They are worried")
    assert q.speaker is None, (q.speaker, q.attribution_evidence)
