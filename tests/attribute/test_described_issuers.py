"""Descriptions and documents that name someone the article named (issue #11, round 15, lane
described): cases written for this test, shaped like constructs the real-news tuning splits
left null or gave to a word of the description."""

from __future__ import annotations

import pytest


CASES = [
    ("a body's name before the document noun issues it (no possessive)",
     "Harbour dues\n\nPort fees will rise by a fifth, according to a Harbour Authority review.\n\n"
     "The Harbour Authority questioned the ferry operators' figures. \u201cThe operators have "
     "understated their costs for a decade,\u201d said the review.",
     ["Harbour Authority"]),
    ("the same, with the body's name inside the attribution",
     "Harbour dues\n\nPort fees will rise by a fifth this spring.\n\n"
     "\u201cThe operators have understated their costs for a decade,\u201d the Harbour Authority "
     "review said.",
     ["Harbour Authority"]),
    # round 29, lane nulls12: "The White House document that spelled out the plan …. The
    # document said: “…”" (tuning split fresh5) was left null: a capital "The" opening the
    # sentence was no determiner
    ("a body's document opening the sentence issues it",
     "Harbour dues\n\nPort fees will rise by a fifth this spring.\n\n"
     "The Harbour Authority review that set out the rise blamed the ferry operators. The review "
     "said: \u201cThe operators have understated their costs for a decade.\u201d",
     ["Harbour Authority"]),
    ("a person's name before the document noun is a topic, not an issuer",
     "Harbour dues\n\nPort fees will rise, according to a Dana Whitlock review of the accounts.\n\n"
     "\u201cThe operators have understated their costs for a decade,\u201d said the review.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_described_issuer(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected



def test_a_body_and_its_role_opening_a_sentence_is_the_role_holder(speech_of):
    # "The Tory leader was asked …. He replies: “…”" and "The Amnesty secretary-general said
    # …. “…,” she said": the body's name only modifies the role; the subject is its holder,
    # not the body (the he/she then went to someone else named before, or to the body)
    article = ("A leader on film\n\nA new documentary follows the Greenway leader, Tom Marsh, through "
               "a hard winter.\n\nFilm maker Rhys Penrose was given access to Mr Marsh for a year. "
               "The Greenway leader was asked how he would answer voters who felt let down by the "
               "party.\n\nHe replies: \u201cWe kept every promise we could afford to keep.\u201d")
    assert [q.speaker for q in speech_of(article, "org-role")] == ["Tom Marsh"]


def test_a_body_and_its_spokesperson_stays_an_unnamed_voice(speech_of):
    # the spokesperson is read by voices.py as someone unnamed, never the person in focus
    article = ("Ferry cuts\n\nTom Marsh, the Greenway leader, opposed the cuts.\n\n"
               "The Greenway spokesman said the vote was lost. \u201cWe will try again,\u201d he said.")
    assert [q.speaker for q in speech_of(article, "org-spokesman")] == [None]


def test_went_on_to_say_keeps_the_pronoun_as_the_speaker(speech_of):
    # "He went on to say: “…”": the phrase before the verb was "He went", a description that
    # named no one (real-news tuning split and unannotated BBC articles: left null)
    article = ("Ferry vote\n\nTom Marsh, the Greenway leader, told a local radio station the cuts "
               "were unfair. He said the vote would be close. He went on to say: \u201cIf we lose this "
               "one, we will fight the next.\u201d")
    assert [q.speaker for q in speech_of(article, "went-on")] == ["Tom Marsh"]


GENERIC_CASES = [
    ("'the company' is the body that was a subject just before, not a place named in passing",
     "Soap maker warns\n\nBrightwell Foods said European sales fell 3% last year. Sales of frozen food "
     "dipped in Canada, while in the US revenue grew by 2% \u201cdespite a weak summer for ice "
     "cream\u201d, the company said.",
     ["Brightwell Foods"]),
    ("'the firm' with no body as a subject in reach names no one (not 'TV')",
     "Cereal adverts\n\nThe maker of Crunchos will stop advertising to children. Its cartoon-time "
     "adverts on TV will be replaced. But the firm said it would keep advertising to \u201call "
     "family\u201d audiences.",
     [None]),
    # a one-word company that has spoken is no person for "the firm" (round 23, lane describe7:
    # unannotated BBC business reports left "the firm said" null after "Novartis said …")
    ("'the firm' after a one-word company that spoke just before",
     "Drug maker merges units\n\nVeltrix said that it would merge two departments, adding that "
     "jobs may go. \u201cThe outlook for our generics arm is strong,\u201d the firm said.",
     ["Veltrix"]),
    ("'the company' after a one-word company that spoke, a sentence between",
     "Miner recovers\n\nOrebury said it was making \u201creal headway\u201d in its pits. It had brought "
     "in new shift patterns. The company said the changes would \u201clift earnings a great deal\u201d.",
     ["Orebury", "Orebury"]),
    ("'the firm' is never a person who spoke just before, however the name looks",
     "Shop closes\n\nMargaret Olsen said she would sell the bakery in spring. \u201cWe have had thirty "
     "good years here,\u201d the firm said.",
     [None]),
    ("a one-word name with a person's title is no company, even as a modifier subject",
     "Harbour protest\n\nMayor Brandt backed the plan. Brandt supporters marched on Sunday. "
     "\u201cWe want the books opened,\u201d the group said on its website.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", GENERIC_CASES, ids=[c[0] for c in GENERIC_CASES])
def test_generic_company(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_an_outlet_named_before_its_kind_noun_is_the_outlet(speech_of):
    # "“…,” The State newspaper reports": the name before "newspaper" is the outlet; the
    # description was left unresolved (real-news tuning split, and "the China Daily newspaper"
    # in unannotated corpus articles)
    article = ("Flag vote\n\nThe bill is expected to meet more opposition in the House.\n\n"
               "\u201cSeveral members want a different banner,\u201d the Harbour Ledger newspaper "
               "reports, \u201cbut none has the votes yet.\u201d")
    assert [q.speaker for q in speech_of(article, "outlet")] == ["Harbour Ledger", "Harbour Ledger"]


def test_an_outlet_that_quoted_someone_is_not_the_speaker(speech_of):
    article = ("Airline jobs\n\nChief executive Geoff Dalby was quoted by The Harbour Ledger newspaper as "
               "saying the carrier could no longer stay \u201centirely local\u201d.")
    # the outlet is the passive agent ("quoted by"): never the speaker (tuning extension)
    assert "Harbour Ledger" not in [q.speaker for q in speech_of(article, "outlet-quoted")]


def test_a_statement_issued_by_someone_unnamed_is_not_the_last_issuers(speech_of):
    # "Terry's family issued a statement …. “…,” the statement said": the latest statement is
    # the family's, not the one a person named earlier issued (unannotated corpus articles:
    # the earlier issuer took it)
    article = ("Ferry inquiry\n\nCouncillor Dana Whitlock said in a statement that the inquiry was "
               "\u201clong overdue\u201d.\n\nThe crew's families issued a statement on Wednesday calling "
               "for the full report to be published.\n\n\u201cOur sons lost their lives at sea and we are "
               "still waiting,\u201d the statement said.")
    assert [q.speaker for q in speech_of(article, "unnamed-issuer")] == ["Dana Whitlock", None]
