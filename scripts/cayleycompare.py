#!/usr/bin/env python3
"""Compare claimgraph serve's query endpoint with the official cayley http.

Builds the official `cayley` binary from the Cayley module version in
go.mod (in a scratch module, so that claimgraph's go.mod is untouched),
loads the seed article with claimgraph, exports its quads
(`claimgraph export`), loads the same N-Quads into the official cayley
(bolt, as claimgraph's store), serves both, runs a set of GraphQL and MQL
queries (and the Gizmo examples of docs/http.md) against each on APIv2 and
on the v1 route, and reports whether the answers are identical.

Answers are compared after sorting lists (the two stores number their
nodes in a different order, and Cayley's languages answer in node order)
and dropping the "truncated" flag claimgraph adds. Exit status 1 when any
answer differs.

    python3 scripts/cayleycompare.py [WORKDIR]      # default /tmp/cayleycompare
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "..", "shared", "fixtures", "kabul-talks.txt")
LANG_DIR = os.path.join(ROOT, "graph", "testdata", "lang")

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
S = "http://schema.org/"
C = "https://w3id.org/claimgraph/ns#"
ID = "https://w3id.org/claimgraph/id/"


def s(name):
    return "<" + S + name + ">"


def c(name):
    return "<" + C + name + ">"


def example(name):
    with open(os.path.join(LANG_DIR, name)) as f:
        return f.read()


# (name, language, query)
QUERIES = [
    ("what Mujahid said (docs)", "graphql", example("said.graphql")),
    ("who did not comment on the strike (docs)", "graphql", example("silent.graphql")),
    ("every claim and its text", "graphql", "{ nodes(%s: %s) { id text: %s } }" % (RDF_TYPE, s("Claim"), s("text"))),
    ("non-comments: who, cue, topic", "graphql",
     "{ nodes(%s: %s) { id cue: %s topic: %s who: %s { id name: %s } } }" % (RDF_TYPE, c("NonComment"), c("cue"), c("topic"), c("who"), s("name"))),
    ("the article and the entities it mentions", "graphql",
     "{ nodes(%s: %s) { id headline: %s mentions: %s { id name: %s } } }" % (RDF_TYPE, s("NewsArticle"), s("headline"), s("mentions"), s("name"))),
    ("what Pakistan did not comment on (reverse)", "graphql",
     "{ nodes(id: <%sgov/pakistan>) { id name: %s silent: ~%s { topic: %s } } }" % (ID, s("name"), c("who"), c("topic"))),
    ("claims about Kabul, with speakers", "graphql",
     "{ nodes(id: <%splace/kabul>) { claims: ~%s { text: %s speaker: %s { name: %s } } } }" % (ID, s("about"), s("text"), c("speaker"), s("name"))),
    ("every field of a speaker (*)", "graphql",
     "{ nodes(id: <%sarticle/sha256-4807476c787bc7d6a69f7c88/claim/4>) { %s { * } } }" % (ID, c("speaker"))),
    ("events and the claims about them", "graphql",
     "{ nodes(%s: %s) { id name: %s claims: ~%s { id } } }" % (RDF_TYPE, s("Event"), s("name"), s("about"))),
    ("what each claim is about (many values)", "graphql", "{ nodes(%s: %s) { id about: %s } }" % (RDF_TYPE, s("Claim"), s("about"))),
    ("claim sequence numbers (integers)", "graphql", "{ nodes(%s: %s) { id seq: %s } }" % (RDF_TYPE, s("Claim"), c("seq"))),
    ("what Mujahid said (docs)", "mql", example("said.mql")),
    ("who did not comment on the strike (docs)", "mql", example("silent.mql")),
    ("every claim and its text", "mql", json.dumps([{"id": None, RDF_TYPE: s("Claim"), s("text"): None}])),
    ("non-comments: who and topic", "mql",
     json.dumps([{"id": None, RDF_TYPE: c("NonComment"), c("topic"): None, c("who"): {"id": None, s("name"): None}}])),
    ("what Pakistan did not comment on (reverse)", "mql",
     json.dumps([{"id": "<%sgov/pakistan>" % ID, s("name"): None, "!" + c("who"): [{c("topic"): None}]}])),
    ("people and their names", "mql", json.dumps([{"id": None, RDF_TYPE: s("Person"), s("name"): None}])),
    ("claims about Kabul and their speakers", "mql",
     json.dumps([{"id": None, s("about"): "<%splace/kabul>" % ID, c("speaker"): {s("name"): None}}])),
    ("claim sequence numbers (integers)", "mql", json.dumps([{"id": None, RDF_TYPE: s("Claim"), c("seq"): None}])),
    ("what Mujahid said (docs)", "gizmo", example("said.gizmo")),
    ("who did not comment on the strike (docs)", "gizmo", example("silent.gizmo")),
]


def run(cmd, **kw):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def free_port():
    with socket.socket() as so:
        so.bind(("127.0.0.1", 0))
        return so.getsockname()[1]


def build_cayley(work):
    version = subprocess.run(["go", "list", "-m", "-f", "{{.Version}}", "github.com/cayleygraph/cayley"],
                             cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    binary = os.path.join(work, "cayley-" + version)
    if os.path.exists(binary):
        return binary, version
    mod = os.path.join(work, "cayley-build")
    os.makedirs(mod, exist_ok=True)
    if not os.path.exists(os.path.join(mod, "go.mod")):
        run(["go", "mod", "init", "cayleybuild"], cwd=mod)
    run(["go", "get", "github.com/cayleygraph/cayley/cmd/cayley@" + version], cwd=mod)
    run(["go", "build", "-o", binary, "github.com/cayleygraph/cayley/cmd/cayley"], cwd=mod)
    return binary, version


def wait_up(url, proc, what):
    for _ in range(300):
        if proc.poll() is not None:
            sys.exit("%s exited (%s) before it answered" % (what, proc.returncode))
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    sys.exit("%s did not answer %s" % (what, url))


def post(url, body):
    req = urllib.request.Request(url, data=body.encode(), method="POST", headers={"Content-Type": "text/plain"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        data = e.read()
        try:
            return e.code, json.loads(data)
        except ValueError:
            return e.code, data.decode(errors="replace")


def canon(v, ordered=False):
    """v with claimgraph's "truncated" dropped and, unless ordered, lists sorted."""
    if isinstance(v, dict):
        return {k: canon(x, ordered) for k, x in v.items() if k != "truncated"}
    if isinstance(v, list):
        items = [canon(x, ordered) for x in v]
        return items if ordered else sorted(items, key=lambda x: json.dumps(x, sort_keys=True))
    return v


