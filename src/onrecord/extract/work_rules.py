"""More title rules of ``KIND_RULES`` (extract/classify.py; title_rules.py holds the first
family): the names of works the real-news tuning splits typed speech (issue 11, round 15, lane
titles). A programme known by name ("told “Fox and Friends”", "“The Daily Show’s” host"), a
story promoted under a label line ("NOW WATCH: ‘…’"), a work a new noun names ("a piece called
“The Party Has a Problem”"), a work watched or read ("as if watching “Two Lanes, One Road.”")."""

from __future__ import annotations

import re

from ..lexicon.furniture import link_label_pattern
from ..lexicon.outlets import KNOWN, MEDIA_WORDS
from ..lexicon.places import is_place
from ..lexicon.programmes import PROGRAMMES
from ..lexicon.work_contexts import NAMED_THING_NOUNS
from ..thresholds.extract import ADDRESSING_NAME_MAX_WORDS, SUBTITLE_CAPITALISED_SHARE
from .bounds import decides
from .lexicon import CAST_NOUNS, WORK_NOUNS
from .reading import Decision, _Reading, _labelled_noun
from .words import _SMALL_WORDS, _words, is_title_case

# (a programme's name is short: the longest in lexicon.programmes has seven words)
_PROGRAMME_MAX_WORDS = 8
_POSSESSIVE_END = re.compile(r"(?:[\u2019']s|s[\u2019'])$")


def programme_name(text: str) -> str | None:
    """The programme ``text`` names (its trailing punctuation and a possessive dropped), or None."""
    t = text.strip().rstrip(",.;:").strip()
    if t in PROGRAMMES:
        return t
    t = _POSSESSIVE_END.sub("", t)
    return t if t in PROGRAMMES else None


@decides(1, _PROGRAMME_MAX_WORDS)
def _known_programme(r: _Reading) -> Decision | None:
    """The whole quotation is the name of a known programme (lexicon.programmes): "Trump
    sought to play it down, telling “Fox and Friends”, …", "“The Daily Show’s” host said",
    "drew criticism from a staffer for “Special Report.”" (real-news fresh split and corpus
    audit: read as speech after "telling", "said", "revealed to", or as a label of "tape")."""
    if r.n > _PROGRAMME_MAX_WORDS or r.ctx.flagged:
        return None
    name = programme_name(r.text)
    if name is None:
        return None
    return "title", [f"the name of the programme '{name}'"]


# A promotion line before the marks: "NOW WATCH: ", "Watch: ", "READ MORE: ", "Related: "
# at the start of its line; the quotation is the headline of the story it links to.
# (lexicon/furniture's link labels, without "also on": "Also on Tuesday, she said:" ends a
# line; without the media labels)
_LINK_LABEL = re.compile(r"(?:^|\n)[ \t]*[(\[]?" + link_label_pattern(sites=False, media=False) + r"\s*:\s*$", re.IGNORECASE)
_LINE_END = re.compile(r"^[\s.)\]]*(?:\n|$)")


