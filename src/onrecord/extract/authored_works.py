"""Title rules of ``KIND_RULES`` (extract/classify.py) that read a work by what is written
around its name, not by its shape alone: the appositive naming it after the marks ("“…,” a
novel about …"), its author after "by" ("“…” by Mira Kells"), a verb of writing or a part of a
work before it ("who wrote “…”", "the villain in “…”"). Split out of title_rules.py in round
57's read-through (it stood at 495 of its 500 lines)."""

from __future__ import annotations

import re

from .bounds import decides
from .lexicon import WORK_NOUNS
from .reading import Decision, _Reading
from .title_rules import _NOT_WORK_NAMES


# The end of a noun phrase after a work noun: punctuation, the end of the text, or a word
# that starts what is said about the work ("a novel about …", "her debut album, released …"),
# not a noun it modifies ("“…,” a campaign group said": the group speaks).
_WORK_NOUN_ENDS = (
    r"(?=\s*(?:[^\w\s]|$|(?:about|by|of|that|which|from|in|on|with|for|released|published|"
    r"written|directed|starring|due|set|out)\b))"
)
# Right after the closing mark: an appositive naming the work ("“…,” a novel about …", "“…,”
# her debut album", "“…” - the band's new single").
_WORK_APPOSITIVE = re.compile(
    r"^\s*(?:[,\u2013\u2014-]\s*)?(?:a|an|the|his|her|their|its|our|my|[A-Z][\w.&\-]*(?:[\u2019']s|s[\u2019']))\s+"
    r"(?:[\w\-\u2019']+\s+){0,3}?(?P<noun>[a-z][\w\-]*)" + _WORK_NOUN_ENDS
)


@decides(max_words="bare_title_max_words")
def _work_in_apposition(r: _Reading) -> Decision | None:
    """Title case named as a work by the appositive after it: '“Lanterns at Dusk,” a novel
    about …', '“Quiet Harbour,” her debut album' (real news, corpus audit of titles read as
    speech: a title that ends in a comma looked like a whole sentence)."""
    if not r.name_case or r.ctx.flagged or r.n > r.opts.bare_title_max_words:
        return None
    m = _WORK_APPOSITIVE.match(r.right)
    separated = r.text.rstrip()[-1:] == "," or r.right.lstrip()[:1] in ",\u2013\u2014-"
    if m and separated and m.group("noun") in WORK_NOUNS and m.group("noun") not in _NOT_WORK_NAMES:
        return "title", [f"title case named by the appositive after it (a {m.group('noun')})"]
    return None


# "by" and a capitalised name right after the closing mark: a work and its author or
# performer ("“The Salt Road” by Mira Kells", "“…,” by David Maraniss").
_BY_AUTHOR = re.compile(r"^[,.]?\s+by\s+(?:[A-Z][\w.\-\u2019']*\s+){0,3}[A-Z][\w.\-\u2019']*")
# Before the marks: a verb whose agent "by" names ("was described as “…” by", "hailed as",
# "called “…” by"): the words are the agent's, not a work's name.
_AGENT_VERB_BEFORE = re.compile(
    r"\b(?:as|called|dubbed|named|labell?ed|branded|termed|deemed|described|is|are|was|were|been|being)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


@decides(max_words="bare_title_max_words")
def _work_by_author(r: _Reading) -> Decision | None:
    """Title case followed by 'by' and a name, with no verb that takes an agent before the
    marks: a work and its author ('his own version of “Let’s Stay Together” by Al Green';
    corpus audit of AllSides title-case quotations read as speech)."""
    if not (r.name_case and not r.ctx.flagged and r.n <= r.opts.bare_title_max_words
            and _BY_AUTHOR.match(r.right)):
        return None
    if _AGENT_VERB_BEFORE.search(r.left):
        return None
    return "title", ["title case followed by 'by' and a name (a work and its author)"]


# Right before the opening mark: writing a work, or a part or version of a work ("who wrote
# “The Fountainhead”", "wrote in “Did … ?”", "the villain in “Fatal Attraction”", "a cover of").
_WORK_OF = re.compile(
    r"\b(?:(?:co-?)?wrote(?:\s+in)?|writes\s+in|writing\s+in|penned|authored|author\s+of|"
    r"character\s+in|villain\s+in|hero\s+in|role\s+in|roles\s+in|scene\s+in|star\s+of|starring\s+in|"
    r"version\s+of|cover\s+of|sequel\s+to|remake\s+of|adaptation\s+of|"
    r"appeared\s+in|appears\s+in|appearing\s+in|cameo\s+in|"
    # a speaker's words found in a work: 'Dick Cheney says in “The World According to …”'
    # (not any "in": 'a labour shortage in “Old Europe”' is a nickname of a place)
    r"(?:says|said|argues|argued|notes|noted|explains|explained|recalls|recalled|writes)\s+in)\s$",
    re.IGNORECASE,
)


@decides(max_words="bare_title_max_words", needs_left=True)
def _writing_a_work(r: _Reading) -> Decision | None:
    """Title case right after a verb of writing with no comma ('who wrote “The Tin Orchard”'
    names the book; 'She wrote, “We Are Ready.”' quotes her) or after a part of a work ('the
    villain in “Glass Harbor”'): the name of a work (AllSides corpus audit: read as speech)."""
    if not r.name_case or r.ctx.flagged or r.n > r.opts.bare_title_max_words:
        return None
    m = _WORK_OF.search(r.left[-40:])
    if m:
        return "title", [f"title case right after '{m.group(0).strip()}' (writing or a part of a work)"]
    return None


# Right before the opening mark: the author of a work ("the best-selling author of “…”",
# "co-author of “…”"); nothing else names a book so plainly.
_AUTHOR_OF = re.compile(r"\b(?:co-?)?author\s+of\s$", re.IGNORECASE)


@decides(max_words="title_max_words", needs_left=True)
def _authors_work(r: _Reading) -> Decision | None:
    """A capitalised quotation right after "author of" names the author's book, whatever its
    length: one capitalised word, which title case cannot show ('the author of “Tides.”'), or
    a full name with a subtitle past a bare title's length (round 60, lane kind61: two tuning
    golds typed term and speech; every other quotation after "author of" on tuning and on the
    lane's random folder was a title already). ``_writing_a_work`` takes the bare titles."""
    if r.ctx.flagged or r.n > r.opts.title_max_words or r.cue is not None or not _AUTHOR_OF.search(r.left[-40:]):
        return None
    if r.n == 1:
        if not r.words[0][:1].isupper():
            return None
        return "title", ["one capitalised word right after 'author of' (the author's book)"]
    if not r.title_case:
        return None
    return "title", ["title case right after 'author of', past a bare title's length (the author's book)"]
