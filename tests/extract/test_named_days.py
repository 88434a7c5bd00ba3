"""A named day in title case — an occasion someone declares, holds or marks ("… Day", "…
Sunday", "… Tuesdays") — is a term, the name of an event, not a work (round 44, lane titles27,
eval/real/audit/titles27-sample.tsv: four such names on big/big2 typed title by the title-case
readings or speech under "declares"; fresh15's "Starbucks Appreciation Day").

Each article was written for this test, beside near misses that stay titles: a film's name
after "film", a poem after its poet's possessive, a show a speaker appeared on, a campaign a
named group is organising, an album opening on "The", a piece about someone's day, a role "for
the day" (the last three from the targeted corpus check: "The Next Day", "Bill Weld's Weird
Tuesday", "Librarian For The Day").

Named events (round 70, lane kind78; GUIDELINES K20: events, operations' code names and award
categories are names of things, terms): a title-case name ending on an event word ("… Summit",
"… Forum"), opening on "Operation" or "Rally for", or with an event word right after the marks
("the “…” rally", "its “…” award"). The title-case readings typed such names title (after a
possessive, title case alone) and the length rule speech ("4 words: a statement"). Near misses:
a film's name after "film", a show a speaker appeared on, a name that is a question."""

from __future__ import annotations

import pytest


CASES = [
    # (case, article, fragment, expected kind)
    ("a day a mayor declares", "Harbour\n\nThe mayor formally declared \u201cLifeboat Crew Day\u201d "
     "after the winter rescue.", "Lifeboat Crew Day", "term"),
    ("a day a group plans to hold", "Harbour\n\nFerry fans said they planned to hold a \u201cKeep the "
     "Ferry Day\u201d at the quay next month.", "Keep the Ferry Day", "term"),
    ("a remembered day in a headline", "Ten years on from \u2018Black Tide Sunday,\u2019 the harbour "
     "rebuilds\n\nBy Ada Vale\n\nThe spill closed the port for a year.", "Black Tide Sunday,", "term"),
    ("weekly meetings after 'on'", "Harbour\n\nThe board signs off every contract at its briefings on "
     "\u201cBudget Tuesdays\u201d in the town hall.", "Budget Tuesdays", "term"),
    ("a voting day after 'on'", "Harbour\n\nShe urged her supporters to vote for her on "
     "\u201cBig Thursday.\u201d", "Big Thursday.", "term"),
    # near misses
    ("a film's name after 'film'", "Cinema\n\nThe harbour was the set of the film \u201cLong Quiet "
     "Sunday\u201d in 1998.", "Long Quiet Sunday", "title"),
    ("a poem after its poet's possessive", "Books\n\nShe read aloud from Tom Reed\u2019s \u201cGrey "
     "Wednesday\u201d at the service.", "Grey Wednesday", "title"),
    ("a show a speaker appeared on", "Politics\n\n\u201cWe will rebuild the pier,\u201d Ms. Vale said on "
     "\u201cHarbour Week Sunday.\u201d", "Harbour Week Sunday.", "title"),
    ("an album's name opening on 'The'", "Music\n\nUntil 2009's \u201cThe Long Tide Day,\u201d the band had "
     "not put out an album in ten years.", "The Long Tide Day,", "title"),
    ("a magazine piece on someone's day", "Politics\n\nFor more on the vote, see \u201cAda Vale's Long "
     "Tuesday\u201d on page 40.", "Ada Vale's Long Tuesday", "title"),
    ("a role 'for the day' is no named day", "Harbour\n\nThe town made a six-year-old its \u201cHarbour "
     "Master For The Day.\u201d", "Harbour Master For The Day.", "-term"),
    ("a campaign a named group is organising", "Harbour\n\nSave Our Ferries, a local group, has been "
     "organizing \u201cSkip the Toll Saturdays\u201d to press the council.", "Skip the Toll Saturdays", "title"),
    # named events
    ("a summit owned by a magazine", "Politics\n\nMs. Vale, a panelist at the Ledger\u2019s \u201cRiver "
     "Towns Summit\u201d on Tuesday, spoke about ferries.", "River Towns Summit", "term"),
    ("a forum a candidate spoke at", "Politics\n\n\u201cWho will pay for the pier?\u201d he asked, at a "
     "\u201cFaith and Harbour Forum\u201d at the college.", "Faith and Harbour Forum", "term"),
    ("a rally a candidate held", "Politics\n\nIn two counties, Mr. Reed has held a crowded event "
     "called the \u201cRally for Cheaper Ferries.\u201d It drew thousands.", "Rally for Cheaper Ferries.", "term"),
    ("a code name opening on Operation", "Harbour\n\nHundreds of boats blocked the quay on Monday for "
     "\u201cOperation Slow Tide\u201d as part of a protest.", "Operation Slow Tide", "term"),
    ("the event word after the marks", "Harbour\n\nMarchers carried torches during the \u201cSave the "
     "Quay\u201d rally, which a local man organised.", "Save the Quay", "term"),
    ("an award after the marks", "Politics\n\nThe Ledger\u2019s column has given its \u201cWorst Week on "
     "the Water\u201d award to the harbour board.", "Worst Week on the Water", "term"),
    # named weeks (round 78, lane kind88; GUIDELINES K20: weeks and days are terms): the
    # title-case fallback typed them title
    ("a week an order proclaims", "Harbour\n\nThe mayor quietly signed an order Monday proclaiming "
     "\u201cClean Quay Week.\u201d", "Clean Quay Week.", "term"),
    ("a themed week that came and went", "Harbour\n\nThe ferry fair went about as well as "
     "\u201cBoatyard Week\u201d did last year.", "Boatyard Week", "term"),
    ("'This Week' before a capitalised noun stays a show", "Harbour\n\nREVIEW: A \u201cThis Week\u201d "
     "Roundtable with the harbour master", "This Week", "title"),
    # near misses of named events
    ("a film's name after 'film'", "Cinema\n\nThe quay was the set of the film \u201cHarbour Lights "
     "Summit\u201d in 1998.", "Harbour Lights Summit", "title"),
    ("a TV show a speaker appeared on", "Politics\n\n\u201cWe will rebuild the pier,\u201d Ms. Vale said on "
     "\u201cHarbour Forum\u201d on Sunday.", "Harbour Forum", "title"),
    ("a question is no name", "Politics\n\nHer flyer asked \u201cWhy Not A Rally?\u201d in red letters.",
     "Why Not A Rally?", "-term"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_named_days(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
