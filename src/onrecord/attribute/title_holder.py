"""The person named right after (or at the end of) a role the name finder cut off as a
description of its own: "Secretary of State <Name> touted “…”" (description "Secretary of"),
"Chairman of the <Committee> <Name> MP, said:" ("Chairman"), "said a proud coach <Name>" (the
description holds the name), "As my colleague <Name> points out, “…”".

``Resolver._unresolved_role`` left these null: the role alone names no one the article knows,
and the name after it was never read (round 42, lane census25s: four of fresh14's speaker
errors; on big + big2 "host of <a show> <Name>" twice, "Chairman of <a committee> Rep. <Name>",
"member of Congress <Name>", "my colleague <Name>" twice, "the public-health expert <Name>").
Only a run of capitalised words that the article's entities know as a person is taken, and
never a name joined to another by "and" ("pollsters <A> and <B>": two speakers), the object of
"for" ("A lawyer for <a company>") or a body inside the role ("one Border Patrol supervisor")."""

from __future__ import annotations

import re
from typing import Any, Callable

from ..lexicon.function_words import ROLE_COMPLEMENT_PREPOSITIONS
from ..lexicon.titles import TITLE_WORDS
from ..thresholds.subjects import SUBJECTS

# what may follow a cut-off role before its holder's name: "of the House Oversight and
# Government Reform Committee Rep.", "of ESPN's SportsCenter"; never across a line ("… says
# ex-aide" in a headline, then "Chancellor <Name> will …": ext, the chancellor given his
# aide's words)
_RUN_AFTER = re.compile(r"(?:[ \t\xa0]+(?:of|for|the|and|at|on|[A-Z][\w.&'’-]*))*")
# the words a holder's name never follows besides a role's preposition (``_titled_object``,
# which also reads "A lawyer for Columbus Nova told …" as the client; big2): "the" (a body's
# name) and "and" (the second of two names)
_NOT_BEFORE = frozenset({"the", "and"})
_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+|(?:[A-Z]\.){1,3}")


def holder_named_at(text: str, part: Any, entity_for_name: Callable[[str], Any]) -> Any | None:
    """The person entity named at the end of the role ``part`` or right after it, or None."""
    end = part.start + len(part.text)
    if text[part.start:end] != part.text:
        return None
    run = (part.text + _RUN_AFTER.match(text, end).group(0)).split()
    role_words = len(part.text.split())
    for j in range(len(run), 1, -1):
        for k in SUBJECTS.holder_name_words:
            i = j - k
            if i < 1 or not all(_NAME_WORD.fullmatch(w) for w in run[i:j]):
                continue
            if run[i - 1].lower() in _NOT_BEFORE or run[j:j + 1] == ["and"] or j < role_words \
                    or _titled_object(run, i):
                # "<A> and <B>": two people; "A lawyer for <client>": the object of the role;
                # "at least one Border Patrol supervisor": a body inside the role, not its end
                continue
            e = entity_for_name(" ".join(run[i:j]))
            if e is not None and e.kind != "org" and (e.is_person() or e.person_like()):
                return e
    return None


def _titled_object(run: list[str], i: int) -> bool:
    """The name at ``run[i]``, after any titles of its own, follows a preposition of the role:
    "a lawyer for Governor <Name>", "an aide to Senator <Name>" name the client, not the one
    speaking (review34, round 42's review: the word before the name was the client's title, so
    the guard above let the client through; "to" and "with" were never in it). "Chairman of
    the <Committee> Rep. <Name>" keeps its holder: the committee's name stands between."""
    k = i - 1
    while k > 0 and run[k].lower().rstrip(".") in TITLE_WORDS:
        k -= 1
    return run[k].lower() in ROLE_COMPLEMENT_PREPOSITIONS
