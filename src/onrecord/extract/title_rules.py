"""The title rule family of ``KIND_RULES`` (extract/classify.py): a quotation that names a work,
a programme or a policy (an explicit cue, title case next to a work noun or a possessive
owner, a name before a work noun)."""

from __future__ import annotations

import re

from ..lexicon.categories import POLICY_NOUNS
from ..lexicon.programmes import TARGET_BEFORE_ON
from ..thresholds.extract import WORK_COMPOUND_RIGHT_CHARS
from .bounds import decides
from .cues import _reporting_cue
from .lexicon import (NAMING_RE, PERFORM_RE, Ending, PROGRAMME_ROLE_NOUNS, SHOWING_OF_RE, STOP_CAPS,
                      SLOGAN_NOUNS, TITLE_CUE_RE, WORK_NOUNS)
from .person_labels import title_or_label
from .punctuated_names import punctuated_name
from .reading import Decision, _Reading, _between_names, _labelled_noun, _named_here
from .speech_rules import line_speaker_label
from .subject import DETERMINERS
from .words import _SMALL_WORDS, _has_reporting_after, _last_match, _words, _words_after, is_title_case

# "at the National Review’s ", "NBC's ", "CBS' " right before the opening mark.
_CAP_POSSESSIVE = Ending(re.compile(r"\b([A-Z][\w.&\-]*)(?:[\u2019']s|s[\u2019'])\s$"), "s\u2019'")


# any noun possessive right before the marks ("the party's ", "Mr Brown's ", "voters' ")
_NOUN_POSSESSIVE = Ending(re.compile(r"\b[A-Za-z][\w.&\-]*(?:[\u2019']s|s[\u2019'])\s$"), "s\u2019'")




@decides(needs_left=True)
def _title_cue(r: _Reading) -> Decision | None:
    """An explicit title cue right before the marks ("titled", "headlined"); a slogan cue gives a term."""
    if not TITLE_CUE_RE.may_match(r.left):
        # no cue's words in the left clause, none in ``left_tail``, not split out (issue 16)
        return None
    m = _last_match(TITLE_CUE_RE, r.left_tail)
    if not (m and _words_after(r.left_tail, m.end()) <= 3 and not _has_reporting_after(r.left_tail, m.end())):
        return None
    weak = m.group(0).lower().split()[0] in ("theme", "mantra", "rallying", "watchword")
    if weak and _ATTRIBUTION_NEXT.match(r.right):
        # 'A recurring theme is unfolding: “Elections have consequences,” said one owner':
        # someone said the words; "theme" only introduced them.
        return None
    cue = m.group(0).lower()
    if cue.endswith("called") and not r.title_case and _BY_AGENT.match(r.right):
        # 'was called “one of the worst forgers in the city” by the trial judge': the
        # agent's words, not a name (BBC entertainment sample: read as a title)
        return None
    if cue.endswith("called") and r.words and r.words[0][:1].islower():
        # 'That part is called the “backend,” or the payment system': lower-case words a thing
        # is called are its name, a term, for the naming rules ('It will be called “Bycatch.”', one
        # capital, is the dev set's book title) (real-news fresh4: read as a title; round 22)
        return None
    if cue.split()[0] in SLOGAN_NOUNS and not _NAME_OF.match(r.right):  # a term (kind_cues)
        return "term", [f"slogan cue '{m.group(0)}' before the quotation"]
    if not cue.endswith("named") or r.title_case:
        return "title", [f"title cue '{m.group(0)}' before the quotation"]
    if r.words and r.words[0][0].isupper() and r.n <= r.opts.term_max_words:
        # 'a character named “Dana”', 'the square was renamed “Martyr Ali Hassan,”': a name
        # given to a person or place, a term (real-news tuning split: both read as scare/speech)
        return "term", [f"a name given after '{m.group(0)}'"]
    return None


