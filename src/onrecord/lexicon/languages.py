"""Names of languages, as they stand before "for" in a gloss: "sine die, Latin for “…”",
"Hezbollah, Arabic for “…”". The words in marks after "<language> for" translate an
expression, a term (extract/term_rules.py)."""

from __future__ import annotations

LANGUAGE_NAMES = frozenset("""Latin Greek French Spanish Portuguese Italian German Dutch Danish Swedish
    Norwegian Finnish Icelandic Polish Czech Russian Ukrainian Serbian Croatian Hungarian Romanian
    Bulgarian Turkish Arabic Hebrew Yiddish Persian Farsi Pashto Dari Urdu Hindi Punjabi Bengali
    Tamil Sanskrit Chinese Mandarin Cantonese Japanese Korean Vietnamese Thai Malay Indonesian
    Tagalog Swahili Zulu Xhosa Amharic Somali Hausa Yoruba Welsh Gaelic Irish Scots Cornish Breton
    Basque Catalan Galician Maori Hawaiian Navajo Cherokee Esperanto""".split())
