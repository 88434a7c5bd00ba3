"""Per-cluster summaries, rebuilt from the occurrences after every (re)clustering: the longest
form as printed, the earliest appearance (date, outlet, document), every speaker with counts,
and the resolved most likely speaker."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from ..names import fullest, same_person

_CLUSTERS = """
INSERT INTO clusters(id, longest, forms, occurrences, outlets, first_published)
SELECT f.cluster_id,
       (SELECT o2.text FROM occurrences o2 WHERE o2.form_id = f.cluster_id
        ORDER BY length(o2.text) DESC, o2.id LIMIT 1),
       count(DISTINCT f.id), count(o.id), count(DISTINCT o.outlet), min(o.published)
FROM forms f JOIN occurrences o ON o.form_id = f.id
GROUP BY f.cluster_id
"""

# The first appearance: the earliest dated occurrence; undated ones come last, and among equal
# dates the document stored first (input order) wins, so the answer is the same on every run.
_FIRST = """
UPDATE clusters SET first_outlet = x.outlet, first_document_id = x.document_id
FROM (SELECT f.cluster_id AS cid, o.outlet, o.document_id,
             row_number() OVER (PARTITION BY f.cluster_id
                                ORDER BY o.published IS NULL, o.published, o.document_id, o.id) AS n
      FROM forms f JOIN occurrences o ON o.form_id = f.id) AS x
WHERE x.cid = clusters.id AND x.n = 1
"""

_SPEAKERS = """
SELECT f.cluster_id, o.speaker, count(*) FROM forms f JOIN occurrences o ON o.form_id = f.id
WHERE o.speaker IS NOT NULL AND o.speaker != '' GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2
"""


def resolve_speaker(counts: list[tuple[str, int]]) -> tuple[str | None, int]:
    """The most likely speaker of a cluster: mentions of one person ("Pelosi", "Nancy Pelosi")
    are pooled with ``names.same_person`` and the group with the most occurrences wins, named
    by its fullest form. Ties go to the name seen first in ``counts`` (most frequent)."""
    groups: list[list[tuple[str, int]]] = []
    for name, n in counts:
        for g in groups:
            if any(same_person(name, other) for other, _ in g):
                g.append((name, n))
                break
        else:
            groups.append([(name, n)])
    if not groups:
        return None, 0
    best = max(groups, key=lambda g: sum(n for _, n in g))  # max keeps the first of equals
    return fullest([name for name, _ in best]), sum(n for _, n in best)


def rebuild_clusters(conn: sqlite3.Connection) -> int:
    """Rebuild ``clusters`` and ``cluster_speakers`` inside the caller's transaction."""
    conn.execute("DELETE FROM clusters")
    conn.execute("DELETE FROM cluster_speakers")
    conn.execute(_CLUSTERS)
    conn.execute(_FIRST)
    by_cluster: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for cid, speaker, n in conn.execute(_SPEAKERS).fetchall():
        by_cluster[cid].append((speaker, n))
    conn.executemany("INSERT INTO cluster_speakers(cluster_id, speaker, count) VALUES (?,?,?)",
                     [(cid, s, n) for cid, rows in by_cluster.items() for s, n in rows])
    updates = []
    for cid, rows in by_cluster.items():
        name, n = resolve_speaker(rows)
        updates.append((name, n, cid))
    conn.executemany("UPDATE clusters SET speaker = ?, speaker_count = ? WHERE id = ?", updates)
    return conn.execute("SELECT count(*) FROM clusters").fetchone()[0]