@decides(max_words=("title_max_words", "term_max_words"))  # title case; a numeral name
def _title_case_of_a_work(r: _Reading) -> Decision | None:
    """Title case next to a work noun, a verb of performing or publishing, a programme a
    speaker appears on, or a possessive owner."""
    if r.ctx.flagged:
        return None
    if not r.name_case:  # ("said on “The View”", "the series “The Keeper”": issue 11, round 25)
        return _programme_with_a_numeral(r)
    words, left = r.words, r.left
    noun = _work_noun_near(r.left_tail)
    if noun and not r.title_case and not ((m := _WORK_NOUN_RIGHT_BEFORE.search(left)) and m.group(1) in WORK_NOUNS):
        # "The" and one word needs its work noun right before ("the series “The Keeper”",
        # "an episode of “The Ledger”"): "the paper of record for “The Resistance”" names a
        # movement (AllSides corpus check, round 25)
        noun = None
    last = words[-1].lower() if words else ""
    if last in WORK_NOUNS and last not in ("record", "talk", "speech", "statement", "letter"):
        return "title", [f"title case ending in the work noun '{words[-1]}'"]
    if noun:
        return "title", [f"title case after the work noun '{noun}'"]
    pm = _last_match(PERFORM_RE, r.left_tail)
    if pm and _words_after(r.left_tail, pm.end()) <= 3:
        return "title", [f"title case after '{pm.group(0)}' (performing or publishing a work)"]
    # Without a work noun, a naming verb makes a nickname, not a title ("dubbed the
    # “McLibel Two”"): left to the naming rule.
    onm = _ON_PROGRAMME.search(left)
    if onm:
        # "Kristol said on “Fox News Sunday.”", "appearing later on “Face the Nation,”",
        # "Gillespie told “Fox News Sunday” that …": a title-case name a speaker appears on
        # (or talks to) is a programme or publication.
        return "title", [f"title case after '{onm.group(0).strip()}' (a programme or publication)"]
    pos = _CAP_POSSESSIVE.search(left)
    if pos and not _named_here(r) and pos.group(1).lower() not in STOP_CAPS and r.n <= r.opts.bare_title_max_words:
        # "notes Trinko at the National Review’s “The Corner”", "appearing on NBC’s “Meet
        # the Press,” called …": a title-case name owned by a named outlet or person is
        # the name of its programme, blog or plan, whatever reporting verb the sentence has.
        return "title", [f"title case after the possessive '{pos.group(0).strip()}'"]
    return None


