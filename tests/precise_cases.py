"""Shared by the tests of ``--precise-speakers`` (CLI, web API, web page): an article in our own
words with one name right beside its verb and one only carried over from a narration sentence,
so the flag keeps the first name and withholds the second."""

WEAK = (
    "Tram vote\n\n"
    "Councillor Ada Brenner and Mayor Piet Kral met residents on Monday.\n\n"
    "Several residents spoke after them, and the clerk read the letters.\n\n"
    "\u201cWe will not give up on the tram,\u201d Kral said.\n\n"
    "The vote was postponed to March. Brenner left early.\n\n"
    "\u201cIt was a long night.\u201d\n"
)