@decides(1, "bare_title_max_words")
def _promoted_headline(r: _Reading) -> Decision | None:
    """A quotation filling the rest of a line that opens with a promotion label ("NOW
    WATCH: ‘Senate Passes the Harbour Bill’"): the headline of another story (real-news fresh
    split and corpus audit: read as a statement)."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words or not _LINE_END.match(r.right):
        return None
    if not _LINK_LABEL.search(r.ctx.window[-40:]):
        return None
    return "title", ["fills a line opened by a promotion label (the headline of another story)"]


# a new work named after its noun: "a piece called", "an online series titled", "a new ad named",
# "her memoir titled", "Ana Ruiz’s film called" (not "the": 'the report called “…”' may be the
# report's verdict); commas between the adjectives ("a long, sharp piece called") and up to two
# short phrases of place, time or author after the noun ("a book on the port in 2004 called",
# "an op-ed in the Harbour Times called": round 79, lane kind89, draw E, three works typed the
# sentence subject's speech)
_NAMED_WORK = re.compile(
    r"\b(?:a|an|his|her|their|its|our|my|[A-Z][\w.&\-]*(?:[\u2019']s|s[\u2019']))\s+(?:[\w\-\u2019']+,?\s+){0,3}?"
    r"(?P<noun>[a-z][\w\-]*)"
    r"(?P<after>(?:,?\s+(?:in|on|by|from|about|for|at)\s+(?:[\w\-\u2019'.]+\s+){0,3}?[\w\-\u2019'.]+){0,2})\s*,?\s+"
    r"(?:called|titled|entitled|named|dubbed|headlined)\s*,?\s$"
)


# an agent after the marks ("… called “…” by critics"): the participle reports a verdict
_AGENT_AFTER = re.compile(r"^\W{0,3}\s*by\b")


# the work nouns, and pieces of writing and broadcasting that are not named in title case alone
# ("a piece called …": a "piece" after the marks is not a work's noun)
_NEW_WORK_NOUNS = frozenset(WORK_NOUNS | {"piece", "op-ed", "oped", "editorial", "segment", "chapter"})


@decides(1, "bare_title_max_words", needs_left=True)
def _new_work_called(r: _Reading) -> Decision | None:
    """A work noun after "a", "an" or an owner, then "called", "titled" or "named": the quotation is the
    new work's name in any case ("in a piece called “The party has a problem,” he wrote", "a
    document called “A Better Way”"; real-news tuning split and corpus audit: read as the
    speech of the sentence's subject, the naming verb credited to them)."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words:
        return None
    m = _NAMED_WORK.search(r.left[-80:])
    if m is None or m.group("noun") not in _NEW_WORK_NOUNS:
        return None
    if m.group("after") and (_AGENT_AFTER.match(r.right) or not r.title_case):
        return None  # "a plan on Monday called “reckless” by critics": a verdict, not a name
    return "title", [f"the name of a new {m.group('noun')} after '{m.group(0).split()[-1]}'"]


# a named thing after its noun: "a user called", "another page called", "a fan group named",
# and "one called" standing for the noun before it ("groups online, including one called");
# the participle right before the marks, nothing between (an object there makes the noun its
# subject: "a councillor called the plan “…”")
_NAMED_THING = re.compile(
    r"(?:\b(?:a|an|another|one)\s+(?:[\w\-\u2019'&]+\s+){0,3}?(?P<noun>[a-z][\w\-]*)"
    r"|(?:\bincluding|,)\s+(?P<one>one))\s+(?:called|named|dubbed|nicknamed)\s$"
)


@decides(1, "bare_title_max_words", needs_left=True)
def _thing_called(r: _Reading) -> Decision | None:
    """A name in title case right after "a <noun> called" whose noun is a group, a page, an
    account or a user (lexicon.work_contexts.NAMED_THING_NOUNS), or after "including one
    called": the thing's name, a term. The naming rule took the sentence's subject as the one
    naming and typed it speech ("belonged to groups online, including one called “Sink The
    Board.”" became the member's words; lane titles17's sample)."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words or not r.title_case:
        return None
    m = _NAMED_THING.search(r.left[-80:])
    if m is None or not (m.group("one") or m.group("noun") in NAMED_THING_NOUNS):
        return None
    what = f"the {m.group('noun')}" if m.group("noun") else "'one'"
    return "term", [f"the name of {what} after '{m.group(0).split()[-1]}' (a named thing, not a work)"]


# A verb in -s and "you" or "us" right after the marks: "“The 180” shows you …", "“…” brings
# you …", "“…” gives us …" (a lowercase word in -s then an object pronoun: a verb, not a noun)
_ADDRESSES_ITS_AUDIENCE = re.compile(r"^\s(?P<verb>[a-z]+s)\s+(?:you|us)\b")
# words in -s before "you" that are no verb of the name ("“…” as you know", "“…” unless you")
_NOT_VERBS_IN_S = frozenset({"as", "thus", "plus", "less", "unless", "was", "is"})


def _name_shape(r: _Reading) -> bool:
    """Title case, "The" and a capitalised word, or "The" and numerals (“The 180”): a lowercase
    word makes a phrase ("“Harbour thrift” gives you a simple answer" is a term the writer
    discusses: AllSides corpus check)."""
    ws = r.words
    return r.name_case or (len(ws) >= 2 and ws[0] == "The"
                           and all(w[:1].isupper() or w[:1].isdigit() for w in ws[1:]))


@decides(1, ADDRESSING_NAME_MAX_WORDS)
def _work_addressing_you(r: _Reading) -> Decision | None:
    """A capitalised name in marks opening its sentence as the subject of a verb that
    addresses the reader ("“The 180” shows you two sides of the day’s story"): a work, a
    series or a show, speaking to its audience. The modifier rule read the verb as a plural
    noun the name modifies and typed a recurring series' name a term (lane titles17's sample,
    two corpus items and a fresh5 gold title, one outlet's series)."""
    if r.ctx.flagged or r.n > ADDRESSING_NAME_MAX_WORDS or _words(r.left) or not _name_shape(r):
        return None
    m = _ADDRESSES_ITS_AUDIENCE.match(r.right)
    if m is None or m.group("verb") in _NOT_VERBS_IN_S:
        return None
    return "title", [f"a name opening its sentence before '{m.group(0).strip()}' (a work addressing its audience)"]



