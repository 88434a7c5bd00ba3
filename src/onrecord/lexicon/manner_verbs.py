"""Verbs of speaking that say how, added after reporting._MANNER_BASES was full (round 81, lane
verbs93). reporting._forms reads them as it reads that list, but only their past forms report
("“…,” X hollered", "X fretted: “…”", "“…,” jabbed X"): an -ing form before a name is an
adjective ("A sobbing X said: “…”" lost X her two quotations on tuning fresh24 when "sob" was
here with its -ing form), and no -ing credit was found on draw I.

How found: draw I (3,000 unannotated AllSides articles), every speech quotation main left with
no speaker, the word before its opening mark and after its closing mark counted; then every
past form of about 110 candidate verbs of saying near a mark read. The closing "“…,” Name
VERBed" shape is nearly exhausted (23 unknown verbs there, most of them gestures: "smiled",
"shrugged", "laughed", left out as reporting.py says). These are the few the articles used as
verbs of saying with a named subject and main left null:
- holler: "“…,” the president hollered to reporters";
- jab: "“…,” jabbed a rival" and "X jabbed back, “…”" (a debate exchange);
- fret: "co-host X fretted: “…”";
- affirm: "the fact-checker affirmed that there is “…”";
- bray: a round-80 lead from draw G ("“…,” X brayed"); none on draw I.
Not declaim, josh or reason, though each gave one credit on I: the first two credit a
description ("the president declaimed, “…”", "“…,” the Republican joshed to X"), which the
cascade then resolved to the wrong person (null → wrong, both), and "the justices reasoned"
took the ruling's words from the court the sentence names (right → null), against one gain
("Others, like X, reasoned, “…”"). Not sob: its one credit on I is a "he" (the he/she lane's),
and "A sobbing X said:" lost X's words on fresh24. Not "informed" (116 on I, none a missed
credit: "well-informed", "was informed of"), "pitched" ("pitched battles", "pitched in"),
"cracked" ("cracked down"), "steamed", "seethed", "uttered" (the word uttered is the object,
not the speaker's wording).
"""

from __future__ import annotations

LATER_MANNER_BASES = tuple("""holler jab fret affirm bray""".split())
