#!/usr/bin/env python3
"""The same operations in igraph, NetworKit, rustworkx, networkx and a plain C Brandes, on the
same CSV landscapes, and one table of ratios ours / theirs.

    python3 Benchmarks/peers.py --ours results/ours.json [--runs 3] [--threads 2]
                                [--c-baseline Benchmarks/baseline/brandes] [--out results/peers]

`--ours` is the JSON that `landscape-bench --json` wrote; the graphs are the folders named in it.
Ratios below 1 mean we are faster. Times are medians of `--runs` runs of wall-clock seconds, in
this one process, right after ours: the machine is shared and noisy, so only ratios measured in
one run are comparable.

Thread counts: igraph and networkx are single-threaded; NetworKit runs with `--threads` OpenMP
threads and rustworkx with as many rayon threads (RAYON_NUM_THREADS); ours with the workers
landscape-bench was given (default: one per core). The C baseline is single-threaded; its ratio
compares CPU seconds (ours summed over cores), so it reads "per core".

What each library computes (the same definitions as ours, see docs/measures.md):
  betweenness  normalised, undirected, unweighted       closeness  Wasserman-Faust improved form
  harmonic     sum 1/d                                   eigenvector, pagerank (alpha 0.85)
  clustering   local, 0 for degree < 2                   core         core numbers
  structural   Burt's constraint (igraph, networkx)      louvain      one run, modularity reported
  central      the sum of the peer's times for the per-actor measures it has of `central`
  load         read the CSV pair with Python's csv module and build the graph (theirs: no
               validation; ours: full validation of every field)
A peer without an operation shows "-"; networkx runs only the O(V*E) operations on graphs up to
`--nx-limit` actors (default 2,500), since it needs minutes beyond that.

Long operations: a run that takes over `--long` seconds (default 60) is not repeated (its one
time is the median). NetworKit's KADABRA grows much faster than linearly with the graph (0.02 s
on sbm-2k, 8 s on sbm-20k at epsilon 0.05), so on graphs over `--child-from` actors (default
50,000) it runs in a child
process stopped after `--limit` seconds (default 300); a stopped run shows as ">LIMIT", a lower
bound, and its ratio as "<RATIO".
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import time

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--ours", required=True)
parser.add_argument("--runs", type=int, default=3)
parser.add_argument("--threads", type=int, default=2)
parser.add_argument("--c-baseline")
parser.add_argument("--nx-limit", type=int, default=2500)
parser.add_argument("--long", type=float, default=60, help="do not repeat a run that took longer (seconds)")
parser.add_argument("--limit", type=float, default=300, help="stop KADABRA on large graphs after this (seconds)")
parser.add_argument("--child-from", type=int, default=50_000, help="KADABRA in a stoppable child from this many actors")
parser.add_argument("--out")
parser.add_argument("--epsilon", type=float, default=0.01, help="epsilon of approximate betweenness (KADABRA), as ours")
args = parser.parse_args()

os.environ.setdefault("RAYON_NUM_THREADS", str(args.threads))
os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))

PEERS = {}
try:
    import igraph as ig
    PEERS["igraph"] = ig.__version__
except ImportError:
    ig = None
try:
    import networkit as nk
    nk.engineering.setNumberOfThreads(args.threads)
    nk.setLogLevel("ERROR")
    PEERS["networkit"] = nk.__version__
except ImportError:
    nk = None
try:
    import rustworkx as rx
    PEERS["rustworkx"] = rx.__version__
except ImportError:
    rx = None
try:
    import networkx as nx
    PEERS["networkx"] = nx.__version__
except ImportError:
    nx = None


def read_pair(folder):
    with open(os.path.join(folder, "actors.csv"), newline="", encoding="utf-8") as f:
        ids = [row[0] for row in csv.reader(f)][1:]
    index = {a: i for i, a in enumerate(ids)}
    edges = set()
    with open(os.path.join(folder, "ties.csv"), newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            u, v = index[row[0]], index[row[1]]
            if u != v:
                edges.add((u, v) if u < v else (v, u))
    return len(ids), sorted(edges)


def timed(function, runs):
    """Median wall and CPU seconds (all threads of this process) of `runs` calls, and the last result."""
    times, cpus, result = [], [], None
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        result = function()
        times.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
        if isinstance(result, ChildTimes):
            # Timed by the child, around the algorithm only.
            times[-1], cpus[-1] = result.wall, result.cpu
        if isinstance(result, LowerBound) or times[-1] > args.long:
            break
    if isinstance(result, LowerBound):
        return result.seconds, result.seconds, result
    return statistics.median(times), statistics.median(cpus), result


class ChildTimes:
    """Wall and CPU seconds measured in a child process."""
    def __init__(self, wall, cpu):
        self.wall, self.cpu = wall, cpu


class LowerBound:
    """An operation stopped after `seconds`: its time is at least that."""
    def __init__(self, seconds):
        self.seconds = seconds


KADABRA_CHILD = """
import csv, os, sys, time
import networkit as nk
nk.setLogLevel("ERROR")
folder, epsilon, threads = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
nk.setNumberOfThreads(threads)
with open(os.path.join(folder, "actors.csv"), newline="", encoding="utf-8") as f:
    ids = [row[0] for row in csv.reader(f)][1:]
