#!/usr/bin/env python3
"""Per-query latency of the stored queries, one request at a time.

    python3 scripts/querytimes.py URL [runs] [article-prefix]

URL is a running `claimgraph serve`; start it with the answer cache off
(CLAIMGRAPH_SERVE_CACHE_ENTRIES=-1) so every request runs its query, since
a cache only helps repeats. article-prefix is put before the article ids
below: "" for the BBC store, "r1-" for the store scripts/bigstore.sh builds
(which replays each article with fresh ids r1-…r5-).

Every stored query is timed with realistic parameters: heavy ones (the most
quoted speaker, the most common entities, a common event type, a big party)
and light ones. Prints p50 and p95 in milliseconds and the row count; a
request that fails prints its error instead.
"""
import json, sys, time, urllib.error, urllib.parse, urllib.request

BASE = sys.argv[1].rstrip("/")
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 20
P = sys.argv[3] if len(sys.argv) > 3 else ""
ART = P + "bbc-politics-001"
REQUESTS = [
    "who-said-what", "who-said-what?speaker=Blair", "who-said-what?speaker=Tony Blair",
    "what-did-X-say?speaker=Tony Blair", "what-did-X-say?speaker=Blair", "what-did-X-say?speaker=Michael Howard",
    "timeline?speaker=Brown", "timeline?speaker=Tony Blair&from=2005-01-01",
    "claims-about?entity=Google", "claims-about?entity=United States", "claims-about?entity=United Kingdom",
    "claims-about?event=attack", "claims-about?event=agreement",
    "no-comment", "no-comment?entity=Blair", "no-comment?topic=strike",
    "silent-mentioned", "silent-mentioned?article=" + ART, "silent-mentioned?entity=Google",
    "silent-mentioned?entity=United States",
    "speakers-of?organization=Labour", "speakers-of?organization=Conservative Party",
    "speakers-of?organization=Liberal Democrats",
    "conflicting", "conflicting?about=Tony Blair",
    "top-speakers", "top-speakers?type=Organization",
    "sources-of-article?id=" + ART, "entities?search=blair", "entities?type=Person", "entities?search=united",
    "article?id=" + ART, "article-text?id=" + ART,
]


def url(q):
    name, _, qs = q.partition("?")
    return BASE + "/api/queries/" + name + ("?" + urllib.parse.quote(qs, safe="=&") if qs else "")


# A big store takes a while to open: wait for the server first.
for _ in range(120):
    try:
        urllib.request.urlopen(BASE + "/healthz").close()
        break
    except (urllib.error.URLError, ConnectionError):
        time.sleep(1)

print("| request | rows | p50 ms | p95 ms |\n|---|---|---|---|")
for q in REQUESTS:
    times, rows, err = [], 0, ""
    for _ in range(RUNS):
        t = time.perf_counter()
        try:
            with urllib.request.urlopen(url(q)) as r:
                rows = len(json.load(r)["rows"])
        except urllib.error.HTTPError as e:
            err = e.read().decode(errors="replace")[:120].replace("\n", " ")
            break
        times.append((time.perf_counter() - t) * 1000)
    if err:
        print(f"| `{q}` | error: {err} | | |")
        continue
    times.sort()
    print(f"| `{q}` | {rows} | {times[len(times) // 2]:.1f} | {times[min(len(times) - 1, int(len(times) * 0.95))]:.1f} |", flush=True)
