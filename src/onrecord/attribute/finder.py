"""Find the surface of an attribution: the cue and the words naming the speaker ("she",
"Okafor", "the chief executive", "Freshmart and Calder Markets"), before any resolution.

String patterns right next to the quotation come first (“…,” she said / “…,” said Smith /
Smith said: “…” / Smith said the plan was “…”): they are exact and cost nothing. Everything
else goes to the dependency parse of the sentence (``parse_finder.find_parse``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from ..lexicon.abbreviations import NAME_PERIOD_ABBREVIATIONS as ABBREV
from ..lexicon.function_words import INTRO_PREPOSITIONS
from ..lexicon.reporting import ADDRESSEE_BASES, BACK_VERBS, PHRASE_RE, WEAK_BASES, report_base
from ..lexicon.titles import ROLE_ENDINGS, TITLE_WORDS
from ..thresholds.attribute import CONFIDENCE as C, NAME_WORDS, WINDOWS
from .cues import ADVERBS, CAP_STOP, DETERMINERS, NAME_CONNECTORS, SUBJECT_PRONOUNS
from .credit_line import dash_credit, modifies_next, read_credit_line
from .doc_runs import document_after_run, document_end
from .labels import label_colon
from .owned_words import owned_colon
from .layout import CLOSERS, Layout, Sentence, Token
from .time_phrase import TIME_OPENERS, adverb_time_phrase, time_phrase_comma
from .phrase import (NOT_SUBJECT_START, Part, Surface, _is_word, _join, joins_caps, mention_phrase, month_surname,
                     place_dropped)

# words opening an introductory phrase before the subject ("Unlike the mayor, X said …": the
# subject comes after the comma); the rarer prepositions are lexicon's INTRO_PREPOSITIONS
INTRO_WORDS = frozenset("""when while as after before asked speaking writing reached in on at
during outside inside backstage afterwards later earlier since although though if because
despite under with without from for by addressing responding replying interviewed
first second third finally still meanwhile however
""".split()) | INTRO_PREPOSITIONS
PUNCT_STOP = frozenset(list(",.;:!?()[]—–") + ["-"])
AUX = frozenset({"has", "have", "had", "was", "is", "would", "will", "did", "does", "do"})


def _cue_text(lay: Layout, toks: list[Token], k: int) -> str:
    """The cue as written: the verb, an auxiliary before it, a phrase it starts."""
    t = toks[k]
    start = t.start
    if k > 0 and toks[k - 1].lower in {"has", "have", "had"}:
        start = toks[k - 1].start
    if k > 1 and toks[k - 1].lower == "to" and toks[k - 2].lower in {"likes", "like", "liked", "wants", "loves"}:
        start = toks[k - 2].start  # "likes to say"
    m = PHRASE_RE.match(lay.text, t.start)
    end = m.end() if m and m.end() - t.start < 40 else t.end
    return lay.text[start:end]


def _strip_adverbs(toks: list[Token]) -> list[Token]:
    # "She apparently commented:", "Smith reportedly told": any lower-case -ly word between the
    # subject and its verb is an adverb (the list alone left "She apparently" as a description)
    while toks and (toks[-1].lower in ADVERBS or toks[-1].lower in AUX or _ly_adverb(toks)):
        toks = toks[:-1]
    return toks


_LY_NOUNS = frozenset({"family", "assembly", "ally", "rally", "supply", "monopoly", "anomaly", "bully"})
_CLOSING = re.compile("''|’’|[" + re.escape(CLOSERS) + "]?")  # '' ’’: doubled single closing marks (AP copy)


def _ly_adverb(toks: list[Token]) -> bool:
    """"Smith reportedly", "The document reportedly": a lower-case -ly word after the subject (not "the family")."""
    if len(toks) < 2:
        return False
    w, prev = toks[-1].text, toks[-2]
    return (w.islower() and w.endswith("ly") and len(w) > 4 and w not in _LY_NOUNS
            and prev.lower not in DETERMINERS)


def _closer_length(text: str, end: int) -> int:
    """How many characters the closing mark after a quotation's words takes (0, 1, or 2 for a
    doubled single mark)."""
    return len(_CLOSING.match(text, end).group())


def _quote_bounds(lay: Layout, sent: Sentence, qi: int) -> tuple[list[Token], list[Token]]:
    """Tokens left of the opening mark (back to the previous quotation in the sentence or the
    start) and right of the closing mark (to the next quotation or the end)."""
    q = lay.quotes[qi]
    open_pos = q.start - 1 if q.start > 0 and lay.text[q.start - 1] in CLOSERS else q.start
    close_end = q.end + _closer_length(lay.text, q.end)
    if sent._bounds is None:
        sent._bounds = ([t.start for t in sent.tokens], [t.end for t in sent.tokens],
                        sorted(lay.quotes[j].start for j in sent.quotes),
                        sorted(lay.quotes[j].end for j in sent.quotes))
    t_starts, t_ends, q_starts, q_ends = sent._bounds
    # the latest end of a quotation before this one, the earliest start of one after it
    k = bisect_right(q_ends, q.start)
    prev_end = max(sent.start, q_ends[k - 1] + max(1, _closer_length(lay.text, q_ends[k - 1]))) if k else sent.start
    k = bisect_left(q_starts, q.end)
    next_start = min(sent.end, q_starts[k] - 1) if k < len(q_starts) else sent.end
    # tokens do not overlap, so their starts and ends rise together: slices, not scans
    left = sent.tokens[bisect_left(t_starts, prev_end): bisect_right(t_ends, open_pos)]
    right = sent.tokens[bisect_left(t_starts, close_end): bisect_right(t_ends, next_start)]
    # flag (*) and the terminal punctuation kept by masking are not words
    right = [t for t in right if t.text != "*"]
    return left, right


def _drop_abbrev_periods(toks: list[Token]) -> list[Token]:
    """"Sen. Marco Rubio", "James A. Klein", "U.S. District Judge X", "Comcast Corp. Chief
    Executive Y": the period belongs to the name, not the syntax."""
    out: list[Token] = []
    for t in toks:
        if t.text == "." and out and out[-1].end == t.start and (
                out[-1].lower in ABBREV or len(out[-1].text) == 1 and out[-1].text.isupper()
                or "." in out[-1].text and out[-1].text[:1].isupper()):
            continue
        out.append(t)
    return out


