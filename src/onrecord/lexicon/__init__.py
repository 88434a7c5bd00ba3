"""Word lists, each idea once (the bottom layer: imports nothing from onrecord but itself).

- ``reporting``: reporting verbs (base forms with every inflection for attribution; the
  classifier's spelled-out forms), reporting phrases, speech nouns.
- ``questioning``: the participles that open a question clause and the question's opening words.
- ``titles``: honorifics, title words, name suffixes, gendered words.
- ``function_words``: closed-class words (the classifier's and attribution's sets).
- ``groups``: generic groups and the plural people-nouns that are never a speaker's name.
- ``abbreviations``: periods that are not full stops, in named parts.
- ``calendar``: month and weekday names.
- ``outlets``: media words, known outlets and platforms.
- ``places``: countries, US states and large cities: a place is never "he" or "she" (real
  news: "Britain has been cautious, but Mr Straw said he …" made Britain the speaker).
- ``negation``: negators and negating hedges.
- ``contrast``: closed classes whose members are never synonyms (shares, units of time,
  parts of the day and week, stance).

Where two readers need different sets, both live in the same module, built from shared parts,
and tests/lexicon pins which set sits inside which.
"""
