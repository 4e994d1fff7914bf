#!/usr/bin/env python3
"""Per-query latency of the stored queries, one request at a time.

    python3 scripts/querytimes.py http://127.0.0.1:64212 [runs]

Start the server with the answer cache off (CLAIMGRAPH_SERVE_CACHE_ENTRIES=-1)
so every request runs its query. Prints p50 and p95 in milliseconds and the
row count for each request in the list below (BBC graph parameters).
"""
import json, sys, time, urllib.request

BASE = sys.argv[1].rstrip("/")
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
REQUESTS = [
    "who-said-what", "who-said-what?speaker=Blair", "what-did-X-say?speaker=Blair",
    "timeline?speaker=Brown", "claims-about?entity=Google", "claims-about?event=attack",
    "no-comment", "no-comment?entity=Blair", "silent-mentioned?article=bbc-politics-001",
    "silent-mentioned?entity=Google", "speakers-of?organization=Labour", "conflicting",
    "top-speakers", "sources-of-article?id=bbc-politics-001", "entities?search=blair",
    "entities?type=Person", "article?id=bbc-politics-001", "article-text?id=bbc-politics-001",
]
print("| request | rows | p50 ms | p95 ms |\n|---|---|---|---|")
for q in REQUESTS:
    times, rows = [], 0
    for _ in range(RUNS):
        t = time.perf_counter()
        with urllib.request.urlopen(BASE + "/api/queries/" + q) as r:
            rows = len(json.load(r)["rows"])
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"| `{q}` | {rows} | {times[len(times) // 2]:.1f} | {times[min(len(times) - 1, int(len(times) * 0.95))]:.1f} |")
