#!/usr/bin/env python3
"""Reference values for the network measures of `landscape`, computed with networkx.

The Swift tests in LandscapeCoreTests compare their results against the JSON files this
script writes. Requirements: Python 3.11, networkx (3.6.1 was used), PyYAML, and numpy /
scipy as networkx itself pulls them in (numpy is used directly for the exact eigenvector).

Usage
-----
    python3 make_reference.py
        writes karate.json, florentine.json, davis.json, lesmis.json, disconnected.json,
        star.json, path.json, isolates.json and directed.json beside this script, and prints
        a few sanity checks against published values to stderr.

    python3 make_reference.py --landscape FILE.yaml [FILE.yaml ...]
        reads landscape YAML files (docs/format.md), merges them and prints ONE JSON
        document in the same schema to stdout. `since`/`until` are not used for filtering:
        all actors and ties count.

Input model
-----------
Every data set is a list of nodes (in input order; `id`, `name`, `kind`, `municipality`,
`sectors`) and a list of ties (`from`, `to`, `kind`, `weight`). Classic graphs: nodes have kind
`other` (Davis events: `committee`), ties kind `cooperation` (Davis woman -> event: `member`)
and weight 1 unless the graph has weights (Les Misérables). Tie kinds `member`, `funding`,
`steering` are directed (from -> to); `cooperation`, `exchange`, `agreement` undirected.

Landscape files (`--landscape`): actor `id` defaults to `name`; actor kinds, tie kinds and
sectors accept the canonical names and the aliases of Sources/LandscapeCore/Model (letter case,
`-`, `_` and runs of spaces ignored, as in the Swift `Vocabulary`); tie ends are an actor id or
an exact name; tie kind defaults to cooperation, weight to 1 (a German decimal comma "1,5" is
accepted). Merging: the same id in several files is one actor (sectors united, scalar fields
from the first file giving them); a tie identical to an earlier one (same ends, in either
order for undirected kinds, same kind, weight, since, until, formal, note) is kept once. Like
the Swift `LandscapeBuilder`, this also drops a repeat inside one file. A tie from an actor to
itself is dropped with a warning (the Swift reader reports it as an error). Resources and
events (kinds `resource`, `event`) are no actors: they and their ties are left out, as the
Swift analyses leave them out by default.

Graphs built from the input (the variants)
------------------------------------------
undirected       simple nx.Graph over all nodes (isolates included); ties between the same
                 pair collapse into one edge whose `weight` is the SUM of the tie weights;
                 self-ties are ignored. Measures ignore the weights (`strength` aside).
weighted         the same graph; measures use `weight`, and path lengths use the edge
                 attribute `distance` = 1 / weight.
directed         (directed.json and landscapes) nx.DiGraph over all nodes: a directed-kind tie
                 adds the arc from -> to, an undirected-kind tie both arcs; parallel arcs
                 collapse, summing weights. Measures are unweighted.
folded,          (Davis, and any data set with committee nodes) the projection on the
folded_weighted  non-committee nodes (input order): two of them are tied with weight = the
                 number of committees both have a `member` tie to
                 (bipartite.weighted_projected_graph over the member ties that run from a
                 non-committee to a committee node; other member ties are ignored).
                 Non-members stay as isolates. `folded` uses unweighted measures,
                 `folded_weighted` weighted ones (distance = 1 / weight).

Per-node values (variants.V.nodes[id])
--------------------------------------
undirected-type variants (undirected, weighted, folded, folded_weighted); W = 'weight' in the
weighted ones, None otherwise; D = 'distance' in the weighted ones, None otherwise:
  degree            distinct neighbours
  strength          sum of edge weights (in every undirected-type variant)
  betweenness       nx.betweenness_centrality(G, normalized=True, weight=D)
  betweenness_exact_ties  (weighted variants only) the same with exact rational distances,
                    so that equally long weighted paths always tie (networkx compares float
                    path lengths with ==; in davis folded_weighted that changes 3 values)
  closeness         nx.closeness_centrality(G, distance=D)  (wf_improved=True, the default)
  harmonic          nx.harmonic_centrality(G, distance=D) / (n - 1)   (null when n < 2)
  eigenvector       nx.eigenvector_centrality(G, max_iter=100000, tol=1e-14, weight=W):
                    whatever networkx returns, also on disconnected graphs, where nodes
                    outside the leading component get tiny non-zero values such as 1e-13
                    (power iteration stops at the tolerance); null if it fails
  eigenvector_exact the Perron eigenvector of the adjacency matrix (weights W) from
                    numpy.linalg.eigh per connected component: unit Euclidean norm, positive,
                    exactly 0 outside the component(s) whose largest eigenvalue is the
                    largest of the graph. If several components tie for it (relative 1e-12),
                    the vector is the normalised projection of the all-ones vector on their
                    common eigenspace, which is what power iteration from all-ones (the
                    networkx start) converges to. Edgeless graph: null for all nodes.
  pagerank          nx.pagerank(G, alpha=0.85, tol=1e-14, max_iter=100000, weight=W)
  constraint        nx.constraint(G, weight=W)      (NaN for isolates -> null)
  effective_size    nx.effective_size(G, nodes=list(G), weight=W)  (NaN for isolates -> null).
                    `nodes=` forces networkx's documented per-node formula (Burt 1992). Without
                    it networkx 3.6 takes a vectorised scipy path that divides m(v, w) by the
                    maximum of w's row instead of v's (a 1-D `max(axis=1).toarray()` broadcast
                    along the wrong axis): right for unweighted undirected graphs, where every
                    maximum is the same, wrong for weighted or directed ones.
  clustering        nx.clustering(G)                     (unweighted variants)
  clustering_weighted nx.clustering(G, weight='weight')  (weighted variants, instead)
  core              nx.core_number(G)
directed variant:
  in_degree, out_degree  distinct predecessors / successors
  betweenness       nx.betweenness_centrality(G, normalized=True) on the DiGraph
  closeness         nx.closeness_centrality(G): networkx uses INCOMING distances (v -> u)
  closeness_out     nx.closeness_centrality(G.reverse()): outgoing distances
  harmonic          nx.harmonic_centrality(G) / (n - 1): incoming distances, like closeness
  harmonic_out      the same on G.reverse()
  eigenvector       nx.eigenvector_centrality on the DiGraph (in-edges; null if it fails)
  pagerank          nx.pagerank(G, alpha=0.85, tol=1e-14, max_iter=100000, weight=None)
  constraint, effective_size  networkx on the DiGraph (NaN -> null)
  clustering        nx.clustering(G) on the DiGraph (Fagiolo's directed clustering)

Whole-graph values (variants.V.graph)
-------------------------------------
  nodes, edges, density (nx.density), components (connected; directed: weakly),
  largest_component_share (nodes of the largest component / n), average_degree (2m/n; for
  the directed variant 2m/n too = mean of in + out degree; plus average_out_degree = m/n),
  average_clustering (nx.average_clustering, unweighted), transitivity (nx.transitivity;
  null for the directed variant, see below), diameter and average_distance (unweighted, on
  the largest connected component; directed: on the largest STRONGLY connected component;
  ties between equally large components go to the one holding the earliest node in input
  order), largest_component_nodes (the size of the largest (weakly) connected component;
  directed also strong_components and largest_strong_component_nodes), spectral_radius (largest
  adjacency eigenvalue, undirected-type variants, weighted with W), degree_centralization
  (Freeman: sum(max degree - degree) / ((n-1)(n-2)), null when n < 3; directed:
  in_degree_centralization and out_degree_centralization = sum(max - d) / (n-1)^2, null when
  n < 2), louvain_modularity (nx.community.modularity(G, C, weight=W) of
  C = nx.community.louvain_communities(G, seed=42, weight=W)), louvain_communities (len(C)),
  louvain_partition (C as lists of ids in input order, ordered by their first node),
  louvain_modularity_best (the best modularity over seeds 0..9 and 42, so never below
  louvain_modularity) and louvain_best_seed (the lowest seed reaching it).
  Modularity of an edgeless graph is undefined: null. The directed variant runs louvain and
  modularity on the DiGraph (networkx's directed modularity) and adds reciprocity
  (nx.overall_reciprocity). Weighted variants additionally carry average_clustering_weighted
  (nx.average_clustering(G, weight='weight')).
  Undirected-type variants carry, for each grouping attribute A (`kind` always; also
  `municipality` for landscapes and directed.json):
    ei_index[A]  Krackhardt's E-I index (E - I) / (E + I) over the edges of the undirected
                 simple graph: E counts edges between nodes of different groups, I edges
                 within a group. A node without a value for A belongs to the group named ""
                 (the empty string). null when the graph has no edges.
    mixing[A]    {groupA: {groupB: count}} over all groups of the variant's nodes (zeros
                 included): each edge counted once in (A, B) and once in (B, A) when A != B,
                 once in (A, A) when both ends are in the same group.

Document layout
---------------
{"name", "source", "generated_by", "networkx" (version), "groupings" (attributes used below),
 "nodes": [{"id", "name", "kind", "municipality", "sectors"}] in input order,
 "ties": [{"from", "to", "kind", "weight"}] in input order (after merging),
 "variants": {V: {"nodes": {id: {...}}, "graph": {...}, "brokerage": {A: {id: {...}}}}}}
Brokerage is present in `undirected` and `directed` only. Keys are sorted; NaN and infinite
values are written as null. The script re-runs itself with PYTHONHASHSEED=0 so that its output
is the same byte for byte on every run (networkx sums over sets of node ids in places).

Brokerage (variants.V.brokerage[A][id])
---------------------------------------
Gould & Fernandez (1989) brokerage roles per node, computed by the brute-force O(n^3)
function `brokerage` below (independent of networkx), for the same grouping attributes, in the
`directed` variant on the DiGraph and in the `undirected` variant on its directed reading
(every edge is an arc both ways). Groups of nodes without a value: "" as above.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from fractions import Fraction

import networkx as nx
import numpy as np
from networkx.algorithms import bipartite

try:
    import yaml
except ImportError:  # only needed for --landscape
    yaml = None

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED_BY = "make_reference.py"

DIRECTED_KINDS = {"member", "funding", "steering", "maintains", "uses", "attends"}
UNDIRECTED_KINDS = {"cooperation", "exchange", "agreement"}
COMMITTEE = "committee"
# Kinds that are not actors: left out of the analysed landscape.
NOT_ACTORS = {"resource", "event"}

# --------------------------------------------------------------------------------------------
# Vocabularies (mirror Sources/LandscapeCore/Model/{ActorKind,TieKind,Sector}.swift)
# --------------------------------------------------------------------------------------------

ACTOR_KINDS = {
    "office": ["Amt", "Verwaltung", "Fachdienst", "Stabsstelle", "Dezernat", "Fachbereich",
               "Kommunalverwaltung"],
    "agency": ["Behörde", "Ministerium", "Schulamt", "Agentur", "Jobcenter", "Landesbehörde"],
    "politics": ["Politik", "Kreistag", "Stadtrat", "Fraktion", "Gemeinderat"],
    "committee": ["Gremium", "Lenkungsgruppe", "Lenkungskreis", "Ausschuss", "Arbeitskreis",
                  "Bündnis", "Runder Tisch", "Steuerungsgruppe", "Beirat", "Fachbeirat"],
    "foundation": ["Stiftung"],
    "association": ["Verein", "Verband", "Initiative", "Netzwerk"],
    "institution": ["Einrichtung", "Schule", "Kita", "Hochschule", "Volkshochschule",
                    "Bildungsträger", "Träger"],
    "business": ["Unternehmen", "Kammer", "Wirtschaft"],
    "program": ["Programm", "Förderprogramm", "programme"],
    "research": ["Forschung", "Institut"],
    "other": ["Sonstige", "Sonstiges"],
    "resource": ["Instrument", "Produkt", "Bericht", "Datenbank", "Portal", "Leitfaden",
                 "Angebotsübersicht"],
    "event": ["Veranstaltung", "Fachtag", "Fachforum", "Konferenz", "Tagung", "Forum"],
}
TIE_KINDS = {
    "cooperation": ["Kooperation", "Zusammenarbeit"],
    "member": ["Mitglied", "Mitgliedschaft", "membership"],
    "funding": ["Förderung", "Finanzierung"],
    "steering": ["Steuerung"],
    "exchange": ["Austausch"],
    "agreement": ["Vereinbarung", "Kooperationsvereinbarung"],
    "maintains": ["erstellt", "pflegt", "betreibt", "Pflege"],
    "uses": ["nutzt", "Nutzung"],
    "attends": ["nimmt teil", "Teilnahme"],
}
SECTORS = {
    "early-childhood": ["frühkindlich", "Frühkindliche Bildung", "Kita", "early childhood"],
    "school": ["Schule", "schulisch", "Schulische Bildung"],
    "vocational": ["beruflich", "Berufliche Bildung", "Ausbildung", "Berufsausbildung"],
    "higher": ["Hochschule", "Hochschulbildung", "Studium"],
    "adult": ["Erwachsenenbildung", "Weiterbildung"],
    "non-formal": ["nonformal", "nicht-formal", "non-formale Bildung"],
    "informal": ["informell", "informelle Bildung"],
}


def burt_effective_size(G, v, weight):
    """Burt's effective size of v over all its contacts (in- and out-neighbours), the
    formula networkx documents: sum over contacts u of 1 - sum_w p(v,w) m(u,w)/max m(u,.)."""
    from networkx.algorithms.structuralholes import normalized_mutual_weight as nmw
    contacts = set(nx.all_neighbors(G, v))
    return sum(
        1 - sum(nmw(G, v, w, weight=weight) * nmw(G, u, w, norm=max, weight=weight) for w in contacts)
        for u in contacts
    )


def vocabulary_key(text: str) -> str:
    """Lower case; ' ', '_', '-', tab and runs of them become one space; trimmed."""
    key, pending = "", False
    for ch in text.lower():
        if ch in " _-\t":
            pending = bool(key)
        else:
            if pending:
                key += " "
            pending = False
            key += ch
    return key


def parse_term(vocabulary: dict[str, list[str]], text: str) -> str | None:
    key = vocabulary_key(text)
    for canonical, aliases in vocabulary.items():  # first match wins, as in Swift
        if vocabulary_key(canonical) == key or any(vocabulary_key(a) == key for a in aliases):
            return canonical
    return None


# --------------------------------------------------------------------------------------------
# Data sets
# --------------------------------------------------------------------------------------------

def make_node(id_, kind="other", name=None, municipality=None, sectors=()):
    return {"id": str(id_), "name": str(name if name is not None else id_), "kind": kind,
            "municipality": municipality, "sectors": list(sectors)}


def make_tie(a, b, kind="cooperation", weight=1.0):
    return {"from": str(a), "to": str(b), "kind": kind, "weight": float(weight)}


def from_networkx(name, source, G, weighted=False, groupings=("kind",)):
    nodes = [make_node(v) for v in G.nodes]
    ties = [make_tie(u, v, weight=(d.get("weight", 1) if weighted else 1))
            for u, v, d in G.edges(data=True)]
    return {"name": name, "source": source, "nodes": nodes, "ties": ties,
            "groupings": list(groupings), "directed_variant": False}


def classic_datasets():
    v = nx.__version__
    sets = []
    karate = nx.karate_club_graph()
    sets.append(from_networkx("karate", f"networkx {v} karate_club_graph(), edge weights dropped",
                              karate, weighted=False))
    sets.append(from_networkx("florentine", f"networkx {v} florentine_families_graph()",
                              nx.florentine_families_graph()))

    davis = nx.davis_southern_women_graph()
    women = set(davis.graph["top"])
    nodes = [make_node(n, kind="other" if n in women else COMMITTEE) for n in davis.nodes]
    ties = []
    for u, w in davis.edges:
        woman, event = (u, w) if u in women else (w, u)
        ties.append(make_tie(woman, event, kind="member"))
    sets.append({"name": "davis",
                 "source": f"networkx {v} davis_southern_women_graph(): women (kind other), "
                           "events (kind committee), ties woman -> event (kind member)",
                 "nodes": nodes, "ties": ties, "groupings": ["kind"], "directed_variant": False})

    sets.append(from_networkx("lesmis", f"networkx {v} les_miserables_graph(), weighted",
                              nx.les_miserables_graph(), weighted=True))

    # Three components with clearly different largest adjacency eigenvalues plus two isolates,
    # interleaved in input order: a 5-cycle with a chord (a1-a3) (lambda ~ 2.48), a triangle
    # with a pendant (lambda ~ 2.17), a single edge (lambda = 1), isolates i1 and i2.
    dis = nx.Graph()
    dis.add_nodes_from(["a1", "a2", "a3", "a4", "a5", "i1", "b1", "b2", "b3", "b4",
                        "c1", "c2", "i2"])
    dis.add_edges_from([("a1", "a2"), ("a2", "a3"), ("a3", "a4"), ("a4", "a5"), ("a5", "a1"),
                        ("a1", "a3"), ("b1", "b2"), ("b2", "b3"), ("b3", "b1"), ("b3", "b4"),
                        ("c1", "c2")])
    sets.append(from_networkx("disconnected",
                              "hand-made: 5-cycle a1..a5 with chord a1-a3, triangle b1-b2-b3 "
                              "with pendant b4, edge c1-c2, isolates i1 and i2", dis))
    sets.append(from_networkx("star", f"networkx {v} star_graph(6): centre 0, leaves 1..6",
                              nx.star_graph(6)))
    sets.append(from_networkx("path", f"networkx {v} path_graph(7)", nx.path_graph(7)))
    iso = nx.complete_graph(4)
    iso.add_nodes_from([4, 5, 6])
    sets.append(from_networkx("isolates", f"networkx {v} complete_graph(4) plus isolates 4, 5, 6",
                              iso))
    sets.append(directed_dataset())
    return sets


def directed_dataset():
    """A small landscape-like example mixing directed and undirected tie kinds."""
    n = make_node
    nodes = [
        n("amt", "office", "Schulverwaltungsamt", "Astadt", ["school"]),
        n("schulamt", "agency", "Staatliches Schulamt", "Astadt", ["school"]),
        n("stiftung", "foundation", "Bürgerstiftung", "Bdorf"),
        n("verein", "association", "Förderverein", "Bdorf", ["non-formal"]),
        n("schule", "institution", "Gemeinschaftsschule", "Astadt", ["school"]),
        n("vhs", "institution", "Volkshochschule", "Bdorf", ["adult"]),
        n("lenkung", "committee", "Lenkungsgruppe", "Astadt"),
        n("runder-tisch", "committee", "Runder Tisch Bildung", "Bdorf"),
        n("arbeitskreis", "committee", "Arbeitskreis Übergang", None),
        n("programm", "program", "Förderprogramm", None),
        n("politik", "politics", "Stadtrat", "Astadt"),
        n("forschung", "research", "Institut (isolated)", None),
    ]
    t = make_tie
    ties = [
        t("amt", "lenkung", "member"),
        t("schulamt", "lenkung", "member"),
        t("schule", "lenkung", "member"),
        t("stiftung", "lenkung", "member"),
        t("verein", "runder-tisch", "member"),
        t("vhs", "runder-tisch", "member"),
        t("amt", "runder-tisch", "member"),
        t("amt", "arbeitskreis", "member"),
        t("schule", "arbeitskreis", "member"),
        t("vhs", "arbeitskreis", "member"),
        t("programm", "amt", "funding"),
        t("programm", "verein", "funding", 2),
        t("stiftung", "schule", "funding"),
        t("politik", "amt", "steering"),
        t("amt", "schule", "steering"),
        t("schule", "amt", "cooperation"),        # parallel to the steering arc amt -> schule
        t("amt", "schulamt", "cooperation"),
        t("schulamt", "amt", "exchange"),         # same pair again, written the other way
        t("verein", "vhs", "cooperation", 1.5),
        t("schule", "vhs", "agreement"),
        t("stiftung", "verein", "exchange"),
    ]
    return {"name": "directed",
            "source": "hand-made mixed example: member/funding/steering directed, "
                      "cooperation/exchange/agreement undirected; forschung isolated",
            "nodes": nodes, "ties": ties, "groupings": ["kind", "municipality"],
            "directed_variant": True}


# --------------------------------------------------------------------------------------------
# Landscape YAML
# --------------------------------------------------------------------------------------------

class LandscapeError(Exception):
    pass


def _text(value):
    """A scalar field as trimmed text, None when absent or empty (BaseLoader: all strings)."""
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
        if value is None:
            return None
    if isinstance(value, dict):
        raise LandscapeError(f"expected a text, got a mapping: {value!r}")
    text = str(value).strip()
    return text or None


def _texts(value):
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(i).strip() for i in items if i is not None and str(i).strip()]


def parse_number(text):
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        pass
    if text.count(",") == 1 and "." not in text:
        return float(text.replace(",", "."))
    raise ValueError(text)


def parse_bool(text):
    t = text.strip().lower()
    if t in ("true", "yes", "y", "ja", "j", "1", "x", "wahr", "on"):
        return True
    if t in ("false", "no", "n", "nein", "0", "falsch", "off", "-"):
        return False
    raise ValueError(text)


def read_landscapes(paths):
    if yaml is None:
        raise LandscapeError("PyYAML is needed for --landscape")
    docs = []
    for path in paths:
        with open(path, encoding="utf-8-sig") as f:
            # BaseLoader: every scalar stays text, as the Swift reader sees it (no 2019 -> int,
            # no yes -> True, no dates).
            doc = yaml.load(f, Loader=yaml.BaseLoader)
        if not isinstance(doc, dict):
            raise LandscapeError(f"{path}: not a mapping at the top level")
        docs.append((path, doc))

    actors, position = [], {}
    for path, doc in docs:
        seen_here = set()
        for record in doc.get("actors") or []:
            name = _text(record.get("name"))
            if name is None:
                raise LandscapeError(f"{path}: actor without name: {record!r}")
            kind_text = _text(record.get("kind"))
            kind = parse_term(ACTOR_KINDS, kind_text) if kind_text else None
            if kind is None:
                raise LandscapeError(f"{path}: actor {name!r}: unknown or missing kind {kind_text!r}")
            id_ = _text(record.get("id")) or name
            if id_ in seen_here:
                raise LandscapeError(f"{path}: duplicate id {id_!r}")
            seen_here.add(id_)
            sectors = []
            for s in _texts(record.get("sectors")):
                sector = parse_term(SECTORS, s)
                if sector is None:
                    raise LandscapeError(f"{path}: actor {id_!r}: unknown sector {s!r}")
                if sector not in sectors:
                    sectors.append(sector)
            municipality = _text(record.get("municipality"))
            if id_ in position:
                old = actors[position[id_]]
                if old["name"] != name or old["kind"] != kind or (
                        municipality and old["municipality"] and municipality != old["municipality"]):
                    raise LandscapeError(f"{path}: actor {id_!r} conflicts with an earlier file")
                old["municipality"] = old["municipality"] or municipality
                old["sectors"] += [s for s in sectors if s not in old["sectors"]]
            else:
                position[id_] = len(actors)
                actors.append(make_node(id_, kind, name, municipality, sectors))

    by_name = {}
    for a in actors:
        by_name.setdefault(a["name"], []).append(a["id"])

    def resolve(path, text):
        if text is None:
            raise LandscapeError(f"{path}: tie without from/to")
        candidates = set(by_name.get(text, []))
        if text in position:
            candidates.add(text)
        if len(candidates) != 1:
            what = "unknown" if not candidates else "ambiguous"
            raise LandscapeError(f"{path}: {what} actor reference {text!r}")
        return candidates.pop()

    ties, identities = [], set()
    for path, doc in docs:
        for record in doc.get("ties") or []:
            a = resolve(path, _text(record.get("from")))
            b = resolve(path, _text(record.get("to")))
            kind_text = _text(record.get("kind"))
            kind = parse_term(TIE_KINDS, kind_text) if kind_text else "cooperation"
            if kind is None:
                raise LandscapeError(f"{path}: unknown tie kind {kind_text!r}")
            weight_text = _text(record.get("weight"))
            weight = parse_number(weight_text) if weight_text else 1.0
            if not (math.isfinite(weight) and weight > 0):
                raise LandscapeError(f"{path}: invalid weight {weight_text!r}")
            formal_text = _text(record.get("formal"))
            formal = parse_bool(formal_text) if formal_text else False
            if a == b:
                print(f"warning: {path}: tie from {a!r} to itself ignored", file=sys.stderr)
                continue
            ends = (a, b) if kind in DIRECTED_KINDS else tuple(sorted((a, b)))
            identity = (ends, kind, weight, _text(record.get("since")),
                        _text(record.get("until")), formal, _text(record.get("note")))
            if identity in identities:  # the same tie given again: kept once
                continue
            identities.add(identity)
            ties.append(make_tie(a, b, kind, weight))

    # The analyses read the actors: resources and events go, with their ties (as
    # Landscape.analysed() does in Swift).
    left_out = {a["id"] for a in actors if a["kind"] in NOT_ACTORS}
    actors = [a for a in actors if a["id"] not in left_out]
    ties = [t for t in ties if t["from"] not in left_out and t["to"] not in left_out]

    names = "+".join(os.path.splitext(os.path.basename(p))[0] for p in paths)
    groupings = ["kind", "municipality"]
    return {"name": names,
            "source": "landscape files " + ", ".join(os.path.basename(p) for p in paths)
                      + f"; networkx {nx.__version__}",
            "nodes": actors, "ties": ties, "groupings": groupings, "directed_variant": True}


# --------------------------------------------------------------------------------------------
# Graph construction
# --------------------------------------------------------------------------------------------

def add_distance(G):
    for _, _, d in G.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
        # exact rational distance, used for `betweenness_exact_ties`
        d["distance_exact"] = 1 / Fraction(repr(d["weight"]))
    return G


def build_undirected(nodes, ties):
    G = nx.Graph()
    G.add_nodes_from(n["id"] for n in nodes)
    for t in ties:
        a, b = t["from"], t["to"]
        if a == b:
            continue
        if G.has_edge(a, b):
            G[a][b]["weight"] += t["weight"]
        else:
            G.add_edge(a, b, weight=t["weight"])
    return add_distance(G)


def build_directed(nodes, ties):
    G = nx.DiGraph()
    G.add_nodes_from(n["id"] for n in nodes)

    def arc(a, b, w):
        if G.has_edge(a, b):
            G[a][b]["weight"] += w
        else:
            G.add_edge(a, b, weight=w)

    for t in ties:
        a, b = t["from"], t["to"]
        if a == b:
            continue
        arc(a, b, t["weight"])
        if t["kind"] not in DIRECTED_KINDS:
            arc(b, a, t["weight"])
    return add_distance(G)


def build_folded(nodes, ties):
    kind = {n["id"]: n["kind"] for n in nodes}
    actors = [n["id"] for n in nodes if n["kind"] != COMMITTEE]
    committees = [n["id"] for n in nodes if n["kind"] == COMMITTEE]
    B = nx.Graph()
    B.add_nodes_from(actors, bipartite=0)
    B.add_nodes_from(committees, bipartite=1)
    for t in ties:
        if t["kind"] == "member" and kind[t["from"]] != COMMITTEE and kind[t["to"]] == COMMITTEE:
            B.add_edge(t["from"], t["to"])
    P = bipartite.weighted_projected_graph(B, actors)
    order = {v: i for i, v in enumerate(actors)}
    F = nx.Graph()
    F.add_nodes_from(actors)
    edges = [((u, v) if order[u] < order[v] else (v, u), d["weight"])
             for u, v, d in P.edges(data=True)]
    edges.sort(key=lambda e: (order[e[0][0]], order[e[0][1]]))
    for (u, v), w in edges:
        F.add_edge(u, v, weight=float(w))
    return add_distance(F)


# --------------------------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------------------------

def real(x):
    """A real-valued measure as a JSON-safe float (networkx sometimes returns int 0)."""
    return None if x is None else clean(float(x))


def clean(x):
    """JSON-safe number: numpy scalars to Python, NaN / inf to None."""
    if x is None:
        return None
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, Fraction):
        x = float(x)
    x = float(x)
    return x if math.isfinite(x) else None


def ordered_components(components, order):
    """Components as lists, largest first; equal sizes: the one with the earliest node first."""
    comps = [sorted(c, key=order.__getitem__) for c in components]
    comps.sort(key=lambda c: (-len(c), order[c[0]]))
    return comps


def perron_exact(G, weight):
    """Exact Perron eigenvector of the undirected adjacency matrix (see module docstring).

    Returns (vector dict or None, spectral radius)."""
    nodes = list(G.nodes)
    order = {v: i for i, v in enumerate(nodes)}
    best, parts = 0.0, []
    for comp in ordered_components(nx.connected_components(G), order):
        if len(comp) < 2:
            continue
        A = nx.to_numpy_array(G, nodelist=comp, weight=weight)  # weight=None: all ones
        values, vectors = np.linalg.eigh(A)
        lam = float(values[-1])
        vec = np.abs(vectors[:, -1])  # Perron vector of a connected component: one sign
        vec /= np.linalg.norm(vec)
        parts.append((lam, comp, vec))
        best = max(best, lam)
    if best <= 0:
        return None, 0.0
    x = {v: 0.0 for v in nodes}
    for lam, comp, vec in parts:
        if lam >= best * (1 - 1e-12):
            coefficient = float(vec.sum())  # <vec, all-ones>
            for v, value in zip(comp, vec):
                x[v] += coefficient * float(value)
    norm = math.sqrt(sum(value * value for value in x.values()))
    return {v: value / norm for v, value in x.items()}, best


def safe(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except (nx.PowerIterationFailedConvergence, ZeroDivisionError, nx.NetworkXError,
            nx.NetworkXPointlessConcept) as error:
        print(f"  note: {f.__name__} failed: {type(error).__name__}: {error}", file=sys.stderr)
        return None


def louvain(G, weight):
    """Louvain with seed 42, and the best modularity over seeds 0..9 and 42."""
    order = {v: i for i, v in enumerate(G.nodes)}
    if G.number_of_edges() == 0:
        return {"louvain_modularity": None, "louvain_communities": None,
                "louvain_partition": None, "louvain_modularity_best": None,
                "louvain_best_seed": None}
    communities = nx.community.louvain_communities(G, seed=42, weight=weight)
    partition = [sorted(c, key=order.__getitem__) for c in communities]
    partition.sort(key=lambda c: order[c[0]])
    best, best_seed = None, None
    for seed in list(range(10)) + [42]:
        q = nx.community.modularity(G, nx.community.louvain_communities(G, seed=seed, weight=weight),
                                    weight=weight)
        if best is None or q > best:
            best, best_seed = q, seed
    return {"louvain_modularity": real(nx.community.modularity(G, communities, weight=weight)),
            "louvain_communities": len(communities), "louvain_partition": partition,
            "louvain_modularity_best": real(best), "louvain_best_seed": best_seed}


def group_of(node, attribute):
    """The group of a node for an attribute; no value -> the group named ""."""
    value = node.get(attribute)
    return "" if value is None else str(value)


def ei_and_mixing(G, info, attribute):
    groups = {v: group_of(info[v], attribute) for v in G.nodes}
    names = sorted(set(groups.values()))
    mixing = {a: {b: 0 for b in names} for a in names}
    external = internal = 0
    for u, v in G.edges:
        gu, gv = groups[u], groups[v]
        if gu == gv:
            internal += 1
            mixing[gu][gu] += 1
        else:
            external += 1
            mixing[gu][gv] += 1
            mixing[gv][gu] += 1
    ei = None if external + internal == 0 else (external - internal) / (external + internal)
    return ei, mixing


def brokerage(nodes, arcs, groups):
    """Gould & Fernandez (1989) brokerage roles, by brute force over all ordered triples.

    nodes: node ids; arcs: set of (a, b) pairs meaning a -> b; groups: id -> group.
    For every ordered triple of distinct nodes (a, b, c) with a -> b and b -> c and NO a -> c,
    b brokers between a and c. Its role by groups g():
      coordinator     g(a) == g(b) == g(c)
      itinerant       g(a) == g(c) != g(b)   (consultant)
      representative  g(a) == g(b) != g(c)
      gatekeeper      g(b) == g(c) != g(a)
      liaison         g(a), g(b), g(c) all different
    Returns {id: {role: count}}.
    """
    roles = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")
    result = {v: dict.fromkeys(roles, 0) for v in nodes}
    for b in nodes:
        for a in nodes:
            if a == b or (a, b) not in arcs:
                continue
            for c in nodes:
                if c == a or c == b or (b, c) not in arcs or (a, c) in arcs:
                    continue
                ga, gb, gc = groups[a], groups[b], groups[c]
                if ga == gb == gc:
                    role = "coordinator"
                elif ga == gc:          # and != gb
                    role = "itinerant"
                elif ga == gb:          # and != gc
                    role = "representative"
                elif gb == gc:          # and != ga
                    role = "gatekeeper"
                else:
                    role = "liaison"
                result[b][role] += 1
    return result


def brokerage_block(G, info, groupings):
    nodes = list(G.nodes)
    if G.is_directed():
        arcs = set(G.edges)
    else:  # the directed reading of an undirected graph: every edge both ways
        arcs = {(u, v) for u, v in G.edges} | {(v, u) for u, v in G.edges}
    return {attribute: brokerage(nodes, arcs, {v: group_of(info[v], attribute) for v in nodes})
            for attribute in groupings}


def exact_tie_betweenness(G, label):
    """Weighted betweenness with exact rational distances (1 / weight as a Fraction).

    networkx's Dijkstra counts two paths as equally short only when their float lengths are
    exactly equal, so sums such as 1/3 + 1/5 + ... can split a true tie. This variant sees every
    true tie; it is recorded as `betweenness_exact_ties` beside networkx's `betweenness`."""
    exact = nx.betweenness_centrality(G, normalized=True, weight="distance_exact")
    floating = nx.betweenness_centrality(G, normalized=True, weight="distance")
    worst = max((abs(floating[v] - exact[v]) for v in G.nodes), default=0.0)
    if worst > 1e-12:
        print(f"  note: {label}: float weighted betweenness differs from exact-tie betweenness"
              f" by up to {worst:.6g}", file=sys.stderr)
    return exact


