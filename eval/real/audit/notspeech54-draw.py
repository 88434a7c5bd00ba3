import json, random, sys, csv, glob
sys.path.insert(0,'eval/real/tools')
import draws
done=set()
for f in glob.glob('eval/real/audit/*-sample.tsv'):
    for row in csv.reader(open(f), delimiter='\t'):
        if len(row)>2: done.add((row[0], row[1])); done.add((row[0],row[2]))
rows=[json.loads(l) for l in open('/tmp/notspeech54/before.jsonl')]
pool=[r for r in rows if r['kind'] in ('scare','term','title') and (r['id'],str(r['s'])) not in done]
print(len(rows), len(pool))
from collections import Counter; print(Counter(r['kind'] for r in pool))
smp=random.Random(54054).sample(pool,60)
smp.sort(key=lambda r:(r['id'],r['s']))
json.dump(smp, open('/tmp/notspeech54/smp.json','w'))
