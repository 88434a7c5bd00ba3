"""A short fragment in marks under a verb of promising or urging whose subject names someone
is that someone's words when the fragment is more than a bare noun phrase (issue 11, round 47,
lane scarenamed28): "Mr Straw promised to ensure the rebate was “fully justified”", "Trump
urged the governors to “seriously consider” reopening", "Bush has pledged to introduce a
“tough” budget". fragment_kind kept every COMMISSIVE verb from speaking a fragment because a
promised thing is often named in marks ("has promised to convene a „…“", the dev set's proposed
name, a term; "The department vowed a “tech surge”"): such a name is a noun phrase, while an
adjective, an adverb or a verb in the marks is the speaker's own wording. Corpus scan (every
scare or term fragment after such a verb on big and big2, eval/real/audit/
scarenamed28-commissive.tsv): 7 right speech, the rest not under the verb, a group's, or names
("announced" a programme's name: left out of ``PLEDGING``)."""

from __future__ import annotations

from typing import Any

from ..lexicon.classifier_reporting import PLEDGING

# parts of speech that make the words in marks a wording of the speaker's, not a thing's name
_WORDING_POS = frozenset({"ADJ", "ADV", "VERB"})


def pledging(word: str) -> bool:
    """Whether ``word`` (lower case) is a verb of promising or urging whose fragment may be its
    subject's words."""
    return word in PLEDGING


def pledged_words(cue: Any, qtoks: list[Any]) -> bool:
    """Whether the fragment whose parsed tokens are ``qtoks`` is its subject's words under the
    verb ``cue``: a PLEDGING verb and some adjective, adverb or verb inside the marks (a bare
    noun phrase, "a “flood audit”", stays the name of the thing promised). The verb must have a
    subject of its own: "Ann Vale has given $1m to the fund and actor Ben Roe pledged a “…”
    gift" hung "pledged" off "given" and lent it Vale (corpus check of this rule)."""
    return pledging(cue.lower_) and any(c.dep_ == "nsubj" for c in cue.children) \
        and any(t.pos_ in _WORDING_POS for t in qtoks if not t.is_punct)
