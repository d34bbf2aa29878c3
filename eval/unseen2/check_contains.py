import json, sys
D = "/work/main/eval/unseen2/documents/"
ok = True
for line in open("/work/main/eval/unseen2/qa-unseen2.jsonl", encoding="utf-8"):
    q = json.loads(line)
    assert set(q) == {"id","query","kind","doc","contains","figures","period","note","style"}, q["id"]
    if q["kind"] == "unanswerable":
        if q["doc"] or q["contains"] or q["figures"]:
            print("unanswerable with doc/contains/figures:", q["id"]); ok = False
        continue
    text = open(D + q["doc"], encoding="utf-8").read()
    if q["contains"] not in text:
        print("MISSING:", q["id"], q["contains"]); ok = False
    if not 30 <= len(q["contains"]) <= 90:
        print("LENGTH:", q["id"], len(q["contains"])); ok = False
    for f in q["figures"]:
        if f not in text:
            print("FIGURE MISSING:", q["id"], f); ok = False
print("ALL CHECKS PASSED" if ok else "CHECK FAILED")
sys.exit(0 if ok else 1)
