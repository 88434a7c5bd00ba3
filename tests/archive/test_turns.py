"""Turns of a one-speaker speech transcript (archive/structure.py): a crowd's interjection is
one line and the speaker it interrupted goes on without a new label; "THE PRESIDENT:" is a turn
label, not a salutation. Every word of the speaker's turns lies in a stored sentence of that
speaker (words in no sentence are never indexed, embedded or found)."""

from __future__ import annotations

import pytest

from onrecord.archive.structure import structure

HEAD = "Title: Harbour remarks\nSpeaker: Ann Lee\n\n"
BODY = (
    "THE PRESIDENT: Good evening to the harbour town. We came to talk about the new pier.\n\n"
    "AUDIENCE: (Applause.)\n\n"
    "The pier will open next spring. Fishing boats will dock there first.\n\n"
    "The ferry will follow in the autumn.\n\n"
    "Q: Who pays for the dredging of the channel?\n\n"
    "THE PRESIDENT: The port authority pays for the dredging. Thank you all.\n\n"
    "AUDIENCE MEMBER: We will hold you to that!\n\n"
    "And I hope you do.\n"
)
TEXT = HEAD + BODY


def _speaker_of(sents, start: int, end: int) -> set:
    """The speakers of the stored sentences covering every non-space character of [start, end)."""
    who = set()
    for i in range(start, end):
        if TEXT[i].isspace():
            continue
        cover = [s for s in sents if s.start <= i < s.end]
        assert cover, f"{TEXT[i - 10:i + 10]!r} lies in no stored sentence"
        who.add(cover[0].speaker)
    return who


@pytest.mark.parametrize("words, speaker", [
    ("Good evening to the harbour town. We came to talk about the new pier.", "Ann Lee"),
    ("The pier will open next spring. Fishing boats will dock there first.", "Ann Lee"),
    ("The ferry will follow in the autumn.", "Ann Lee"),
    ("The port authority pays for the dredging. Thank you all.", "Ann Lee"),
    ("And I hope you do.", "Ann Lee"),
    ("Who pays for the dredging of the channel?", "Q"),
    ("(Applause.)", "Audience"),
    ("We will hold you to that!", "Audience Member"),
])
def test_every_word_of_a_turn_is_in_a_sentence_of_its_speaker(words, speaker):
    _, sents = structure(TEXT, len(HEAD), ["Ann Lee"])
    start = TEXT.index(words)
    assert _speaker_of(sents, start, start + len(words)) == {speaker}


def test_the_president_label_is_a_turn_of_the_speech_speaker_not_its_words():
    turns, sents = structure(TEXT, len(HEAD), ["Ann Lee"])
    labels = [t for t in turns if TEXT[t.start:t.content_start].startswith("THE PRESIDENT:")]
    assert len(labels) == 2 and {t.speaker for t in labels} == {"Ann Lee"}
    assert not any("THE PRESIDENT" in TEXT[s.start:s.end] for s in sents)


@pytest.mark.parametrize("label, speaker", [
    ("THE VICE PRESIDENT", "The Vice President"),  # a title of someone else, not the speech's speaker
    ("DR. HALVORSEN", "Dr. Halvorsen"),  # a guest's turn runs to the next label, all paragraphs
])
def test_another_speakers_turn_runs_to_the_next_label(label, speaker):
    text = (HEAD + f"THE PRESIDENT: Over to you.\n\n{label}: Thank you. The first point is cost.\n\n"
            "The second point is time.\n\nTHE PRESIDENT: Thank you.\n")
    _, sents = structure(text, len(HEAD), ["Ann Lee"])
    second = text.index("The second point")
    assert [s.speaker for s in sents if s.start == second] == [speaker]


def test_a_speaker_resuming_after_a_dash_is_a_label():
    text = HEAD + "THE PRESIDENT: They said \u2014\n\nAUDIENCE: Boo!\n\nTHE PRESIDENT:\u2014and they were wrong.\n"
    _, sents = structure(text, len(HEAD), ["Ann Lee"])
    last = [s for s in sents if "they were wrong" in text[s.start:s.end]]
    assert len(last) == 1 and last[0].speaker == "Ann Lee" and "PRESIDENT" not in text[last[0].start:last[0].end]


@pytest.mark.parametrize("salutation", ["SIR", "GENTLEMEN OF THE CONGRESS", "DEAR DOCTOR VOSS", "MY FELLOW CITIZENS"])
def test_a_letters_salutation_is_not_a_turn(salutation):
    text = HEAD + f"{salutation}: I write about the treaty.\n\nNOTE: The treaty was signed.\n"
    turns, sents = structure(text, len(HEAD), ["Ann Lee"])
    assert turns == [] and {s.speaker for s in sents} == {"Ann Lee"}
