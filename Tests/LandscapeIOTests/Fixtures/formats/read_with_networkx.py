#!/usr/bin/env python3
"""Reads a GraphML or GEXF file with networkx and prints what it found as JSON, for the
real-client tests: python3 read_with_networkx.py FILE."""
import json
import sys

import networkx as nx

path = sys.argv[1]
graph = nx.read_graphml(path) if path.endswith(".graphml") else nx.read_gexf(path)
edges = graph.edges(data=True, keys=True) if graph.is_multigraph() else graph.edges(data=True)
print(json.dumps({
    "directed": graph.is_directed(),
    "graph": {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float, bool))},
    "nodes": {str(n): {k: v for k, v in d.items() if k != "viz"} | ({"viz": d["viz"]} if "viz" in d else {}) for n, d in graph.nodes(data=True)},
    "edges": [[str(e[0]), str(e[1]), e[-1]] for e in edges],
}, ensure_ascii=False, default=str))
