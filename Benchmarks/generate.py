#!/usr/bin/env python3
"""Seeded stakeholder-like landscapes as CSV pairs (actors.csv + ties.csv) for the benchmarks.

Two families:

* ``sbm``: a stochastic block model by municipality. Actors fall into municipalities of 60-140
  actors with mixed kinds (offices, institutions, associations, ...); each municipality has
  three committees (Lenkungsgruppe, Arbeitskreise) that most of its offices and a share of the
  others join (hub committees), and a few state-wide committees gather members from many
  municipalities. Cooperation ties fall mostly inside a municipality (about 85 %), the rest
  between random municipalities. Average degree about 9-10.
* ``ba``: Barabasi-Albert preferential attachment (m = 5, average degree about 10) for heavy
  tails; kinds mixed, ties all ``cooperation``.

The same seed gives the same files on every machine (Python's ``random.Random``). Usage:

    python3 Benchmarks/generate.py --out Benchmarks/data            # the standard set
    python3 Benchmarks/generate.py --out DIR --model sbm --actors 20000 --seed 7
"""
import argparse
import csv
import os
import random

KINDS = ["office", "agency", "politics", "foundation", "association", "institution",
         "business", "research", "other"]
KIND_WEIGHTS = [12, 5, 3, 4, 22, 38, 8, 3, 5]
TOPICS = ["Sprachförderung", "Integrationskurse", "Berufsorientierung", "Digitalisierung",
          "Frühe Bildung", "Ganztag", "Übergang Schule-Beruf", "Demokratiebildung",
          "Kulturelle Bildung", "Gesundheit", "MINT", "Inklusion", "Elternarbeit",
          "Erwachsenenbildung", "Nachhaltigkeit", "Sport", "Jugendarbeit", "Alphabetisierung",
          "Medienbildung", "Fachkräftesicherung"]
TARGET_GROUPS = ["Kinder", "Jugendliche", "Eltern", "Neuzugewanderte", "Erwachsene",
                 "Senioren", "Fachkräfte", "Menschen mit Behinderung", "Arbeitsuchende"]
STANDARD = [("sbm", 2_000), ("sbm", 20_000), ("sbm", 200_000), ("ba", 2_000), ("ba", 10_000)]


def actor_row(rng, i, kind, municipality):
    topics = "|".join(rng.sample(TOPICS, rng.randint(1, 2)))
    groups = rng.choice(TARGET_GROUPS)
    return [f"a{i}", f"Akteur {i}", kind, municipality, topics, groups]


def sbm(n, seed):
    rng = random.Random(seed)
    actors, ties, seen = [], [], set()

    def tie(u, v, kind, weight=1):
        key = (u, v) if u < v else (v, u)
        if u == v or key in seen:
            return
        seen.add(key)
        ties.append((u, v, kind, weight))

    blocks, start = [], 0
    while start < n:
        size = min(rng.randint(60, 140), n - start)
        blocks.append(range(start, start + size))
        start += size
    state_committees = max(1, n // 2000)
    kind_of = [""] * n
    committees_of = []
    for b, block in enumerate(blocks):
        municipality = f"Kommune {b + 1}"
        members = list(block)
        committees = members[:3] if len(members) >= 12 else []
        for i in members:
            kind = "committee" if i in committees else rng.choices(KINDS, KIND_WEIGHTS)[0]
            kind_of[i] = kind
            actors.append(actor_row(rng, i, kind, municipality))
        committees_of.append(committees)
    state = list(range(n, n + state_committees))
    for j, c in enumerate(state):
        kind_of.append("committee")
        actors.append([f"a{c}", f"Landesgremium {j + 1}", "committee", "",
                       rng.choice(TOPICS), rng.choice(TARGET_GROUPS)])
    total = n + state_committees
    for block, committees in zip(blocks, committees_of):
        members = [i for i in block if i not in committees]
        for c in committees:
            for i in members:
                # Offices and agencies sit on most committees; others join a share of them.
                p = 0.6 if kind_of[i] in ("office", "agency", "politics") else 0.12
                if rng.random() < p:
                    tie(i, c, "member")
        # Cooperation inside the municipality: about 7 partners per actor, 15 % outside.
        size = len(members)
        for i in members:
            for _ in range(rng.randint(3, 6)):
                if rng.random() < 0.85:
                    j = members[rng.randrange(size)]
                else:
                    j = rng.randrange(n)
                    if kind_of[j] == "committee":
                        continue
                kind = rng.choices(["cooperation", "exchange", "agreement", "funding", "steering"],
                                   [60, 20, 10, 6, 4])[0]
                tie(i, j, kind, rng.choice([1, 1, 1, 2, 3]))
    for c in state:
        for _ in range(rng.randint(30, 80)):
            i = rng.randrange(n)
            if kind_of[i] != "committee":
                tie(i, c, "member")
    return actors, ties, total


def ba(n, seed, m=5):
    rng = random.Random(seed)
    actors = [actor_row(rng, i, rng.choices(KINDS, KIND_WEIGHTS)[0], f"Kommune {i % 97 + 1}")
              for i in range(n)]
    ties, targets, repeated = [], list(range(m)), []
    for v in range(m, n):
        chosen = set()
        while len(chosen) < m:
            chosen.add(targets[rng.randrange(len(targets))] if repeated else rng.randrange(v))
        for u in chosen:
            ties.append((v, u, "cooperation", 1))
            repeated.extend((u, v))
        targets = repeated
    return actors, ties, n


def write(folder, actors, ties):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "actors.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "kind", "municipality", "topics", "target_groups"])
        w.writerows(actors)
    with open(os.path.join(folder, "ties.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["from", "to", "kind", "weight"])
        for u, v, kind, weight in ties:
            w.writerow([f"a{u}", f"a{v}", kind, weight])


def label(count):
    return f"{count // 1000}k" if count % 1000 == 0 else str(count)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "data"))
    parser.add_argument("--model", choices=["sbm", "ba"])
    parser.add_argument("--actors", type=int)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--force", action="store_true", help="write again even if the folder exists")
    args = parser.parse_args()
    jobs = [(args.model, args.actors)] if args.model and args.actors else STANDARD
    for model, count in jobs:
        folder = os.path.join(args.out, f"{model}-{label(count)}")
        if os.path.exists(os.path.join(folder, "ties.csv")) and not args.force:
            print(f"{folder}: exists")
            continue
        actors, ties, total = (sbm if model == "sbm" else ba)(count, args.seed)
        write(folder, actors, ties)
        print(f"{folder}: {total} actors, {len(ties)} ties (seed {args.seed})")


if __name__ == "__main__":
    main()
