#!/usr/bin/env python3
"""A copy of a benchmark landscape with every hundredth tie moved, for timing `landscape diff`.

Reads FOLDER/actors.csv and FOLDER/ties.csv (as generate.py writes them) and writes OUT with the
same actors and the same ties, except that every hundredth tie (the 1st, the 101st, ...) keeps
its first end and gets another second end, an actor drawn at random that is not a committee, not
the first end and not already tied to it, as a cooperation of weight 1: 1 % of the ties end and as
many begin, as in landscape-bench's `diff`. The same seed gives the same copy (Python's
``random.Random``). Usage:

    python3 Benchmarks/move_ties.py Benchmarks/data/sbm-200k Benchmarks/data/sbm-200k-moved
    python3 Benchmarks/move_ties.py FOLDER OUT --every 100 --seed 2019
"""
import argparse
import csv
import os
import random
import shutil


def moved(ties, actors, every, rng):
    """The ties with every `every`-th one moved (a new list; `ties` is left alone)."""
    pairs = {frozenset((row[0], row[1])) for row in ties}
    result = []
    for index, row in enumerate(ties):
        if index % every != 0:
            result.append(row)
            continue
        source = row[0]
        while True:
            target = actors[rng.randrange(len(actors))]
            if target != source and frozenset((source, target)) not in pairs:
                break
        pairs.add(frozenset((source, target)))
        result.append([source, target, "cooperation", "1"] + [""] * (len(row) - 4))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("out")
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args()
    with open(os.path.join(args.folder, "actors.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    kind = rows[0].index("kind")
    candidates = [row[0] for row in rows[1:] if row[kind] != "committee"]
    with open(os.path.join(args.folder, "ties.csv"), newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        ties = list(reader)
    result = moved(ties, candidates, args.every, random.Random(args.seed))
    os.makedirs(args.out, exist_ok=True)
    shutil.copyfile(os.path.join(args.folder, "actors.csv"), os.path.join(args.out, "actors.csv"))
    with open(os.path.join(args.out, "ties.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(result)
    changed = sum(1 for a, b in zip(ties, result) if a != b)
    print(f"{args.out}: {len(rows) - 1} actors, {len(result)} ties, {changed} moved (seed {args.seed})")


if __name__ == "__main__":
    main()
