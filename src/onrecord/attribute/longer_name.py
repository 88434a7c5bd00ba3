"""Who speaks when the speaker found is a piece of a longer name (name_shape.cut_from_longer_name).

Round 38, lane orgpiece21: of the 22 speech quotations of 1,574 corpus articles left null because
their speaker was "a piece of a longer name the article always writes whole", 8 were a body's
words ("… warned the aid group Save the Children", "a statement from Samaritan’s Purse said",
"Access Now said in a statement") and 5 a person's whose credit opens on a body's name ("said
Focus on the Family Senior Vice President Tom Minnery", "added Ernst and Young's Sanjay Mehta").
The other 9 were pieces of a place, a law's section or a link line, or the longer name was
written a paragraph away from words someone else said: those stay null.

So the whole name is read only where it is written in the quotation's own paragraph, outside
quotation marks, nearest the quotation, and:
1. a person's name closing it (two or more capitalised words after an office word, a body's head
   noun or a possessive, or opening on a listed given name) is the speaker;
2. else the whole name is the speaker when it is a body's: not followed by a number or a colon
   ("Gate 11", "Section 2707(b)", a link line's "Capitol Report:"), nor by a group noun
   ("Customs and Border Protection officials said": the officials, a group, speak).
"""

from __future__ import annotations

import re

from ..lexicon.function_words import PASSING_PREPOSITIONS, ROLE_COMPLEMENT_PREPOSITIONS
from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.groups import BODY_NAME_HEADS, GROUP_NOUNS
from ..lexicon.heads import GENERIC_HEADS, NOT_BODY_NAME_ENDINGS
from ..lexicon.places import is_place
from ..lexicon.reporting import report_base
from ..lexicon.titles import OFFICE_QUALIFIERS, TITLE_AFFIXES, TITLE_WORDS
from .layout import Layout
from .mentions import common_words

_CAP = r"[A-Z][\w’'&-]*"
# a run of capitalised words and the joining words of a body's name ("Focus on the Family",
# "Save the Children", "Ernst and Young's"); a possessive joins too
_RUN = re.compile(_CAP + r"(?:(?:[’']s)?(?:[ \t]+(?:of|and|on|the|for|de|&))*[ \t]+" + _CAP + r")*")
_JOINERS = frozenset({"of", "and", "on", "the", "for", "de", "&"})
# words after which a person's name in the run begins: an office ("Senior Vice President Tom
# X") or a body's head noun ("… Intelligence Committee Adam X")
_BEFORE_PERSON = TITLE_WORDS | OFFICE_QUALIFIERS | TITLE_AFFIXES | BODY_NAME_HEADS
# a body after one of these is where words went or whom they are about, not who said them
# ("tried to bring the “false” story to The Washington Post": the paper is the story's
# destination; the first version gave it the word). Not "from", "by", "with": "a statement
# from Samaritan’s Purse said", "an interview with X" introduce a speaker.
_OBJECT_PREPOSITIONS = (ROLE_COMPLEMENT_PREPOSITIONS | PASSING_PREPOSITIONS) - {"from", "by", "with"}


def whole_name_speaker(lay: Layout, start: int, piece: str) -> str | None:
    """The speaker the longer name holding ``piece`` names near the quotation at ``start``: a
    person its credit closes on, or the body itself; None when it names neither."""
    run = _nearest_run(lay, start, piece)
    if run is None or not _credits(lay, run):
        return None
    words = re.findall(r"[\w’'&.-]+|[’']s\b", lay.text[run.start() : run.end()])
    person = _person_closing(run.group(0))
    if person is not None:
        return person
    return run.group(0).rstrip(".") if _body_name(lay, run, words) else None


# after the whole name: an aside (", D-Calif.,") and an adverb may stand before the verb
_AFTER = re.compile(r"(?:,[^,\n]{1,40},)?[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+)?([a-z]+)")
# before it: up to four words of description ("aid group", "a statement from", "the")
_BEFORE = re.compile(r"\b([a-z]+)[ \t]+(?:[\w-]+[ \t]+){0,4}$")


