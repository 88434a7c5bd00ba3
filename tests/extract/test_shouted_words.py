"""Shouted words — a quotation in capitals — are not a work's name by their title case alone (round 47, lane titles28, eval/real/audit/titles28-sample.tsv: a chant
under "cheered", a sign's wording turned into another, a group's post in capitals, all typed
title by the title-case fallback; fresh14's sign and fresh15's tweeted words in capitals). A
fragment in capitals that nobody is credited with is a sign's or a slogan's wording, a term.

Each article was written for this test, beside near misses that stay titles: a bill's name
in capitals before "bill", a book's translated title in mixed case ending on "!", a show in
capitals after "appeared on", a title-case name in mixed case that the fallback still reads; a
cry in capitals under a reporting verb stays speech, a headline's words in capitals no term. The capitals are not read alone: a show in capitals with no cue before the fallback
would now be a term (none such on big or big2; written under "What is left")."""

from __future__ import annotations

import pytest


CASES = [
    # (case, article, fragment, expected kind; "-title" = anything but a title)
    ("a chant in capitals", "Rally\n\nAs the mayor left the stage, the crowd cheered, "
     "\u201cFOUR MORE YEARS!\u201d", "FOUR MORE YEARS!", "-title"),
    ("a sign's wording in capitals, turned into another", "Rally\n\nHecklers defaced the banners "
     "they had been handed, turning \u201cBUILD THE FUTURE\u201d into \u201cBURN THE FUTURE,\u201d "
     "and left.", "BUILD THE FUTURE", "-title"),
    ("a post in capitals after its verb's object", "Politics\n\nThe governor lashed out at the "
     "auditors, posting they were \u201cPAID LOBBYISTS,\u201d but both have served three "
     "administrations.", "PAID LOBBYISTS,", "-title"),
    ("a printed slogan in capitals, credited to nobody: a term", "Ferry\n\nFans waved scarves printed "
     "with \u201cFERRY FOREVER\u201d as the boat came in.", "FERRY FOREVER", "term"),
    ("the second sign of a pair, credited to nobody: a term", "Rally\n\nHecklers defaced the banners "
     "they had been handed, turning \u201cBUILD THE FUTURE\u201d into \u201cBURN THE FUTURE,\u201d "
     "and left.", "BURN THE FUTURE,", "term"),
    # near misses
    ("a bill's name in capitals before 'bill'", "Health\n\nShe tabled the \u201cGREEN "
     "SCHOOLS\u201d bill in March.", "GREEN SCHOOLS", "title"),
    ("a book's translated title ending on '!', mixed case", "Books\n\nLast year she published "
     "a book titled Oye, Vale! (\u201cListen Up, Vale!\u201d), a set of her speeches.",
     "Listen Up, Vale!", "title"),
    ("a show in capitals after 'appeared on'", "Media\n\nAda Vale appeared on \u201cHARBOUR "
     "NIGHTS\u201d last week.", "HARBOUR NIGHTS", "title"),
    ("a cry in capitals under a reporting verb stays speech", "Ferry\n\nThe company's account "
     "answered the complaints in capitals: \u201cWE HEAR YOU.\u201d", "WE HEAR YOU.", "speech"),
    ("a line in capitals, a headline, is no sign's wording", "MAYOR: FERRY TOLL IS \u2018DAYLIGHT "
     "ROBBERY\u2019\n\nBy Ada Vale\n\nThe toll rises in May.", "DAYLIGHT ROBBERY", "-term"),
    # review38's near misses (round 47 review, our own words)
    ("a film in capitals after 'film' keeps its title", "Cinema\n\nShe starred in the film "
     "\u201cRIVER OF GOLD\u201d in 1998.", "RIVER OF GOLD", "title"),
    ("a book in capitals after 'book' keeps its title", "Books\n\nHer book \u201cRIVERS OF "
     "GOLD\u201d sold two million copies.", "RIVERS OF GOLD", "title"),
    ("one acronym in marks is no shouting", "Summit\n\nLeaders gathered for the \u201cNATO\u201d "
     "summit in the rain.", "NATO", "term"),
    ("a chant of initials with no verb is no title", "Games\n\nThe stands, a sea of flags and "
     "\u201cUSA! USA!\u201d, shook as the team came out.", "USA! USA!", "-title"),
    ("a film's name in mixed case, no cue", "Cinema\n\nShe compared the flooded street to a scene "
     "from \u201cThe Drowned Harbour\u201d after the storm.", "The Drowned Harbour", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_shouted_words(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
