"""A document whose own clause names its issuer speaks for that issuer, not for the one the
article recorded for the same noun paragraphs before: "The official statement from <Body>
declares, “…”", "She later released a statement calling him “…”", "<Justice> opened the
opinion declaring, “…”" (issue 11, round 83, lane doc100: unseen draw N gave a world body's
statement to a city office's earlier one, a senator's statement to another senator quoted far
above, a justice's opinion to the chief justice). Our own words."""

from __future__ import annotations

import pytest

_STATEMENT = ("Outbreak\n\nThe Harbour Health Office issued a statement on Monday about the cases. "
              "Doctors were worried. Schools stayed open. Many families stayed home. "
              "Clinics ran short of masks. Hospitals cancelled some operations. ")
_OPINION = ("Ruling\n\nIn his opinion, Chief Justice Carl Brandt said the rule \u201cwas never explained.\u201d "
            "The court heard two cases this term. Lawyers argued for hours. Both sides filed briefs. "
            "The vote was close. Justice Mara Quill wrote the decision for the majority. ")
_SENATOR = ("Race\n\nSenator Lena Voss issued a statement on the bill in May. "
            "The race grew tight. Polls moved slowly. Donors stayed away. Ads ran all summer. "
            "Tara Lind answered her rival on Sunday, writing that she was \u201cshocked.\u201d ")

CASES = [
    ("the statement's own phrase names its author",
     _STATEMENT + "The official statement from the Coastal Medical Board declares, "
     "\u201cThe cases are not linked.\u201d",
     ["Coastal Medical Board"]),
    ("she released a statement: the subject, not the noun's old issuer",
     _SENATOR + "She later released a statement calling her rival \u201ccareless about the facts.\u201d",
     ["Tara Lind", "Tara Lind"]),
    ("the justice who opened the opinion",
     _OPINION + "Quill opened the opinion declaring, \u201cA vague law is no law.\u201d",
     ["Carl Brandt", "Mara Quill"]),
    # guards: the old issuer still holds where the clause names nobody new
    ("a plain 'the statement' keeps the recorded issuer",
     _STATEMENT + "\u201cThe cases are not linked,\u201d the statement said.",
     ["Harbour Health Office"]),
    ("a plain 'the statement' on the bill stays the senator's",
     _SENATOR + "\u201cThe bill is careless,\u201d the statement said.",
     ["Tara Lind", "Lena Voss"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_own_clause_issuer(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
