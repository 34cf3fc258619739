#!/usr/bin/env python3
"""Extract the quotations of a JSON Lines corpus on Apache Spark with the `verbatim` binary.

Each partition of the corpus (one JSON object a line: {"id", "text"} plus optional "outlet", "url",
"date", "title", "format") is piped through one `verbatim extract --input jsonl --format jsonl -`
process on an executor; the binary and the Rules/ folder are shipped to the executors with
SparkContext.addFile (what spark-submit --files does, recursively for the folder). The results, one JSON
object a line in input order within each partition (an error record in place of each refused document),
are written as text files under OUTPUT, and the job prints how many records, results and errors it wrote.

    spark-submit --master local[2] Scripts/spark/extract_corpus.py \
        --verbatim .build/release/verbatim --rules Rules corpus.jsonl out/
"""
import argparse
import json
import os
import subprocess
import sys
import threading
from collections import Counter

from pyspark import SparkContext, SparkFiles


def extract_partition(lines, binary_name, rules_name):
    """Pipes one partition's records through verbatim and yields its JSON Lines results."""
    lines = iter(lines)
    first = next(lines, None)
    if first is None:
        return
    binary = SparkFiles.get(binary_name)
    if not os.access(binary, os.X_OK):
        os.chmod(binary, 0o755)
    process = subprocess.Popen(
        [binary, "extract", "--input", "jsonl", "--format", "jsonl", "--rules", SparkFiles.get(rules_name), "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def feed():
        try:
            process.stdin.write(first.encode("utf-8") + b"\n")
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            process.stdin.close()

    errors = []
    writer = threading.Thread(target=feed)
    reader = threading.Thread(target=lambda: errors.append(process.stderr.read()))
    writer.start()
    reader.start()
    produced = 0
    for line in process.stdout:
        produced += 1
        yield line.decode("utf-8").rstrip("\n")
    writer.join()
    reader.join()
    status = process.wait()
    # 0: every document read; 1: some refused (their error records are in the output); 2 with records:
    # every document refused. Anything else (a crash, a usage error) fails the task, so Spark retries it.
    if status not in (0, 1, 2) or (status == 2 and produced == 0):
        raise RuntimeError("verbatim exited with %d: %s" % (status, b"".join(errors).decode("utf-8", "replace")))


def summarize(record_line):
    """(kind, quotations) of one output line: kind is "result" or the error code."""
    record = json.loads(record_line)
    if "error" in record:
        return record["error"]["code"], 0
    return "result", len(record.get("quotes", []))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="JSON Lines corpus (a file, a folder or a glob Spark can read)")
    parser.add_argument("output", help="folder for the JSON Lines results (must not exist)")
    parser.add_argument("--verbatim", required=True, help="the verbatim executable to ship to the executors")
    parser.add_argument("--rules", required=True, help="the Rules/ folder to ship to the executors")
    parser.add_argument("--partitions", type=int, default=0, help="minimum number of input partitions")
    options = parser.parse_args()

    sc = SparkContext(appName="verbatim-extract")
    sc.setLogLevel("WARN")
    sc.addFile(os.path.abspath(options.verbatim))
    sc.addFile(os.path.abspath(options.rules), recursive=True)
    binary_name = os.path.basename(os.path.abspath(options.verbatim))
    rules_name = os.path.basename(os.path.abspath(options.rules).rstrip("/"))

    corpus = sc.textFile(options.corpus, minPartitions=options.partitions or sc.defaultParallelism)
    results = corpus.mapPartitions(lambda lines: extract_partition(lines, binary_name, rules_name))
    results.cache()
    results.saveAsTextFile(options.output)
    counts = results.map(summarize).aggregateByKey((0, 0), lambda acc, q: (acc[0] + 1, acc[1] + q),
                                                   lambda a, b: (a[0] + b[0], a[1] + b[1])).collectAsMap()
    records = sum(count for count, _ in counts.values())
    documents, quotations = counts.get("result", (0, 0))
    errors = Counter({code: count for code, (count, _) in counts.items() if code != "result"})
    print("spark: %d partitions, %d records: %d documents extracted (%d quotations), %d errors%s"
          % (corpus.getNumPartitions(), records, documents, quotations, sum(errors.values()),
             "" if not errors else " (" + ", ".join("%s %d" % item for item in sorted(errors.items())) + ")"))
    sc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