index = {a: i for i, a in enumerate(ids)}
g, seen = nk.Graph(len(ids)), set()
with open(os.path.join(folder, "ties.csv"), newline="", encoding="utf-8") as f:
    rows = csv.reader(f)
    next(rows)
    for row in rows:
        u, v = index[row[0]], index[row[1]]
        if u != v and (min(u, v), max(u, v)) not in seen:
            seen.add((min(u, v), max(u, v)))
            g.addEdge(u, v)
g.indexEdges()
print("ready", flush=True)
start, cpu = time.perf_counter(), time.process_time()
nk.centrality.KadabraBetweenness(g, epsilon, 0.1).run()
print(time.perf_counter() - start, time.process_time() - cpu, flush=True)
"""


def kadabra_in_child(folder):
    """KADABRA in a child process that builds the graph from the CSV pair; only the algorithm is
    timed, and it is stopped after `--limit` seconds (then a LowerBound)."""
    child = subprocess.Popen([sys.executable, "-c", KADABRA_CHILD, folder, str(args.epsilon), str(args.threads)],
                             stdout=subprocess.PIPE, text=True)
    if child.stdout.readline().strip() != "ready":
        child.kill()
        sys.exit("the KADABRA child could not build the graph")
    try:
        out, _ = child.communicate(timeout=args.limit)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        return LowerBound(args.limit)
    wall, cpu = (float(x) for x in out.split())
    return ChildTimes(wall, cpu)


def igraph_ops(n, edges, folder):
    g = ig.Graph(n=n, edges=edges)
    ops = {
        "load": lambda: ig.Graph(n=read_pair(folder)[0], edges=read_pair(folder)[1]),
        "degree": lambda: g.degree(),
        "betweenness": lambda: g.betweenness(directed=False),
        "closeness": lambda: g.closeness(),
        "harmonic": lambda: g.harmonic_centrality(),
        "eigenvector": lambda: g.eigenvector_centrality(),
        "pagerank": lambda: g.pagerank(damping=0.85),
        "structural": lambda: g.constraint(),
        "clustering": lambda: g.transitivity_local_undirected(mode="zero"),
        "core": lambda: g.coreness(),
    }

    def louvain():
        import random
        random.seed(1)
        ig.set_random_number_generator(random)
        return g.community_multilevel().modularity
    ops["louvain"] = louvain
    return ops


def networkit_ops(n, edges, folder):
    g = nk.Graph(n)
    for u, v in edges:
        g.addEdge(u, v)
    g.indexEdges()

    def run(algorithm):
        algorithm.run()
        return algorithm

    ops = {
        "degree": lambda: run(nk.centrality.DegreeCentrality(g)),
        "betweenness": lambda: run(nk.centrality.Betweenness(g, normalized=True)),
        "closeness": lambda: run(nk.centrality.Closeness(g, False, nk.centrality.ClosenessVariant.GENERALIZED)),
        "harmonic": lambda: run(nk.centrality.HarmonicCloseness(g, True)),
        "eigenvector": lambda: run(nk.centrality.EigenvectorCentrality(g)),
        "pagerank": lambda: run(nk.centrality.PageRank(g, 0.85)),
        "clustering": lambda: run(nk.centrality.LocalClusteringCoefficient(g)),
        "core": lambda: run(nk.centrality.CoreDecomposition(g)),
        # KADABRA (Borassi & Natale 2019) at the same epsilon and delta as our `approx`.
        "approx": lambda: run(nk.centrality.KadabraBetweenness(g, args.epsilon, 0.1)),
    }
    if n > args.child_from:
        ops["approx"] = lambda: kadabra_in_child(folder)

    def louvain():
        nk.engineering.setSeed(1, False)
        plm = nk.community.PLM(g, refine=False)
        plm.run()
        return nk.community.Modularity().getQuality(plm.getPartition(), g)
    ops["louvain"] = louvain
    return ops


def rustworkx_ops(n, edges):
    g = rx.PyGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from_no_data(edges)
    return {
        "betweenness": lambda: rx.betweenness_centrality(g, normalized=True),
        "closeness": lambda: rx.closeness_centrality(g, wf_improved=True),
        "eigenvector": lambda: rx.eigenvector_centrality(g, max_iter=1000),
        "pagerank": lambda: rx.pagerank(g.to_directed(), alpha=0.85),
        "core": lambda: rx.core_number(g),
    }


def networkx_ops(n, edges):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    ops = {
        "degree": lambda: dict(g.degree()),
        "eigenvector": lambda: nx.eigenvector_centrality(g, max_iter=1000),
        "pagerank": lambda: nx.pagerank(g, alpha=0.85),
        "clustering": lambda: nx.clustering(g),
        "core": lambda: nx.core_number(g),
    }
    if n <= args.nx_limit:
        ops.update({
            "betweenness": lambda: nx.betweenness_centrality(g, normalized=True),
            "closeness": lambda: nx.closeness_centrality(g),
            "harmonic": lambda: nx.harmonic_centrality(g),
            "structural": lambda: nx.constraint(g),
            "louvain": lambda: nx.community.modularity(g, nx.community.louvain_communities(g, seed=1)),
        })
    return ops


# `central` in the peers: the per-actor measures of ours that the peer has (brokerage aside).
CENTRAL = ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "structural", "clustering", "core"]
OPERATIONS = ["load", "betweenness", "closeness", "harmonic", "paths", "central", "eigenvector", "pagerank",
              "structural", "clustering", "core", "louvain", "approx"]

with open(args.ours) as f:
    ours = json.load(f)

rows = []
for graph in ours:
    folder, name, results = graph["folder"], graph["graph"], graph["results"]
    n, edges = read_pair(folder)
    print(f"== {name}: {n} actors, {len(edges)} edges", file=sys.stderr)
    theirs = {}
    makers = {"igraph": (lambda: igraph_ops(n, edges, folder)) if ig else None,
              "networkit": (lambda: networkit_ops(n, edges, folder)) if nk else None,
              "rustworkx": (lambda: rustworkx_ops(n, edges)) if rx else None,
              "networkx": (lambda: networkx_ops(n, edges)) if nx else None}
    for peer, make in makers.items():
        if make is None:
            continue
        ops = make()
        theirs[peer] = {}
        for op, function in ops.items():
            if op not in results and not (op in CENTRAL and "central" in results):
                continue
            runs = 1 if peer == "networkx" else args.runs
            try:
                seconds, cpu, value = timed(function, runs)
            except Exception as error:  # a peer that fails (e.g. does not converge) is left out
                print(f"  {peer:10} {op:12} failed: {type(error).__name__}: {error}", file=sys.stderr)
                continue
            theirs[peer][op] = {"wall": seconds, "cpu_seconds": cpu, "value": value if isinstance(value, float) else None,
                                "lower_bound": isinstance(value, LowerBound)}
            bound = " (stopped: at least this)" if isinstance(value, LowerBound) else ""
            print(f"  {peer:10} {op:12} {seconds:9.3f} s wall {cpu:9.3f} s cpu{bound}", file=sys.stderr)
        measured = [theirs[peer].get(op) for op in CENTRAL if op in ops]
        # Only a peer that has the O(V*E) measures on this graph gets a `central` sum.
        if "central" in results and measured and all(measured) and "betweenness" in ops:
            theirs[peer]["central"] = {"wall": sum(m["wall"] for m in measured), "value": None,
                                       "cpu_seconds": sum(m["cpu_seconds"] for m in measured),
                                       "measures": [op for op in CENTRAL if op in ops]}
    if args.c_baseline and "betweenness" in results:
        cpus = []
        for _ in range(args.runs):
            out = subprocess.run([args.c_baseline, folder], capture_output=True, text=True, check=True).stdout
            cpus.append(json.loads(out)["cpu"])
        theirs["C Brandes"] = {"betweenness": {"wall": statistics.median(cpus), "cpu_seconds": statistics.median(cpus),
                                               "value": None, "cpu": True}}
        print(f"  C Brandes  betweenness  {statistics.median(cpus):9.3f} s cpu", file=sys.stderr)
    for op in OPERATIONS:
        if op not in results:
            continue
        row = {"graph": name, "operation": op, "ours": results[op]["wall"], "ours_cpu": results[op]["cpu"],
               "ours_value": results[op].get("value")}
        for peer, ops in theirs.items():
            if op in ops:
                mine = results[op]["cpu"] if ops[op].get("cpu") else results[op]["wall"]
                row[peer] = ops[op]["wall"]
                row[peer + "_ratio"] = mine / ops[op]["wall"] if ops[op]["wall"] > 0 else None
                row[peer + "_cpu"] = ops[op]["cpu_seconds"]
                row[peer + "_cpu_ratio"] = results[op]["cpu"] / ops[op]["cpu_seconds"] if ops[op]["cpu_seconds"] > 0 else None
                if ops[op].get("value") is not None:
                    row[peer + "_value"] = ops[op]["value"]
                if ops[op].get("lower_bound"):
                    row[peer + "_bound"] = True
        rows.append(row)

peers = [p for p in ["igraph", "networkit", "rustworkx", "networkx", "C Brandes"] if any(p in r for r in rows)]
header = "| graph | operation | ours s | " + " | ".join(f"{p} s | ours/{p}" for p in peers) + " |"
lines = ["Wall seconds (ours on the workers given, NetworKit/rustworkx on --threads, igraph/networkx 1 thread):", "",
         header, "|" + "---|" * (3 + 2 * len(peers))]
for r in rows:
    cells = [r["graph"], r["operation"], f"{r['ours']:.3f}"]  # wall
    for p in peers:
        if p in r and r.get(p + "_bound"):
            cells += [f">{r[p]:.0f}", f"**<{r[p + '_ratio']:.2f}**"]
        elif p in r:
            cells += [f"{r[p]:.3f}", f"**{r[p + '_ratio']:.2f}**" if r.get(p + "_ratio") is not None else "-"]
        else:
            cells += ["-", "-"]
    lines.append("| " + " | ".join(cells) + " |")
modularity = [f"{r['graph']}: ours {r['ours_value']:.4f}" + "".join(
    f", {p} {r[p + '_value']:.4f}" for p in peers if r.get(p + "_value") is not None)
    for r in rows if r["operation"] == "louvain" and r.get("ours_value") is not None]
lines += ["", "CPU seconds (all threads; insensitive to other load on the machine, blind to parallel speed-up):", "",
          "| graph | operation | ours cpu s | " + " | ".join(f"{p} cpu s | ours/{p}" for p in peers) + " |",
          "|" + "---|" * (3 + 2 * len(peers))]
for r in rows:
    cells = [r["graph"], r["operation"], f"{r['ours_cpu']:.3f}"]
    for p in peers:
        if p + "_cpu" in r and r.get(p + "_bound"):
            cells += ["-", "-"]
        elif p + "_cpu" in r:
            cells += [f"{r[p + '_cpu']:.3f}", f"**{r[p + '_cpu_ratio']:.2f}**" if r.get(p + "_cpu_ratio") is not None else "-"]
        else:
            cells += ["-", "-"]
    lines.append("| " + " | ".join(cells) + " |")
table = "\n".join(lines)
notes = [f"Peers: " + ", ".join(f"{p} {v}" for p, v in PEERS.items()) + f"; threads: NetworKit/rustworkx {args.threads}, "
         f"igraph/networkx 1, ours {ours[0]['workers'] if ours else '?'}; median of {args.runs} runs (networkx 1).",
         "C Brandes: single-threaded, ratio = our CPU seconds (all cores) / its CPU seconds.",
         "Louvain modularity: " + "; ".join(modularity) if modularity else ""]
print(table)
for note in notes:
    if note:
        print("\n" + note)
if args.out:
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out + ".md", "w") as f:
        f.write(table + "\n\n" + "\n\n".join(n for n in notes if n) + "\n")
    with open(args.out + ".json", "w") as f:
        json.dump({"peers": PEERS, "rows": rows}, f, indent=1, default=str)
