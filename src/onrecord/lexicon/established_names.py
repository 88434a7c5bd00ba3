"""Established names of things that news writes inside quotation marks: a budget deadline's
nickname, a bill's or a programme's common name, a procedural manoeuvre, a group of people or a
technology known by that word (GUIDELINES K3, K17, K20, K22, K25). A quotation that is exactly
one of them is the name, not the words of the speaker whose sentence holds it ("the senator
said the looming “…” needs a deal", "the bill would protect “…”"), unless a naming verb
credits it (K4: attribute/established_kind.py).

Only names, never evaluations or chants: "fake news", "witch hunt", "red line", "hoax",
"grand bargain", "lock her up", "Make America Great Again" and "America First" come as one
speaker's words on one occasion as often as not (the tuning gold gives them speech in 29 of
46 items), so they are not here. Of the 42 tuning gold items of the names below, 41 are term,
title or scare (one "nuclear option" under an unnamed group's verb is speech); main typed 70
quotations of them speech on draw K (issue 11, round 82, lane kind95)."""

from __future__ import annotations

# names typed term (K20, K22, K25): lowercase, as compared after the closing punctuation is cut
ESTABLISHED_TERMS = frozenset("""fiscal cliff|obamacare|dreamers|dreamer|opportunity zones|opportunity zone
nuclear option|deep state|deepfakes|deepfake|gang of eight|sanctuary cities|sanctuary city
individual mandate|super pac|super pacs|dark money""".replace("\n", "|").split("|")) - {""}
# a policy's or a bill's official or common name, typed title (K15, K17)
ESTABLISHED_TITLES = frozenset("""don't ask, don't tell|don’t ask, don’t tell|medicare for all""".split("|"))
# naming forms beyond reporting.WHAT_NAMING_VERBS that credit a listed name to their subject
# when they stand within three words before it ("Republicans … dubbing it “…”", K4)
NAMING_FORMS_MORE = frozenset("""calling dubbing terming labeling labelling branding describing
referring coined coin coins""".split())
# forms of "be" besides function_words.COPULA_FORMS before a name turned into a metaphor
# ("it would be a “…”")
BE_FORMS_MORE = frozenset("be been being".split())