def find_string(lay: Layout, sent: Sentence, qi: int) -> Surface:
    left, right = _quote_bounds(lay, sent, qi)
    left, right = _drop_abbrev_periods(left), _drop_abbrev_periods(right)
    s = _match_right(lay, right)
    if s is not None and _outlet_report(s):
        # "Nasrallah said the execution would “…” the BBC reported": the outlet reports the
        # speaker named before the words; it became the speaker (real-news tuning split)
        inner = _find_left(lay, left)
        if inner is not None and inner.parts and any(p.kind == "name" for p in inner.parts):
            inner.how += " (an outlet's report after the words)"
            return inner
        if any(_is_word(t) and report_base(t.lower) and report_base(t.lower) not in WEAK_BASES for t in left):
            return Surface(needs_parse=True)  # the reporting clause before the words decides
    if s is not None:
        return s
    q = lay.quotes[qi]
    if any(lay.quotes[j].end < q.start for j in sent.quotes) and left:
        # second half of an interrupted quotation (“We will,” said X, “never …”): the words
        # between the halves attribute both
        s = _match_right(lay, [t for t in left if t.text not in {",", ":"} or t is not left[-1]])
        if s is not None:
            s.how += " (interrupted quotation)"
            return s
    # 4. left of the quote
    s = owned_colon(lay, left) or _inverted_colon(lay, left) or label_colon(lay, left, lay.para_of_pos[sent.para])
    if s is not None:
        return s
    s = _find_left(lay, left)
    if s is not None:
        return s
    s = _owner_colon(left)
    if s is not None:
        return s
    # 5. nothing but the quotation in its sentence: continues the previous speaker
    words = [t for t in left + right if _is_word(t) and t.text != "X"]
    if not words:
        return Surface([], None, "no cue in the sentence: continues the previous speaker", C.no_cue_continues,
                       continuation=True)
    return Surface(needs_parse=True)


def _outlet_report(s: Surface) -> bool:
    """“…” the BBC reported / X reports: a report verb after the words."""
    cue = (s.cue or "").split()
    return bool(cue) and report_base(cue[0].lower()) == "report"


def _is_role_word(w: str) -> bool:
    return w in TITLE_WORDS or w.endswith(("man", "woman", "person", "ist", "chief"))