def undirected_variant(G, info, weighted, groupings, with_brokerage, label):
    W = "weight" if weighted else None
    D = "distance" if weighted else None
    nodes = list(G.nodes)
    n, m = G.number_of_nodes(), G.number_of_edges()
    order = {v: i for i, v in enumerate(nodes)}

    degree = dict(G.degree())
    strength = dict(G.degree(weight="weight"))
    betweenness = nx.betweenness_centrality(G, normalized=True, weight=D)
    exact_ties = exact_tie_betweenness(G, label) if weighted else None
    closeness = nx.closeness_centrality(G, distance=D)
    harmonic = nx.harmonic_centrality(G, distance=D)
    eigenvector = safe(nx.eigenvector_centrality, G, max_iter=100000, tol=1e-14, weight=W)
    exact, radius = perron_exact(G, W)
    pagerank = nx.pagerank(G, alpha=0.85, tol=1e-14, max_iter=100000, weight=W)
    constraint = nx.constraint(G, weight=W)
    effective = nx.effective_size(G, nodes=list(G), weight=W)
    clustering = nx.clustering(G, weight=W)
    core = nx.core_number(G)

    per_node = {}
    for v in nodes:
        entry = {
            "degree": degree[v],
            "strength": real(strength[v]),
            "betweenness": real(betweenness[v]),
            "closeness": real(closeness[v]),
            "harmonic": clean(harmonic[v] / (n - 1)) if n > 1 else None,
            "eigenvector": real(eigenvector[v]) if eigenvector else None,
            "eigenvector_exact": clean(exact[v]) if exact else None,
            "pagerank": real(pagerank[v]),
            "constraint": real(constraint[v]),
            "effective_size": real(effective[v]),
            "core": core[v],
        }
        entry["clustering_weighted" if weighted else "clustering"] = real(clustering[v])
        if weighted:
            entry["betweenness_exact_ties"] = real(exact_ties[v])
        per_node[v] = entry

    components = ordered_components(nx.connected_components(G), order)
    largest = G.subgraph(components[0]) if components else G
    degrees = [degree[v] for v in nodes]
    graph = {
        "nodes": n,
        "edges": m,
        "density": real(nx.density(G)),
        "components": len(components),
        "largest_component_share": len(components[0]) / n if n else None,
        "largest_component_nodes": len(components[0]) if n else 0,
        "average_degree": 2 * m / n if n else None,
        "average_clustering": real(nx.average_clustering(G)) if n else None,
        "transitivity": real(nx.transitivity(G)),
        "diameter": nx.diameter(largest) if n else None,
        "average_distance": real(nx.average_shortest_path_length(largest)) if n else None,
        "degree_centralization": (sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2))
                                  if n >= 3 else None),
        "spectral_radius": clean(radius),
        "ei_index": {},
        "mixing": {},
    }
    if weighted:
        graph["average_clustering_weighted"] = real(nx.average_clustering(G, weight="weight"))
    graph.update(louvain(G, W))
    for attribute in groupings:
        graph["ei_index"][attribute], graph["mixing"][attribute] = ei_and_mixing(G, info, attribute)

    variant = {"nodes": per_node, "graph": graph}
    if with_brokerage:
        variant["brokerage"] = brokerage_block(G, info, groupings)
    return variant


