"""A passive of asking or telling after the closing mark ("“…?” Smith was asked", "“…,” she was
told by the mayor") makes its subject the one asked or told, never the speaker: a "by" agent
speaks (a name, or an unnamed holder as the description), and with no agent nobody is named
(round 40, lane asked23: corpus text gave a council leader's rebuke to the senator it was told
to, and a pastor's words to the president through the reporter's "I was told by"). Articles in
our own words."""

from __future__ import annotations

import pytest

_LEAD = ("The owner of the ferry line, Pieter Olsgaard, has said little. Councillor Maren Vostrikova, "
         "who chairs the harbour committee, urged patience with the operator this spring. "
         "“I ask only for a season of calm,” she said. ")

CASES = [
    # (the sentence after the lead, the quotation's opening words, speaker, description)
    ("“It was the wrong tone entirely,” she was told by Pieter Olsgaard at the meeting.",
     "It was the wrong tone", "Pieter Olsgaard", None),
    ("“It was the wrong tone entirely,” she was told by the deputy leader of the council.",
     "It was the wrong tone", None, "the deputy leader of the council"),
    # "of" a capitalised body: the body is no speaker (resolved by its last word, it took the words)
    ("“It was the wrong tone entirely,” she was told by the deputy chair of the Ferry Authority.",
     "It was the wrong tone", None, "the deputy chair"),
    ("“It was the wrong tone entirely,” I was told by harbour master Ilse Brandvold.",
     "It was the wrong tone", "Ilse Brandvold", None),
    ("“Will you step down before the vote?” Vostrikova was asked on Tuesday.",
     "Will you step down", None, None),
    ("“Will you step down before the vote?” Maren Vostrikova was pressed by a reporter.",
     "Will you step down", None, "a reporter"),
]


@pytest.mark.parametrize("sentence, opening, speaker, desc", CASES)
def test_the_one_asked_or_told_is_not_the_speaker(speech_of, sentence, opening, speaker, desc):
    quotes = [q for q in speech_of(_LEAD + sentence) if q.text.startswith(opening)]
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
    if desc is not None:
        assert quotes[0].speaker_description == desc


def test_the_active_teller_still_speaks(speech_of):
    # "“…,” she told reporters": the active verb's subject speaks (unchanged)
    quotes = speech_of(_LEAD + "“It was the wrong tone entirely,” Vostrikova told reporters on Monday.")
    assert [q.speaker for q in quotes if q.text.startswith("It was")] == ["Maren Vostrikova"]



def test_a_passive_in_the_next_sentence_leaves_the_words_alone(speech_of):
    # the quotation closes its sentence; the passive opens the next (sentences run together)
    quotes = speech_of(_LEAD + "“We can wait,” she said. “The season is long.”Vostrikova was also asked about the fares.")
    assert [q.speaker for q in quotes if q.text.startswith("The season")] == ["Maren Vostrikova"]


def test_a_glued_full_stop_is_no_subject_of_the_passive(speech_of):
    # "she said.Vostrikova": a full stop glued to the next sentence's first word; the "said"
    # before it is this quotation's credit, and the passive is not read (what the string rule
    # makes of the glued token is its own matter)
    quotes = speech_of(_LEAD + "“The season is long,” she said.Vostrikova was also asked about the fares.")
    [q] = [q for q in quotes if q.text.startswith("The season")]
    assert not any("was asked" in e for e in q.attribution_evidence)