# Nouns for people who speak without a name: with a capitalised modifier before them ("said a
# Democratic committee aide", "said one Democratic pollster", "said the Sale player") the
# modifier became the speaker ("Democratic", "Sale") on the real-news tuning split.
HOLDER_NOUNS = frozenset("""aide aides official officials source sources staffer insider pollster
strategist player players analyst analysts expert experts adviser advisers advisor advisors
member members lawmaker lawmakers executive executives diplomat diplomats operative operatives
worker workers employee employees resident residents voter voters supporter supporters fan fans
veteran veterans observer observers""".split())
_HOLDER_STOP = frozenset({"who", "which", "that", "of", "in", "at", "for", "on", "with", "from",
                          "to", "and", "or", "but", "as"})


def _unnamed_holder(r: list[Token]) -> int | None:
    """End index of "a|an|one|another|the <Capitalised modifiers> <role noun>" after an
    inverted verb, when the phrase names a role and no person; None otherwise."""
    if len(r) < 4 or r[1].lower not in {"a", "an", "one", "another", "the"}:
        return None
    j = 2
    # "said one Democratic pollster who’s working on …": a contracted "who’s" stops it too
    while j < len(r) and j < 8 and _is_word(r[j]) and re.split(r"[’']", r[j].lower)[0] not in _HOLDER_STOP \
            and not report_base(r[j].lower):
        j += 1
    last = r[j - 1]
    if j <= 3 or not last.text.islower():
        return None
    if not any(t.text[:1].isupper() for t in r[2 : j - 1]):
        return None  # "said a spokesman": the existing rules handle a bare role
    if last.lower in HOLDER_NOUNS or _is_role_word(last.lower):
        return j
    return None


def _appositive_credit(r: list[Token]) -> tuple[Part, str] | None:
    """“…,” said EEF chief economist, Steve Radley / said Trump’s new campaign chief, Paul
    Manafort, in …: a role (its owner's name or possessive first) closed by a comma, then the
    person. Round 5 credited the owner (EEF, Trump) because the name run stopped at the role."""
    comma = next((j for j in range(2, min(len(r), 9)) if r[j].text == ","), None)
    # the role in lower case, or an abbreviation in capitals ("said the group’s CEO, Suzanne X":
    # corpus read, twelfth session)
    if comma is None or not (r[comma - 1].text.islower() or r[comma - 1].text.isupper()) \
            or not _is_role_word(r[comma - 1].lower):
        return None
    if any(not (_is_word(t) or t.text in "’'") or report_base(t.lower) or t.lower in NOT_SUBJECT_START
           for t in r[1:comma]):
        return None
    j = comma + 1
    while j < len(r) and (r[j].text[:1].isupper() and _is_word(r[j])
                          or r[j].text == "." and r[j].start == r[j - 1].end and len(r[j - 1].text) == 1):
        j += 1
    name = [t for t in r[comma + 1 : j] if _is_word(t)]
    if len(name) < 2 or any(t.lower in TITLE_WORDS or t.lower in CAP_STOP for t in name):
        return None
    if j < len(r) and _is_word(r[j]) and r[j].text[:1].isupper():
        return None
    return Part("name", _join(r[comma + 1 : j]), r[comma + 1].start), " ".join(t.text for t in r[1:comma])


_PARTICLES = NAME_CONNECTORS - {"of", "for", "and", "&", "on", "the", "y"}  # "de", "van", "bin"


def _particle(r: list[Token], k: int) -> bool:
    return r[k].lower in _PARTICLES and k + 1 < len(r) and r[k + 1].text[:1].isupper()


def _role_bridge(r: list[Token], k: int) -> bool:
    """Lower-case words at r[k:] lead, through a role word ("oil official", round 20), to capitals."""
    for j in range(k, min(len(r), k + NAME_WORDS.role_bridge_tokens)):
        t = r[j]
        if t.text[:1].isupper():
            prev = r[j - 1].lower
            return j > k and (prev in TITLE_WORDS or prev in HOLDER_NOUNS and not prev.endswith("s")
                              or prev.endswith(ROLE_ENDINGS)) or t.lower in TITLE_WORDS
        if not _is_word(t) or t.lower in NOT_SUBJECT_START or report_base(t.lower):
            return False
    return False


