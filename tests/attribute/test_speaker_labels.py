"""Headline-shaped lines inside an article (attribute/labels.py, issue 11 round 14): a speaker
label before a colon in a caption, a link line or a repeated headline, and a subheading that
quotes the words of the section below it. The articles are our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.labels import SUBHEADING_ECHO

LABELS = [
    ("a caption's label after the player furniture",
     "Council vote\n\nTeo Varga, the council leader, spoke to the press on Monday.\n\n"
     "Video playback is not supported on this page Media caption Varga: \u201cWe will hold the line\u201d\n\n"
     "The vote is on Friday.",
     "We will hold the line", "Teo Varga"),
    ("a link line's label with an adjunct after the name",
     "Strike talks\n\nMayor Ana Lind met the drivers' union on Tuesday. Union chief Teo Varga "
     "said the talks had failed.\n\n"
     "(More on this site: Lind to the strikers: \u2018Come back to work\u2019)\n\n"
     "The talks go on.",
     "Come back to work", "Ana Lind"),
    ("a repeated headline line with a title and a place",
     "Kell at the fair: 'Best year yet'\n\nMayor Kell At The Fair: 'Best Year Yet'\n\n"
     "Mayor Ivo Kell opened the county fair on Saturday.",
     "Best Year Yet", "Ivo Kell"),
]


@pytest.mark.parametrize("article,words,speaker", [c[1:] for c in LABELS], ids=[c[0] for c in LABELS])
def test_a_speaker_label_names_the_speaker(speech_of, article, words, speaker):
    q = next(q for q in speech_of(article) if q.text.strip(" ,.") == words)
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)


SUBHEADINGS = [
    ("a title-case subheading repeating a resident's words",
     "Park plan\n\nThe council wants to sell the park. \u201cIt is a fair price,\u201d said Mayor Ivo Kell.\n\n"
     "'We Will Not Move'\n\n"
     "Residents met on Sunday. \u201cWe will not move, whatever the council says,\u201d said resident "
     "Ana Lind.",
     "We Will Not Move", "Ana Lind"),
    ("an all-capital subheading repeating words said two paragraphs below",
     "Park plan\n\nThe council wants to sell the park, Mayor Ivo Kell said.\n\n"
     "\u2018KEEP THE PARK\u2019\n\n"
     "Residents met on Sunday.\n\n"
     "Ana Lind, who chairs the group, said they would \u201ckeep the park whatever it costs.\u201d",
     "KEEP THE PARK", "Ana Lind"),
]


@pytest.mark.parametrize("article,words,speaker", [c[1:] for c in SUBHEADINGS], ids=[c[0] for c in SUBHEADINGS])
def test_a_subheading_takes_the_speaker_of_the_words_below(speech_of, article, words, speaker):
    q = next(q for q in speech_of(article) if q.text == words)
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)
    # one reason for both rules that give it (speakers._subheadings, echoes: round 37, lane tidy20)
    assert any(SUBHEADING_ECHO in why for why in q.attribution_evidence + q.kind_evidence)


def test_narration_with_a_colon_is_no_label(speech_of):
    article = ("Park plan\n\nMayor Ivo Kell spoke first.\n\nThe verdict on the plan: \u201ca costly mess\u201d\n\n"
               "The vote is on Friday.")
    for q in speech_of(article):
        assert not any("speaker label" in e for e in q.attribution_evidence), q.attribution_evidence


NOT_LABELS = [
    ("a subheading whose words nobody says below keeps no speaker",
     "Park plan\n\nThe council wants to sell the park, Mayor Ivo Kell said.\n\n"
     "\u2018KEEP THE PARK\u2019\n\nResidents met on Sunday and voted.",
     "KEEP THE PARK", None),
]


@pytest.mark.parametrize("article,words,speaker", [c[1:] for c in NOT_LABELS], ids=[c[0] for c in NOT_LABELS])
def test_no_repeat_no_speaker(speech_of, article, words, speaker):
    qs = [q for q in speech_of(article) if q.text.strip(" ,.") == words]
    assert all(q.speaker == speaker for q in qs), [(q.speaker, q.attribution_evidence) for q in qs]


# A speaker label opening a sentence of any length (round 15, lane narration): "Justice X: “…”"
# in a transcript of exchanges, "X on the strike: “…”", "X, a lawyer for Y: “…”". The words
# after the colon are the label's, not the last speaker's (the sentence names someone else, so
# the continuation was left null).
OPENING_LABELS = [
    ("transcript labels, one paragraph each",
     "Hearing\n\nThe judges heard the depot case on Tuesday.\n\n"
     "Judge Ana Lind: \u201cI am not sure the town ever owned the land, and I would like to hear "
     "why the council thinks it did, because the deeds say otherwise.\u201d\n\n"
     "Judge Teo Varga: \u201cSuppose the deeds are wrong. Would the council still have a case, or "
     "would it have to start again from the beginning?\u201d\n\n"
     "The court will rule in May. Lind and Varga sit until then.",
     ["Ana Lind", "Teo Varga"]),
    ("a label with a topic after the name, after another speaker",
     "Depot plan\n\nMayor Ivo Kell wants the depot sold. \u201cIt is a fair price,\u201d Kell said. "
     "Councillor Mirela Dobos disagrees.\n\n"
     "Dobos on the sale: \u201cWe are giving away the last open ground in the town for nothing.\u201d",
     ["Ivo Kell", "Mirela Dobos"]),
    ("a label with a role after a comma",
     "Depot plan\n\nMayor Ivo Kell wants the depot sold. \u201cIt is a fair price,\u201d Kell said. "
     "The drivers hired Teo Varga.\n\n"
     "Teo Varga, a lawyer for the drivers: \u201cThe council cannot sell what it does not own.\u201d",
     ["Ivo Kell", "Teo Varga"]),
    ("a heading word before a colon is no speaker (the words go on as before)",
     "Depot plan\n\nMayor Ivo Kell wants the depot sold. \u201cIt is a fair price,\u201d Kell said.\n\n"
     "Example: \u201cA town that sells its depot has nowhere to park its buses in winter.\u201d",
     ["Ivo Kell", "Ivo Kell"]),
    ("bulleted labels with a club role before each name (round 22, lane nulls6)",
     "Cup preview\n\nRovers have lost three games in a row and face the league leaders.\n\n"
     "- Rovers boss Owen Halloway: \"We know this is a hard one. \"We have to defend much better "
     "than we did last week.\"\n\n"
     "- United manager Petr Novak: \"They will make it difficult for us. \"We must be patient.\"\n\n"
     "Kick-off is at three.",
     ["Owen Halloway", "Petr Novak"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in OPENING_LABELS], ids=[c[0] for c in OPENING_LABELS])
def test_a_label_opening_a_sentence_names_the_speaker(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
