"""Appositions next to a name ("Lena X, the harbour master,", "the sculptor Tobias X"): roles
of that mention, or the sign that the name is a body ("Harbour Watch, a campaign group calling
for …"). Split from mentions.py (twelfth session) to keep that module under 500 lines."""

from __future__ import annotations

import re

from ..lexicon.function_words import CLAUSE_PRONOUNS, SUBORDINATORS
from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.heads import BODY_DESCRIPTION_HEADS, PERSON_OR_BODY_HEADS
from ..lexicon.reporting import FRONTED_TEXT_NOUNS, report_base
from ..lexicon.titles import ROLE_PARTICIPLES
from .layout import Layout
from .mentions import Mention
from .role_shape import head_of, is_person_noun, role_phrase

APPOS_AFTER_RE = re.compile(r"^,\s+(?:\d+,\s+)?((?:the|a|an|its|his|her|their|my|our)\s[^,;.:“”\"]{2,90}?)(?=,|\.|;|$| —)")
# "X, director of the Y Trust,", "X, Liberal treasurer, said": no article, so a comma's
# aside ("X, however,"), a place ("X, Eastfield,") or a list ("X, Y and Z") reads alike; only
# a phrase role_shape.py calls a person's role is kept, and only for the description
APPOS_BARE_RE = re.compile(r"^,\s+(?:\d+,\s+)?([^,;.:“”\"\n()]{3,90}?)(?=,|\.|;|$| —)")
_PRONOUNS = CLAUSE_PRONOUNS | {"his", "her", "their", "its"}
APPOS_BEFORE_RE = re.compile(r"((?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\b|\b[A-Z][\w\-]+[’']s)\s[^,;.:“”\"]{2,70}?),\s*$")


# words that end the head of an apposition's noun phrase ("a group calling for", "a firm based
# in", "the party's candidate" ends at the possessive and is read as "candidate")
_HEAD_END = frozenset("that which who whose of for in with from on at to by and or".split())


def _body_role(role: str, name: str) -> bool:
    """Whether an apposition describes a body or a place by its head noun (lexicon
    BODY_DESCRIPTION_HEADS: "a campaign group calling for …", "a public elementary school")
    the name ``name`` can be (``_body_head``)."""
    head = ""
    for word in role.split()[1:]:
        w = word.lower()
        if w in _HEAD_END or w.endswith(("ing", "ed")) and head or word[:1].isupper():
            break  # "a group calling for", "the director Obama’s National Economic Council"
        head = "" if w.endswith(("'s", "’s")) else w  # "the party's candidate": a candidate
    return _body_head(head, name)


def _body_head(head: str, name: str) -> bool:
    """Whether a description's head ``head`` makes ``name`` a body: a head that fits a person
    too (lexicon PERSON_OR_BODY_HEADS: "a giant of the local music scene", "publisher Anna X")
    only for a name not opening on a given name ("technology giant Keller X", not "talk radio
    giant Lionel X")."""
    if head in PERSON_OR_BODY_HEADS:
        return name.split()[0].lower().strip(".") not in GIVEN_NAMES if name.split() else False
    return head in BODY_DESCRIPTION_HEADS


def _body_words_before(role: str, name: str) -> bool:
    """Role words before a name that describe a body, not a person: "chief of technology giant
    Keller X" (round 35, lane entity16: the company took its chief's "she"). Lower-case words
    only: "chairman of the Senate Intelligence Committee Richard X" names the body he chairs."""
    words = role.split()
    return all(w.islower() for w in words) and "of" not in words and _body_head(words[-1], name)


def collect_roles(lay: Layout, mentions: list[Mention]) -> None:
    """Appositions next to a name become roles of that mention."""
    masked = lay.masked
    for m in mentions:
        if m.role and _body_words_before(m.role, m.name):
            m.org = True
        if m.possessive:
            continue  # "Thornbury’s barrister, Lorcan X": the apposition is Lorcan's
        after = masked[m.end : m.end + 120]
        a = APPOS_AFTER_RE.match(after)
        if a:
            role = a.group(1).strip()
            if _body_role(role, m.name):
                # "Harbour Watch, a campaign group calling for …": a body (its role stays, the
                # description of "the group said")
                m.org = True
            if not report_base(role.split()[-1]) and not _clause_subject(role):
                m.role = (m.role + "; " if m.role else "") + role
        else:
            m.shown_role = _bare_apposition(after)
        sent = lay.sentence_at(m.start)
        # the apposition regex matches under 100 characters before the name: a window of 300,
        # not the whole sentence (a 2 MB paragraph is one "sentence"; the scan was quadratic)
        seg_start = max(sent.start, m.start - 300) if sent else max(0, m.start - 100)
        # "her husband, the sculptor Tobias Grell": the apposition precedes the prefix role
        before = masked[seg_start : m.begin]
        if before.endswith(", "):
            b = APPOS_BEFORE_RE.search(before)
            if b:
                role = b.group(1).strip()
                # a role ends in a common noun; "… in Lansing, Mich." is a place
                if len(role.split()) <= 9 and not role.split()[-1][:1].isupper() and not _fronted_text(role):
                    m.role = (m.role + "; " if m.role else "") + role
                    if _fronted(before[: b.start()], masked[m.end : m.end + 4]):
                        m.unshown_role = role


