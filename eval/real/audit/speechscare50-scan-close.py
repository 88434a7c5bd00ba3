import json,re,sys
D={'big2':'/tmp/lead/big2/','big':'/tmp/lead/big/','random':'/tmp/speechscare50/random/'}
files={'big2':'/tmp/lead/big2-r50.jsonl','big':'/tmp/lead/big-r50.jsonl','random':'/tmp/speechscare50/random-before.jsonl'}
VERB=r"(?:said|says|explained|explains|told|wrote|writes|added|adds|noted|notes|argued|argues|stated|states|claimed|claims|insisted|insists|warned|warns|declared|tweeted|reported|reports)"
CLOSE=re.compile(r"(?:,|—|--)\s*(?:according to\s+(?P<acc>[A-Z][^.!?\n]{0,60})|as\s+(?P<as>[^.!?\n,]{2,60}?)\s+"+VERB+r"\b|(?P<subj>[^.!?\n,“”\"]{2,60}?)\s+"+VERB+r"\b[^.!?\n]{0,60})\s*[.!?]?\s*$")
n=0
for f,p in files.items():
    for l in open(p):
        r=json.loads(l)
        if r['kind'] not in ('scare','term') or len(r['text'].split())>8: continue
        t=open(D[f]+r['id']+'.txt').read()
        after=t[r['e']:r['e']+400]
        m=re.match(r"[^\n]*?[.!?](?=\s|$)|[^\n]*", after[1:])
        # sentence rest: up to first sentence end not inside marks
        rest=after[1:].split('\n')[0]
        se=re.search(r'[.!?]["”’]?(?:\s|$)', rest)
        rest=rest[:se.end()].strip() if se else rest
        if '“' in rest or '"' in rest.replace(rest[:0],''):  # another quotation in the rest: skip
            pass
        mm=CLOSE.search(rest)
        if mm:
            n+=1
            before=t[max(0,r['s']-120):r['s']].split('\n')[-1]
            print(f"{f}\t{r['id']}\t{r['s']}\t{r['kind']}\t{(r['kev'] or [''])[0][:50]}\t{before}[[{r['text']}]]{rest}")
print(n, file=sys.stderr)
