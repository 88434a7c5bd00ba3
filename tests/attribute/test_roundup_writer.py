"""Opinion round-ups that credit a columnist after a paraphrase of the column ("The idea has
worked elsewhere, said Owen Tate at the Valley Post.") and then quote the column in sentences
with no verb of saying: the words are the columnist's until the next credit (round 51, lane
roundup51: a fresh17 round-up left such words null, gave them to the columnist credited before,
or gave "he writes" to the politician the paraphrase was about). The article is our own words."""

from __future__ import annotations

import pytest

ARTICLE = ("Should the city close its center to cars?\n\n"
           "The sharpest takes, gathered from around the web:\n\n"
           "A car-free center \u201cwould make the streets safer for everyone,\u201d said Lena Marsh at the "
           "Harbour Gazette. The idea has worked elsewhere, said Owen Tate at the Valley Post. In several "
           "European towns, shops \u201cdid better once the cars were gone.\u201d Their residents \u201cwalk "
           "more and complain less.\u201d\n\n"
           "Not so fast, said Priya Dunn in the Coastal Herald. Delivery firms will pass their costs on to "
           "shoppers. \u201cA ban is a tax on anyone who cannot walk to work.\u201d\n\n"
           "The cost is not the point, \u201cthe air we breathe is,\u201d said Nora Vince at the Daily Ledger. "
           "Cities that tried it saw \u201casthma visits fall within a year.\u201d\n\n"
           "Ports will need help, notes analyst Rosa Kent of the Harbour Institute. Small harbours "
           "\u201ccannot absorb the cost alone.\u201d\n\n"
           "Senator Vance Hollis has lost ground because of his tone, argues pollster Sam Greer in the "
           "Morning Ledger.\n\n"
           "\u201cNo candidate in years has annoyed so many voters at once,\u201d he writes. \u201cYet his "
           "base loves the fight.\u201d\n")

CASES = [
    ("words inside narration after the credit", "did better once the cars were gone.", "Owen Tate"),
    ("the next verbless sentence too", "walk more and complain less.", "Owen Tate"),
    ("not the columnist credited before", "A ban is a tax on anyone who cannot walk to work.", "Priya Dunn"),
    ("after a credit that holds words", "asthma visits fall within a year.", "Nora Vince"),
    ("a credit with 'of'", "cannot absorb the cost alone.", "Rosa Kent"),
    ("he writes: the columnist, not the politician", "No candidate in years has annoyed so many voters at once,",
     "Sam Greer"),
]


@pytest.mark.parametrize("words,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_round_up_credit_names_the_words_after_it(speech_of, words, speaker):
    q = next(q for q in speech_of(ARTICLE) if q.text.strip() == words)
    assert q.speaker == speaker, (q.speaker, q.attribution_evidence)


NEWS = ("Mayor opens the new bridge\n\n"
        "Traffic will flow by spring, said engineer Tomas Reyes at the Port Authority.\n\n"
        "Neighbours were less sure. A sign at the rally read \u201cWho pays?\u201d and a chant of "
        "\u201cnot our money\u201d went on for an hour.\n")


def test_a_new_paragraph_ends_the_columnists_voice(speech_of):
    for q in speech_of(NEWS):
        assert q.speaker != "Tomas Reyes", (q.text, q.attribution_evidence)
