"""The clause before a quotation is cut at a sentence end, never at an abbreviation's period:
the token before the period is read after the last space (the fast path) or, when a bracket,
a digit or a line break is in it, by walking back over letters and periods."""

from onrecord.extract.words import left_clause, right_clause


def test_abbreviation_after_a_space_does_not_end_the_sentence():
    assert left_clause("The plan went ahead. Mr. Okafor said ") == "Mr. Okafor said "


def test_abbreviation_after_a_bracket_does_not_end_the_sentence():
    # "(U.S." holds a bracket: the token is found by the walk back, not the last space
    assert left_clause("It ended. Aid (U.S. officials said) was ") == "Aid (U.S. officials said) was "


def test_word_after_a_bracket_ends_the_sentence():
    assert left_clause("Aid (rain fell). Then he said ") == "Then he said "


def test_single_capital_is_an_initial():
    assert left_clause("It rained. J. Smith wrote ") == "J. Smith wrote "


def test_right_clause_stops_at_the_first_real_sentence_end():
    assert right_clause(" said Dr. Lee at 5 p.m. on Monday. Then rain.") == " said Dr. Lee at 5 p.m. on Monday."
