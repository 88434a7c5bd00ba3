"""The cue and the speaker written after a quotation's words: "“…,” said Smith", "“…,” she
said", "“…,” Trump" (a bare credit line), "“…,” according to X", and a dash credit line first
(credit_line.py). ``match_right`` runs the rules in order; finder.find_string asks it, also for
the words between the halves of an interrupted quotation. Split from finder.py, which keeps the
left-hand rules (round 27, lane tidy11; no rule changed)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lexicon.reporting import ADDRESSEE_BASES, AUTHOR_PARTICIPLES, AUTHOR_PARTICIPLES_AFTER_AS, BACK_VERBS, WEAK_BASES, report_base
from ..lexicon.calendar import HOLIDAY_WORDS
from ..lexicon.titles import ROLE_ENDINGS, TITLE_WORDS
from ..thresholds.attribute import CONFIDENCE as C, NAME_WORDS
from .cues import CAP_STOP, NAME_CONNECTORS
from .credit_line import dash_credit, modifies_next, read_credit_line
from .dash_narration import dash_narration
from .doc_runs import document_after_run, document_end
from .layout import Layout, Token
from .open_end import ends_open
from .role_shape import is_person_noun
from .role_bridge import capital_office_after_and, noun_bridge, second_office_start, of_inside_role, role_noun
from .name_verbs import saying_base
from .words_of import words_of_after
from .anonymous_source import anonymous_description
from .as_credit import as_x_after
from .function_surnames import lone_surname
from .asked_passive import asked_passive, relay_start
from .phrase import (NOT_SUBJECT_START, Part, Surface, _is_word, _join, cue_text, joins_caps, mention_phrase,
                     month_surname, strip_adverbs)

# the evidence of "“…,” according to X": finder._vouched_after tells this reading by it
ACCORDING_TO_AFTER = "string: “…” according to X"


def first_read(rules: Sequence[Callable[[Layout, list[Token]], Surface | None]], lay: Layout, toks: list[Token]) -> Surface | None:
    """What the first of ``rules`` reads in ``toks`` (the words on one side of the marks)."""
    return next((found for rule in rules if (found := rule(lay, toks)) is not None), None)


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
    if r[1].lower != "the" and is_person_noun(last.lower, body_ok=False):
        # "said a top Vale ally in the South", "said a veteran Labour fundraiser with …": one
        # unnamed person, not "a top Vale" read as Vale's or as the party's (round 81, lane unnamed93)
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
            or not (_is_role_word(r[comma - 1].lower) or _role_with_of(r, comma)):
        return None
    if any(not (_is_word(t) or t.text in "’'") or report_base(t.lower)
           or t.lower in NOT_SUBJECT_START and not (t.lower in {"of", "for"} and _role_with_of(r, comma))
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


def _role_with_of(r: list[Token], comma: int) -> bool:
    """The role ends in its own lower-case "of"/"for" phrase before the comma: "said Skyway
    director of network planning, Ruth X" (round 34, lane wrong15: the airline took the words
    and the sentences after them, corpus sample)."""
    for i in range(comma - 2, 1, -1):
        if r[i + 1].lower in {"of", "for"} and r[i].text.islower() and _is_role_word(r[i].lower):
            return all(t.text.islower() and _is_word(t) for t in r[i + 1 : comma])
    return False


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
                              or prev.endswith(ROLE_ENDINGS) or noun_bridge(r, j)) or t.lower in TITLE_WORDS
        if t.lower == "and" and j > k and r[j - 1].text.islower() \
                and (r[j - 1].lower.endswith(ROLE_ENDINGS) or role_noun(r[j - 1].lower)):
            # "said Democratic strategist and Fox contributor X"; "said former DNC chairman and
            # Westshire Governor X" (role_bridge.py)
            return _second_role(r, j + 1) or capital_office_after_and(r, j + 1)
        if j > k and of_inside_role(r, j):
            continue  # "said Lund chief of staff X" (role_bridge.py)
        if not _is_word(t) or t.lower in NOT_SUBJECT_START or report_base(t.lower):
            return False
    return False


def _second_role(r: list[Token], j: int) -> bool:
    """After "strategist and": a second role word, lower case, right before capitals (the
    name), within a few words ("Fox contributor X", "commentator X"). Round 32, lane nulls13:
    the party adjective before the first role became the speaker and was dropped. A role word
    with more lower case after it is not the last ("former federal prosecutor X", "chief
    executive X": round 44, lane wrongname27, the city and the company before took the words)."""
    for i in range(j, min(len(r) - 1, j + NAME_WORDS.role_bridge_tokens)):
        t = r[i]
        if not _is_word(t) or report_base(t.lower):
            return False
        if t.text.islower() and (t.lower in TITLE_WORDS or t.lower.endswith(ROLE_ENDINGS)) \
                and r[i + 1].text[:1].isupper():
            return True
    return False


def match_right(lay: Layout, right: list[Token]) -> Surface | None:
    """The cue and speaker written after the quotation: the first of ``_RIGHT_RULES`` that
    reads one (a dash credit first, before the punctuation after the words is dropped)."""
    r = list(right)
    credit_line = read_credit_line(r)
    if credit_line and not any(report_base(t.lower) for t in credit_line) and not dash_narration(credit_line):
        credit = dash_credit(credit_line)
        if credit is not None:
            return credit
    while r and r[0].text in {",", "—", "–", "-", "…"}:
        r = r[1:]
    return first_read(_RIGHT_RULES, lay, r)


def _inverted_said(lay: Layout, r: list[Token]) -> Surface | None:
    """“…,” said Smith / “…,” said the minister; never after a participle ("thanked Chu for his
    “…,” saying he “…”": he is the reported clause's subject, not the speaker)."""
    if r and _is_word(r[0]) and not r[0].lower.endswith("ing") and report_base(r[0].lower) \
            and report_base(r[0].lower) not in WEAK_BASES | ADDRESSEE_BASES:
        end = next((j for j in range(1, len(r)) if not _is_word(r[j]) and r[j].text not in "’'"), len(r))
        if anon := anonymous_description(r[1:end]):  # "said one source close to the X" (anonymous_source)
            return Surface(anon, cue_text(lay, r, 0), "string: inverted “…” said an unnamed source", C.inverted_said)
        appos = _appositive_credit(r)
        if appos is not None:
            return Surface([appos[0]], cue_text(lay, r, 0), "string: inverted “…” said role, X", C.inverted_role_apposition,
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
                           cue_text(lay, r, 0), "string: inverted “…” said a X role", C.inverted_said)
        if 1 < k < len(r) and r[1].lower in {"a", "an"} and r[k].text.islower() and _is_role_word(r[k].lower):
            # "said a Honda spokesman": an unnamed holder of an organisation's role, not the
            # organisation (round 5 credited "Car-maker Honda")
            return Surface([Part("desc", " ".join(t.text for t in r[1 : k + 1]), r[1].start)],
                           cue_text(lay, r, 0), "string: inverted “…” said X", C.inverted_said)
        if doc_end := document_after_run(r, k):  # "said a HDC statement": the body's (round 24)
            return Surface([Part("doc", " ".join(t.text for t in r[1:doc_end]), r[1].start)],
                           cue_text(lay, r, 0), "string: inverted “…” said X", C.inverted_said)
        parts = mention_phrase(r[second_office_start(r, k) : k])
        if parts and not (k < len(r) and report_base(r[k].lower)):
            return Surface(parts, cue_text(lay, r, 0), "string: inverted “…” said X", C.inverted_said)
    return None


def _said_after(lay: Layout, r: list[Token]) -> Surface | None:
    """“…,” she said / “…,” Kestrel Bay manager Sofia X said."""
    for k in range(1, min(len(r), 11)):
        if not _is_word(r[k]):
            break
        base = saying_base(r, k)  # not "State" in "… Islamic State" (name_verbs.py)
        if r[k].lower in BACK_VERBS and k + 1 < len(r) and r[k + 1].lower == "back":
            base = "say"  # "“…” Obama fired back."
        if base and k + 1 < len(r) and r[k + 1].text == ":":
            # '“…,” said Gatlin. “…” Hayes said: “Knowing …”': "X said:" opens the next
            # quotation; the words before it continue the previous speaker (real-news tuning
            # split credited Gatlin's second sentence to Hayes)
            break
        if base and base not in WEAK_BASES or base and k + 1 >= len(r) or base and not _is_word(r[k + 1]):
            subj = strip_adverbs(r[:k])
            if subj and subj[-1].lower == "than":
                # '“…” rather than pressed against the wall': a comparison, no credit (round 38,
                # lane orgpiece21's corpus check: "rather than" became the speaker's description
                # and the swimmer named in the sentence lost her words). phrase._group_part now
                # refuses a phrase made only of function words ("rather than", round 41), but
                # "no more than", "other than", "better than" hold a word of content: kept here
                break
            if ends_open(subj):
                break  # "“…” the paper quotes her as saying": a clause, no one named (open_end)
            parts = anonymous_description(subj) or mention_phrase(subj) or month_surname(subj) or lone_surname(subj)
            if parts:
                return Surface(parts, cue_text(lay, r, k), "string: “…” X said", C.said_after)
            break
    return None


def _said_after_apposition(lay: Layout, r: list[Token]) -> Surface | None:
    """“…,” Kira Vale, the head of the riders' league, said / “…,” Rep. Al X, D-Ore., told
    reporters: a name, an apposition closed by a comma, then the verb. The string rules stopped
    at the first comma and left the sentence to the parse, which took the apposition
    ("D-N.C.") for the subject or found none, and the quotation went null (round 58, lane
    trail58: three tuning items; a careful reader names the speaker at once). Only one name
    before the first comma, and only a comma followed by the verb closes the apposition (a
    place in it, "the mayor of Salem, Ore.,", has a comma of its own); a comma and "and" is a
    list of speakers, left to the parse."""
    first = next((j for j in range(1, min(len(r), NAME_WORDS.credit_line_tokens)) if r[j].text == ","), None)
    if first is None or not r[0].text[:1].isupper() or not all(
            t.text in "’'" or _is_word(t) and (t.text[:1].isupper() or t.lower in NAME_CONNECTORS) for t in r[:first]):
        return None  # "the play's organiser in Salem, Kira X, told …": a role first, the name in commas
    for c in range(first + 2, min(len(r) - 1, first + 1 + NAME_WORDS.apposition_tokens)):
        if r[c].text != ",":
            continue
        if r[c + 1].lower in {"and", "or"}:
            return None  # "X, the clerk, and Y, the treasurer, said": two speakers, no apposition
        base = report_base(r[c + 1].lower) if _is_word(r[c + 1]) and not r[c + 1].lower.endswith("ing") else None
        if base and base not in WEAK_BASES:
            found = _said_after(lay, r[:first] + r[c + 1 :])
            if found is None or len(found.parts) != 1 or found.parts[0].kind != "name":
                return None
            role = lay.text[r[first + 1].start : r[c - 1].end]
            return Surface(found.parts, found.cue, "string: “…” X, apposition, said", C.said_after, role=role)
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
            return Surface(parts, lay.text[r[0].start : r[1].end], ACCORDING_TO_AFTER, C.according_to_after)
    return None


# words ending the agent's phrase after "promised by" ("by X in his column", "by X than …")
_AGENT_STOP = frozenset({"in", "on", "at", "to", "than", "and", "or", "for", "with", "during", "who",
                         "which", "that", "as", "from", "when", "while", "after", "before", "last", "this"})


def _author_agent(lay: Layout, r: list[Token]) -> Surface | None:
    """"the political “…” promised by X", "“…,” as predicted by X": the agent of a participle
    of saying right after the words wrote or said them. The parse hung the participle on the
    quoted noun, which became the speaker's description, and the words went null (round 30,
    lane nullsC: fresh5; corpus: every such agent with a name authored the words). Only a
    name (or a role and a name) counts: "urged by critics" stays with the parse."""
    k = 1 if r and r[0].lower == "as" else 0
    if len(r) < k + 3 or r[k].lower not in AUTHOR_PARTICIPLES or r[k + 1].lower != "by":
        return None
    if k == 0 and r[k].lower in AUTHOR_PARTICIPLES_AFTER_AS:
        return None
    start = k + 2
    end = start
    while end < len(r) and end - start < NAME_WORDS.agent_tokens and (_is_word(r[end]) or r[end].text in "’'") \
            and r[end].lower not in _AGENT_STOP:
        end += 1
    # "by Frank X in New York magazine": the phrase ends at a preposition; "by the Obama
    # administration": a body named by a common noun after a name is no name of its own
    parts = mention_phrase(r[start:end]) if end > start and r[end - 1].text[:1].isupper() \
        and r[end - 1].lower not in HOLIDAY_WORDS else None  # "promised by Election Day": a deadline
    if parts and len(parts) == 1 and parts[0].kind == "name":
        return Surface(parts, r[k].text, "string: “…” promised by X", C.author_agent)
    return None


def _relayed_passive(lay: Layout, r: list[Token]) -> Surface | None:
    """“…,” staff were told, Bray said / “…,” they were told, according to Bray: the credit after
    the passive names the one who relays the words (asked_passive.relay_start; review32)."""
    j = relay_start(lay, r)
    return first_read((_said_after, _according_to_after), lay, r[j:]) if j is not None else None


_RIGHT_RULES = (as_x_after, _inverted_said, _relayed_passive, asked_passive, _said_after, _said_after_apposition, _bare_credit, _according_to_after, _author_agent, words_of_after)
