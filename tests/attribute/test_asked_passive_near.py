"""Near misses of round 40's asked23 rule (asked_passive), found by review32. (1) A credit after
the passive ("“…,” staff were told, the organiser said"; "…, according to X") is the one who
relays the words: nested.py's convention ("X said he was told by …" is X's), which the rule
overrode by leaving the words with no one. (2) A pronoun agent ("she was told by him") is no
description: the rule showed "him" as the speaker's description. Our own words."""

from __future__ import annotations

import pytest

_LEAD = ("Layoffs\n\nWorkers at the Dunmore plant learned of the cuts on Friday. Union organiser "
         "Kit Bray met them at the gate. ")

RELAYED = [
    ("\u201cYour jobs end in March,\u201d staff were told, Bray said.", "Kit Bray"),
    ("\u201cPack your lockers by noon,\u201d they were told, according to Bray.", "Kit Bray"),
    ("\u201cPack your lockers by noon,\u201d they were told by a manager, Bray said later.", "Kit Bray"),
]


@pytest.mark.parametrize("sentence,who", RELAYED, ids=["said", "according to", "by an agent, then said"])
def test_a_credit_after_the_passive_is_the_one_who_relays(speech_of, sentence, who):
    quotes = speech_of(_LEAD + sentence, "relayed")
    assert [q.speaker for q in quotes] == [who], [q.attribution_evidence for q in quotes]


def test_a_relative_clause_after_the_agent_is_no_relay(speech_of):
    # "by the manager, who said …": still the agent's words, as asked23 reads them (whom "the
    # manager" then resolves to is the resolver's matter)
    quotes = speech_of(_LEAD + "\u201cPack your lockers,\u201d they were told by the manager, who "
                       "said the plant would close.", "relative")
    assert len(quotes) == 1 and "string: \u201c\u2026\u201d X was told by Y: Y speaks" in quotes[0].attribution_evidence


@pytest.mark.parametrize("agent", ["him", "her", "them"])
def test_a_pronoun_agent_is_no_description(speech_of, agent):
    text = ("Talks\n\nUnion leader Rosa Finch met the board on Friday. The board chairman, Neil "
            f"Grady, offered a deal.\n\n\u201cTake it or leave it,\u201d Finch was told by {agent}.")
    [q] = speech_of(text, "pronoun agent")
    assert q.speaker_description != agent
    assert q.speaker != "Rosa Finch"
