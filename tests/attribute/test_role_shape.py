"""Which role texts may be shown as a named speaker's description (attribute/role_shape.py).
The role collectors keep any phrase that stands next to a name; a fronted adverbial ("In the
end, X said"), an adjective ("a weary X"), a verb ("critics doubt X") or a clause ("a woman was
held, X said") is no role and shows nothing. Round 24, lane desc8: about one description in
six of named speakers on 1,000 unannotated corpus articles was such junk. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.role_shape import role_phrase

ROLES = [
    # kept: a head noun for a person, an office or a body
    ("the harbour master", "the harbour master"),
    ("a lecturer in marine law at Tollgate University", "a lecturer in marine law at Tollgate University"),
    ("the founder of Kestrel Watch", "the founder of Kestrel Watch"),
    ("a senior fellow at the Dunmore Institute", "a senior fellow at the Dunmore Institute"),
    ("a Parish of Eastfield senior archivist", "a Parish of Eastfield senior archivist"),
    ("the woman behind the petition", "the woman behind the petition"),
    ("a farm-policy advocate", "a farm-policy advocate"),
    ("the club's head groundskeeper", "the club's head groundskeeper"),
    ("a poet famed for sea ballads", "a poet famed for sea ballads"),
    ("Secretary of Transport", "Secretary of Transport"),
    ("Norvania Energy Minister", "Norvania Energy Minister"),
    ("Lieutenant-Colonel", "Lieutenant-Colonel"),
    ("Governor-elect", "Governor-elect"),
    ("Representative", "Representative"),
    ("Gov", "Gov"),
    ("her younger sister", "her younger sister"),
    ("a campaign group calling for cleaner rivers", "a campaign group calling for cleaner rivers"),
    ("a retired nurse who was at the meeting", "a retired nurse who was at the meeting"),
    ("a folk singer and harpist", "a folk singer and harpist"),
    ("a former naval and Harbour Board engineer", "a former naval and Harbour Board engineer"),
    ("a diver held for a week by pirates", "a diver held for a week by pirates"),
    ("the museum's garden critic", "the museum's garden critic"),
    ("a veteran Liberal strategist here", "a veteran Liberal strategist here"),
    ("Tollgate Democrat", "Tollgate Democrat"),
    ("That's Tidewater host", "That's Tidewater host"),
    ("Scrum-half", "Scrum-half"),
    ("the party's leader-in-waiting", "the party's leader-in-waiting"),
    ("a waitress in Eastfield", "a waitress in Eastfield"),
    ("a former", None),
    ("Jo Turner", None),
    ("40% Webster", None),
    ("counselor to Mr", "counselor"),
    ("director of the U", "director"),
    ("an adviser to former Governor Lee K", "an adviser"),
    ("another person not in office -- could be barred", None),
    ("a process Mr", None),
    ("a recent fundraiser in the city", None),
    ("a former mill owner who’s now the town’s mayor", "a former mill owner who’s now the town’s mayor"),
    # cleaned: a courtesy title after the role, a line break inside an apposition
    ("Former Harbour Commissioner Sir", "Former Harbour Commissioner"),
    ("an adviser to Mrs", "an adviser"),
    ("the lawyer who questioned Dr", "the lawyer"),
    ("a danger Mr", None),
    ("a councillor who backs the ferry plan\n\nCouncillor", "a councillor who backs the ferry plan"),
    # dropped: fronted adverbials and objects of verbs before a name
    ("the end", None),
    ("the vote", None),
    ("the televised debate on Sunday", None),
    ("the subject of the club's debts", None),
    ("his part", None),
    ("a statement of her own", None),
    ("the names of the county's best-known mayors", None),
    ("a lot of the money pledged", None),
    ("the 2010 general election", None),
    ("the largest numbers on record", None),
    ("the Courier interview", None),
    # dropped: adjectives, verbs, clauses, given names
    ("a weary", None),
    ("recent", None),
    ("the progressive", None),
    ("Critics doubt", None),
    ("consider", None),
    ("The rival campaign outspent", None),
    ("Acme Hires", None),
    ("Arlo Tobias", None),
    ("the turnout was low", None),
    ("a woman was detained at the depot", None),
]


def test_a_body_is_no_person_role():
    assert role_phrase("his campaign website", body_ok=False) is None
    assert role_phrase("a campaign group") == "a campaign group"


@pytest.mark.parametrize("text, shown", ROLES, ids=[r[0][:40] for r in ROLES])
def test_role_phrase(text, shown):
    assert role_phrase(text) == shown
