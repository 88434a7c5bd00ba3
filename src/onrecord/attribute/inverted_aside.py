"""An inverted credit set off as an aside before the quotation: "Finally, says X, the plan was
“…”", "Said X, Y “would …”", "Not once, answers X, “but …”", "…, says X, a professor at Z, that
does not mean “…”" (issue 11, round 57, lane nullpar57).

The verb comes before its speaker and both stand between commas (or open the sentence); the
clause after the aside has no verb of saying of its own up to the marks, so the aside is the
only credit of the words. Read in the "X said" order, the words before the verb took the
subject's place ("Not seven times", "Finally", nothing at all) and the quotation was left
null though the paragraph names its speaker (tuning splits: three such credits, each left
null; the random folder: one more). Only a name counts, as for the other asides
(as_credit.py): a description or a pronoun stays with the rules after this one. Never after
another quotation of the sentence ("“…,” says X, and the crowd roared its “…”": the aside
closes the words before it), never when the clause names a text that holds the words."""

from __future__ import annotations

from ..lexicon.reporting import INVERSION_BASES, report_base
from ..text.find import has_word
from ..thresholds.attribute import CONFIDENCE as C
from .cues import DOCUMENT_NOUNS
from .layout import Layout, Token
from .phrase import Part, Surface, _is_word, cue_text, mention_phrase

# a clause joined to the aside's sentence by a conjunction has a subject of its own
_COORDINATORS = frozenset({"and", "but", "or", "so", "yet"})
# punctuation an aside opens after
_ASIDE_OPENERS = frozenset({",", "—", "–"})


def inverted_aside_before(lay: Layout, left: list[Token]) -> Surface | None:
    """The name of an inverted aside (", says X," or an opening "Said X,") before the marks."""
    if not left:
        return None
    for i, t in enumerate(left):
        if not _inverted_verb_at(left, i):
            continue
        found = _name_and_close(left, i + 1)
        if found is None:
            return None
        name, close = found
        if i == 0 and not _named_before(lay, name, left[0].start):
            # "Said Okonkwo, …" with no Okonkwo before: "Said" may be his first name
            return None
        rest = [w for w in left[close + 1 :] if _is_word(w)]
        if rest and rest[0].lower in _COORDINATORS:
            return None
        if any(report_base(w.lower) or w.lower in DOCUMENT_NOUNS for w in rest):
            return None  # "…, says X, Y told the board “…”": Y's; "the sign read": the text's
        if _after_quotation(lay, left[0]):
            return None  # read last: it looks at every quotation of the article
        return Surface([name], cue_text(lay, left, i), "string: …, says X, … “…”", C.said_before)
    return None


def _inverted_verb_at(left: list[Token], i: int) -> bool:
    """A verb of an inverted credit at ``i``: after an aside's opening mark, or opening the
    sentence capitalised; never a participle ("…, saying X, …" is no credit)."""
    t = left[i]
    if not _is_word(t) or report_base(t.lower) not in INVERSION_BASES or t.lower.endswith("ing"):
        return False
    return i == 0 and t.text[:1].isupper() or i > 0 and left[i - 1].text in _ASIDE_OPENERS


def _name_and_close(left: list[Token], k: int) -> tuple[Part, int] | None:
    """The one name after the verb and the comma that closes it. What follows that comma may be
    an apposition ("says X, a professor at Y, that does not …") or already the clause ("says
    X, the plan was …"): the name is the same either way, and the words after the comma are
    all read for a verb of saying or a text of their own."""
    comma = next((j for j in range(k, len(left)) if left[j].text == ","), None)
    if comma is None or comma == k:
        return None
    parts = mention_phrase(left[k:comma])
    if not parts or len(parts) != 1 or parts[0].kind != "name":
        return None
    return parts[0], comma


def _named_before(lay: Layout, name: Part, start: int) -> bool:
    """The name's last word is written before ``start`` (the speaker was introduced)."""
    return has_word(lay.text, name.text.split()[-1], start)


def _after_quotation(lay: Layout, first: Token) -> bool:
    """Another quotation of the sentence closes before the words that precede the marks."""
    sent = lay.sentence_at(first.start)
    start = sent.start if sent is not None else first.start
    return any(start <= q.end <= first.start for q in lay.quotes)