def _match_right(lay: Layout, right: list[Token]) -> Surface | None:
    """The cue and speaker written after the quotation: the first of ``_RIGHT_RULES`` that
    reads one (a dash credit first, before the punctuation after the words is dropped)."""
    r = list(right)
    credit_line = read_credit_line(r)
    if credit_line and not any(report_base(t.lower) for t in credit_line):
        credit = dash_credit(credit_line)
        if credit is not None:
            return credit
    while r and r[0].text in {",", "—", "–", "-", "…"}:
        r = r[1:]
    return _first_read(_RIGHT_RULES, lay, r)


def _first_read(rules: Sequence[Callable[[Layout, list[Token]], Surface | None]], lay: Layout, toks: list[Token]) -> Surface | None:
    """What the first of ``rules`` reads in ``toks`` (the words on one side of the marks)."""
    return next((found for rule in rules if (found := rule(lay, toks)) is not None), None)


def _inverted_said(lay: Layout, r: list[Token]) -> Surface | None:
    """“…,” said Smith / “…,” said the minister; never after a participle ("thanked Chu for his
    “…,” saying he “…”": he is the reported clause's subject, not the speaker)."""
    if r and _is_word(r[0]) and not r[0].lower.endswith("ing") and report_base(r[0].lower) \
            and report_base(r[0].lower) not in WEAK_BASES | ADDRESSEE_BASES:
        appos = _appositive_credit(r)
        if appos is not None:
            return Surface([appos[0]], _cue_text(lay, r, 0), "string: inverted “…” said role, X", C.inverted_role_apposition,
                           role=appos[1])
        k = 1
        while k < len(r) and (_is_word(r[k]) or r[k].text in "’'&") and not (
                k > 1 and r[k].text[:1].islower() and r[k - 1].text[:1].isupper()
                and not joins_caps(r, k)
                # "said CDC spokeswoman Barbara Reynolds", "said West Virginia national
                # committeewoman Melody Potter": role words between capitals
                and not _role_bridge(r, k)
                # "said Riccardo de Rinaldini": a surname particle before a capital
                and not _particle(r, k)):
            k += 1
        holder = _unnamed_holder(r)
        if holder is not None:
            return Surface([Part("desc", " ".join(t.text for t in r[1:holder]), r[1].start)],
                           _cue_text(lay, r, 0), "string: inverted “…” said a X role", C.inverted_said)
        if 1 < k < len(r) and r[1].lower in {"a", "an"} and r[k].text.islower() and _is_role_word(r[k].lower):
            # "said a Honda spokesman": an unnamed holder of an organisation's role, not the
            # organisation (round 5 credited "Car-maker Honda")
            return Surface([Part("desc", " ".join(t.text for t in r[1 : k + 1]), r[1].start)],
                           _cue_text(lay, r, 0), "string: inverted “…” said X", C.inverted_said)
        if doc_end := document_after_run(r, k):  # "said a HDC statement": the body's (round 24)
            return Surface([Part("doc", " ".join(t.text for t in r[1:doc_end]), r[1].start)],
                           _cue_text(lay, r, 0), "string: inverted “…” said X", C.inverted_said)
        parts = mention_phrase(r[1:k])
        if parts and not (k < len(r) and report_base(r[k].lower)):
            return Surface(parts, _cue_text(lay, r, 0), "string: inverted “…” said X", C.inverted_said)
    return None


def _said_after(lay: Layout, r: list[Token]) -> Surface | None:
    """“…,” she said / “…,” Kestrel Bay manager Sofia X said."""
    for k in range(1, min(len(r), 11)):
        if not _is_word(r[k]):
            break
        base = report_base(r[k].lower)
        if r[k].lower in BACK_VERBS and k + 1 < len(r) and r[k + 1].lower == "back":
            base = "say"  # "“…” Obama fired back."
        if base and k + 1 < len(r) and r[k + 1].text == ":":
            # '“…,” said Gatlin. “…” Hayes said: “Knowing …”': "X said:" opens the next
            # quotation; the words before it continue the previous speaker (real-news tuning
            # split credited Gatlin's second sentence to Hayes)
            break
        if base and base not in WEAK_BASES or base and k + 1 >= len(r) or base and not _is_word(r[k + 1]):
            subj = _strip_adverbs(r[:k])
            parts = mention_phrase(subj) or month_surname(subj)
            if parts:
                return Surface(parts, _cue_text(lay, r, k), "string: “…” X said", C.said_after)
            break
    return None


