import json,re,sys
D={'big2':'/tmp/lead/big2/','big':'/tmp/lead/big/','random':'/tmp/speechscare50/random/'}
files={'big2':'/tmp/lead/big2-r50.jsonl','big':'/tmp/lead/big-r50.jsonl','random':'/tmp/speechscare50/random-before.jsonl'}
LAB=re.compile(r"^\s*(?:More:|MORE:|Related:|READ MORE:|-\s*)?\s*((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*):\s+(.*)$")
n=0
for f,p in files.items():
    for l in open(p):
        r=json.loads(l)
        if r['kind'] not in ('scare','term'): continue
        t=open(D[f]+r['id']+'.txt').read()
        ls=t.rfind('\n',0,r['s'])+1
        line=t[ls:r['s']]
        m=LAB.match(line)
        if m and len(m.group(2).split())>0:
            n+=1
            le=t.find('\n',r['e']); le=len(t) if le<0 else le
            print(f"{f}\t{r['id']}\t{r['s']}\t{r['kind']}\t{len(m.group(2).split())}\t{line}[[{r['text']}]]{t[r['e']:le][:80]}")
print(n,file=sys.stderr)
