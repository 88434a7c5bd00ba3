"""Attribution on invented sentences: where the cue stands and what it reaches (inverted
"said", participles, relative clauses, "according to", "as X put it", a quotation continuing its
speaker's, a headline's quotation said again in the body, dash and credit lines, several
documents in one call). Quotations are found with a plain regex (paired_quotes.attribute) so
that these tests measure attribution alone; moved from tests/test_attribute.py (round 63)."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.model import Document, ExtractResult, Quote
from paired_quotes import attribute

pytest.importorskip("spacy")


def test_inverted_said_name_and_interrupted_quote():
    qs = attribute("Headline\n\n“We will,” said Tomas Grebe, a local farmer, “never sell the land.”")
    assert [q.speaker for q in qs] == ["Tomas Grebe", "Tomas Grebe"]
    assert qs[0].cue == "said" and qs[1].cue == "said"


def test_joint_speakers_with_participle_cue():
    qs = attribute("Headline\n\nLeo Pardoe and Ana Ruiz rejected the statement by saying it was "
                   "“simply false.”")
    assert qs[0].speakers == ["Leo Pardoe", "Ana Ruiz"]
    assert qs[0].speaker == "Leo Pardoe"
    assert "saying" in (qs[0].cue or "")


def test_relative_clause_inherits_antecedent():
    qs = attribute("Headline\n\nThe plan was opposed by Dana Whitlock, who called it “a fantasy with a budget.”")
    assert qs[0].speaker == "Dana Whitlock"
    assert qs[0].cue == "called"


def test_according_to():
    qs = attribute("Headline\n\nThe bridge is, according to engineer Paulo Serra, “older than anyone thought.”")
    assert qs[0].speaker == "Paulo Serra"
    assert qs[0].cue == "according to"


def test_quote_without_cue_continues_previous_subject():
    qs = attribute("Headline\n\nOmar Haddad said the vote had been close. “We lost by two.”")
    assert qs[0].speaker == "Omar Haddad"
    assert qs[0].cue is None


def test_quote_after_attribution_sentence_keeps_cue():
    qs = attribute("Headline\n\n“We tried,” Lina Moss said. “Next year we will try harder.”")
    assert qs[1].speaker == "Lina Moss"
    assert qs[1].cue == "said"


def test_batch_of_several_documents_in_one_call():
    ta, tb = "H\n\nIvo Rand said the roof was “fine.”", "H\n\nTess Orme called the roof “a sieve.”"
    a = ExtractResult(Document(ta, "a.txt"), [Quote("fine.", ta.index("fine."), ta.index("fine.") + 5)])
    b = ExtractResult(Document(tb, "b.txt"), [Quote("a sieve.", tb.index("a sieve."), tb.index("a sieve.") + 8)])
    attribute_results([a, b])
    assert a.quotes[0].speaker == "Ivo Rand"
    assert b.quotes[0].speaker == "Tess Orme"


def test_fired_back_is_a_cue():
    qs = attribute("Headline\n\nA heckler shouted at Ivo Marsh. “Not while I am speaking,” Marsh fired back.")
    assert qs[0].speaker == "Ivo Marsh"
    assert qs[0].cue == "fired back"


# Invented sentences whose test is only which speaker each quotation gets (index, speaker;
# None: nobody), one row per case; each row's id is the test it was written as.
SPEAKERS = [
    ("test_participle_without_subject_inherits_clause_subject",
     "Headline\n\nGreta Sandvik resigned on Friday, saying the board had become “impossible to work with.”",
     ((0, "Greta Sandvik"),)),
    ("test_headline_quote_speaker_found_in_body",
     "Mayor: ‘We will not close the pool’\n\nBy Staff Writer\n\n"
     "Mayor Ruth Adeyemi spoke to parents on Sunday. “We will not close the pool,” she said.",
     ((0, "Ruth Adeyemi"), (1, "Ruth Adeyemi"))),
    ("test_dash_credit_after_quotation",
     "Headline\n\nViews\n\n“A new tax will not fix the roads.” — Editorial, Harbour Gazette\n",
     ((0, "Harbour Gazette"),)),
    ("test_credit_line_after_a_quoted_paragraph",
     "Perspectives\n\nOthers counter that “the plan is a fantasy.”\n\nMara Lind, The Harbour Post\n\n"
     "“Prices will fall next year.”\n\nOskar Brenner, Calder Review\n",
     ((0, "Mara Lind"), (1, "Oskar Brenner"))),
    ("test_opening_quotation_takes_the_person_named_next",
     "Coal plan\n\n“We can produce all the power we need,” he said. Governor Ray Bevin, who "
     "took office in May, spoke at a mine.",
     ((0, "Ray Bevin"),)),
    ("test_adverb_between_pronoun_and_verb",
     "Headline\n\nMarta Kovac spoke to reporters near the square on Tuesday. "
     "She apparently commented: “We have waited long enough.”",
     ((0, "Marta Kovac"),)),
    ("test_dash_credit_takes_the_person_before_the_outlet",
     "Round-up\n\n“Children copy the adults around them.” — Child psychologist Hana Mercer to "
     "Family Weekly\n\n“Schools can help.” — Rui Costa, Harbour Gazette\n",
     ((0, "Hana Mercer"), (1, "Rui Costa"))),
    ("test_refer_to_as_is_a_cue_before_a_later_clause",
     "Headline\n\nNina Ball and Rae Wexler argued on the panel. "
     "Ball referred to the plan as “a disaster” as Wexler concluded her remarks.",
     ((0, "Nina Ball"),)),
    ("test_as_x_put_it_parenthetical",
     "Headline\n\nLocal leaders care more about trade, which makes it hard for them to -- as "
     "Foreign Minister Ivo Rask put it last week -- “lean in” on the regime.",
     ((0, "Ivo Rask"),)),
    ("test_outlet_aside_between_subject_and_verb",
     "Headline\n\n“It is new,” Justice Ian Pole said. Chief Justice Rita Crane, the Herald says, "
     "called the plan “unprecedented.”",
     ((1, "Rita Crane"),)),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_cues_speakers(text, expected):
    qs = attribute(text)
    for i, speaker in expected:
        assert qs[i].speaker == speaker, (i, qs[i].speaker, qs[i].attribution_evidence)
