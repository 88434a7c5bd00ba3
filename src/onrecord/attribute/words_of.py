"""“…” credited by "in the words of X" (round 32, lane nulls13).

"… made the rival look, in the words of former mayor X, “…”" and "“…,” in the words of X":
the phrase names whose words stand right beside it, whatever the clause around says. Before,
the subject of the sentence's verb ("The campaign said she had made …") took them and, naming
nobody, left them null: one of 80 described nulls in a random sample of unannotated corpus
text, and about 200 such phrases next to quotation marks in the AllSides and BBC corpora. An
unnamed source ("in the words of one adviser", "of the report") is left to the other rules
(``_named``: the resolver gave such descriptions to the wrong person on corpus text)."""

from __future__ import annotations

from ..lexicon.function_words import CLAUSE_MARKERS, INDEFINITE_OPENERS
from ..thresholds.attribute import CONFIDENCE as C, NAME_WORDS
from .layout import Layout, Token
from .phrase import Surface, mention_phrase

_DASHES = frozenset({",", ":", "—", "–", "-"})


def _named(toks: list[Token], to_marks: bool) -> list | None:
    """The one name the tokens after "words of" give, up to a comma. When the phrase runs on
    to the marks (``to_marks``), what follows the name must be appositions ("X, director of
    the trust") and at most a short verb phrase ("in the words of X, amount to “…”"). A
    description ("one adviser", "the Journal's editorial page") is left to the other rules:
    on corpus text the resolver gave such descriptions to the wrong person ("one Trump
    adviser" became a named adviser)."""
    segments: list[list[Token]] = [[]]
    for t in toks:
        if t.text in _DASHES:
            segments.append([])
        else:
            segments[-1].append(t)
    segments = [g for g in segments if g]
    if not segments:
        return None
    if to_marks and not all(mention_phrase(g) or k == len(segments) - 1 and _short_lead(g)
                            for k, g in enumerate(segments[1:], 1)):
        return None  # "in the words of the head of the party, there are supporters who “…”"
    name = segments[0]
    if any(t.lower in CLAUSE_MARKERS for t in name) or name[0].lower in INDEFINITE_OPENERS:
        return None  # "in the words of one strategist helping to win back the House", "of one
        # prominent Saudi" (a country was named for the unnamed man: corpus text)
    parts = mention_phrase(name)
    if not parts or len(parts) != 1 or parts[0].kind != "name":
        return None
    before_of = name[: next((i for i, t in enumerate(name) if t.lower == "of"), len(name))]
    last_cap = next((t.text for t in reversed(before_of) if t.text[:1].isupper()), None)
    if last_cap is None or last_cap not in parts[0].text:
        return None  # "in the words of Dan Rather": "Rather" read as an adverb, "Dan" kept
    return parts


def _short_lead(toks: list[Token]) -> bool:
    """A few lower-case words between the credit and the marks ("that America was", "amount
    to"): no clause of its own."""
    return len(toks) <= NAME_WORDS.words_of_lead_tokens and all(t.text.islower() and t.lower not in CLAUSE_MARKERS for t in toks)


def _words_of_at(toks: list[Token], k: int) -> bool:
    """toks[k] is "of" after "words", with "the" (or his, her …) a few words before."""
    return k >= 2 and toks[k].lower == "of" and toks[k - 1].lower == "words" \
        and any(t.lower in {"the", "his", "her", "their"} for t in toks[max(0, k - NAME_WORDS.words_of_determiner_span) : k - 1])


def words_of_before(lay: Layout, left: list[Token]) -> Surface | None:
    """"in the words of X, “…”": the phrase ends right before the marks (a comma or colon
    between)."""
    j = len(left)
    while j and left[j - 1].text in _DASHES:
        j -= 1
    for k in range(j - 2, max(-1, j - NAME_WORDS.words_of_tokens - 2), -1):
        if _words_of_at(left, k):
            parts = _named(left[k + 1 : j], to_marks=True)
            return _surface(parts, "string: in the words of X, “…”")
    return None


def words_of_after(lay: Layout, r: list[Token]) -> Surface | None:
    """"“…,” in the words of X": the phrase opens right after the marks."""
    if len(r) < 4 or r[0].lower not in {"in", "the"}:
        return None
    k = next((i for i in range(1, min(len(r), NAME_WORDS.words_of_determiner_span + 2)) if _words_of_at(r, i)), None)
    if k is None:
        return None
    end = next((i for i in range(k + 1, len(r)) if r[i].text in {".", ";", "—", "–", "(", "!", "?"}), len(r))
    parts = _named(r[k + 1 : end], to_marks=False)
    return _surface(parts, "string: “…” in the words of X")


def _surface(parts: list | None, how: str) -> Surface | None:
    """A parenthetical credit: its speaker is no last speaker for a "she said" after it (on
    corpus text the next quotations of the woman the sentence was about went to the credited
    writer)."""
    return Surface(parts, "words of", how, C.words_of, aside=True) if parts else None
