#!/usr/bin/env python3
"""Score kqreader on scanned Aanhangsel pages (1965-1995) against labels written by reading them.

    python tests/evaluation/sgd_check.py .venv/bin/kqreader                                  # the dev labels
    python tests/evaluation/sgd_check.py .venv/bin/kqreader --expected tests/sgd/expected_heldout.json

The shape of ../shared/tools/real_check.py, for pages that hold several items: each page is imported alone into a
fresh database, and each labelled item is looked up among its dossiers by id (a page gives one dossier per item).
The checks are real_check's (id, askers, dates, question count, answer groups, the first and last words of answers
and questions, no footnote or page furniture inside a text; texts compared by their letters only), and for these
pages also: the Mededeling (its kind and date) where an item is only one, a doubt that the page ends inside an item
that goes on on the next page, and no dossier the labels do not name; where the labels count an item's footnotes
or list the sets it names (the held-out labels do), the footnote texts kept beside the texts and each named
Aanhangsel set or zaaknummer among the sets the item's texts and footnotes name. A label without id (the rest of an
item begun on the page before, whose number the page does not print) is looked up among the dossiers kqreader names
"vervolg-…" for such a part, in page order. The labels' conventions: tests/sgd/README.md (the held-out labels'
fields `page_edge` and `notice_date`: tests/sgd/README_heldout.md).
Prints a score per check kind and the total; every failed check goes to the log.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict

from kqreader.facts.mentions import named_sets, record_text
from kqreader.model import ZAAKNUMMER

ZAAK = re.compile(ZAAKNUMMER)
here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("kqreader")
ap.add_argument("--root", default=os.path.join(here, "..", "..", "..", "shared", "corpus", "sgd"))
ap.add_argument("--expected", nargs="+", default=[os.path.join(here, "..", "sgd", "expected_dev.json")])
ap.add_argument("--log", default=os.path.join(tempfile.gettempdir(), "sgd_check.log"))
args = ap.parse_args()


def letters(s):
    s = unicodedata.normalize("NFKC", s or "").replace("\ufffe", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if c.isalpha())


def run(*a, timeout=120):
    return subprocess.run([args.kqreader, *a], capture_output=True, text=True, timeout=timeout)


def same_askers(got, want):
    if len(got) != len(want):
        return False
    left = list(got)
    for w in want:
        hit = next((g for g in left if g[0].endswith(w[0]) and g[1] == w[1]), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _parts(d):
    """A dossier's questions and their answers (the places a footnote is kept)."""
    for q in d.get("questions", []):
        yield q
        yield from (q[k] for k in ("answer", "further") if q.get(k))