def size(v):
    """The objects and the leaf values in an answer, to show it is not empty."""
    if isinstance(v, dict):
        sub = [size(x) for x in v.values()]
        return 1 + sum(o for o, _ in sub), sum(n for _, n in sub)
    if isinstance(v, list):
        sub = [size(x) for x in v]
        return sum(o for o, _ in sub), sum(n for _, n in sub)
    return 0, 0 if v is None else 1


def answer(lang, status, body, ordered=False):
    if status != 200 or not isinstance(body, dict):
        return ("status %s" % status, body)
    if lang == "graphql":
        return canon(body.get("data"), ordered)
    return canon(body.get("result") or [], ordered)


def main():
    work = sys.argv[1] if len(sys.argv) > 1 else "/tmp/cayleycompare"
    if not os.path.exists(SEED):
        sys.exit("the seed article is missing at %s (../shared)" % SEED)
    os.makedirs(work, exist_ok=True)
    cayley, version = build_cayley(work)
    run(["make", "build"], cwd=ROOT)
    cg = os.path.join(ROOT, "bin", "claimgraph")
    ours_db, theirs_db, nq = (os.path.join(work, n) for n in ("claimgraph.bolt", "cayley.bolt", "seed.nq"))
    for p in (ours_db, theirs_db):
        subprocess.run(["rm", "-rf", p], check=True)
    run([cg, "--db", ours_db, "load", SEED])
    run([cg, "--db", ours_db, "export", "-o", nq])
    ours_port, theirs_port = free_port(), free_port()
    procs = []
    try:
        procs.append(subprocess.Popen([cg, "--db", ours_db, "serve", "--addr", "127.0.0.1:%d" % ours_port],
                                      stderr=open(os.path.join(work, "claimgraph.log"), "w")))
        procs.append(subprocess.Popen([cayley, "http", "-d", "bolt", "-a", theirs_db, "--init", "-i", nq,
                                       "--host", "127.0.0.1:%d" % theirs_port],
                                      stdout=open(os.path.join(work, "cayley.log"), "w"), stderr=subprocess.STDOUT))
        ours, theirs = "http://127.0.0.1:%d" % ours_port, "http://127.0.0.1:%d" % theirs_port
        wait_up(ours + "/healthz", procs[0], "claimgraph serve")
        wait_up(theirs + "/health", procs[1], "cayley http")
        return compare(ours, theirs, version)
    finally:
        for p in procs:
            p.terminate()
            p.wait()


def compare(ours, theirs, version):
    # Cayley at this version registers its v1 routes without the /api/v1
    # prefix of its releases; ask it where it answers.
    v1_theirs = None
    for prefix in ("/api/v1/query/", "/query/"):
        st, _ = post(theirs + prefix + "gizmo", "g.V().Limit(1).All()")
        if st == 200:
            v1_theirs = prefix
            break
    print("official cayley %s; its v1 query route: %s" % (version, v1_theirs or "none"))
    same = differ = in_order = 0
    for name, lang, q in QUERIES:
        routes = [("v2", "/api/v2/query?lang=" + lang, "/api/v2/query?lang=" + lang)]
        if v1_theirs:
            routes.append(("v1", "/api/v1/query/" + lang, v1_theirs + lang))
        for route, ours_path, theirs_path in routes:
            ra, rb = post(ours + ours_path, q), post(theirs + theirs_path, q)
            a, b = answer(lang, *ra), answer(lang, *rb)
            ok = a == b and not (isinstance(a, tuple))
            in_order += ok and answer(lang, *ra, ordered=True) == answer(lang, *rb, ordered=True)
            same += ok
            differ += not ok
            print("%-9s %-7s %-3s %-48s %d objects, %d values" % (("identical" if ok else "DIFFERENT", lang, route, name) + size(a)))
            if not ok:
                print("  claimgraph:", json.dumps(a)[:600])
                print("  cayley:    ", json.dumps(b)[:600])
    print("%d of %d answers identical (%d of them in the same order too)" % (same, same + differ, in_order))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