def directed_variant(G, info, groupings):
    nodes = list(G.nodes)
    n, m = G.number_of_nodes(), G.number_of_edges()
    order = {v: i for i, v in enumerate(nodes)}
    R = G.reverse(copy=True)

    betweenness = nx.betweenness_centrality(G, normalized=True)
    closeness = nx.closeness_centrality(G)
    closeness_out = nx.closeness_centrality(R)
    harmonic = nx.harmonic_centrality(G)
    harmonic_out = nx.harmonic_centrality(R)
    eigenvector = safe(nx.eigenvector_centrality, G, max_iter=100000, tol=1e-14, weight=None)
    pagerank = nx.pagerank(G, alpha=0.85, tol=1e-14, max_iter=100000, weight=None)
    constraint = nx.constraint(G)
    # networkx marks a node NaN when it has no *successors* (`G[v]`), even with incoming
    # arcs; Burt's measure counts all contacts, so such nodes get the documented formula.
    effective = nx.effective_size(G, nodes=list(G))
    for v in G:
        if math.isnan(effective[v]) and any(True for _ in nx.all_neighbors(G, v)):
            effective[v] = burt_effective_size(G, v, None)
    clustering = nx.clustering(G)

    per_node = {}
    for v in nodes:
        per_node[v] = {
            "in_degree": G.in_degree(v),
            "out_degree": G.out_degree(v),
            "betweenness": real(betweenness[v]),
            "closeness": real(closeness[v]),
            "closeness_out": real(closeness_out[v]),
            "harmonic": clean(harmonic[v] / (n - 1)) if n > 1 else None,
            "harmonic_out": clean(harmonic_out[v] / (n - 1)) if n > 1 else None,
            "eigenvector": real(eigenvector[v]) if eigenvector else None,
            "pagerank": real(pagerank[v]),
            "constraint": real(constraint[v]),
            "effective_size": real(effective[v]),
            "clustering": real(clustering[v]),
        }

    weak = ordered_components(nx.weakly_connected_components(G), order)
    strong = ordered_components(nx.strongly_connected_components(G), order)
    largest_strong = G.subgraph(strong[0])
    ins = [G.in_degree(v) for v in nodes]
    outs = [G.out_degree(v) for v in nodes]

    def centralization(values):
        return sum(max(values) - d for d in values) / ((n - 1) ** 2) if n >= 2 else None

    graph = {
        "nodes": n,
        "edges": m,
        "density": real(nx.density(G)),
        "components": len(weak),
        "largest_component_share": len(weak[0]) / n,
        "largest_component_nodes": len(weak[0]),
        "strong_components": len(strong),
        "largest_strong_component_nodes": len(strong[0]),
        "average_degree": 2 * m / n,
        "average_out_degree": m / n,
        "average_clustering": real(nx.average_clustering(G)),
        # nx.transitivity accepts a DiGraph but only looks at successor sets (a directed
        # 3-cycle gives 0): not a meaningful directed transitivity, so none is given.
        "transitivity": None,
        "diameter": nx.diameter(largest_strong),
        "average_distance": real(nx.average_shortest_path_length(largest_strong)),
        "in_degree_centralization": centralization(ins),
        "out_degree_centralization": centralization(outs),
        "reciprocity": clean(nx.overall_reciprocity(G)) if m else None,
    }
    graph.update(louvain(G, None))
    return {"nodes": per_node, "graph": graph, "brokerage": brokerage_block(G, info, groupings)}


