"""Words typed into a search: a quotation right after "search(es) for", "searched for" or
"search results for/on" is the query, words mentioned as words, a term.

"Google search results for “Harbour News” show only …": the title-case reading after "on" typed
such a query title (a programme) and a reporting verb in the sentence typed it speech; but no one
says the words and they name no work — they are what was typed. Round 44, lane titles27: fresh15's
"Google search results for “Trump News”" (typed speech by a reporting verb after it) and the
same query in another article on big2 (speech under "tweets"); four more queries on big ("Google
searches for “free tax filing”") were already terms by other rules.
"""

from __future__ import annotations

import re

from ..thresholds.extract import SEARCH_CUE_LEFT_CHARS
from .bounds import decides
from .reading import Decision, _Reading

# The reason this rule writes: a query keeps its kind when a title rule reads the same words
# elsewhere in the article (title_echo._OWN_CUE: fresh15's "results on “Trump News”", typed a
# programme after "on", retyped the searched words title).
SEARCH_QUERY = "the words of a search"
# "search for", "searches for", "searched on", "search results for", "search queries for",
# right before the opening mark (the left clause ends on the mark's space, if any).
_SEARCH_BEFORE = re.compile(r"\bsearch(?:es|ed|ing)?(?:\s+(?:results|queries|terms?))?\s+(?:for|on)\s*$", re.IGNORECASE)


@decides(1, "bare_title_max_words", needs_left=True)
def _search_query(r: _Reading) -> Decision | None:
    """Words in marks right after a search's "for"/"on", unflagged, at most a short line long
    (a whole quoted sentence after "searched for" may still be someone's words)."""
    if r.ctx.flagged or r.n > r.opts.bare_title_max_words or r.text.rstrip()[-1:] in "?!":
        return None
    m = _SEARCH_BEFORE.search(r.left[-SEARCH_CUE_LEFT_CHARS:])
    if m is None:
        return None
    return "term", [f"{SEARCH_QUERY} after '{m.group(0).strip()}': a query, mentioned"]
