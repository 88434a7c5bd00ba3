"""Names of long-running news and talk programmes, as they are printed inside quotation marks
("told “Meet the Press”", "“The Daily Show’s” host said"). A quotation that is exactly one of
these names is the programme, a title, whatever verb stands near it: the kind rules read
"told", "said on" or "joined" before a programme as a speaker's words (issue 11, round 15,
lane titles: programmes were the commonest titles of the real-news splits, and the ones the
rules miss follow verbs they do not list). Only names that are not ordinary phrases: "Today",
"This Week", "The View" or "State of the Union" stay to the rules that read a programme cue."""

from __future__ import annotations

PROGRAMMES = frozenset("""
Meet the Press|Face the Nation|Fox News Sunday|Fox & Friends|Fox and Friends|Fox & Friends Weekend
Good Morning America|CBS This Morning|CBS Evening News|NBC Nightly News|ABC World News Tonight
World News Tonight|CBS Sunday Morning|Sunday Morning Futures|60 Minutes|20/20|Dateline|Nightline
The Daily Show|The Daily Show with Trevor Noah|The Daily Show with Jon Stewart|The Colbert Report
The Late Show|Late Show with David Letterman|The Late Show with Stephen Colbert|Late Night with Seth Meyers
The Tonight Show|The Tonight Show Starring Jimmy Fallon|Jimmy Kimmel Live|Jimmy Kimmel Live!
Saturday Night Live|Real Time with Bill Maher|Real Time|Last Week Tonight|Full Frontal
Morning Joe|Hardball|Hardball with Chris Matthews|The Rachel Maddow Show|All In with Chris Hayes
The Last Word|The Last Word with Lawrence O'Donnell|The Beat with Ari Melber|Meet the Press Daily
Andrea Mitchell Reports|MSNBC Live|Deadline: White House|The ReidOut|PoliticsNation
The Situation Room|The Situation Room with Wolf Blitzer|State of the Union with Jake Tapper
Anderson Cooper 360|AC360|Erin Burnett OutFront|OutFront|The Lead with Jake Tapper|Cuomo Prime Time
New Day|CNN Tonight|Reliable Sources|Fareed Zakaria GPS|GPS|Inside Politics|Early Start|Smerconish
Hannity|Tucker Carlson Tonight|The Ingraham Angle|Special Report|Special Report with Bret Baier
The Story with Martha MacCallum|The Kelly File|On the Record|On the Record with Greta Van Susteren
The O'Reilly Factor|America's Newsroom|America's Newsroom with Bill Hemmer|Happening Now|Outnumbered
Your World|Your World with Neil Cavuto|Cavuto|Lou Dobbs Tonight|Mornings with Maria|Justice with Judge Jeanine
Watters' World|The Five|Fox News @ Night|America's Forum|Varney & Co.|Varney & Co|Kudlow|Squawk Box
Squawk on the Street|Closing Bell|Mad Money|Power Lunch|Bloomberg Surveillance
PBS NewsHour|NewsHour|The NewsHour with Jim Lehrer|Washington Week|Frontline|Democracy Now!|Democracy Now
All Things Considered|Morning Edition|Weekend Edition|Weekend Edition Sunday|Weekend Edition Saturday
Fresh Air|Here & Now|On Point|The Diane Rehm Show|Talk of the Nation|1A|The Takeaway|Marketplace
The Axe Files|Pod Save America|The Daily|The Ezra Klein Show|Axios on HBO|Firing Line|Uncommon Knowledge
The Rush Limbaugh Show|The Sean Hannity Show|The Mark Levin Show|The Glenn Beck Program|The Hugh Hewitt Show
The Andrew Marr Show|Andrew Marr Show|The Andrew Marr Programme|Newsnight|Question Time|Panorama
Breakfast with Frost|Good Morning Britain|Newsbeat|Newsround|The World at One|World at One|Woman's Hour
Desert Island Discs|Any Questions|Any Questions?|Top Gear|Crimewatch|Dispatches|The Politics Show
Sunday AM|BBC Breakfast|Breakfast|Daybreak|Channel 4 News|Sky News Sunday|Sophy Ridge on Sunday
Have I Got News For You|Strictly Come Dancing|The X Factor|Big Brother|Celebrity Big Brother|EastEnders
Coronation Street|Doctor Who|Blue Peter|Match of the Day|The Apprentice|Dragons' Den|Pop Idol
American Idol|The Voice|Dancing with the Stars|Jeopardy!|Sesame Street|The Simpsons|South Park
The Sopranos|The West Wing|House of Cards|Game of Thrones|The Wire|Veep|Scandal|Homeland
The Celebrity Apprentice|Celebrity Apprentice|The Oprah Winfrey Show|Oprah|Ellen|The Ellen DeGeneres Show
The Howard Stern Show|Access Hollywood|Entertainment Tonight|Inside Edition|TMZ Live|Morning Express
""".replace("\n", "|").split("|")) - {""}

# Nouns before "on" that make what follows a target, not a programme one appears on: "his
# attacks on “The Squad”" names a group, "said on “The View”" a programme (issue 11, round 25,
# lane titles9: "The" and one capitalised word after "on").
TARGET_BEFORE_ON = frozenset("""attack attacks assault assaults war crackdown focus pressure ban
    sanctions criticism blame spotlight hit hits""".split())
