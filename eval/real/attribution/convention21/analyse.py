"""The twenty-first session's convention check (eval/real/attribution/convention21/): two
readers judged, blind to the gold and to onrecord, the kind of 60 of onrecord's kind errors on
the tuning sets (census25k's T_VERB, T_SCARE, C_TERM: gold term typed speech or scare, gold
scare typed term) and 60 controls where onrecord and the gold agree (20 term, 15 scare, 25
speech of at most four words; seed 20261410), under the written conventions (brief.md). Prints,
per group, how often both readers side with the gold, with onrecord, or with neither.

    python eval/real/attribution/convention21/analyse.py
"""
import json, csv, collections, math
from pathlib import Path
HERE = Path(__file__).resolve().parent
key = {it['n']: it for it in json.load(open(HERE / 'key.json', encoding='utf-8'))}
R = {}
for r in 'PQ':
    R[r] = {int(x['n']): x for x in csv.DictReader(open(HERE / f'reader-{r}.tsv', encoding='utf-8'), delimiter='\t')}
def wilson(k, n, z=1.96):
    if not n: return (0, 0)
    p = k / n; d = 1 + z*z/n; c = p + z*z/(2*n); h = z*math.sqrt(p*(1-p)/n + z*z/(4*n*n))
    return ((c-h)/d, (c+h)/d)
out = collections.defaultdict(collections.Counter)
for n, it in key.items():
    if n not in R['P'] or n not in R['Q']: continue
    a, b = R['P'][n]['kind'].strip(), R['Q'][n]['kind'].strip()
    grp = 'error' if it['group'].startswith('error') else 'control'
    sub = it['group']
    for g in sorted({grp, sub, grp + ":" + it["gold"]}):
        c = out[g]; c['n'] += 1
        c['readers_agree'] += a == b
        c['both_gold'] += a == b == it['gold']
        c['both_ours'] += a == b == it['ours']
        c['both_other'] += a == b and a not in (it['gold'], it['ours'])
        c['split'] += a != b
        c['P_gold'] += a == it['gold']; c['Q_gold'] += b == it['gold']
for g, c in sorted(out.items()):
    n = c['n']
    print(f"{g:16} n={n:3}  readers agree {c['readers_agree']}/{n}; both = gold {c['both_gold']} ({wilson(c['both_gold'],n)[0]:.2f}-{wilson(c['both_gold'],n)[1]:.2f}), both = onrecord {c['both_ours']}, both other {c['both_other']}, readers split {c['split']}; P = gold {c['P_gold']}, Q = gold {c['Q_gold']}")
