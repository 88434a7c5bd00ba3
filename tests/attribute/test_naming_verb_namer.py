"""An active naming verb whose namer the string reading missed (round 65, lane kind68).

The extraction types a quotation after a naming verb speech when a named person or body does
the naming ("Vale called it “…”") and a term when nobody or a group does ("what engineers
call “…”"). Three namers it did not see: the pronoun "it" of a body ("what it calls “…”"), a
participle sharing the subject of a clause opened by a contracted pronoun ("she's lashing
out, calling …"), and one person's full name before a bare verb after a verb of perceiving
("Hearing Ada Vale call …", read as the plural present of a group). The words are the namer's
speech. Passives, participles naming their noun, groups, "they" and the writer's own "I call
it" stay terms. Articles written for this test."""

from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind, expected speaker or None)
CASES = [
    ("what it calls", f"Harbour\n\nA pilot was sacked last week. Vale Airways has declined to comment on what "
     f"it calls {L}private staff matters{R}. A spokesman confirmed the pilot had gone.",
     "private staff matters", "speech", "Vale Airways"),
    ("she's lashing out, calling", f"Harbour\n\nMayor Ada Vale lost the vote on Monday. No wonder she's lashing "
     f"out again\u2014calling the audit {L}a shameful episode{R} and worse.", "a shameful episode", "speech", "Ada Vale"),
    ("hearing a name call", f"Harbour\n\nHearing Mayor Ada Vale call a local fisherman a {L}lazy crook{R} last "
     f"week was a shock to the town.", "lazy crook", "speech", "Ada Vale"),
    # near misses: no one named does the naming
    ("a passive", f"Harbour\n\nThe council cut the harbour levy by a penny. The measure was called {L}skinny "
     f"relief{R} because it cut so little.", "skinny relief", "term", None),
    ("a group", f"Harbour\n\nHarbour residents welcome strangers and even call them {L}mate{R} at the door.",
     "mate", "term", None),
    ("they call it", f"Harbour\n\nShipping firms lose money when a cargo sinks; they call it a {L}hull write-down{R} "
     f"in their books.", "hull write-down", "term", None),
    ("a participle naming its noun", f"Harbour\n\nThe emails were wiped in a process called {L}deep scrub{R} "
     f"last spring.", "deep scrub", "term", None),
    ("the writer's own label", f"Harbour\n\nBoats now wait for hours at the lock gates. I call it {L}lock fever{R} "
     f"and it is getting worse.", "lock fever", "term", None),
    ("a group before a place name", f"Harbour\n\nSome members on Harbour Council call the new levy a {L}dock tax{R} "
     f"and want it gone.", "dock tax", "term", None),
]


@pytest.mark.parametrize("case,article,fragment,kind,speaker", CASES, ids=[c[0] for c in CASES])
def test_naming_verb_namer(quote_of, case, article, fragment, kind, speaker):
    q = quote_of(article, fragment)
    assert (q.kind, q.speaker if q.kind == "speech" else None) == (kind, speaker), q.kind_evidence
