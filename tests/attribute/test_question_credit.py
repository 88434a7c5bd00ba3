"""A question or exclamation credited after its words by a long role-and-name phrase or by a
verb of answering back (round 36, lane pron18: on big2 and big corpus text the splitter cut
the credit off as a sentence of its own, and the words continued the previous speaker:
"“…!” Carson shot back", "“…?” Mr Kashyap's lawyer Mihir Desai said", "“…?” Republican National
Committee spokesman Michael Short said"). The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a verb of answering back after an exclamation",
     "Budget fight\n\n\u201cYou voted for this yourself,\u201d Councillor Ida Renn said in her defense.\n\n"
     "\u201cI cannot believe you would say that to me!\u201d Tom Vale shot back in anger.\n\nThe debate went on.",
     ["Ida Renn", "Tom Vale"]),
    ("a long role phrase before the name after a question",
     "Budget fight\n\nMayor Ida Renn defended the plan on Monday. \u201cWe have costed every line,\u201d she "
     "said.\n\n\u201cWhere was the mayor for ten months?\u201d Council Democratic caucus spokesman Tom Vale "
     "said in a reply sent to reporters.",
     ["Ida Renn", "Tom Vale"]),
    ("a possessive owner and a role before the name after a question",
     "Budget fight\n\nMayor Ida Renn defended the plan on Monday. \u201cWe have costed every line,\u201d she "
     "said. \u201cIf the auditors signed it, how can the council reject it?\u201d Ms Renn's lawyer Omar Kell "
     "said. The council meets on Friday.",
     ["Ida Renn", "Omar Kell"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_question_credited_after(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
