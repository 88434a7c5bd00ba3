"""A lone surname written after an office title ("Mayor Voss") is not a relative of the office
holder whom the article names in full only as a son with a generational suffix ("Arlen Voss
Jr.") or by a family role ("his wife, Dana Voss"): the bare surname joined that full form,
the only one of the surname, and every word of the office holder went to the relative
(round 65, lane who68: real-news fresh22 and fresh23, a president's words to his son and to
his wife). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a titled lone surname beside the son's suffixed full name is the father",
     "Port row\n\nThe inquiry questioned Arlen Voss Jr. about the contracts last week.\n\n"
     "\u201cThis is a witch hunt,\u201d said Mayor Voss on Thursday, defending his son.",
     ["Voss"]),
    ("the untitled lone surname of that article is the father too",
     "Voss under fire\n\nThe inquiry questioned Arlen Voss Jr. about the contracts last week.\n\n"
     "\u201cThis is a witch hunt,\u201d said Mayor Voss on Thursday, defending his son. "
     "Later Voss told the council: \u201cMy son has done nothing wrong.\u201d",
     ["Voss", "Voss"]),
    ("the son written with his suffix keeps his words",
     "Port row\n\nMayor Voss defended the contracts. The inquiry questioned Arlen Voss Jr. last "
     "week.\n\n\u201cI did nothing wrong,\u201d Voss Jr. told reporters.",
     ["Arlen Voss Jr"]),
    ("a titled lone surname beside the wife named by her family role is the office holder",
     "Harbour memorial\n\nGovernor Okafor spoke at the harbour on Sunday.\n\n"
     "\u201cWe will rebuild the pier,\u201d he said.\n\n"
     "Before the service, the governor and his wife, Adaeze Okafor, met the families. "
     "The governor's daughter, Ngozi Okafor, read a poem.",
     ["Okafor"]),
    ("the full form written with the same title keeps the lone surname",
     "Port row\n\nMayor Arlen Voss Jr. opened the pier on Monday.\n\n"
     "\u201cThis is a good day,\u201d said Mayor Voss.",
     ["Arlen Voss Jr"]),
    ("a full form with an occupation, not a family role, keeps the titled surname",
     "Port row\n\nThe developer Arlen Voss bought the pier in 1990. Years later he ran for "
     "office.\n\n\u201cThis is a good day,\u201d said Mayor Voss.",
     ["Arlen Voss"]),
    # the three paths one at a time: name-lengthening (fullname.py through family.kin_form),
    # the office hook of the name resolver (resolve.py, Entities.office_holder) and the
    # exact-name-first lookup of Entities.entity_for_name
    ("a lone surname is not lengthened to the full form written after a family role",
     "Harbour memorial\n\nGovernor Okafor spoke at the harbour on Sunday.\n\n"
     "\u201cWe will rebuild the pier,\u201d he said.\n\n"
     "Before the service, the governor and his wife, Adaeze Okafor, met the families.",
     ["Okafor"]),
    ("a titled surname with no lone cluster of its own keeps the surname, not the wife's cluster",
     "Harbour row\n\n\u201cThis harbour will feed the whole coast,\u201d President Voss said on "
     "Monday.\n\nAmong the guests was his wife, Dana Voss.",
     ["Voss"]),
    ("a lone surname beside a lone cluster and the suffixed son's is the lone cluster",
     "Port row\n\nThe inquiry questioned Arlen Voss Jr. about the contracts last week. Voss Jr. "
     "declined to comment.\n\nMayor Voss defended him.\n\n"
     "\u201cThis is a witch hunt,\u201d Voss said on Thursday.",
     ["Voss"]),
    # an occupation is no office: "actor Voss" may be the suffixed son himself (round 65 review)
    ("a surname after an occupation is not an office holder beside the son",
     "Studio row\n\nArlen Voss Jr. starred in the film last year.\n\n"
     "\u201cI loved every day on that set,\u201d said actor Voss on Thursday.",
     ["Arlen Voss Jr"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_office_surname_kin(case, article, expected, speech_of):
    got = [q.speaker for q in speech_of(article, case)]
    assert [s.rstrip(".") if s else s for s in got] == expected