def _bare_credit(lay: Layout, r: list[Token]) -> Surface | None:
    """“…,” Trump — a bare credit line in highlights: nothing but a name after the words."""
    bare = [t for t in r if t.text not in {".", ","}]
    if 1 <= len(bare) <= 4 and all(_is_word(t) and t.text[:1].isupper() for t in bare) \
            and not any(report_base(t.lower) for t in bare) and not modifies_next(lay.text, bare[0].start):
        parts = mention_phrase(bare)
        if parts and parts[0].kind == "name":
            return Surface(parts, None, "string: “…,” X (bare credit line)", C.bare_credit_line)
    return None


def _according_to_after(lay: Layout, r: list[Token]) -> Surface | None:
    """“…,” according to X."""
    if len(r) > 2 and r[0].lower == "according" and r[1].lower == "to":
        k = 2
        while k < len(r) and (_is_word(r[k]) or r[k].text in "’'"):
            k += 1
        parts = mention_phrase(r[2 : document_end(r, 2, k)])  # "a X survey this year" (round 24)
        if parts:
            return Surface(parts, lay.text[r[0].start : r[1].end], "string: “…” according to X", C.according_to_after)
    return None


_RIGHT_RULES = (_inverted_said, _said_after, _bare_credit, _according_to_after)


def clause_start(left: list[Token]) -> int:
    """Index in ``left`` (the tokens before a quotation or a verb of speaking, from the start
    of the sentence) after an introductory phrase ("Speaking to analysts on Tuesday, …",
    "Yesterday, …"): where the subject can start. 0 when the sentence opens with no such phrase;
    ``len(left)`` when it opens with one but no comma or dash closes it (the subject's start is
    then unknown). The subject finders (voices, reported, passing, referents) skip to it."""
    if not left:
        return 0
    f = left[0].lower
    comma = time_phrase_comma(left) if f in TIME_OPENERS else None
    if comma is not None:  # "Yesterday, X released the following statement:" (time_phrase.py)
        return comma + 1
    if f in INTRO_WORDS or f.endswith("ing") or f.endswith("ed") and report_base(f) is None \
            or adverb_time_phrase(left):
        for i, t in enumerate(left):
            if t.text == ",":
                return i + 1
            if t.text in {"—", "–"}:
                # "First — and most critically — he doesn’t believe …": the aside between
                # dashes belongs to the introduction
                nxt = next((k for k in range(i + 1, min(len(left), i + WINDOWS.dash_aside_tokens)) if left[k].text in {"—", "–"}), None)
                return (nxt if nxt is not None else i) + 1
        # "In his New Year message the party leader said …": the introductory phrase has no
        # comma, so where the subject starts is unknown from the string
        return len(left)
    return 0


def _inverted_colon(lay: Layout, left: list[Token]) -> Surface | None:
    """"Said Macron: “…”", "Added the senator: “…”": a sentence that opens on the reporting
    verb, then the speaker, then a colon. The colon rule for narrators left it a continuation
    and the previous speaker (Merkel) took Macron's words (real-news tuning split)."""
    if len(left) < 3 or len(left) > 7 or left[-1].text != ":" or not _is_word(left[0]):
        return None
    base = report_base(left[0].lower)
    if not base or base in WEAK_BASES or not left[0].text[:1].isupper():
        return None
    subj = left[1:-1]
    if not all(_is_word(t) or t.text in "’'." for t in subj) or any(report_base(t.lower) for t in subj):
        return None
    parts = mention_phrase(subj)
    if not parts:
        return None
    return Surface(parts, _cue_text(lay, left, 0), "string: Said X: “…”", C.said_before_colon)


def _owner_colon(left: list[Token]) -> Surface | None:
    """"Among its consensus conclusions: “…”", "His statement: “…”": no verb, a colon, and an
    owner of what is quoted; the owner speaks ("its" is the commission, not its chair)."""
    if len(left) < 3 or left[-1].text != ":" or len(left) > 9:
        return None
    words = [t for t in left[:-1] if _is_word(t)]
    if any(report_base(t.lower) for t in words):
        return None
    for i, t in enumerate(words[:-1]):
        if t.lower in {"its", "his", "her", "their"}:
            pron = {"its": "it", "his": "he", "her": "she", "their": "they"}[t.lower]
            return Surface([Part("pronoun", pron, t.start)], None, f"string: {t.lower} … : “…”", C.pronoun_before_colon)
    return None