# Verbs of taking in a work: what is watched or listened to is a work (not "reading": 'a sign
# reading “…”' quotes the sign's words).
_TAKING_IN = re.compile(
    r"\b(?:watch|watches|watched|watching|rewatch(?:ed|ing)?|binge-watch(?:ed|ing)?|"
    r"(?:listen|listens|listened|listening)\s+to)\s$",
    re.IGNORECASE,
)


@decides(2, "bare_title_max_words", needs_left=True)
def _work_taken_in(r: _Reading) -> Decision | None:
    """Title case right after a verb of watching or listening ("as if they were
    watching “Two Lanes, One Road.”"): a work (real-news fresh split: read as a statement)."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words or not r.title_case:
        return None
    m = _TAKING_IN.search(r.left[-30:])
    if m is None:
        return None
    return "title", [f"title case right after '{m.group(0).strip()}' (a work taken in)"]


# After the closing mark: the words are named as a headline, a subject line or a title ("“…”
# the subject line read", "“…?” her interview was headlined"), or the verb comes first ("“…,”
# read one headline", "“…,” blared the Harbour Gazette headline": corpus audit, lane titles13,
# both read as speech; a tweet or a sign after the verb stays someone's words). "is entitled
# to" is a right, not a title ('“…” The ruling means he is entitled to a share': BBC corpus).
_HEADLINE_NOUN = r"(?:headline|subject\s+line|title|banner|caption)"
_TITLE_CUE_AFTER = re.compile(
    r"^\W{0,3}\s*(?:(?P<passive>(?:[\w\u2019'\-]+\s+){0,5}?(?:was|is|were|are)\s+(?:headlined|titled|entitled|subtitled)\b(?!\s+to\b))|"
    r"(?:the|its|his|her|their)\s+(?:[\w\-]+\s+)?" + _HEADLINE_NOUN + r"\s+"
    r"(?:read|reads|said|says|ran|runs|declared|screamed|blared)\b|"
    r"(?:read|reads|ran|runs|declared|screamed|blared|trumpeted|proclaimed)\s+"
    r"(?:one|another|a|an|the|its|his|her|their)\s+(?:[\w.&\u2019'\-]+\s+){0,3}?" + _HEADLINE_NOUN + r"\b)"
)


@decides(1, "title_max_words")
def _title_cue_after(r: _Reading) -> Decision | None:
    """A title cue right after the marks ("“Could the Vote Be Moved?” the column was headlined",
    "“Read this first” the subject line read"): the quotation is the headline, title or
    subject line itself (corpus audit: read as a statement; ``_title_cue`` reads only the words
    before the marks). An explicit cue, so as long as any title ("“Even in …, we see the best in
    humanity,” read one headline": 13 words, lane titles13's corpus sample), like ``_title_cue``."""
    if r.ctx.flagged or r.n > r.opts.title_max_words:
        return None
    m = _TITLE_CUE_AFTER.match(r.right)
    if m is None:
        return None
    if m.group("passive") and r.n > r.opts.bare_title_max_words:
        # '“<a long sentence>.” The report is titled …': the passive cue may open the next
        # sentence, about another work; only a headline noun names a long quotation itself
        return None
    return "title", [f"title cue after the quotation ('{m.group(0).strip()}')"]


# A media name opening a line, then a colon: a list of other outlets' headlines ("Harbour
# Gazette: “Council Votes to Close the Pier”").
_OUTLET_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-\u2022*]\s*)?(?P<name>(?:The\s+)?(?:[A-Z][\w.&'\u2019\-]*\s+){0,4}[A-Z][\w.&'\u2019\-]*)\s*:\s*$"
)