def _programme_with_a_numeral(r: _Reading) -> Decision | None:
    """'An interview with “60 Minutes”', 'told “20/20”': a name of capitalised words and
    numerals after a programme cue (title case needs two capitalised words; real-news tuning
    split: read as a scare quote)."""
    if not 2 <= r.n <= r.opts.term_max_words:
        return None  # (before the words are split: most quotations end here, issue 16)
    words = r.words
    if not (any(w[0].isdigit() for w in words)
            and all(w[0].isdigit() or w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
            and r.text.rstrip()[-1:] not in ".!?"):
        return None
    onm = _ON_PROGRAMME.search(r.left)
    if onm:
        return "title", [f"a capitalised name with a numeral after '{onm.group(0).strip()}' (a programme)"]
    return None


@decides(max_words="bare_title_max_words")
def _title_case_alone(r: _Reading) -> Decision | None:
    """Title case with no reporting verb in the sentence names something."""
    if not r.title_case or r.ctx.flagged or _named_here(r) or _between_names(r.left, r.right):
        return None
    cue = _reporting_cue(r.left, r.right, r.text)
    if (
        cue is not None
        and cue[0] == "before"
        and not cue[1].lower().startswith("according")
        and len(_words(r.left)) - len(_words(cue[2])) > 12
    ):
        # "advocates pointed to the weapons used … at a midnight showing of the “The
        # Dark Knight Rises”": a verb a dozen words back governs its own object, not
        # a title-case name at the end of a long clause.
        cue = None
    if cue is None and not r.ctx.para_start and r.n <= r.opts.bare_title_max_words:
        nxt = _labelled_noun(r)
        if nxt and nxt.lower() not in WORK_NOUNS and nxt.lower() not in PROGRAMME_ROLE_NOUNS and not _heads_a_work(r, nxt):
            # 'the “Mission Accomplished” banner', 'his “America First” policy': a capitalised
            # slogan modifying a noun that is not a work is a label, a term (real-news tuning
            # split); 'the “Make Do and Mend” campaign' and '“This Week” programme' name works
            return "term", ["a title-case label modifying the noun after it, no work noun"]
        if line_speaker_label(r):
            # "Graham: “I'm Running” …", "Fox's Rove: Deal Is “A Very Bad Signal …”": a title-case headline after its
            # speaker's label quotes the speaker (real-news fresh2; corpus: 13 of 17 such changes right, 3 a show or a nickname)
            return None
        if (not nxt and _THE_BEFORE.search(r.left[-5:]) and r.right[:1] != "-" and (not r.sentence or punctuated_name(r))
                and not SHOWING_OF_RE.search(r.left[-40:]) and not any(w.lower() in WORK_NOUNS or w.lower() in POLICY_NOUNS or w.lower() in PROGRAMME_ROLE_NOUNS
                            for w in r.words + list(r.after_words[:1]))):
            # 'had the “Gray Lady” been fair': a body, group or era (round 25), a term, also 'the “Gray Lady,”' (punctuated_names); a name holding
            # or before a work, plan or programme noun ('the “This Week” roundtable') stays a title
            return "term", ["title case after 'the', no work noun, no reporting verb"]
        return title_or_label(r)  # a nickname or a side's label is a term, not a work (person_labels)
    return None


def _heads_a_work(r: _Reading, nxt: str) -> bool:
    """The noun after a title-case name is a written piece ("a “…” headline") or the first word
    of a compound whose head is a work noun ("the “…” radio show", "a “…” parody video"): the
    name is the work's (round 67, lane title75: three tuning items in three articles, typed term
    as a label on a noun that is no work; no title-case term in the tuning sets stands so)."""
    if nxt.lower() in _WRITTEN_PIECES:
        return True
    after = r.after_words
    return len(after) > 1 and after[1].lower() in WORK_NOUNS and f"{nxt} {after[1]}" in r.right[:WORK_COMPOUND_RIGHT_CHARS]


@decides(1, 1, needs_left=True)
def _one_word_after_work_noun(r: _Reading) -> Decision | None:
    """“the BBC show “Newsnight””, “the novel “Beloved””: one capitalised word right after a
    work noun is the work's name (title case needs two words otherwise)."""
    ctx, left, words = r.ctx, r.left, r.words
    if not (r.n == 1 and words[0][0].isupper() and not ctx.flagged and not ctx.para_start
            and left.strip() and left[-1:] == " "):
        return None
    ws = _words(left)
    if len(ws) >= 3 and ws[-1] in _NAMING_PARTICIPLES:
        # 'a new ad called “Smoke”', 'the film titled “Ruin”': the work noun before the
        # participle (AllSides corpus audit: read as the speech of the sentence's subject)
        ws = ws[:-1]
    if (
        len(ws) >= 2
        and ws[-1][0].islower()
        and ws[-1] in WORK_NOUNS
        and ws[-1] not in _NOT_WORK_NAMES
        # a noun, not a verb ("the party plans “Massive” rallies"): after a determiner,
        # a possessive or a name ("the BBC show", "her novel", "a new album")
        and any(
            w.lower() in _NOUN_DETERMINERS or w[0].isupper() or w.endswith(("\u2019s", "'s"))
            for w in ws[-4:-1]  # "the BBC show", "the town radio show", "her novel"
        )
    ):
        return "title", [f"one capitalised word right after the work noun '{ws[-1]}'"]
    return None


# (the rule's own limit, kept as it was set: names of a broadcaster's programmes are short)
_ACRONYM_NAME_MAX_WORDS = 6


@decides(1, _ACRONYM_NAME_MAX_WORDS, needs_left=True)
def _acronym_possessive(r: _Reading) -> Decision | None:
    """"ABC’s “The View”", "HBO’s “Veep.”", "at the Clarion’s “The Desk.”": capitalised words
    owned by an acronym (a broadcaster, party or agency) or by a capitalised owner after a
    preposition name its programme, column or plan; title case alone needs two capitalised
    content words, which one-word names lack."""
    if r.n > _ACRONYM_NAME_MAX_WORDS or r.ctx.flagged:
        return None  # (before the two scans of the left clause: issue 16)
    acro = _ACRONYM_POSSESSIVE.search(r.left) or _PREP_CAP_POSSESSIVE.search(r.left)
    words = r.words
    if (
        acro
        and words  # 'ABC’s “...”': no word to be a name (an IndexError before)
        and words[0][0].isupper()
        and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
    ):
        return "title", [f"capitalised name after the acronym possessive '{acro.group(0).strip()}'"]
    return None


# a possessive right after the closing mark, then a capitalised name: '“…”’s Matt Lauer'
_POSSESSIVE_NAME_AFTER = re.compile(r"^[\u2019\u2018']s\s+[A-Z]")


@decides(1, "bare_title_max_words")
def _programme_of_the_name_after(r: _Reading) -> Decision | None:
    """'Pressed by “Good Morning America”’s George Stephanopoulos', 'he told “Today”’s Matt
    Lauer': capitalised words in marks that own the person named after them are the name of
    that person's programme or outlet (corpus audit of title-case quotations read as speech)."""
    if (
        _POSSESSIVE_NAME_AFTER.match(r.right)
        and not r.ctx.flagged
        and 1 <= r.n <= r.opts.bare_title_max_words
        and (words := r.words)[0][0].isupper()
        and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
    ):
        return "title", ["capitalised name owning the person named after it (a programme or outlet)"]
    return None


@decides(1, "bare_title_max_words")
def _names_the_work_after(r: _Reading) -> Decision | None:
    """A quotation used as the name of the work that follows it ("the “Make Do and Mend”
    campaign", "ABC’s “This Week” program")."""
    if (
        r.right[:1] == " "  # (the tests of one character first, the words after the marks last)
        and not r.ctx.flagged
        and (words := r.words)
        and words[0][0].isupper()  # names are capitalised: "a “friendly” letter" is not one
        and r.n <= r.opts.bare_title_max_words
        and r.text.rstrip()[-1:] not in ".!?,"
        and (after_words := r.after_words)
        and (after_words[0].lower() in WORK_NOUNS or after_words[0].lower() in PROGRAMME_ROLE_NOUNS)
    ):
        return "title", [f"names the {after_words[0]} that follows it"]
    return None


@decides(min_words=2, needs_left=True)
def _owned_policy(r: _Reading) -> Decision | None:
    """A lowercase policy or plan name owned by someone: Mr Brown’s “sustainable investment”
    rule, the party’s “smaller government bill”. A noun possessive before, a policy noun after
    the marks or ending the quotation, no punctuation inside (“his “misguided campaign.”” is an
    echo, and "his" is not a noun possessive)."""
    if not (r.n >= 2 and not r.ctx.flagged and r.text.rstrip()[-1:].isalnum() and not r.sentence
            and _NOUN_POSSESSIVE.search(r.left)):  # (the scan of the left clause last: issue 16)
        return None
    last = r.words[-1].lower()
    nxt = r.after_words[0] if r.after_words and r.right[:1] == " " else ""
    owner = _NOUN_POSSESSIVE.search(r.left).group(0).strip()  # type: ignore[union-attr]
    if r.n >= 3 and last in POLICY_NOUNS and not _last_match(NAMING_RE, r.left_tail):
        # (not after a naming verb: 'what he called Obama’s “failed economic policies”'
        # is his description, not the policies' name)
        return "title", [f"names the {last} of the owner before it ('{owner}')"]
    if nxt.lower() in POLICY_NOUNS and nxt[:1].islower():
        # the noun outside the marks: the quoted words are the label the policy goes by
        # (Kestrel Bay’s “quiet hours” rule), a coined term rather than the full name
        return "term", [f"the label of the {nxt} of the owner before it ('{owner}')"]
    return None


def _work_noun_near(left_tail: str) -> str | None:
    """A work noun among the last words before the marks ("their 1996 album", "the report
    he referred to", "Your previous novel,")."""
    ws = _words(left_tail)[-5:]
    for w in reversed(ws):
        # lowercase only: in running text a work noun is common ("the album"); a capitalised
        # one is a name ("Bill Kristol said on “Fox News Sunday”").
        if w[0].islower() and (w.rstrip("\u2019's") in WORK_NOUNS or w in WORK_NOUNS):
            return w
    return None


_ON_PROGRAMME = re.compile(
    r"\b(?:(?:said|says|say|saying|appeared|appearing|appears|appear|speaking|spoke|speaks|"
    r"interviewed|interview|guest|hosted|hosting|hosts|remarks|comments|claimed|claims|argued|"
    r"insisted|added|declared|predicted|warned|vowed|appearance)\s+(?:[\w.\-]+\s+){0,3}?on|"
    r"(?:interview|interviewed|speaking|spoke|talking|talked)\s+(?:[\w.\-]+\s+){0,2}?(?:with|to)(?:\s+the)?|"
    r"(?:told|tells)(?:\s+the)?)\s$",
    re.IGNORECASE,
)


# a work noun as the last word before the marks, or before "of" ("an episode of ")
_WORK_NOUN_RIGHT_BEFORE = re.compile(r"\b([a-z][\w\-]*)\s+(?:of\s+)?$")


_NOT_WORK_NAMES = frozenset({"record", "talk", "speech", "statement", "letter", "act", "law", "bill",
                             "plan", "plans", "campaign", "policy", "strategy", "petition", "guidance"})


_NAMING_PARTICIPLES = frozenset({"called", "named", "titled", "entitled", "dubbed"})


_NOUN_DETERMINERS = DETERMINERS | {"a", "an", "new", "latest", "hit", "debut", "first", "final"}


# "at the National Review’s ", "on Fox News’ ", "in Showtime’s ": a preposition, then a
# capitalised owner (an outlet or network: the place a programme or column is found).
_PREP_CAP_POSSESSIVE = Ending(re.compile(
    r"\b(?:on|at|in|from)\s+(?:the\s+)?(?:[A-Z][\w.&\-]*\s+){0,3}[A-Z][\w.&\-]*(?:[\u2019']s|s?[\u2019'])\s$"
), "s\u2019'")


_ACRONYM_POSSESSIVE = Ending(re.compile(r"\b[A-Z]{2,}(?:[\u2019']s|[\u2019'])\s$"), "s\u2019'")


# An attribution right after the closing mark: '“…,” said one owner', '“…,” Ms Vale said'
# (not '“…,” told supporters', the main clause's own verb continuing).
_ATTRIBUTION_NEXT = re.compile(
    r"^\W*\s*(?:(?:said|says|added|asked|wrote|explained|insisted)\b|"
    r"(?:[A-Z][\w.\-\u2019']*\s+){1,3}(?:said|says|added|told|tells|wrote|insisted)\b|"
    r"(?:he|she|they|it)\s+(?:said|says|added|wrote)\b)"
)


_BY_AGENT = re.compile(r"^\W*\s*by\s")
_NAME_OF = re.compile(r"^\W*\s*(?:the|its)\s+(?:name|title)\s+of\s")  # "“…,” the name of the plan"


_THE_BEFORE = re.compile(r"(?:^|\s)[Tt]he\s$")


# "on “…”" right before the opening mark, and a credit line opened by a dash
# ("-- Ana Ruiz on “Morning Desk.”", a line the headline test would take for a headline).
_PREP_BEFORE = re.compile(r"(?:^|\s)(?:on|On)\s$")
_DASH_LINE = re.compile(r"^\s*(?:--|\u2014|\u2013)\s")


@decides(max_words="term_max_words", needs_left=True)
def _title_case_after_preposition(r: _Reading) -> Decision | None:
    """A short title-case name right after 'on' ('on “State of the Union” last year', '-- Ana
    Ruiz on “Morning Desk with Tom Hale.”'): the programme or publication the words appeared
    on (AllSides corpus audit: read as speech; a speaker's title-case words follow a verb or a
    colon, not a preposition)."""
    if r.ctx.flagged or r.n > r.opts.term_max_words or not _PREP_BEFORE.search(r.left[-4:]):
        return None
    line = r.left.rsplit("\n", 1)[-1]
    title_case = r.title_case or (_DASH_LINE.match(line) is not None and is_title_case(r.text, r.words))
    if not title_case and r.name_case:
        # "said on “The View”", "a guest on “The Ledger”": "The" and one capitalised word is a
        # programme after "on", unless "on" follows a target ("his attacks on “The Squad”", a
        # group's nickname; issue 11, round 25, AllSides corpus check)
        before = _words(r.left)[-2:-1]
        title_case = not (before and before[0].lower() in TARGET_BEFORE_ON)
    if title_case and r.text.rstrip()[-1:] not in "!?":
        return "title", [f"title case right after '{_words(r.left)[-1]}' (a programme, publication or work)"]
    return None


# A line that credits the words before it to an outlet in parentheses: ' (The Boston Globe)',
# ' (Morning Edition)', ' (The Wall Street Journal, behind a paywall)'.
_OUTLET_AFTER = re.compile(
    r"^\W{0,2}\s*\((?:The\s+)?(?:[A-Z][\w.&'\u2019\-]*\s+){0,4}?"
    r"(?:[\w.&'\u2019\-]*(?:Times|Post|Journal|News|Herald|Globe|Tribune|Reuters|Politico|Press|Edition|"
    r"Magazine|Review|Online|Guardian|Telegraph|Independent|Bloomberg|Hill|Atlantic|Salon|Slate|Time|"
    r"Newsweek|Blog|Daily|Weekly|Radio|Report|Reporter|Corner|Street|BBC|CNN|NPR|ABC|CBS|NBC|Fox|MSNBC|"
    r"Jazeera|WBUR|Post|Politics|Today|Minutes)[\w'\u2019]*)\b[^)\n]{0,40}\)\s*(?:\n|$)"
)
# Before the marks: nothing on the line but a dash or bullet.
_LIST_LINE_START = re.compile(r"(?:^|\n)\s*(?:--|\u2014|\u2013|\u2022|\*)?\s*$")


@decides(max_words="bare_title_max_words")
def _headline_of_an_outlet(r: _Reading) -> Decision | None:
    """A short quotation alone on its line with the outlet in parentheses after it: a headline
    in a list of other outlets' stories ('-- “Congress Still Seeks a Deal.” (The Daily Post)'),
    the title of an article (AllSides corpus audit: NPR's 'Early Headlines' lists, read as
    speech; the headline test took the title case for the line's own). Longer excerpts in the
    same lists, several sentences of the outlet's reporting, stay speech."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words or not _OUTLET_AFTER.match(r.right):
        return None
    body = r.text.rstrip(" .!?,")
    if any(p in body for p in (". ", "? ", "! ")) or not _LIST_LINE_START.search(r.left):
        return None
    return "title", ["a short line in marks credited to an outlet in parentheses (a headline)"]


# Nouns of a written piece whose headline is quoted right after them ("Trumka's op-ed “…”",
# "In his 2002 piece, “…,” he notes"): the quoted words are its title, in any case.
_WRITTEN_PIECES = frozenset("""op-ed op-eds oped article articles piece column essay editorial headline
    book novel memoir chapter poem song documentary film movie album""".split())  # not "paper", "post": 'the paper said …'
# (documentary, film, movie, album: 'Ana Ruiz’s documentary, “Bring it home.”' names the film in
# sentence case; real-news fresh split, read as a statement)


@decides(max_words="bare_title_max_words", needs_left=True)
def _headline_after_written_piece(r: _Reading) -> Decision | None:
    """A short single sentence in marks right after the noun of a written piece, with no
    attribution after the marks: the piece's headline, a title even in sentence case ('wrote an
    op-ed, “Voters don’t want a deal,” that …'; AllSides corpus audit: read as speech)."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words or r.left[-1:] != " ":
        return None
    ws = _words(r.left[-30:])
    last = r.left.rstrip()[-1:]
    if not ws or ws[-1] not in _WRITTEN_PIECES or not (last.isalpha() or last == ","):
        return None
    body = r.text.rstrip(" .!?,")
    if not (r.words and (r.words[0][0].isupper() or r.words[0][0].isdigit())):
        return None  # a headline starts with a capital: 'insisted the paper “changed …”' goes on
    if any(p in body for p in (". ", "? ", "! ")) or _ATTRIBUTION_NEXT.match(r.right) or _named_here(r):
        return None  # ('called the article “absolutely wrong”': a verdict on the piece, not its name)
    return "title", [f"a short sentence in marks right after the written piece '{ws[-1]}' (its headline)"]
