"""A one-word quotation standing as its own sentence right after its speaker's sentence is
speech, credited by the usual finder to that speaker (round 48, lane alone28,
eval/real/audit/alone28-sample.tsv: a speaker's next word after '“…,” she said.', an answer
after the speaker's own question, both typed scare as fragments credited to nobody).

Each article was written for this test. Near misses stay as they were: a one-word sentence in
marks after narration of the writer's own (a second sentence between), with no quotation
before it in its paragraph, a turn of a quoted exchange with no verb between (the finder would
continue the previous turn's speaker, and turns alternate), a word before its speaker's clause
after its own full stop (the string finder does not read that clause), a one-word fragment
inside the writer's sentence."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

CASES = [
    # (case, article, fragment, expected kind, expected speaker; "-x" = anything but x; "-rule":
    # not decided by this rule)
    ("a speaker's next sentence after '“…,” she said.'", "Ferry\n\nMarta Olsen, a deckhand, said "
     "the ferry was late again.\n\n\u201cI was stunned,\u201d she said. \u201cSpeechless.\u201d\n\n"
     "The company apologised.", "Speechless.", "speech", "Marta Olsen"),
    ("an answer after the speaker's own question, a long clause", "Talks\n\nThe envoy Piet Hallam "
     "spoke late on Monday.\n\n\u201cCould the talks still fail?\u201d Mr. Hallam said to the "
     "reporters waiting outside the hotel. \u201cCertainly.\u201d\n\nHe left soon after.",
     "Certainly.", "speech", "Piet Hallam"),
    ("an exclamation after 'said X.' with straight marks", "Flood\n\n\"The water came in "
     "overnight,\" said Tomas Berg, a farmer. \"Everywhere!\"\n\nThe river fell by noon.",
     "Everywhere!", "speech", "Tomas Berg"),
    # near misses
    ("a one-word sentence after the writer's own narration", "Budget\n\n\u201cWe will cut waste,"
     "\u201d the minister said. The plan trims the school budget by a tenth. \u201cReform.\u201d "
     "That is what the leaflets call it.", "Reform.", "-speech", None),
    ("the writer's one-word aside, no quotation before", "Budget\n\nThe minister's plan cuts the "
     "school budget by a tenth. \u201cReform.\u201d That is what the leaflets call it.",
     "Reform.", "-speech", None),
    ("a turn of a quoted exchange, no verb between", "Border\n\nWe met Oren Malka at his farm. "
     "Reporter: \u201cDo you expect a deal?\u201d \u201cNever.\u201d \u201cNot while I live "
     "here.\u201d", "Never.", "-speech", None),
    ("a word before its speaker's clause after its own full stop", "Season\n\nThe league may play "
     "in empty grounds this spring.\n\n\u201cTedious.\u201d Harbour City Rovers goalkeeper Ines "
     "Varga told the radio station.", "Tedious.", "-speech", None),
    ("an answer whose own clause follows it names another speaker", "Rally\n\n\u201cShould we "
     "invite the senator?\u201d the mayor asked the crowd. \u201cNever!\u201d they shouted.",
     "Never!", "-rule", None),
    ("a one-word fragment inside the writer's sentence", "Budget\n\nThe plan, which its backers "
     "call \u201creform,\u201d cuts the budget. \u201cIt is a fraud,\u201d Ada Vale said.",
     "reform,", "-speech", None),
]


def _quote(article: str, fragment: str):
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    found = [q for q in r.quotes if q.text == fragment]
    assert found, [q.text for q in r.quotes]
    return found[0]


@pytest.mark.parametrize("case,article,fragment,kind,speaker", CASES, ids=[c[0] for c in CASES])
def test_one_word_sentence(case, article, fragment, kind, speaker):
    q = _quote(article, fragment)
    if kind == "-rule":
        # left to the rules after this one (the reporting verb after the marks)
        assert not q.kind_evidence[0].startswith("a one-word sentence in marks after"), q.kind_evidence
    elif kind.startswith("-"):
        assert q.kind != kind[1:], (q.kind, q.kind_evidence)
    else:
        assert q.kind == kind, (q.kind, q.kind_evidence)
        assert q.speaker == speaker, (q.speaker, q.attribution_evidence)
