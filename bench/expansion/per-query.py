#!/usr/bin/env python3
"""Per-query cost of expansion: every query of a mix searched literally and expanded, REPS times each in turn on a
running API (uncached), the fastest of each kept. Prints the median difference overall, for the queries that used
an expansion and for those that did not, and the queries that cost most, with their expansion kinds.

    python3 bench/expansion/per-query.py http://127.0.0.1:5098 /tmp/pia-querymix-g2/queries-250000/pia.txt [REPS]
"""
import json, statistics, sys, time, urllib.parse, urllib.request

base, paths = sys.argv[1], sys.argv[2]
reps = int(sys.argv[3]) if len(sys.argv) > 3 else 3


def get(path):
    started = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=60) as response:
        body = json.load(response)
    return (time.perf_counter() - started) * 1000, body


rows = []
for path in open(paths, encoding="utf-8").read().split():
    literal, expanded, body, literal_body = [], [], None, None
    for _ in range(reps):
        ms, literal_body = get(path + "&expand=false")
        literal.append(ms)
        ms, body = get(path + "&expand=true")
        expanded.append(ms)
    kinds = sorted({e.get("kind", "?") for e in body.get("expansions") or []})
    rows.append((min(expanded) - min(literal), min(literal), min(expanded), kinds, body.get("total", 0), literal_body.get("total", 0), path))


def summary(label, subset):
    if not subset:
        return
    d = [r[0] for r in subset]
    print(f"{label}: {len(subset)} queries; difference median {statistics.median(d):+.2f} ms, mean {statistics.mean(d):+.2f} ms; "
          f"literal median {statistics.median(r[1] for r in subset):.2f} ms, expanded median {statistics.median(r[2] for r in subset):.2f} ms")


summary("all", rows)
summary("with expansions", [r for r in rows if r[3]])
summary("without expansions", [r for r in rows if not r[3]])
for kind in sorted({k for r in rows for k in r[3]}):
    summary(f"  using {kind}", [r for r in rows if kind in r[3]])
print("costliest:")
for r in sorted(rows, reverse=True)[:12]:
    print(f"  {r[0]:+8.1f} ms  literal {r[1]:7.1f}  expanded {r[2]:7.1f}  hits {r[5]}->{r[4]}  {','.join(r[3])}  {urllib.parse.unquote(r[6])}")
