#!/usr/bin/env python3
"""Rendering (in the worker process, as every render) beside the Graphviz command-line tool on the same graph.

    python3 Benchmarks/render_vs_binary.py --landscape .build/release/landscape \
        --graph Benchmarks/data/sbm-2k [--seeds 6] [--runs 1] [--out Benchmarks/results/render]

Ours: `landscape render GRAPH -o out.svg` (load and diagram in the command, layout and SVG in
its worker child, the diagram and the SVG passed between them as JSON). Theirs: the layout engine's binary (`sfdp`, `neato`, ... as ours chose) on the DOT file
ours writes for the same diagram, `ENGINE -Tsvg diagram.dot -o out.svg`.

The DOT file ours writes holds the finished layout (`pos`, `bb`, `lp`) and the legend, which
ours adds after the layout with pinned positions. A binary given those positions starts from
the converged layout and stops early, so `gvpr` removes them and the legend first: both sides
lay out the same graph with the same attributes from scratch.

The time of a force-directed layout depends strongly on its random start (sfdp on sbm-2k takes
1.3 to 2.3 s for seeds 1 to 6), and the two sides draw their random numbers differently, so
one seed would compare two different layouts. Each side therefore lays out the graph with seeds
1 to `--seeds` (ours `--seed N`, the binary `-Gstart=N`); the table gives the sums over the
seeds (medians of `--runs` runs each), wall and CPU seconds (user + system of the child).
The ratio is ours / theirs; below 1 means we are faster.
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--landscape", required=True, help="the landscape binary (release build)")
parser.add_argument("--graph", required=True, help="a landscape: a CSV folder or a file")
parser.add_argument("--runs", type=int, default=1, help="runs per seed (the median is taken)")
parser.add_argument("--seeds", type=int, default=6, help="lay out with seeds 1 to SEEDS")
parser.add_argument("--out", help="write the table to OUT.md")
args = parser.parse_args()


def timed(command):
    """Wall and CPU seconds of one run of `command` (stdout and stderr kept for errors)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


with tempfile.TemporaryDirectory() as folder:
    laid_out = os.path.join(folder, "laid-out.dot")
    _, _, said = timed([args.landscape, "render", args.graph, "-o", laid_out])
    # "wrote PATH (dot, N actors, M ties, ENGINE, S s)"
    found = re.search(r"\(dot, .*?, .*?, (\w+), ", said)
    if not found:
        sys.exit(f"cannot tell the layout engine from: {said!r}")
    engine = found.group(1)
    # What the layout computed (positions, bounding box, label positions) and the legend.
    strip = """
BEG_G { graph_t legend = isSubg($G, "cluster_legend"); if (legend) delete($G, legend); aset($G, "bb", ""); aset($G, "lp", ""); }
E { aset($, "pos", ""); }
N { if (aget($, "class") == "legend") delete($G, $); else aset($, "pos", ""); }
"""
    source = os.path.join(folder, "diagram.dot")
    with open(source, "w", encoding="utf-8") as out:
        subprocess.run(["gvpr", "-c", strip, laid_out], stdout=out, check=True)
    if re.search(r'\bpos="[^"]', open(source, encoding="utf-8").read()):
        sys.exit("positions are left in the DOT file")

    ours_wall = ours_cpu = their_wall = their_cpu = 0.0
    for seed in range(1, args.seeds + 1):
        ours, theirs = [], []
        for _ in range(args.runs):
            wall, cpu, _ = timed([args.landscape, "render", args.graph, "-o", os.path.join(folder, "ours.svg"), "--seed", str(seed)])
            ours.append((wall, cpu))
            wall, cpu, _ = timed([engine, f"-Gstart={seed}", "-Tsvg", source, "-o", os.path.join(folder, "theirs.svg")])
            theirs.append((wall, cpu))
        ours_wall += statistics.median(w for w, _ in ours)
        ours_cpu += statistics.median(c for _, c in ours)
        their_wall += statistics.median(w for w, _ in theirs)
        their_cpu += statistics.median(c for _, c in theirs)
name = os.path.basename(os.path.normpath(args.graph))
lines = [
    f"| graph | operation | ours wall s | ours CPU s | {engine} binary wall s | {engine} binary CPU s | ratio wall | ratio CPU |",
    "|---|---|---|---|---|---|---|---|",
    f"| {name} | render SVG | {ours_wall:.3f} | {ours_cpu:.3f} | {their_wall:.3f} | {their_cpu:.3f} "
    f"| **{ours_wall / their_wall:.2f}** | **{ours_cpu / their_cpu:.2f}** |",
]
print("\n".join(lines))
print(f"(sums over seeds 1 to {args.seeds}, median of {args.runs} run(s) each, alternating; ours includes loading and checking the landscape and the worker child)")
if args.out:
    with open(args.out + ".md", "w", encoding="utf-8") as table:
        table.write("\n".join(lines) + "\n")
