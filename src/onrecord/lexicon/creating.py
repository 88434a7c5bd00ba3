"""Verbs that bring a named thing into being (or put it forward): "the bill proposes “…”",
"it would create a “…”", "set up a “…”". Their object in marks is the name of the new thing,
a term (extract/term_rules.py), not words anyone said."""

from __future__ import annotations

# base forms; term_rules builds the inflections (-s, -d/-ed, -ing) from them
CREATING_BASES = ("create", "propose", "introduce", "establish")
# phrasal verbs of the same sense, in their spelled-out forms
CREATING_PHRASES = ("set up", "sets up", "setting up")