@decides(2, "bare_title_max_words", needs_left=True)
def _outlet_headline(r: _Reading) -> Decision | None:
    """Title case filling the rest of a line opened by a media name and a colon: that outlet's
    headline (corpus audit: a round-up of the papers' front pages read as the papers' words)."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words or not r.left.rstrip().endswith(":"):
        return None
    if not _LINE_END.match(r.right):
        return None  # ("Harbour Gazette: ‘Old Lady’ Got It Wrong": a headline of its own)
    m = _OUTLET_LINE.search(r.ctx.window[-60:])
    if m is None or not any(w in MEDIA_WORDS or w in KNOWN for w in m.group("name").split()):
        return None
    if not is_title_case(r.text, r.words):
        return None  # (r.title_case is off on a line that is all title case)
    return "title", [f"title case after the media name '{m.group('name')}:' (its headline)"]


# "in" right before the opening mark ("But in “…,”", "is quoted in “…”", "said to her in “…”")
_IN_BEFORE = re.compile(r"(?:^|\s)[Ii]n\s$")


@decides(2, "bare_title_max_words", needs_left=True)
def _title_case_in_a_cited_sentence(r: _Reading) -> Decision | None:
    """Title case right after "in" in a sentence that credits words to someone: the book, film
    or article the words are found in ('But in “A Quiet Harbour,” Vale says …', 'is quoted in
    “Harbour Lights” as saying'; real-news fresh4/fresh5 and AllSides corpus check: read as
    the speaker's words, the reporting verb of the sentence taken for theirs). Not a label of
    the noun after it ('joined in “Vote Them Out” chants')."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words or not _IN_BEFORE.search(r.left[-4:]):
        return None
    if not r.title_case or r.text.rstrip()[-1:] in "!?" or r.cue is None:
        return None
    nxt = _labelled_noun(r)
    if nxt and nxt[:1].islower() and nxt.lower() not in WORK_NOUNS:
        return None
    if any(is_place(w) for w in r.words):
        return None  # 'open an embassy in “Eastern Jerusalem”': a place in the speaker's words
    return "title", [f"title case right after 'in' in a sentence crediting '{r.cue[1]}' (the work the words are in)"]


# Nouns of a broadcast or a serial whose name often runs in sentence case ("the podcast “Two
# cups of tea”"); "show" and "program" are verbs too, so a determiner, a possessive or a
# capitalised owner must stand before the noun.
_PROGRAMME_NOUNS = frozenset("series show podcast programme program episode sitcom miniseries".split())
_OWNED_NOUN = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|our|my|new|latest|monthly|weekly|daily|of)|[A-Z][\w.&\-]*|[\u2019']s?)"
    r"\s+(?:[\w.&\-\u2019']+\s+){0,2}?(?P<noun>[a-z]+)\s$"
)