def compute(dataset):
    nodes, ties, groupings = dataset["nodes"], dataset["ties"], dataset["groupings"]
    info = {n["id"]: n for n in nodes}
    print(f"{dataset['name']}: {len(nodes)} nodes, {len(ties)} ties", file=sys.stderr)
    G = build_undirected(nodes, ties)
    variants = {
        "undirected": undirected_variant(G, info, False, groupings, True, "undirected"),
        "weighted": undirected_variant(G, info, True, groupings, False, "weighted"),
    }
    if dataset["directed_variant"]:
        variants["directed"] = directed_variant(build_directed(nodes, ties), info, groupings)
    if any(n["kind"] == COMMITTEE for n in nodes):
        F = build_folded(nodes, ties)
        variants["folded"] = undirected_variant(F, info, False, groupings, False, "folded")
        variants["folded_weighted"] = undirected_variant(F, info, True, groupings, False,
                                                         "folded_weighted")
    return {"name": dataset["name"], "source": dataset["source"], "generated_by": GENERATED_BY,
            "networkx": nx.__version__, "groupings": groupings,
            "nodes": nodes, "ties": ties, "variants": variants}


def dump(document):
    return json.dumps(document, sort_keys=True, ensure_ascii=False, allow_nan=False, indent=1) + "\n"


