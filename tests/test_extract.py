"""Extraction: pairing, apostrophes, recovery, multi-paragraph quotes, kinds and editorial
flags. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document, extract_quotes
from onrecord.model import Document


def texts(s: str) -> list[str]:
    return [q.text for q in extract_quotes(s)]


def kinds(s: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in extract_quotes(s)]


def check_offsets(s: str) -> None:
    for q in extract_quotes(s):
        assert s[q.start : q.end] == q.text


# --- pairing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "s, expected",
    [
        ('The baker said "the ovens stay on" all week.', ["the ovens stay on"]),
        ("The baker said \u201cthe ovens stay on\u201d all week.", ["the ovens stay on"]),
        ("Der B\u00e4cker sagte, die \u00d6fen seien \u201eimmer an\u201c gewesen.", ["immer an"]),
        ("Le boulanger a parl\u00e9 d\u2019un \u00ab four magique \u00bb hier.", [" four magique "]),
        ("Er nannte es \u201a\u00fcberfl\u00fcssig\u2018 und ging.", ["\u00fcberfl\u00fcssig"]),
        ("Il a dit \u2039non\u203a deux fois.", ["non"]),
        ("\u2018We shall open at dawn,\u2019 the baker said.", ["We shall open at dawn,"]),
        ("'We shall open at dawn,' the baker said.", ["We shall open at dawn,"]),
    ],
)
def test_mark_styles(s, expected):
    assert texts(s) == expected
    check_offsets(s)


def test_interrupted_quote_is_two_entries():
    s = "\u201cWe will bake,\u201d the owner said, \u201cuntil the flour runs out.\u201d"
    assert texts(s) == ["We will bake,", "until the flour runs out."]


def test_nested_quote_is_part_of_the_outer_text():
    s = "\u201cMy mother always said \u2018taste it first\u2019 and she was right,\u201d he said."
    qs = extract_quotes(s)
    # the outer quotation keeps the inner marks; the inner one is also kept, nested (issue 10)
    assert [q.nested for q in qs] == [False, True]
    assert "\u2018taste it first\u2019" in qs[0].text and qs[1].text == "taste it first"
    british = "\u2018The sign read \u201cno dogs\u201d, so we left,\u2019 she said."
    assert texts(british) == ["The sign read \u201cno dogs\u201d, so we left,"]


def test_multi_paragraph_quotation_is_one_entry():
    s = (
        "The judge read her ruling aloud.\n\n"
        "\u201cThe tenant paid on time for eleven years.\n\n"
        "\u201cThe landlord has produced no evidence to the contrary.\u201d\n\n"
        "The hearing ended at noon."
    )
    qs = extract_quotes(s)
    assert len(qs) == 1
    q = qs[0]
    assert q.paragraphs == 2
    assert q.text.startswith("The tenant paid") and q.text.endswith("contrary.")
    assert "\n\n\u201cThe landlord" in q.text
    assert s[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "s",
    [
        "We don\u2019t sell bread on Sundays.",
        "The shop opened in the \u201990s and the \u201980s were hard.",
        "The jukebox played rock \u2019n\u2019 roll all night.",
        "The Bakers\u2019 Union met the Workers\u2019 Party on Friday.",
        "The players\u2019 union rejected the offer.",
        "Straight quotes too: it's the '80s again and rock 'n' roll is back.",
        "Dickens' novels and the Joneses' dog were discussed.",
    ],
)
def test_apostrophes_are_never_quotes(s):
    assert extract_quotes(s) == []


def test_possessive_inside_a_single_quoted_quotation():
    s = "\u2018The players\u2019 union will not sign this,\u2019 the captain said."
    assert texts(s) == ["The players\u2019 union will not sign this,"]


def test_stray_mark_is_recovered_locally_and_the_rest_survives():
    s = (
        'He told the meeting that the plan was "doomed and then left.\n\n'
        'The chair replied: "We will vote on it tomorrow."\n\n'
        'A member called it "a fair compromise" afterwards.'
    )
    res = extract_document(Document(text=s, path="t"))
    assert [q.text for q in res.quotes] == [
        "We will vote on it tomorrow.",
        "a fair compromise",
    ]
    assert res.stats["unbalanced"] == 1
    assert res.stats["recovered_marks"] == 1


def test_stray_closing_mark_does_not_invert_later_pairs():
    s = (
        "The figures\u201d were wrong, a clerk said. Later the mayor said "
        "\u201cwe will check them\u201d and the treasurer said \u201cso will I.\u201d"
    )
    assert texts(s) == ["we will check them", "so will I."]


def test_paragraph_with_lost_closer_is_kept_as_recovered():
    s = "Intro.\n\n\u201cWe are staying here until the council listens to us.\n\nThen it rained."
    qs = extract_quotes(s)
    assert len(qs) == 1
    assert qs[0].recovered
    assert qs[0].text == "We are staying here until the council listens to us."


def test_marks_excluded_and_inner_punctuation_kept():
    s = "\u201cNever again!\u201d she shouted."
    (q,) = extract_quotes(s)
    assert q.text == "Never again!"
    assert q.open_mark == "\u201c" and q.close_mark == "\u201d"
    assert s[q.start - 1] == "\u201c" and s[q.end] == "\u201d"


def test_crlf_text_offsets_hold():
    s = "Title\r\n\r\nThe mayor said \u201cyes\u201d.\r\n\r\n\u201cNo,\u201d said the clerk.\r\n"
    check_offsets(s)
    assert texts(s) == ["yes", "No,"]


# --- kinds ---------------------------------------------------------------------------------


def test_speech_with_reporting_verbs():
    s = (
        "\u201cThe bridge will reopen in May,\u201d the engineer said. "
        "Councillor Brandt described the delay as \u201cembarrassing\u201d. "
        "According to the harbour office, the repairs were \u201cmore complex than expected.\u201d"
    )
    assert [k for _, k in kinds(s)] == ["speech", "speech", "speech"]


def test_titles():
    s = (
        "The band closed with their 1988 single \u201cRain on Tin.\u201d "
        "The survey, titled \u201chow we commute in winter,\u201d was published on Monday. "
        "Her third novel, \u201cThe Lighthouse Keeper\u2019s Daughter,\u201d sold well."
    )
    assert [k for _, k in kinds(s)] == ["title", "title", "title"]


def test_scare_quotes():
    s = (
        "The so-called \u201cefficiency\u201d review closed two wards. "
        "Residents received a \u201cfriendly\u201d letter demanding payment."
    )
    assert [k for _, k in kinds(s)] == ["scare", "scare"]


def test_terms_credited_to_nobody_or_a_generic_group():
    s = (
        "Beekeepers call this \u201cswarm season\u201d. "
        "The report used the word \u201cunsustainable\u201d twice. "
        "The device, known locally as \u201cthe kettle,\u201d still works."
    )
    assert [k for _, k in kinds(s)] == ["term", "term", "term"]


def test_naming_credited_to_a_named_person_is_speech():
    s = "It was what the mayor, Ilse Moravec, called \u201ca necessary inconvenience\u201d."
    ((_, kind),) = kinds(s)
    assert kind == "speech"
    s2 = "It was what shipwrights call \u201ca necessary inconvenience\u201d."
    ((_, kind2),) = kinds(s2)
    assert kind2 == "term"


@pytest.mark.parametrize(
    "s, kind",
    [
        # a party with its article, or a chamber's caucus, is the party speaking on an occasion
        ("The Tories called it a \u201cspend now, pay later\u201d budget.", "speech"),
        ("At a briefing, State House Democrats said they want a \u201cclean vote\u201d on it.", "speech"),
        # a party's name alone is its members at large, a generic group
        ("Republicans have long called it \u201camnesty\u201d.", "term"),
    ],
)
def test_party_as_the_speaker(s, kind):
    ((_, got),) = kinds(s)
    assert got == kind


def test_every_quote_carries_kind_evidence():
    s = "She called the fee \u201cabsurd\u201d. The play \u201cSalt and Iron\u201d opens Friday."
    for q in extract_quotes(s):
        assert q.kind_evidence and all(isinstance(e, str) and e for e in q.kind_evidence)


# --- editorial markers ---------------------------------------------------------------------


def test_flags_and_editors_note():
    s = (
        "Die Ministerin nannte den Plan \u201eeinen Neuanfang\u201c*. "
        "Der Gewerkschaftschef sagte: \u201eWir warten ab.\u201c\u2020\n\n"
        "Ein Sprecher sagte \u201eKein Kommentar.\u201c\n\n"
        "*Editor\u2019s Note: These quotations, accurately translated, could not be verified.\n"
    )
    res = extract_document(Document(text=s, path="t"))
    assert [q.flagged for q in res.quotes] == [True, True, False]
    note = res.editors_note
    assert note is not None
    assert s[note["start"] : note["end"]] == note["text"]
    assert note["text"].startswith("*Editor\u2019s Note")
    assert note["quotes"] == [0]  # the asterisk note explains the asterisk-flagged quote
    assert res.stats["flagged"] == 2


def test_note_asterisk_flags_nothing():
    s = "He said \u201cyes.\u201d\n*Editor's note: one quotation could not be checked."
    res = extract_document(Document(text=s, path="t"))
    assert [q.flagged for q in res.quotes] == [False]
    assert res.editors_note is not None


def test_no_editors_note_in_ordinary_text():
    res = extract_document(Document(text="The editor said \u201cno note today.\u201d", path="t"))
    assert res.editors_note is None


def test_empty_and_markless_documents():
    assert extract_quotes("") == []
    res = extract_document(Document(text="No quotations here at all.", path="t"))
    assert res.quotes == [] and res.stats["unbalanced"] == 0


# --- newsroom copy -------------------------------------------------------------------------


def test_collapsed_multi_paragraph_quote_is_one_entry():
    # Paragraph breaks lost in conversion: each former paragraph still opens with a mark.
    s = 'The coach was calm. "We trained hard all week. "The result will come." Fans cheered.'
    qs = extract_quotes(s)
    assert [q.text for q in qs] == ['We trained hard all week. "The result will come.']
    assert qs[0].paragraphs == 2
    res = extract_document(Document(text=s, path="t"))
    assert res.stats["unbalanced"] == 0


def test_doubled_single_marks_read_as_double_marks():
    s = "\u201cWe are not selling the farm,\u2019\u2019 the owner said. ``Not this year.''"
    qs = extract_quotes(s)
    assert [q.text for q in qs] == ["We are not selling the farm,", "Not this year."]
    assert qs[0].close_mark == "\u2019\u2019"
    assert qs[1].open_mark == "``" and qs[1].close_mark == "''"
    for q in qs:
        assert s[q.start : q.end] == q.text


def test_lost_closer_before_a_new_attribution_is_recovered_to_the_sentence_end():
    s = (
        'The farmer said: "The hail took half the orchard. She added: "We will replant '
        'in spring."'
    )
    qs = extract_quotes(s)
    assert [q.text for q in qs] == ["The hail took half the orchard.", "We will replant in spring."]
    assert qs[0].recovered and not qs[1].recovered


def test_lost_closer_after_a_colon_runs_to_the_paragraph_end():
    s = 'MAYOR: "The budget is balanced and the pool stays open\n\nThe session ended.'
    (q,) = extract_quotes(s)
    assert q.recovered and q.text == "The budget is balanced and the pool stays open"


def test_nickname_between_first_name_and_surname_is_a_term():
    s = "The club's treasurer, Edmund \u201cTeddy\u201d Walsh, resigned on Friday."
    assert kinds(s) == [("Teddy", "term")]


def test_capitalised_name_before_a_work_noun_is_a_title():
    s = "The mayor told Radio Harbour\u2019s \u201cMorning Tide\u201d programme that the pier would close."
    assert kinds(s) == [("Morning Tide", "title")]
    s2 = "The \u201cGrow Your Own\u201d campaign handed out 4,000 seed packets."
    assert kinds(s2) == [("Grow Your Own", "title")]


def test_verb_of_a_later_clause_is_not_an_attribution():
    s = "The bakery dropped its \u201cgiant\u201d loaves last year, but denied any link to costs."
    ((_, kind),) = kinds(s)
    assert kind == "scare"
    q = extract_quotes(s)[0]
    assert not any("denied" in e for e in q.kind_evidence)


@pytest.mark.parametrize(
    "s, text",
    [
        ("The unions keep calling for a \u201cfair\u201d settlement with the port.", "fair"),
        ("The mayor presented the board with the \u201csoft landing\u201d budget.", "soft landing"),
        ("He wants to avoid the \u201cwinter gap,\u201d saying that it hurts growers.", "winter gap,"),
    ],
)
def test_verbs_that_do_not_attribute_the_quotation(s, text):
    (q,) = extract_quotes(s)
    assert q.text == text
    assert q.kind != "speech", q.kind_evidence


def test_institution_or_indefinite_source_still_attributes():
    s = "Police said a \u201cminor scuffle\u201d broke out. A statement called the plan \u201creckless\u201d."
    assert [k for _, k in kinds(s)] == ["speech", "speech"]


def test_abbreviation_period_does_not_end_the_attribution_sentence():
    s = "Press officer Lina Varga said Mr. Holm wants a \u201cgentle landing\u201d for the budget."
    ((_, kind),) = kinds(s)
    assert kind == "speech"


@pytest.mark.parametrize(
    "s",
    [
        "The council approved a short-term \u201cpatch\u201d for the roof.",
        "On the 20-minute call, the chair was \u201crelieved\u201d by the vote.",
    ],
)
def test_naming_words_inside_other_words_or_as_nouns(s):
    (q,) = extract_quotes(s)
    assert not any("naming verb" in e for e in q.kind_evidence), q.kind_evidence


def test_participle_naming_takes_the_clause_subject():
    s = "Councillor Ruiz rejected the claim, calling it \u201centirely invented\u201d on Monday."
    ((_, kind),) = kinds(s)
    assert kind == "speech"


def test_asterisk_divider_after_a_quote_is_not_a_flag():
    s = "\u201cWe will see,\u201d the coach said, \u201cnext week.\u201d**** Sports round-up follows."
    assert [q.flagged for q in extract_quotes(s)] == [False, False]
    s2 = "The minister called it \u201ca triumph\u201d**. Nobody agreed."
    assert [q.flagged for q in extract_quotes(s2)] == [True]


def test_items_of_a_quoted_list_share_the_first_items_kind():
    s = (
        "Her notes were full of such words and phrases as \u201cgrit,\u201d "
        "\u201cslow burn\u201d and \u201cpatience.\u201d"
    )
    assert [k for _, k in kinds(s)] == ["term", "term", "term"]
    s2 = "The umpire called the pitch \u201cuneven\u201d and \u201cdangerous.\u201d\n\n\u201cFix it.\u201d"
    got = kinds(s2)
    assert [k for _, k in got] == ["speech", "speech", "speech"]
    q = extract_quotes(s2)[2]
    assert "listed with the previous quotation" not in q.kind_evidence


@pytest.mark.parametrize(
    "s, expected",
    [
        ("Le maire a dit \u00ab nous avons entendu \u201cnon\u201d trois fois \u00bb hier.",
         [" nous avons entendu \u201cnon\u201d trois fois "]),
        ("Sie sagte: \u201eEr rief \u00bbHalt\u00ab und ging.\u201c Dann nichts.",
         ["Er rief \u00bbHalt\u00ab und ging."]),
    ],
)
def test_nested_quotes_of_another_style(s, expected):
    assert texts(s) == expected


def test_mistyped_opening_glyph_at_the_end_of_a_quotation_closes_it():
    s = "Intro.\n\n\u201cWe will appeal the ruling as soon as we can. \u201c\n\nNext paragraph."
    (q,) = extract_quotes(s)
    assert q.text == "We will appeal the ruling as soon as we can. "
    assert not q.recovered


def test_unclosed_quotation_starting_a_sentence_runs_to_the_paragraph_end():
    s = 'The club said. "We are proud of the team and we thank the fans.\n\nThe season ends soon.'
    (q,) = extract_quotes(s)
    assert q.recovered and q.text == "We are proud of the team and we thank the fans."


def test_attribution_closing_the_sentence_credits_a_fragment():
    s = "\u201cSerious delays\u201d are likely on the coast road this winter, the transport board warned."
    (q,) = extract_quotes(s)
    assert q.kind == "speech"
    assert any("warned" in e for e in q.kind_evidence)


@pytest.mark.parametrize(
    "s",
    [
        "The federation called for a \u201ccooling-off week\u201d before the final.",
        "The judge called the recommended term \u201cexcessive\u201d in her ruling.",
    ],
)
def test_call_for_and_noun_term_are_not_naming(s):
    (q,) = extract_quotes(s)
    assert not any("naming verb" in e for e in q.kind_evidence), q.kind_evidence


def test_list_with_article_after_the_conjunction():
    s = "The host said the guest was \u201cso charming\u201d and a \u201cjoy\u201d to interview."
    assert [k for _, k in kinds(s)] == ["speech", "speech"]


def test_name_before_an_appositive_is_the_subject():
    s = "Mara Quist, one of the fiercest critics of the scheme, condemned the vote as a \u201cfarce\u201d."
    ((_, kind),) = kinds(s)
    assert kind == "speech"


def test_headline_speaker_colon_quote_is_speech():
    s = "Harbourmaster: \u2018Never\u2019\n\nThe harbour will stay open, officials confirmed."
    assert kinds(s) == [("Never", "speech")]


def test_title_case_inside_a_title_case_headline_is_not_a_title():
    s = "Harbour Workers Vote: \u2018We Will Not Go Quietly\u2019\n\nThe vote was held on Monday."
    assert kinds(s) == [("We Will Not Go Quietly", "speech")]


def test_groups_with_prepositional_phrases_are_still_groups():
    s = (
        "Critics at the festival called the ending \u201cunearned.\u201d "
        "The crew nicknamed the extras the \u201cstatues.\u201d"
    )
    assert [k for _, k in kinds(s)] == ["scare", "term"]
    s2 = "A spokeswoman for the festival called the ending \u201cbrave.\u201d"
    assert [k for _, k in kinds(s2)] == ["speech"]


def test_french_closer_after_an_inner_space_before_punctuation():
    s = "Le juge a parl\u00e9 d\u2019une \u00ab erreur grave \u00bb*. Le ministre a dit : \u00ab Non. \u00bb"
    qs = extract_quotes(s)
    assert [q.text for q in qs] == [" erreur grave ", " Non. "]
    assert [q.flagged for q in qs] == [True, False]


def test_passive_naming_credits_the_agent_or_nobody():
    s = (
        "The goalkeeper has been nicknamed \u201cthe Wall\u201d by supporters. "
        "The old stand is known as \u201cthe Barn.\u201d "
        "The footbridge was dubbed \u201cthe Needle\u201d by architect Oona Pell."
    )
    assert [k for _, k in kinds(s)] == ["term", "term", "speech"]


def test_participle_after_an_earlier_quote_takes_the_sentence_subject():
    s = (
        "Mayor Ilse Moravec said the town \u201cdeeply regrets\u201d the closure, "
        "calling it a \u201cpainful necessity.\u201d"
    )
    assert [k for _, k in kinds(s)] == ["speech", "speech"]


def test_reporting_verb_earlier_in_the_sentence_governs_later_fragments():
    s = (
        "Vale claimed the campaign had \u201cfound its feet\u201d in recent weeks "
        "and become a \u201cmovement.\u201d"
    )
    assert [k for _, k in kinds(s)] == ["speech", "speech"]
