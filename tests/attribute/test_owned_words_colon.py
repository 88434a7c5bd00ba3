"""Words introduced by their owner's noun and a colon, with no reporting verb: "X's response:
“…”", "Here was X's answer: “…”", "X's reply was short: “…”" (round 23, lane labels7: the
possessive name was read as an unresolved description or not read at all, and the words were
left null on fresh3 and in about a hundred corpus articles). Someone else's verb keeps the
words: "Y responded to X's remarks: “…”" is Y's. The articles are our own words."""

from __future__ import annotations

import pytest

ARTICLE = ("Council row over parking\n\n"
           "Mayor Dennis Orwell and Councillor Ruth Emsley clashed on Tuesday over the parking plan. "
           "Councillor Harold Biggs sat between them.\n\n"
           "{line}\n\nThe vote is next week.")

OWNED = [
    ("a label with no verb", "Councillor Ruth Emsley's response: \u201cWe will fight this plan in every ward.\u201d",
     "We will fight this plan in every ward.", "Ruth Emsley"),
    ("after here was", "Here was Mayor Dennis Orwell's answer: \u201cNo.\u201d", "No.", "Dennis Orwell"),
    ("a possessive in s and a copula", "Biggs' reply was short: \u201cNever.\u201d", "Never.", "Harold Biggs"),
    ("here is the full statement, in its own paragraph", "Here is Orwell\u2019s full statement:\n\n"
     "\u201cThe plan stays, and the town will thank us.\u201d", "The plan stays, and the town will thank us.",
     "Dennis Orwell"),
    ("a source in an as-clause, the words below", "The rate stayed the same, as the Harbour Gazette notes:\n\n"
     "\u201cIt counts everyone who has stopped looking for work.\u201d", "It counts everyone who has stopped looking for work.",
     "Harbour Gazette"),
    ("as the mayor said, in the same sentence", "As Orwell said: \u201cThe bridge will open in May.\u201d",
     "The bridge will open in May.", "Dennis Orwell"),
]


@pytest.mark.parametrize("line,words,speaker", [c[1:] for c in OWNED], ids=[c[0] for c in OWNED])
def test_the_owner_of_the_words_speaks(speech_of, line, words, speaker):
    q = next(q for q in speech_of(ARTICLE.format(line=line)) if q.text.strip() == words)
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)


KEPT = [
    ("the one who responds", "Emsley responded to Orwell's remarks: \u201cThat is simply untrue.\u201d",
     "That is simply untrue.", "Ruth Emsley"),
    ("the writer's own report", "As I reported in May:\n\n\u201cBiggs will stand down.\u201d \u2014 Ruth Emsley",
     "Biggs will stand down.", "Ruth Emsley"),
    ("asked about someone's answer", "Asked about Orwell's answer, Biggs said: \u201cWe will see.\u201d",
     "We will see.", "Harold Biggs"),
]


@pytest.mark.parametrize("line,words,speaker", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_someone_elses_verb_keeps_the_words(speech_of, line, words, speaker):
    q = next(q for q in speech_of(ARTICLE.format(line=line)) if q.text.strip() == words)
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)