def _clause_subject(role: str) -> bool:
    """The phrase after "<name>, " is a new clause's subject and its reporting verb ("Taking to
    Twitter, the president said the party …", "After his address, the governor told …"), no
    apposition: read as the name's role, "the president" matched the platform or the speech and
    its quotations went to it or to no one (round 59, lane office60: tuning fresh18, a corpus
    scan, r300). A verb inside a relative clause keeps the role ("X, the senator who said …"),
    and so does a phrase with a capitalised word before its verb: "Turkey, the US and Saudi
    Arabia have agreed" is a list whose first name the reading as a role kept substantial, the
    issuer of a statement (tuning)."""
    words = role.split()
    for w in words[1:]:
        if w.lower() in SUBORDINATORS or not w.islower():
            return False
        if _reporting(w):
            return True
    return False


def _fronted_text(role: str) -> bool:
    """Whether a phrase before a name's comma is a text no document rule reads, no role
    ("According to the indictment, X lied …", "In light of the poll, X told …"): read as X's
    role, it resolved a later "The indictment says" to the defendant (round 35, lane issuer16:
    corpus text). A document noun stays ("In the memo, CBP officials said": the role makes the
    body a substantial subject, the memo's issuer; dropping it lost the issuer on the corpus)."""
    # (the role's head, not its last word: "The bank's director of analysis, Ann Lee," is a
    # role, which a later "the director said" needs; round 35, review of lane issuer16)
    return head_of(role).lower() in FRONTED_TEXT_NOUNS


def _bare_apposition(after: str) -> str | None:
    """The role in "X, director of the Y Trust," (no article), or None."""
    b = APPOS_BARE_RE.match(after)
    if not b:
        return None
    words = b.group(1).split()
    first = words[0]
    if first[:1].isupper() and (len(words) == 1 or words[1] in {"and", "or", "&"}
                                and not is_person_noun(first, ending_ok=False)):
        return None  # "X, Eastfield, said", "X, Jo Y and Z said": a place, a list of names
    if first.lower() in _PRONOUNS or first.islower() and first not in ROLE_PARTICIPLES and (
            report_base(first) or first.endswith(("ing", "ed"))):
        return None  # "X, he said", "X, making him the third …", "X, considered one of …"
    cut = next((k for k, w in enumerate(words) if k and _reporting(w)), len(words))
    role = role_phrase(" ".join(words[:cut]), body_ok=False)  # "…, chief of Y told the forum"
    # one person: "Trump, farmers and …" lists others
    return role if role and not _plural_head(role) else None


def _plural_head(role: str) -> bool:
    head = _bare_word(head_of(role))
    return head.endswith("s") and not head.endswith(("ss", "us"))


def _reporting(word: str) -> bool:
    """A reporting verb's finite form ("… unit told the forum"), not a noun that is also a
    verb's stem ("agent in charge", "Washington Post")."""
    return word.islower() and report_base(word) and (
        word.endswith(("ed", "s")) or word in {"said", "told", "wrote"})


def _bare_word(word: str) -> str:
    return word.lower().strip(".,;:’'")


_LAST_WORD_RE = re.compile(r"(\S+)\s*$")


def _fronted(before: str, after: str) -> bool:
    """The phrase before "<phrase>, X" is a fronted adverbial, not X's apposition: a word in
    lower case other than a reporting verb opens it, and X goes on as a subject
    ("Running against the first nominee, X won", "On his website, X wrote") rather than
    closing the apposition ("said the host, X." / "the group's founder, X, told").
    Corpus read (1,000 articles): 7 of 9 such descriptions were someone else's role or none."""
    w = _LAST_WORD_RE.search(before)
    if w is None or not w.group(1)[:1].islower() or report_base(w.group(1).strip(".,")):
        return False
    # "the current whip, Jo X of Illinois, to stay": a home state or party closes it too
    return not after[:1] in {",", ".", ";", ":", ")", "\n"} and not after.startswith(
        ("’s", "'s", " of ", " (", " from "))