# --------------------------------------------------------------------------------------------
# Sanity checks against the literature
# --------------------------------------------------------------------------------------------

def sanity_checks(results):
    checks = [
        ("karate betweenness of node 0", results["karate"]["variants"]["undirected"]["nodes"]["0"]["betweenness"], 0.43763528),
        ("karate betweenness of node 33", results["karate"]["variants"]["undirected"]["nodes"]["33"]["betweenness"], 0.30407497),
        ("Florentine Medici betweenness", results["florentine"]["variants"]["undirected"]["nodes"]["Medici"]["betweenness"], 0.52197802),
        ("karate transitivity", results["karate"]["variants"]["undirected"]["graph"]["transitivity"], 0.25568182),
    ]
    ok = True
    for label, got, expected in checks:
        good = abs(got - expected) < 5e-8
        ok &= good
        print(f"check {label}: {got!r} (literature {expected}) {'ok' if good else 'MISMATCH'}",
              file=sys.stderr)
    return ok


def ensure_fixed_hash_seed():
    """Re-run under PYTHONHASHSEED=0 so the output is reproducible byte for byte.

    Several networkx functions iterate over Python sets of node ids (harmonic_centrality,
    weighted clustering, louvain's neighbour sets ...); with string ids the iteration order,
    and so the float summation order (last bits) and possibly louvain's tie-breaking, depend on
    the per-process string hash seed."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.stdout.flush()
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--landscape", nargs="+", metavar="FILE.yaml",
                        help="merge these landscape files and print one JSON document")
    args = parser.parse_args(argv)
    if args.landscape:
        try:
            dataset = read_landscapes(args.landscape)
        except (LandscapeError, ValueError, OSError, yaml.YAMLError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        sys.stdout.write(dump(compute(dataset)))
        return 0
    results = {}
    for dataset in classic_datasets():
        document = compute(dataset)
        results[dataset["name"]] = document
        with open(os.path.join(HERE, dataset["name"] + ".json"), "w", encoding="utf-8") as f:
            f.write(dump(document))
    return 0 if sanity_checks(results) else 1


if __name__ == "__main__":
    ensure_fixed_hash_seed()
    sys.exit(main())
