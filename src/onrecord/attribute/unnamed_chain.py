"""The unnamed person a he/she in a sentence refers to: the unnamed subject of the sentence
before ("A spokesman said …. He added …"), or of the one before that when the sentence between
names no one and holds no personal pronoun ("A party spokesman told us it checks the lists. But
that was not done for these calls. “…,” he said": the spokesman, not a body named further
back). Round 48, lane unnamed28: the chain broke after one sentence and the unnamed voice's
words went to the last named speaker."""

from __future__ import annotations

from typing import Any

from ..lexicon.function_words import SPEAKER_POINTERS


def unnamed_before(res: Any, sent_idx: int) -> str | None:
    """The unnamed subject a he/she of sentence ``sent_idx`` goes back to, or None."""
    unnamed = res.unnamed_subj.get(sent_idx - 1)
    if unnamed or sent_idx < 2:
        return unnamed
    sents = res.lay.sentences
    between, here, before = sents[sent_idx - 1], sents[sent_idx], sents[sent_idx - 2]
    if not before.para == between.para == here.para or any(
            res.lay.quotes[j].kind == "speech" for j in between.quotes):  # a term in marks names no voice
        return None
    if any(m.entity is not None for m in res.by_sentence.get(sent_idx - 1, [])):
        return None
    if any(e.kind != "org" for e in res.subj.get(sent_idx - 1) or []):
        # a person the article named, written by a role only ("A spokesman said …. The
        # minister, who took the post in March, toured the site. “…,” he said": the minister;
        # review39's near miss)
        return None
    if any(t.lower in SPEAKER_POINTERS for t in between.tokens):  # someone pointed back to in it
        return None
    return res.unnamed_subj.get(sent_idx - 2)


def carry_unnamed(res: Any, sent_idx: int, desc: str | None) -> None:
    """Record ``desc`` as the unnamed subject of sentence ``sent_idx`` too (its he/she was the
    unnamed one), so the next sentence's he/she stays that person; not when this sentence or the
    one before names a person, whom a later he may be ("When one pupil asked Mr X how …. He went
    on …. He said: “…”": Mr X; a corpus check of the first version made that one wrong)."""
    if not desc:
        return
    for k in (sent_idx - 1, sent_idx):
        if any(m.entity is not None and m.entity.is_person() for m in res.by_sentence.get(k, [])):
            return
    res.unnamed_subj.setdefault(sent_idx, desc)

