"""Checks a blind question set against its documents: python3 eval/check_set.py eval/unseen2

Every non-empty `contains` must appear word for word in its `doc` and be 30 to 90 characters;
every `figures` entry must appear in the doc; unanswerable rows carry no doc, contains or figures.
"""
import json, os, sys

folder = sys.argv[1]
name = os.path.basename(os.path.normpath(folder))
docs = os.path.join(folder, "documents")
ok = True
for n, line in enumerate(open(os.path.join(folder, f"qa-{name}.jsonl"), encoding="utf-8"), 1):
    q = json.loads(line)
    if set(q) != {"id", "query", "kind", "doc", "contains", "figures", "period", "note", "style"}:
        print(f"line {n}: unexpected fields in {q.get('id')}"); ok = False; continue
    if q["kind"] == "unanswerable":
        if q["doc"] or q["contains"] or q["figures"]:
            print("unanswerable with doc/contains/figures:", q["id"]); ok = False
        continue
    text = open(os.path.join(docs, q["doc"]), encoding="utf-8").read()
    if q["contains"] not in text:
        print("MISSING:", q["id"], q["contains"]); ok = False
    if not 30 <= len(q["contains"]) <= 90:
        print("LENGTH:", q["id"], len(q["contains"])); ok = False
    for f in q["figures"]:
        if f not in text:
            print("FIGURE MISSING:", q["id"], f); ok = False
print("ALL CHECKS PASSED" if ok else "CHECK FAILED")
sys.exit(0 if ok else 1)