def _credits(lay: Layout, run: re.Match) -> bool:
    """The whole name is the credit's own: a reporting verb follows it ("Save the Children
    warned", "a statement from Samaritan’s Purse said", "Adam X, D-Calif., said") or stands
    just before it ("said Focus on the Family Senior Vice President Tom X", "added Ernst and
    Young's Sanjay X"). A whole name elsewhere in the sentence is someone spoken about: one
    never-read split lost a right null to the first version, which took any such name."""
    after = _AFTER.match(lay.masked, run.end())
    if after is not None and report_base(after.group(1)):
        return True
    before = lay.masked[max(0, run.start() - 50) : run.start()]
    lead = re.search(r"(?:^|[“”\",.;:])[ \t]*((?:[\w-]+[ \t]+){0,5})$", before)
    first = lead.group(1).split()[:1] if lead else []
    return bool(first) and report_base(first[0]) is not None


def _nearest_run(lay: Layout, start: int, piece: str) -> re.Match | None:
    """The run of capitalised words holding ``piece`` in the quotation's sentence, or in the
    sentence before when that one holds a quotation too (the credit of "“…,” said X. “…”"),
    outside quotation marks (the masked text), nearest the quotation. Not further: "The
    exemplar is Joan of Arc, …. “…,” the editor writes" (the first version gave Joan the
    editor's words; a paper a paragraph above "the Democrat's office said" the same)."""
    spans = _credit_spans(lay, start)
    piece_re = re.compile(r"(?<![\w’'.-])" + re.escape(piece.rstrip(".")) + r"(?![\w’'-])")
    runs = [m for a, b in spans for m in _RUN.finditer(lay.masked, a, b)
            if len(m.group(0).split()) > len(piece.split()) and piece_re.search(m.group(0))]
    return min(runs, key=lambda m: abs(m.start() - start), default=None)


def _credit_spans(lay: Layout, start: int) -> list[tuple[int, int]]:
    sent = lay.sentence_at(start)
    if sent is None:
        return []
    spans = [(sent.start, sent.end)]
    before = lay.sentences[sent.index - 1] if sent.index > 0 else None
    if before is not None and before.para == sent.para and before.quotes:
        spans.append((before.start, before.end))
    return spans


def _person_closing(run: str) -> str | None:
    """"Focus on the Family Senior Vice President Tom Minnery" -> "Tom Minnery"; "Ernst and
    Young's Sanjay Mehta" -> "Sanjay Mehta"; "Ranking Member of the House Intelligence Committee
    Adam Schiff" -> "Adam Schiff": two or more capitalised words closing the run after an
    office word, a body's head noun or a possessive, or from a listed given name on."""
    head, _, tail = run.rpartition("'s ") if "'s " in run else run.rpartition("’s ")
    words = tail.split()
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _JOINERS | _BEFORE_PERSON), default=0)
    name = words[cut:]
    if cut == 0 and not head:
        given = next((i for i, w in enumerate(words) if w.lower() in GIVEN_NAMES), None)
        if given is None or given == 0:
            return None  # the run's own first word is no person's given name ("Grace" of a body)
        name = words[given:]
    if len(name) < 2 or not head and name[0].lower() not in GIVEN_NAMES:
        return None  # "The House and Senate Judiciary Committees": no person closes it
    return " ".join(name).rstrip(".,")


def _body_name(lay: Layout, run: re.Match, words: list[str]) -> bool:
    before = re.search(r"(\w+)[ \t]+$", lay.masked[max(0, run.start() - 20) : run.start()])
    if before and before.group(1).lower() in _OBJECT_PREPOSITIONS:
        return False
    after = lay.masked[run.end() : run.end() + 40]
    nxt = re.match(r"[ \t]*(\S+)", after)
    if after[:1] in ":(" or nxt and (nxt.group(1)[:1].isdigit() or nxt.group(1).lower().strip(",.") in
                                     GROUP_NOUNS | GENERIC_HEADS):
        return False  # "Gate 11", "Section 2707(b)", "Capitol Report:", "… Protection officials"
    if re.match(r"The[ \t]+[A-Z][\w-]*[’']s[ \t]", run.group(0)):
        return False  # a thing a body owns: "The House’s Code of Conduct requires … “…”"
    lower, _ = common_words(lay)
    sent = lay.sentence_at(run.start())
    if sent is not None and not lay.masked[sent.start : run.start()].strip(" \t\"“‘'") and words[0].lower() in lower:
        return False  # a common word opening the sentence: "Perhaps the Bushes downplayed …"
    if any(report_base(w) for w in words[1:]):
        return False  # a title-case heading, no name: "Doctor Argues Keeping Schools Shut"
    if words[-1].rstrip(".") in NOT_BODY_NAME_ENDINGS or is_place(run.group(0)):
        return False
    return True
