# Round 38, lane orgpiece21: the scan and draw of part B of orgpiece21-sample.tsv (three steps run in one file, each reading the json the one before wrote).
import json,re,sys
from pathlib import Path
REPO=Path(__file__).resolve().parents[3]
sys.path.insert(0,str(REPO/'src')); sys.path.insert(0,str(REPO))
from onrecord.lexicon.classifier_reporting import CLASSIFIER_REPORTING
from onrecord.lexicon.reporting import REPORT_FORMS
from eval.real.tools.draws import judged_pairs, sample_files
judged=judged_pairs(sample_files(REPO/'eval/real/audit'))
# after the closing mark: up to 3 tokens, the name is capitalised tokens, then a lower-case -ed/-s verb
PAT=re.compile(r"[,.!?]?[”\"’']?\s+((?:[A-Z][\w’'.-]*\s+){1,3})([a-z]+(?:ed|s))\b")
hits=[]
for f,d in [("/tmp/lead/big-r37.jsonl","/tmp/lead/big"),("/tmp/lead/big2-r37.jsonl","/tmp/lead/big2")]:
    texts={}
    for l in open(f):
        r=json.loads(l)
        if r['id'] not in texts: texts[r['id']]=open(f"{d}/{r['id']}.txt").read()
        t=texts[r['id']]
        after=t[r['e']:r['e']+80]
        # find the closing mark at or just after e
        m0=re.match(r"[,.!?]?[”\"’']",after)
        if not m0: continue
        rest=after[m0.end():]
        m=re.match(r"\s+((?:[A-Z][\w’'.-]*\s+){1,3})([a-z]+(?:ed|s))\b",rest)
        if not m: continue
        name=m.group(1).strip(); verb=m.group(2)
        if name.split()[0] in {"The","A","An","But","And","In","On","It","He","She","They","We","I","This","That","If","When","As"}: continue
        sp=r['speaker']
        last=name.split()[-1]
        if sp and last in sp: continue
        hits.append(dict(id=r['id'],s=r['s'],e=r['e'],kind=r['kind'],speaker=sp,desc=r['desc'],name=name,verb=verb,inlist=verb in REPORT_FORMS,cls=verb in CLASSIFIER_REPORTING,split=d,judged=(r['id'],r['s']) in judged))
import collections
print(len(hits), collections.Counter(h['kind'] for h in hits), collections.Counter(h['inlist'] for h in hits), sum(h['judged'] for h in hits))
json.dump(hits,open('hits2.json','w'))
for h in hits: print(h['kind'],h['inlist'],h['name'],h['verb'],h['speaker'])
import json,re,collections
hits=json.load(open('hits2.json'))
out=[]
for h in hits:
    t=open(f"{h['split']}/{h['id']}.txt").read()
    inner=t[h['s']:h['e']].rstrip()
    after=t[h['e']:h['e']+3]
    endp = (inner[-1:] in ",?!—–-") or re.match(r"[,?!]",after) or not re.match(r"[.]", inner[-1:]+after[:1])
    if not endp: continue
    if h['verb'] in {"is","has","was","does","as","this","its","his","us"}: continue
    out.append(h)
print(len(out),collections.Counter(h['inlist'] for h in out),sum(h['judged'] for h in out))
json.dump(out,open('hits2b.json','w'))
for h in out:
    t=open(f"{h['split']}/{h['id']}.txt").read()
    print(h['kind'],h['inlist'],h['speaker'],'||',t[h['e']-30:h['e']+60].replace('\n',' / '))
import json,re,random
hits=json.load(open('hits2b.json'))
pool=[]
for h in hits:
    t=open(f"{h['split']}/{h['id']}.txt").read()
    gap=t[h['e']:h['e']+12]
    m=re.match(r"[,.!?]?[”\"’']?(\s+)",gap)
    if m and "\n" in m.group(1): continue
    if h['judged']: continue
    pool.append(h)
pool.sort(key=lambda h:(h['id'],h['s']))
print(len(pool))
draw=random.Random(20261271).sample(pool,min(60,len(pool)))
json.dump(draw,open('draw2.json','w'))
for i,h in enumerate(draw):
    t=open(f"{h['split']}/{h['id']}.txt").read()
    print(f"== B{i} {h['id']} {h['s']} {h['kind']} sp={h['speaker']} desc={h['desc']} inlist={h['inlist']}")
    print("   ",t[max(0,h['s']-250):h['e']+120].replace('\n',' / '))
