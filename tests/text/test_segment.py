"""The one sentence and paragraph segmenter (issue 9: four splitters became text/segment.py).
Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from onrecord.text.segment import abbreviation_period, paragraphs, sentences


def _split(text: str, protected=()) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text), protected)]


@pytest.mark.parametrize("text, expected", [
    # abbreviations and initials keep their period inside the sentence
    ("Sen. Vale met Acme Corp. officials. They left.", ["Sen. Vale met Acme Corp. officials.", "They left."]),
    ("The vote is on Jan. 24 in the U.S. Senate. Nobody expects it to pass.",
     ["The vote is on Jan. 24 in the U.S. Senate.", "Nobody expects it to pass."]),
    ("J. R. Hale spoke first. Then the mayor.", ["J. R. Hale spoke first.", "Then the mayor."]),
    # "No." is an abbreviation only before a number
    ("They live at No. 10 Harbour Row. It is red.", ["They live at No. 10 Harbour Row.", "It is red."]),
    ("She said no. Then she left the room.", ["She said no.", "Then she left the room."]),
    # a reporting verb after a quoted question belongs to the quotation's sentence
    ("“Is the bridge safe?” Ilse Marr asked. Nobody answered.",
     ["“Is the bridge safe?” Ilse Marr asked.", "Nobody answered."]),
    # ... also after a title abbreviation ("Ms.") before the name (round 32, lane lastspk13:
    # the question went to the previous subject)
    ("Nobody spoke. “Is the bridge safe?” Ms. Marr asked. Nobody answered.",
     ["Nobody spoke.", "“Is the bridge safe?” Ms. Marr asked.", "Nobody answered."]),
    ("“Will it hold?” Sen. Ilse Marr said on the radio. Nobody answered.",
     ["“Will it hold?” Sen. Ilse Marr said on the radio.", "Nobody answered."]),
    # ... and after a name with an apposition between commas
    ("“Is it safe?” Ilse Marr, the head of the county board, asked the engineer. Nobody answered.",
     ["“Is it safe?” Ilse Marr, the head of the county board, asked the engineer.", "Nobody answered."]),
    ("“Is it safe?” Ilse Marr, the engineer, and her deputy left. Nobody answered.",
     ["“Is it safe?”", "Ilse Marr, the engineer, and her deputy left.", "Nobody answered."]),
    ("“Is it safe?” Ilse Marr, with some impatience, told him to stop. Nobody answered.",
     ["“Is it safe?”", "Ilse Marr, with some impatience, told him to stop.", "Nobody answered."]),
    # a verb that opens the next words answers the question: its own sentence
    ("“Is it safe?” Mr. Marr replied, “Not at all.” Then rain.",
     ["“Is it safe?”", "Mr. Marr replied, “Not at all.”", "Then rain."]),
    ("“Is it safe?” Ms. Marr responded that it was. Then rain.",
     ["“Is it safe?”", "Ms. Marr responded that it was.", "Then rain."]),
    # a bare "X said." after a quotation closed by a period is that quotation's credit, not a
    # sentence of its own (round 32, lane lastspk13)
    ("“The bridge is safe and we checked it.” Marr said. Nobody answered.",
     ["“The bridge is safe and we checked it.” Marr said.", "Nobody answered."]),
    # ... not a sentence that goes on after the verb
    ("“The bridge is safe.” Marr said the council would meet. Nobody answered.",
     ["“The bridge is safe.”", "Marr said the council would meet.", "Nobody answered."]),
    ("“The bridge is safe.” Marr said, pointing at it. Nobody answered.",
     ["“The bridge is safe.” Marr said, pointing at it.", "Nobody answered."]),
    # ... nor "Y said, “…”", which opens the next quotation
    ("“The bridge is safe.” Ilse Marr said, “We checked it.” Nobody answered.",
     ["“The bridge is safe.”", "Ilse Marr said, “We checked it.”", "Nobody answered."]),
    ("“The bridge is safe.” He added, however, that it was old. Nobody answered.",
     ["“The bridge is safe.”", "He added, however, that it was old.", "Nobody answered."]),
    ("“The bridge is safe.” Twelve disagreed. Nobody answered.",
     ["“The bridge is safe.”", "Twelve disagreed.", "Nobody answered."]),
    ("The bridge is safe. Marr said. Nobody answered.",
     ["The bridge is safe.", "Marr said.", "Nobody answered."]),
    # review19: "X agreed." after a closed quotation is another person's reaction, its own
    # sentence, not the words' credit (the words went to the one who agreed)
    ("“Nobody wants a toll bridge.” Marr agreed. Then rain.",
     ["“Nobody wants a toll bridge.”", "Marr agreed.", "Then rain."]),
    ("Vale called the toll “a disgrace.” Critics agreed. Then rain.",
     ["Vale called the toll “a disgrace.”", "Critics agreed.", "Then rain."]),
    # review19: the periods inside a state's abbreviation in a party apposition ("D-N.Y.")
    # are no punctuation: the verb after the apposition keeps the question in its sentence
    ("“Is it safe?” Rep. Ilse Marr, D-N.Y., asked. Nobody answered.",
     ["“Is it safe?” Rep. Ilse Marr, D-N.Y., asked.", "Nobody answered."]),
    # review19: a relative clause on the name is an apposition too (corpus: '“…?” Judge X, who
    # was appointed by …, asked during …' went to the previous speaker)
    ("“Is it safe?” Judge Ilse Marr, who was appointed in 2019, asked the engineer. Nobody answered.",
     ["“Is it safe?” Judge Ilse Marr, who was appointed in 2019, asked the engineer.", "Nobody answered."]),
    ("“Is it safe?” Ilse Marr, who built it, left the room. Nobody answered.",
     ["“Is it safe?”", "Ilse Marr, who built it, left the room.", "Nobody answered."]),
    # ... not a sentence that only holds such an abbreviation
    ("“Is it safe?” Marr, the U.S. envoy, left. Nobody answered.",
     ["“Is it safe?”", "Marr, the U.S. envoy, left.", "Nobody answered."]),
    # "No." after a question is an answer, not the abbreviation of "No. 10": the credit look-ahead
    # reads its period as the end of a sentence, as abbreviation_period does (corpus: '“Is he
    # meeting X?” ¶ No.' joined the answer's paragraph to the question)
    ("The question: “Is he coming?” No. She said he would not.",
     ["The question: “Is he coming?”", "No.", "She said he would not."]),
    ("“Is it safe?” asked No. 10 staff. Nobody answered.",
     ["“Is it safe?” asked No. 10 staff.", "Nobody answered."]),
    # round 36, lane pron18: a long credit, a role phrase before the name ("Council transport
    # committee spokesman Tom Vale said", "Ms Renn's lawyer Tom Vale said"), or a verb of
    # answering back ("Vale shot back"), keeps a question or exclamation in its sentence
    # (corpus: three such questions went to the speaker before, one shown at 0.95)
    ("“Is it safe?” Council transport committee spokesman Tom Vale said in a reply. Nobody answered.",
     ["“Is it safe?” Council transport committee spokesman Tom Vale said in a reply.", "Nobody answered."]),
    ("“Is it safe?” Ms Renn's lawyer Tom Vale said. Nobody answered.",
     ["“Is it safe?” Ms Renn's lawyer Tom Vale said.", "Nobody answered."]),
    ("“How dare you!” Vale shot back in anger. Nobody answered.",
     ["“How dare you!” Vale shot back in anger.", "Nobody answered."]),
    # ... not a new sentence whose subject is a long phrase with lower-case words in it
    ("“Is it safe?” The county board and its old engineer said no. Nobody answered.",
     ["“Is it safe?”", "The county board and its old engineer said no.", "Nobody answered."]),
    ("“Is it safe?” Vale shot the engineer a look. Nobody answered.",
     ["“Is it safe?”", "Vale shot the engineer a look.", "Nobody answered."]),
    # the dev set's editorial flag after a closing mark does not hide the boundary
    ("He called it “a waste of hours.”* She and I disagreed.",
     ["He called it “a waste of hours.”*", "She and I disagreed."]),
    # no capital after the stop: not a boundary
    ("The figure was 3.5 per cent. it rose later.", ["The figure was 3.5 per cent. it rose later."]),
    # an accented capital starts a sentence
    ("The talks ended. Émile Roux left at noon.", ["The talks ended.", "Émile Roux left at noon."]),
])
def test_sentences(text, expected):
    assert _split(text) == expected


def test_a_protected_quotation_keeps_its_sentences_together():
    text = "She said “We will build it. It will open in May.” and left. Then rain."
    q = (text.index("“"), text.index("”") + 1)
    assert _split(text, [q]) == ["She said “We will build it. It will open in May.” and left.", "Then rain."]


def test_offsets_index_the_text_and_skip_leading_space():
    text = "First one.   Second one."
    spans = sentences(text, 0, len(text))
    assert spans == [(0, 10), (13, 24)]


def test_a_range_is_split_on_its_own():
    text = "Skip this. Alpha one. Beta two. Skip that."
    start, end = text.index("Alpha"), text.index(" Skip that")
    assert [text[a:b] for a, b in sentences(text, start, end)] == ["Alpha one.", "Beta two."]


@pytest.mark.parametrize("text, pos, expected", [
    ("Mr. Hale", 2, True),
    ("at No. 5", 5, True),
    ("said no. Then", 7, False),
    ("a plan. Then", 6, False),
])
def test_abbreviation_period(text, pos, expected):
    assert text[pos] == "."
    assert abbreviation_period(text, pos) is expected


def test_paragraphs_are_blocks_between_blank_lines():
    text = "One.\nStill one.\n \t\nTwo.\r\n\r\nThree."
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.\nStill one.", "Two.", "Three."]


def _split_glued(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, 0, len(text), glued=True)]


@pytest.mark.parametrize("text, expected", [
    # scraped text that lost its paragraph breaks: a stop glued to the next sentence
    ("The plan failed in the spring.According to the paper, it cost more.",
     ["The plan failed in the spring.", "According to the paper, it cost more."]),
    # in a masked text a quotation is blank but for its first "X" and final stop: the straight
    # mark after a blank closes it; after a narration word it opens the next quotation
    ('X                 ."And, while the board met, we waited.',
     ['X                 ."', "And, while the board met, we waited."]),
    ('said the mayor, Ida Lund."X               ," she added.',
     ['said the mayor, Ida Lund.', '"X               ," she added.']),
    ("The count rose by 12 percent.Officials were surprised.",
     ["The count rose by 12 percent.", "Officials were surprised."]),
    # never: a capital before the stop, an abbreviation, a web address, a lower-case word after
    ("He joined the U.S.Army in May.", ["He joined the U.S.Army in May."]),
    ("We met at 9 a.m.Then we left.", ["We met at 9 a.m.Then we left."]),
    ("Read more at www.ExampleNews.com today.", ["Read more at www.ExampleNews.com today."]),
    ("The figure was 3.5 per cent.it rose later.", ["The figure was 3.5 per cent.it rose later."]),
])
def test_a_glued_stop_ends_a_sentence_when_asked(text, expected):
    assert _split_glued(text) == expected


def test_a_glued_stop_is_no_boundary_by_default():
    text = "The plan failed in the spring.According to the paper, it cost more."
    assert _split(text) == [text]
