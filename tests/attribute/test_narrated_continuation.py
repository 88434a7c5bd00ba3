"""A sentence of narration with no verb of saying that ends in a long quotation, right after a
sentence holding a named speaker's quoted words: the words go on in that voice ("“…,” he says.
In Europe, immigrants “have a harder time …”"; "“…,” said X. India is a “dramatically growing
economy that must …”"). Round 35, lane cont17: 9 of 42 continuations in the judged sample were
left null as "a quotation inside narration names nobody". The guards are the readings that are
not his: a short phrase, a sentence naming another person or body, a quotation followed by more
narration. Round 37, lane narr20: the sentence before may report the speaker's words without
quoting them, in the same paragraph. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("same paragraph, a place named in the narration",
     "Harbour tolls\n\n\"Every port in the region is raising its tolls,\" said Ines Valcourt, an "
     "economist at the Baltic Trade Institute. In Norway, the tolls \"have doubled in two years and "
     "the shipping lines have simply paid them without complaint.\"",
     ["Ines Valcourt", "Ines Valcourt"]),
    ("next paragraph, a clause opening on a topic noun",
     "Harbour tolls\n\n\"The tolls are a tax on every family that buys imported food,\" writes "
     "Tomas Brekke, chief economist at Nordbank.\n\nThe upshot of the rise is that there is \"a "
     "steady drain on household budgets that nobody in the council has tried to measure.\"",
     ["Tomas Brekke", "Tomas Brekke"]),
    ("after a pronoun credit, an opening phrase then first-person words",
     "Harbour tolls\n\nInes Valcourt has campaigned against the harbour tolls since 2004.\n\n"
     "\"I have fought these tolls for twenty years,\" she says. A dock worker at the time, \"I "
     "watched the fees climb every winter while the wages stayed exactly where they were.\"",
     ["Ines Valcourt", "Ines Valcourt"]),
    # round 37, lane narr20: the sentence before reports the named speaker's words without
    # quoting them (eval/real/README.md, fresh3's ruling: same paragraph, right after)
    ("after indirect speech in the same paragraph",
     "Harbour tolls\n\nInes Valcourt said the council had ignored the fishermen for years. The new "
     "tolls are \"a tax on every family that buys its fish on the quay.\"",
     ["Ines Valcourt"]),
    ("after an argument reported in the same paragraph, a dash aside closing the sentence",
     "Harbour tolls\n\nTomas Brekke, an economist at Nordbank, spoke in Oslo on Monday. Brekke argues "
     "that the port cannot go on raising its tolls. \"The only rival the port has is its own past, "
     "when it was cheap and busy\" - a past he thinks can return.",
     ["Tomas Brekke"]),
    # round 66, lane cont71: a four-word clause closing the narration is the speaker's too (the
    # threshold was six; the phrases of others the guards let through hold three words or fewer)
    ("a four-word clause closing the narration",
     "Harbour tolls\n\n\"The shipping lines were expected to protest,\" said Ines Valcourt, an "
     "economist at the Baltic Trade Institute. Although the council braced for a fight, \"that "
     "never quite arrived.\"",
     ["Ines Valcourt", "Ines Valcourt"]),
    # round 66, lane cont71: a capitalised common word opening the narration ("Diesel engines
    # …") is no one the sentence names, though the name reader keeps it as a lone mention
    ("a capitalised common noun opening the narration names nobody",
     "Harbour tolls\n\n\"It is not a question of opinion,\" says Professor Ines Valcourt. Diesel "
     "engines have been burning more fuel in the harbour every year, and \"we have no record of a "
     "port where the air got cleaner while the traffic doubled.\"",
     ["Ines Valcourt", "Ines Valcourt"]),
    # round 67, lane frag75: the narration may go on for a few words after the quotation
    # ("…, “…,” is not binding.", "… “…” by the law.")
    ("a short tail of narration after the words, a verb",
     "Harbour tolls\n\nInes Valcourt, an economist, goes on to say that the tolls are \"a tax on every "
     "family.\" Raised every winter, \"the fees climb while the wages stay where they were,\" is her "
     "verdict.",
     ["Ines Valcourt", "Ines Valcourt"]),
    ("a short tail of narration after the words, a prepositional phrase",
     "Harbour tolls\n\n\"The tolls are a tax on every family,\" said Ines Valcourt, an economist. As "
     "much as \"half of the fees end up paid by people who never use the port\" by the end of the year.",
     ["Ines Valcourt", "Ines Valcourt"]),
]

GUARDS = [
    ("a short phrase in the next sentence stays nobody's",
     "Harbour tolls\n\n\"The tolls are a tax on families,\" said Ines Valcourt, an economist. "
     "The council calls the rise \"modest\" in its own papers.",
     ["Ines Valcourt", None]),
    ("a long tail of narration after the words stays nobody's",
     "Harbour tolls\n\n\"The tolls are a tax on every family,\" said Ines Valcourt, an economist. As "
     "much as \"half of the fees end up paid by people who never use the port\" than the harbour "
     "board had planned for when it first set them.",
     ["Ines Valcourt", None]),
    ("a tail opening on its own subject frames the words itself",
     "Harbour tolls\n\n\"The tolls are a tax on every family,\" said Ines Valcourt, an economist. "
     "\"Not even for the island ferries?\" the reporter persisted.",
     ["Ines Valcourt", None]),
    ("a three-word phrase closing the narration stays nobody's",
     "Harbour tolls\n\n\"The tolls are a tax on families,\" said Ines Valcourt, an economist. "
     "Although the council braced for a fight, \"they will pay.\"",
     ["Ines Valcourt", None]),
    ("a capitalised name opening the narration, seen again, is that person's own subject",
     "Harbour tolls\n\nOldenburg runs the ferry company. \"The tolls are a tax on families,\" said "
     "Ines Valcourt, an economist. Oldenburg has raised his fares every year, and \"the ferries "
     "now cost more than the tolls they were meant to avoid.\"",
     ["Ines Valcourt", "Oldenburg"]),
    ("a lone capitalised word opening the narration with a verb of saying is its subject",
     "Harbour tolls\n\n\"The tolls are a tax on families,\" said Ines Valcourt, an economist. "
     "Quaymark reports a steady fall in bookings since the rise, and \"expects the smaller lines "
     "to leave the harbour within two seasons.\"",
     ["Ines Valcourt", "Quaymark"]),
    ("a sentence naming a body before the words is the body's, not the speaker's",
     "Harbour tolls\n\n\"The tolls are a tax on families,\" said Ines Valcourt, an economist. "
     "The Harbour Authority has committed itself to \"a fair and transparent toll regime for every "
     "vessel that enters the port.\"",
     ["Ines Valcourt", "Harbour Authority"]),
    ("a sentence naming another person before the words is not the speaker's",
     "Harbour tolls\n\n\"The tolls are a tax on families,\" said Ines Valcourt, an economist. "
     "The mayor shrugged off claims from councillor Piet Oldenburg that the port was \"run for the "
     "benefit of the shipping lines and nobody else in this town.\"",
     ["Ines Valcourt", None]),
    ("a text speaking in the next paragraph is not the speaker's",
     "Harbour tolls\n\n\"The tolls will fall for local boats,\" Ines Valcourt told reporters.\n\n"
     "Even so, the plan expresses \"the hope that the shipping lines will carry most of the cost of "
     "the new breakwater.\"",
     ["Ines Valcourt", None]),
    ("indirect speech in the paragraph before is not carried over",
     "Harbour tolls\n\nInes Valcourt said the council had ignored the fishermen for years.\n\nThe "
     "new tolls are \"a tax on every family that buys its fish on the quay.\"",
     [None]),
    ("a relative clause's reporter is not the sentence's voice",
     "Harbour tolls\n\nInes Valcourt met Mayor Piet Oldenburg, who said the tolls would stay. The new "
     "tolls are \"a tax on every family that buys its fish on the quay.\"",
     [None]),
    ("a text the reported sentence named, taken up by a demonstrative, holds its own words",
     "Harbour tolls\n\nIn his appeal, Tomas Brekke argued the toll should go under an old rule known "
     "as the harbour charter. That charter holds that \"no vessel shall pay twice for the same berth "
     "in one season.\"",
     [None]),
    # round 37, review28: switched off, the "reports speech" check let this one through
    ("a named subject with an apposition who reports nothing is no voice",
     "Harbour tolls\n\nInes Valcourt, a former fisher, has run the quay cafe for twenty years. The "
     "new tolls are \"a tax on every family that buys its fish on the quay.\"",
     [None]),
    ("a named subject who reports nothing is no voice",
     "Harbour tolls\n\nInes Valcourt visited the harbour on Monday with her family. The new tolls are "
     "\"a tax on every family that buys its fish on the quay.\"",
     [None]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_narrated_continuation(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers


def test_narrated_continuation_carries_no_cue(speech_of):
    """Round 66, lane cont71: the narration holds no verb of saying, so the words going on in the
    speaker's voice take no cue from the sentence before (two of the three such items on the
    tuning sets are annotated without one)."""
    article = CASES[0][1]
    first, second = speech_of(article)
    assert (first.speaker, first.cue) == ("Ines Valcourt", "said")
    assert (second.speaker, second.cue) == ("Ines Valcourt", None)
