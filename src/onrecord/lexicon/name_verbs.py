"""Verbs of saying whose capitalised form is a common word of names: "Islamic State", "United
States", "Iowa State Sen. …" (attribute/name_verbs.py: after 'destroy Islamic State' the string
rule read "State" as the verb and gave a congressman's words to "Islamic State"; round 76)."""

NAME_WORD_VERBS = frozenset({"state", "states"})