def _drop_source_aside(left: list[Token]) -> list[Token]:
    """"Chief Justice X, the Journal says, called it “…”": an aside naming the outlet that
    reports the words is not the cue (it hid "called", and the words went to the last quotee)."""
    commas = [i for i, t in enumerate(left) if t.text == ","]
    for a, b in zip(commas, commas[1:]):
        mid = left[a + 1 : b]
        if 2 <= len(mid) <= 5 and mid[-1].lower in {"says", "said", "reports", "reported", "writes", "wrote",
                                                    "notes", "noted"} \
                and (mid[0].lower == "the" or mid[0].is_cap) and a > 0 and left[a - 1].is_cap:
            return left[:a] + left[b + 1 :]
    return left


def _find_left(lay: Layout, left: list[Token]) -> Surface | None:
    """The cue and speaker written before the quotation: the first of ``_LEFT_RULES`` that
    reads one, once a source aside is dropped."""
    if not left:
        return None
    return _first_read(_LEFT_RULES, lay, _drop_source_aside(left))


def _according_to_before(lay: Layout, left: list[Token]) -> Surface | None:
    """According to X, … “…”  /  … , according to X, “…”."""
    for i in range(len(left) - 2):
        if left[i].lower == "according" and left[i + 1].lower == "to":
            k = i + 2
            while k < len(left) and (_is_word(left[k]) or left[k].text in "’'"):
                k += 1
            parts = mention_phrase(left[i + 2 : k])
            if parts:
                return Surface(parts, lay.text[left[i].start : left[i + 1].end],
                               "string: according to X … “…”", C.according_to_before)
    return None


def _as_x_put_it(lay: Layout, left: list[Token]) -> Surface | None:
    # "… to -- as Secretary of State John Kerry put it last week -- “bear down”": the
    # parenthetical names the speaker whatever the main clause says
    for i in range(len(left) - 3, -1, -1):
        if left[i].lower == "as":
            for k in range(i + 2, min(len(left) - 1, i + 10)):
                if left[k].lower in {"put", "puts"} and left[k + 1].lower == "it":
                    parts = mention_phrase(_strip_adverbs(left[i + 1 : k]))
                    if parts:
                        return Surface(parts, "put it", "string: as X put it, “…”", C.as_x_put_it)
                    break
            break
    return None


def _said_before(lay: Layout, left: list[Token]) -> Surface | None:
    """X said … “…”: the subject of the first reporting verb of the main clause."""
    c0 = clause_start(left)
    body = left[c0:]
    verbs = [i for i, t in enumerate(body) if _is_word(t) and report_base(t.lower)]
    if not verbs:
        return None
    k = verbs[0]
    subj = body[:k]
    # "she smiled and added:" — skip back over "<verb> and"
    if len(subj) >= 3 and subj[-1].lower == "and":
        subj = subj[:-2]
    while subj and subj[0].lower in {"and", "but", "while", "whereas"}:
        subj = subj[1:]  # "“…” and Okonjo-Marsh called the spectators “…”"
    if len(subj) >= 3 and subj[-1].lower == "to":
        # "likes to say", "went on to say" (its "on" too: "He went" named no one; round 15)
        subj = subj[:-2] if len(subj) < 4 or subj[-2].lower != "on" else subj[:-3]
    if subj and subj[-1].lower in {"was", "were", "is", "are", "been", "be", "being"}:
        return None  # passive ("X was accused of …"): the parse decides who, if anyone, speaks
    subj = place_dropped(_strip_adverbs(subj))
    parts = mention_phrase(subj) or month_surname(subj)
    if not parts:
        return None
    if any(p.kind == "desc" and len(p.text.split()) > 4 for p in parts):
        return None  # "My husband took it out with the fire tongs and said": parse it
    tail = body[k + 1 :]
    other = [t for t in tail if _is_word(t) and report_base(t.lower)]
    if other:
        return None  # another reporting verb between: "X said Y called it “…”" needs the parse
    ends_colon = bool(tail) and tail[-1].text in {":", ","}
    if len([t for t in tail if _is_word(t)]) > 4 and any(t.text[:1].isupper() for t in tail if _is_word(t)):
        # a content clause naming someone else ("said Bellweather had …") still has X as
        # speaker, but a parse is safer when the clause is long and names people
        conf = C.said_before_long_clause
    else:
        conf = C.said_before_ending_colon if ends_colon else C.said_before
    return Surface(parts, _cue_text(lay, body, k), "string: X said … “…”", conf)


_LEFT_RULES = (_according_to_before, _as_x_put_it, _said_before)
