"""Words of the unnamed-teller check (attribute/unnamed_teller.py, issue 11, round 79, lane
addressee90)."""

from __future__ import annotations

# Verbs of saying that, inside the clause an unnamed voice reports, relay nobody's words in
# marks: whom one talked to ("the agency spoke to “…”"), what one will announce ("the mayor is
# set to announce a task force on “…”"), a briefing. The marks there are the voice's words;
# any other verb of saying there ("the senator is telling people “…”") relays the senator's.
NON_RELAYING_BASES = frozenset({"speak", "talk", "announce", "brief"})
# Words opening an adverbial phrase set off by a comma before an unnamed voice ("During a
# briefing with reporters, a state official said …"): the voice still opens the sentence's
# clause. Prepositions and time words only: a name before the comma ("Vale, one aide said, …")
# may be whose words they are.
ADVERBIAL_OPENERS = frozenset("""during in on at after before earlier later afterward afterwards
separately privately speaking""".split())