@decides(2, "bare_title_max_words", needs_left=True)
def _programme_named_after_its_noun(r: _Reading) -> Decision | None:
    """A capitalised phrase in marks right after a programme noun with no comma between ('the
    new monthly Netflix series “My next guest needs no …,”', 'an episode of the podcast “Two
    cups of tea”'): the programme's name even in sentence case (real-news fresh3 and AllSides
    corpus check: read as speech, a statement of nine words). With a comma ('asked on her show,
    “…?”') the words are said, not named."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words or r.left[-1:] != " " or r.left[-2:-1] == ",":
        return None
    m = _OWNED_NOUN.search(r.left[-60:])
    if m is None or m.group("noun") not in _PROGRAMME_NOUNS:
        return None
    body = r.text.rstrip(" .!?,")
    if not r.words or not r.words[0][:1].isupper() or any(p in body for p in (". ", "? ", "! ")) or r.text.rstrip()[-1:] in "?!":
        return None
    return "title", [f"a capitalised phrase right after the programme noun '{m.group('noun')}' (its name)"]


@decides(1, "bare_title_max_words")
def _show_before_its_cast(r: _Reading) -> Decision | None:
    """'Former “Harbour Nights” star Jo Brell', 'the former “Quayside” contestant', 'the “Pier
    Patrol” actor was accused …': a capitalised name right before a noun of a show's cast names
    the show, a title. Tried before the title-case fallback, whose label branch typed it term
    ("a title-case label modifying the noun after it") and whose bare title lent nothing to the
    name's repeats, so the coined-expression echo typed them term (round 37, lane kind20: 8 on
    the corpus samples, one of them speech under "decried" with the star as its speaker)."""
    if (
        r.right[:1] == " "
        and not r.ctx.flagged
        and r.n <= r.opts.bare_title_max_words
        and r.text.rstrip()[-1:] not in ".!?,;:"
        and (after := r.after_words)
        and after[0].lower() in CAST_NOUNS
        and (words := r.words)[0][0].isupper()
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)
    ):
        return "title", [f"names the show of the {after[0]} that follows it"]
    return None


# A subtitle after the colon opens like one: an article ("…: A Six Point Plan", "…: The Raid
# on …") or a capitalised -ing word ("…: Celebrating the Unsung …"); "Advantage: Obamacare"
# and "Caution: Children at Play" open otherwise.
_SUBTITLE_START = re.compile(r"^(?:A|An|The|[A-Z][a-z]+ing)$")


def _main_title_and_subtitle(text: str) -> tuple[list[str], list[str]] | None:
    """The words before and after the one colon of ``text`` ("Harbour Lights: A Year on the
    Quay"), or None when it has no colon or several."""
    body = text.strip().rstrip(" ,.;")
    if body.count(":") != 1:
        return None
    main, sub = (_words(part) for part in body.split(":"))
    return (main, sub) if main and len(sub) >= 2 else None


@decides(3, "title_max_words")
def _title_and_subtitle(r: _Reading) -> Decision | None:
    """'the author of “Harbour Lights: A Year on the Quay”', '“Pier Patrol: The Night the Tide
    Came In,” airs on Sunday': a capitalised main title, a colon, and a subtitle opening on an
    article or a capitalised -ing word is a work's full name, however long. The length default
    typed it speech, a statement of nine to fourteen words (round 41, lane titles25: a fresh14
    gold title and three book and session titles on big, judged not speech by earlier audits).
    Words a reporting verb credits ('“…,” said the Harbour Trust') keep their speaker."""
    if r.ctx.flagged or r.n > r.opts.title_max_words or r.text.rstrip()[-1:] in "?!" or r.cue is not None:
        return None
    parts = _main_title_and_subtitle(r.text)
    if parts is None:
        return None
    main, sub = parts
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in main):
        return None
    if not main[0][:1].isupper() or not _SUBTITLE_START.match(sub[0]):
        return None
    content = [w for w in sub[1:] if w.lower() not in _SMALL_WORDS]
    if not content or sum(w[:1].isupper() or w[:1].isdigit() for w in content) < SUBTITLE_CAPITALISED_SHARE * len(content):
        return None
    return "title", [f"a main title, a colon and a subtitle opening on '{sub[0]}' (a work's full name)"]
