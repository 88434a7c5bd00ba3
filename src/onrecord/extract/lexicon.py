"""Word lists the classifier reads, each a class of reader evidence (not a list of cases)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter
from types import MappingProxyType

from ..lexicon.kind_cues import SLOGAN_NOUNS  # noqa: F401  (re-exported for the title rules)
from ..lexicon.classifier_reporting import CLASSIFIER_PHRASES, CLASSIFIER_REPORTING
from ..lexicon.reporting import HEADLINE_VERBS
from ..thresholds.extract import NAMING_OBJECT_MAX_WORDS

# For ``letter_runs``: an ASCII letter becomes its lowercase, any other byte a space.
_LETTER_TABLE = bytes(c | 32 if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=1024)
def letter_runs(s: str) -> frozenset[bytes]:
    """The runs of ASCII letters of an ASCII ``s``, lowercased (``[A-Za-z]+``), made by one
    ``bytes.translate`` and ``split`` in C, no regex (issue 16: a regex alternation reads
    every position of the clause, a few hundred instructions a character). Cached: the rules
    test several gates on the same left clause."""
    return frozenset(s.encode().translate(_LETTER_TABLE).split())


class Gated:
    """A case-insensitive pattern behind a cheap test that it can match at all. ``words``:
    lowercase words of which every match of ``rx`` in an ASCII string holds one as a whole
    run of letters (each stands between ``\\b``s, whitespace or the pattern's ends in ``rx``):
    where ``letter_runs(s)`` holds none of them, ``rx`` has no match. A string that is not
    ASCII is not tested (re.IGNORECASE folds "ı", "ſ" and the Kelvin sign onto ASCII letters:
    "tıtle" matches "title"): ``rx`` reads it. A case-insensitive alternation tries every
    position of the string; most sentences hold none of the words (issue 16: these patterns
    were a quarter of the classifier's time). Same answers as ``rx``, for the methods the rules
    call (tests/extract/test_gated_patterns.py)."""

    __slots__ = ("rx", "words")

    def __init__(self, rx: re.Pattern[str], words: str):
        self.rx, self.words = rx, frozenset(w.encode() for w in words.split())

    def may_match(self, s: str) -> bool:
        # (isascii() reads a flag of the string)
        return not s.isascii() or not self.words.isdisjoint(letter_runs(s))

    def search(self, s: str) -> re.Match[str] | None:
        return self.rx.search(s) if self.may_match(s) else None

    def finditer(self, s: str) -> Iterator[re.Match[str]]:
        return self.rx.finditer(s) if self.may_match(s) else iter(())

    def fullmatch(self, s: str) -> re.Match[str] | None:
        return self.rx.fullmatch(s) if self.may_match(s) else None


class Ending:
    """A pattern whose every match ends the string but for whitespace (``…\\s$``, ``…\\s*$``:
    a cue right before the opening mark), behind the test that the string's last non-blank
    character is one a match can end on (``last``: with every case and fold the pattern's
    flags allow). ``re.search`` tries such a pattern at every position of the clause before
    finding that it does not end there (issue 16: these were a quarter of the rules' work).
    Same answer as ``rx.search``: whitespace after the match is all that ``rstrip`` removes."""

    __slots__ = ("rx", "last")

    def __init__(self, rx: re.Pattern[str], last: str):
        self.rx, self.last = rx, last

    def search(self, s: str) -> re.Match[str] | None:
        return self.rx.search(s) if s.rstrip()[-1:] in self.last else None


_REPORTING_PHRASE_RE = Gated(
    re.compile(r"\b(?:" + "|".join(CLASSIFIER_PHRASES) + r")\b", re.IGNORECASE),
    # one word of each phrase (``words`` both "words of" and "X's own words")
    """according statement letter memo email interview speech post tweet ruling report put puts went
    point points pointed pointing spoke speaking talked talking words quoted spokesman spokeswoman
    spokesperson""",
)
_TOKEN_RE = re.compile(r"[A-Za-z]+")
# the reporting words as bytes, to be found in ``letter_runs``
_REPORTING_BYTES = MappingProxyType({w.encode(): w for w in CLASSIFIER_REPORTING if w.isascii() and w.isalpha()})
_REPORTING_SET = frozenset(_REPORTING_BYTES)  # (a set: ``&`` walks the smaller of two sets)


class _Hit:
    """A match-like (start, end, text) for a reporting cue."""

    __slots__ = ("_s", "_e", "_t")

    def __init__(self, s: int, e: int, t: str):
        self._s, self._e, self._t = s, e, t

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, _i: int = 0) -> str:
        return self._t


_START = attrgetter("_s")  # (a sort key read in C, not a method call per hit)


class _Reporting:
    """Reporting verbs and phrases, found by a set lookup per word (a 250-way regex
    alternation was the slowest step of extraction) plus one small regex for phrases."""

    def finditer(self, s: str) -> list[_Hit]:
        if not s.isascii():
            return self._scan_words(s)
        runs = letter_runs(s)  # (the words of _TOKEN_RE, lowercased, as a set made in C)
        hits = [_Hit(m.start(), m.end(), m.group(0)) for m in _REPORTING_PHRASE_RE.rx.finditer(s)] \
            if not _REPORTING_PHRASE_RE.words.isdisjoint(runs) else []
        found = runs & _REPORTING_SET
        if not found:
            return hits  # no word of the clause is a verb of reporting, tested in C
        covered = [(h.start(), h.end()) for h in hits]
        # each reporting word found, by str.find where it stands as a whole word: the
        # clause's other words are not read one by one in Python (issue 16: that loop was a
        # fifth of the classifier's cue reading)
        low = s.lower()  # (ASCII: the same offsets as s)
        first = len(s) - len(s.lstrip())
        end = len(low)
        for wb in found:
            w = _REPORTING_BYTES[wb]
            p = low.find(w)
            while p >= 0:
                e = p + len(w)
                if (p == 0 or not low[p - 1].isalpha()) and (e == end or not low[e].isalpha()):
                    self._add(hits, covered, s[p:e], p, first)
                p = low.find(w, e)
        hits.sort(key=_START)
        return hits

    def _scan_words(self, s: str) -> list[_Hit]:
        """The reporting phrases and words of a string that is not ASCII, the words read one by
        one (lower() may change the length of a character there, so offsets are taken from
        ``s`` itself)."""
        hits = [_Hit(m.start(), m.end(), m.group(0)) for m in _REPORTING_PHRASE_RE.finditer(s)]
        covered = [(h.start(), h.end()) for h in hits]
        if CLASSIFIER_REPORTING.isdisjoint(map(str.lower, _TOKEN_RE.findall(s))):
            return hits
        first = len(s) - len(s.lstrip())  # the first character that is not whitespace
        for m in _TOKEN_RE.finditer(s):
            if m.group(0).lower() in CLASSIFIER_REPORTING:
                self._add(hits, covered, m.group(0), m.start(), first)
        if covered:
            hits.sort(key=_Hit.start)
        return hits

    @staticmethod
    def _add(hits: list[_Hit], covered: list[tuple[int, int]], tok: str, start: int, first: int) -> None:
        if tok[0].isupper() and start > first and tok not in HEADLINE_VERBS:
            # capitalised mid-sentence: a name ("the United States"), not a verb; except
            # the verbs of title-case headlines ("Romney Says This Isn't A “…”")
            return
        if not (covered and any(a <= start < b for a, b in covered)):
            hits.append(_Hit(start, start + len(tok), tok))

    def search(self, s: str) -> _Hit | None:
        hits = self.finditer(s)
        return hits[0] if hits else None


REPORTING_RE = _Reporting()

# Verbs of performing or publishing a work: a title-case quotation right after one is the
# work's title ("the two sang “…”", "opened with", "released").
PERFORM_RE = re.compile(
    r"\b(?:sang|sing|sings|singing|played|plays|performed|performs|recorded|records|released|"
    r"releases|screened|staged|starred\s+in|directed|covered|opened\s+with|closed\s+with|"
    r"ended\s+with|encore\s+of|published|publishes|read\s+from)\b",
    re.IGNORECASE,
)

# Naming verbs: an expression is being given or used as a name ("what engineers call",
# "dubbed", "known as"). Credited to a named person this is still their speech
# ("what she called"); credited to nobody or a generic group it is a term.
NAMING_RE = Gated(re.compile(
    # "call(ed) a “…”" with no object is the convening sense ("could call an “obligatory
    # conciliation”"), unless a relative pronoun supplies the object ("what they called a").
    # Not after a hyphen: "short-term", "so-called". "refer to <object> as" (round 26:
    # "The ad refers to the hosts, as well as X, as “…”"), the object holding no verb, no
    # "such as"/"known as" and no other naming word (naming.py decides it for a named subject only).
    r"(?<![\w\-])(?:(?:what|which|that)\s+(?:\w+\s+){0,4}?call(?:s|ed)?(?=\s+an?\s*$)|"
    r"call(?:s|ed|ing)?(?!\s+an?\s*$)(?!\s+(?:for|on|off|up|out|back)\b)|dub|dubs|dubbed|nickname|nicknames|nicknamed|term|terms|"
    r"termed|label|labels|labelled|labeled|labelling|labeling|brand|brands|branded|branding|"
    r"dubbing|christened|coined|"
    r"known(?:[\s,]+[\w\u2019']+){0,4}?[\s,]+as|refer(?:s|red|ring)?\s+to\s+(?:as\s+well\s+as\s+|(?!(?:as|such|known|well|so|may|might|will|would|can|could|should|must|is|are|was|were|be|been|has|have|had|labell?ed|described|called|dubbed|branded)\b)[^\s\u201c\u201d\"]+\s+)"
    f"{{0,{NAMING_OBJECT_MAX_WORDS}}}" r"as|go(?:es)?\s+by|"
    r"describe[sd]?\s+(?:it|them|this|these|that)\s+as)\b",
    re.IGNORECASE,
), """what which that call calls called calling dub dubs dubbed dubbing nickname nicknames nicknamed
    term terms termed label labels labelled labeled labelling labeling brand brands branded branding
    christened coined known refer refers referred referring go goes describe describes described""")
# "the word", "the phrase", "a phrase for this", "a heading": the expression is mentioned as
# an expression, whoever uses it ("She did not use the word “layoffs”").
MENTION_RE = Gated(re.compile(
    r"\b(?:(?:such\s+)?(?:words|phrases|terms|expressions)(?:\s+(?:and|or)\s+(?:words|phrases|"
    r"terms|expressions))?(?:\s+such)?\s+(?:as|like)|"
    # (a modifier may be a capitalised hyphened name of a people or tongue: "the Irish-American
    # term for “…”", round 35, lane scareterm16; not "the nine-year recommended term", a
    # prison term, tuning split fresh3)
    r"(?:the|a|an|this|that)\s+(?:(?:(?:\w+|(?-i:[A-Z])\w*-[\w-]+)\s+){0,2})(?:words?|phrases?|terms?|expressions?|"
    r"labels?|nicknames?|slogan\s+word|headings?|catchphrases?|buzzwords?|euphemisms?|jargon|acronyms?|"
    r"(?:words|phrases|terms|expressions)(?:\s+(?:and|or)\s+(?:words|phrases|terms|expressions))?"
    r"(?:\s+such)?\s+(?:as|like))"
    # whole words only: "the charger, nicknamed", "the terminal" and "the labelled box" mention
    # nothing
    r"(?:\s+(?:for\s+(?:this|it|that|them)|of\s+choice|I\s+made\s+up|\w+\s+made\s+up))?"
    # a word for a name or a part of speech ("the adjective “…”", "the moniker “…”"; round 32,
    # lane terms13: 47 corpus articles, names and grammar words typed scare or speech); not
    # after "that" or with a possessive between ('insisting that her attributive adjective
    # “…”' is her own word, speech)
    r"|(?:the|a|an|this)\s+(?:(?!(?:his|her|their|its|my|our|your)\b)[\w-]+\s+){0,2}"
    r"(?:monikers?|epithets?|appellations?|sobriquets?|descriptors?|adjectives?|adverbs?|nouns?|verbs?)"
    r")\b",
    re.IGNORECASE,
), """words phrases terms expressions word phrase term expression label labels nickname nicknames
    slogan heading headings catchphrase catchphrases buzzword buzzwords euphemism euphemisms jargon
    acronym acronyms moniker monikers epithet epithets appellation appellations sobriquet sobriquets
    descriptor descriptors adjective adjectives adverb adverbs noun nouns verb verbs""")

# Explicit title cues right before the quotation.
TITLE_CUE_RE = Gated(re.compile(
    r"\b(?:titled|entitled|headlined|headline|headlines|title|subtitled|subject\s+line|"
    r"slogan|motto|banner|tagline|theme|mantra|rallying\s+cry|watchword|under\s+the\s+name|"
    r"be\s+called|"
    r"was\s+called|is\s+called|will\s+be\s+called|(?:re-?)?named)\b",
    re.IGNORECASE,
), """titled entitled headlined headline headlines title subtitled subject slogan motto banner tagline
    theme mantra rallying watchword name called named renamed""")
# Nouns naming a work or document: a title-case quotation right after one is its title.
WORK_NOUNS = frozenset(
    """report reports study studies paper papers novel novels book books memoir album albums
    song songs single singles track tracks film films movie movies play plays documentary series
    show programme program programmes plan plans strategy strategies policy policies bylaw
    by-law bylaws law laws act bill bills petition petitions campaign campaigns guidance guide
    guidelines framework manifesto pamphlet brochure leaflet essay essays article articles column
    columns poem poems anthem anthems opera musical exhibition exhibit festival project projects
    initiative initiatives scheme schemes white blueprint charter standard code treaty
    agreement accord doctrine review inquiry audit survey podcast episode blog website newsletter
    magazine newspaper journal email letter memo motion resolution proposal proposals
    cookbook collection record records thesis dissertation lecture talk speech statement
    roadmap vision agenda budget
    miniseries commentary commentaries hearing hearings
    tour tours
    app apps ad ads advert adverts commercial commercials sitcom video videos
    comedy comedies drama dramas thriller thrillers biography biographies
    protocol protocols handbook manual anthology anthologies""".split()
)  # miniseries, commentary, hearing: 'a radio ad miniseries called “Hope Park.”', 'a commentary
# called “…”', 'a hearing on the “State of the …”' were speech (real-news tuning split); app, ad,
# commercial: 'a mobile app called “…”', 'an ad called “…”' (corpus audit of title-case speech);
# video: 'an online video called “Your Turn”' (AllSides corpus audit, lane kind3); comedy,
# biography: '“The …,” a comedy about …', 'author of “The …,” a new biography' (round 25);
# anthology: 'in a 2004 anthology called “…”' read as speech (round 35, lane titles17)

# "a late showing of the “…”", "the premiere of the “…”": a showing of a work names the work
# (test_extract: a title-case film after "showing of the" stays a title, round 25 merge mend)
SHOWING_OF_RE = re.compile(r"\b(?:showing|screening|performance|premiere|production|staging|revival"
                           r"|episode|edition)s? of (?:the )?$", re.I)

# Nouns of a programme's people and parts: a capitalised name right before one names the
# programme ('WFAE “Morning Edition” host Lisa Worf', 'the “Newsnight” presenter').
PROGRAMME_ROLE_NOUNS = frozenset(
    """host hosts co-host co-hosts anchor anchors presenter presenters correspondent
    correspondents episode episodes segment segments roundtable roundtables""".split()
)
# Nouns of a show's or a film's cast: a capitalised name right before one names the work
# ('“Duck Dynasty” star Phil Robertson', 'the former “Apprentice” contestant', 'the “Empire”
# actor'). Typed term (a label modifying a noun, one capitalised word; the coined-expression
# echo) or speech (a reporting verb later in the sentence) on the 974- and 600-article corpus
# samples, 8 in all (round 37, lane kind20; extract/work_rules._show_before_its_cast). Not
# "judge", "winner" or "champion": a court's or a contest's.
CAST_NOUNS = frozenset(
    """star stars co-star co-stars actor actors actress actresses contestant contestants
    alum alums alumnus alumni alumna""".split()
)

# Words that never name a person when capitalised at a clause start.
STOP_CAPS = frozenset(
    """the a an and but or so yet for nor in on at by of to from with as when while if
    after before since because although though this that these those there here it its
    what which who whom whose where how why then now also even still however meanwhile
    last next first one two three some many most few several all both each every no not
    mr mrs ms dr prof sir lord lady""".split()
)
# Institutions whose words are attributed speech ("the council describes it as").
ORG_NOUNS = frozenset(
    """council government ministry department company board court union police agency club
    party committee firm bank commission authority office spokesman spokeswoman spokesperson
    minister ministers president premier mayor chairman chairwoman chair chief director
    judge prosecutor prosecutors spokesmen administration cabinet parliament senate
    regulator regulators watchdog hospital university school trust foundation""".split()
)
PRONOUN_SPEAKERS = frozenset({"he", "she", "him", "her", "his"})


# A quotation inside a sentence's left context (marks and words), removed when looking for
# the sentence's own subject (naming.py; own_use.py: "“…,” Ann Vale said, using the term “…”")
QUOTED_SPAN_RE = re.compile(
    r"[\u201c\u00ab\u201e\u2018][^\u201c\u201d\u00ab\u00bb\u201e]*[\u201d\u00bb\u201c\u2019]|\"[^\"]*\""
)