def check(e, d):
    out = [("imported", bool(d), "no dossier with this id")]
    if e.get("askers") is not None:
        got = [(letters(a.get("name")), letters(a.get("party"))) for a in d.get("askers", [])]
        want = [(letters(n), letters(p)) for n, p in e["askers"]]
        out.append(
            (
                "askers",
                same_askers(got, want),
                f"{[(a.get('name'), a.get('party')) for a in d.get('askers', [])]} != {e['askers']}",
            )
        )
    for k in ("submitted", "answered"):
        if e.get(k) is not None or (k == "answered" and e.get("kind") == "aanhangsel-notice"):
            out.append((k, d.get(k) == e.get(k), f"{d.get(k)} != {e.get(k)}"))
    for name in e.get("answered_by") or []:
        who = letters(" ".join(d.get("answered_by") or []))
        out.append(("answered_by", letters(name) in who, f"{name} not in {d.get('answered_by')}"))
    qs = {q.get("number"): q for q in d.get("questions", [])}
    if e.get("questions"):
        out.append(("question count", len(qs) == e["questions"], f"{len(qs)} != {e['questions']}"))
    if e.get("groups"):
        want = {n: sorted(g) for g in e["groups"] for n in g}
        got = {n: sorted(((qs.get(n) or {}).get("answer") or {}).get("covers") or []) for n in want}
        out.append(("answer groups", got == want, f"{got} != {want}"))
    for a in e.get("answers", []):
        if not a.get("covers"):  # an answer whose questions the page does not show: nothing to look it up by
            continue
        t = letters(((qs.get(a["covers"][0]) or {}).get("answer") or {}).get("text"))
        if "start" in a:
            out.append(("answer start", bool(t) and t.startswith(letters(a["start"])), f"{a['covers']} got {t[:60]!r}"))
        if "end" in a:
            out.append(("answer end", bool(t) and t.endswith(letters(a["end"])), f"{a['covers']} got ...{t[-60:]!r}"))
    for kind, table in (("start", e.get("question_starts") or {}), ("end", e.get("question_ends") or {})):
        for n, s in table.items():
            t = letters((qs.get(int(n)) or {}).get("text"))
            good = bool(t) and (t.startswith(letters(s)) if kind == "start" else t.endswith(letters(s)))
            out.append(
                (f"question {kind}", good, f"{n} got {t[:60]!r}" if kind == "start" else f"{n} got ...{t[-60:]!r}")
            )
    if e.get("leaks") and d:
        blob = letters(
            " ".join(
                (q.get("text") or "") + " " + ((q.get("answer") or {}).get("text") or "")
                for q in d.get("questions", [])
            )
        )
        bad = [x for x in e["leaks"] if len(letters(x)) >= 8 and letters(x) in blob]
        out.append(("no footnote or furniture inside a text", not bad, f"leaked {bad}"))
    notices = [(n.get("kind"), n.get("date")) for n in d.get("notices", [])]
    if e.get("notice"):
        label = e["notice"] if isinstance(e["notice"], dict) else {"kind": e["notice"]}
        good = any(n[0] == label.get("kind") and label.get("date") in (None, n[1]) for n in notices)
        out.append(("mededeling", good, f"{notices} lacks {label}"))
    elif e.get("notice_date"):  # the held-out labels' form: the Mededeling's date only
        out.append(
            ("mededeling", any(n[1] == e["notice_date"] for n in notices), f"{notices} lacks {e['notice_date']}")
        )
    if e.get("footnotes"):
        kept = sum(len(x.get("footnotes") or []) for x in _parts(d))
        out.append(("footnote texts kept", kept >= e["footnotes"], f"{kept} < {e['footnotes']}"))
    named = set(named_sets(record_text(d))) if d else set()
    for ref in e.get("references") or []:
        if ref.startswith("ah-tk-") or ZAAK.fullmatch(ref):
            out.append(("named sets kept", ref in named, f"{ref} not in {sorted(named)}"))
    if e.get("cut") or e.get("page_edge") in ("ends-after", "both"):
        said = any("next page" in x for x in d.get("doubts", []))
        out.append(("says the item goes on on the next page", said, "no such doubt"))
    return out


work = tempfile.mkdtemp(prefix="kq-sgd-")
score, log = defaultdict(lambda: [0, 0]), []
records = []
for name in args.expected:
    with open(name) as handle:
        records += json.load(handle)
pages = defaultdict(list)
for e in records:
    pages[e["file"]].append(e)
for i, (page, labelled) in enumerate(sorted(pages.items())):
    db = os.path.join(work, f"{i}.json")
    r = run("import", "--db", db, os.path.join(args.root, page))
    dossiers = []
    if r.returncode == 0:
        try:
            dossiers = json.loads(run("export", "--db", db, "--format", "json").stdout)["dossiers"]
        except (ValueError, KeyError):
            dossiers = []
    by_id = {d["id"]: d for d in dossiers}
    # a label without id (the page does not print the item's number: the rest of an item begun on the page before)
    # is what kqreader keeps under its own name for such a part, "vervolg-<session>-…", in page order
    tails = iter(d["id"] for d in dossiers if d["id"].startswith("vervolg-"))
    keys = [e["id"] if e["id"] is not None else next(tails, None) for e in labelled]
    extra = sorted(set(by_id) - set(keys))
    results = [("no dossier the labels do not name", not extra, f"extra {extra}")]
    for e, key in zip(labelled, keys, strict=True):
        results += [(what, good, f"{e['id']}: {why}") for what, good, why in check(e, by_id.get(key, {}))]
    for what, good, why in results:
        score[what][1] += 1
        score[what][0] += bool(good)
        if not good:
            log.append(f"{page}: {what}: {why}")
with open(args.log, "w") as fh:
    fh.write("\n".join(log) + "\n")
for what, (ok, tot) in sorted(score.items()):
    print(f"{what}: {ok}/{tot}")
P, N = sum(v[0] for v in score.values()), sum(v[1] for v in score.values())
print(
    f"sgd: {P}/{N} checks pass ({100 * P / max(N, 1):.1f}%) on {len(records)} items of {len(pages)} pages;"
    f" failed checks in {args.log}"
)
sys.exit(0 if N and P == N else 1)
