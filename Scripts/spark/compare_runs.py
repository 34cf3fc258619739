#!/usr/bin/env python3
"""Check that two JSON Lines result sets hold the same lines once sorted by id (lines without an id, such
as the error record of a malformed line, sort after, by their text). Prints a summary; exits 1 on a
difference, naming the first one."""
import json
import sys


def sorted_lines(paths):
    lines = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            lines.extend(line.rstrip("\n") for line in handle if line.strip())

    def key(line):
        identifier = json.loads(line).get("id")
        return (identifier is None, str(identifier), line)

    return sorted(lines, key=key)


def main():
    if len(sys.argv) < 3 or "--" not in sys.argv:
        sys.exit("usage: compare_runs.py SINGLE.jsonl -- SPARK-PART-FILES...")
    split = sys.argv.index("--")
    single, spark = sorted_lines(sys.argv[1:split]), sorted_lines(sys.argv[split + 1:])
    for number, (one, other) in enumerate(zip(single, spark), 1):
        if one != other:
            print("DIFFERENT at sorted line %d:\n  single: %s\n  spark:  %s" % (number, one[:300], other[:300]))
            return 1
    if len(single) != len(spark):
        print("DIFFERENT: %d lines from the single process, %d from Spark" % (len(single), len(spark)))
        return 1
    print("identical: %d lines, Spark against a single `verbatim extract --input jsonl` process, sorted by id" % len(single))
    return 0


if __name__ == "__main__":
    sys.exit(main())
