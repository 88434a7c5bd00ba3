"""A reporting verb heading a relative clause with its own subject governs the words in that
clause (attribute/relative_reporter.py, round 45, lane inclause27). "… brushing aside criticism
in which the chief asserted the posts were making it “…”" gave the chief's words to the
governor (the parse hung them on the main clause), and "a speech during which the retired
surgeon said that “…”" gave the surgeon's words to the host who asked about it. Articles written
for this test; the last two cases keep the main clause's reporter."""

from __future__ import annotations

import pytest

CASES = [
    ("a named reporter in an 'in which' clause the parse cut off",
     "Police row\n\nGovernor Ada Lane spoke at the county fair on Monday. Lane praised the state "
     "police chief, Tom Moss, on Tuesday, brushing aside earlier criticism in which Moss asserted "
     "the governor's posts were making it \u201cimpossible for me to do my work.\u201d",
     "Tom Moss", None),
    ("an unnamed reporter in a 'during which' clause: null, never the outer reporter",
     "Radio row\n\nHost Rita Ortiz and her guest, Dale Kemp, met on the show. Ortiz asked Kemp "
     "about a new magazine report describing a 2014 speech during which the retired surgeon said "
     "that \u201cwe would be lost without radio.\u201d",
     None, "surgeon"),
    ("a relative clause closed by a comma before the words stays the main clause's",
     "Budget row\n\nMayor Ada Lane spoke on Monday. Lane said the budget, in which Tom Moss "
     "explained the cuts, was \u201ca careful piece of work.\u201d",
     "Ada Lane", None),
    ("a reporter with a relative pronoun as subject: its antecedent",
     "Budget row\n\nMayor Ada Lane spoke on Monday. She thanked Tom Moss, who said the budget "
     "was \u201ca careful piece of work.\u201d",
     "Tom Moss", None),
    # review36: a that-clause after the relative verb's topic phrase ("asked about the port that
    # …") goes back to the main clause's reporting verb; round 45 gave it to the unnamed asker
    ("a that-clause after the relative verb's 'about' phrase is the main verb's",
     "Port law\n\nMayor Ada Lane spoke on Monday. Lane said at the hearing where senators asked "
     "about the port that the plan was \u201ca careful piece of work.\u201d",
     "Ada Lane", None),
    ("the same after 'told … in an interview where a reporter asked about'",
     "Dock row\n\nMayor Ada Lane spoke on Monday. Lane told the paper in an interview where a "
     "reporter asked about the docks that the harbour was \u201cclose to collapse.\u201d",
     "Ada Lane", None),
    ("'said about X that': a verb that takes a that-clause after its topic keeps the words",
     "Dock row\n\nMayor Ada Lane spoke on Monday. Lane described the meeting at which the "
     "officials said about the port that the harbour was \u201cclose to collapse.\u201d",
     None, "officials"),
    ("a named speaker about a noun with its own that-clause keeps the words",
     "Site row\n\nMayor Ada Lane spoke on Monday. The Dock Times published interviews in which Lane "
     "spoke about claims that she can seem \u201caloof and cold\u201d to voters.",
     "Ada Lane", None),
]


@pytest.mark.parametrize("case,article,expected,desc", CASES, ids=[c[0] for c in CASES])
def test_relative_reporter(case, article, expected, desc, speech_of):
    qs = speech_of(article, case)
    assert qs, case
    q = qs[-1]
    assert q.speaker == expected, [(x.text, x.speaker, x.speaker_description, x.attribution_evidence) for x in qs]
    if desc is not None:
        assert desc in (q.speaker_description or ""), (q.speaker_description, q.attribution_evidence)


def test_a_pronoun_subject_in_the_relative_clause_keeps_the_main_clause(speech_of):
    """"… released a statement condemning the law, which they said would “…”": they are the
    leaders of the main clause; the words never go on to a name further back."""
    article = ("Port law\n\nThe new port law passed on Monday, and Mayor Ada Lane called it \u201ca shame\u201d. "
               "Leaders of the four harbour unions released a joint statement condemning the law, which "
               "they said would \u201churt every docker in the city.\u201d")
    qs = speech_of(article, "pronoun subject")
    assert qs and qs[-1].speaker != "Ada Lane", [(q.text, q.speaker, q.attribution_evidence) for q in qs]
