#!/usr/bin/env python3
"""Pack a folder of articles into a JSON Lines corpus for `verbatim extract --input jsonl`.

One line per article file (.txt, .text, .md, .markdown, .html, .htm; hidden files and companion files
such as *.gold.* skipped, as `verbatim extract DIR` skips them): {"id": path relative to the folder,
"text": the file's text, "format": text|markdown|html}.

    python3 Scripts/spark/pack_corpus.py Examples/articles > corpus.jsonl
"""
import json
import os
import sys

FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def articles(folder):
    for directory, subdirectories, files in os.walk(folder, followlinks=False):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))
        for name in sorted(files):
            lowered = name.lower()
            extension = os.path.splitext(lowered)[1]
            if name.startswith(".") or extension not in FORMATS or lowered.endswith("~"):
                continue
            if any(marker in lowered for marker in (".gold.", ".expected.", ".out.")):
                continue
            yield os.path.join(directory, name), FORMATS[extension]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    packed = 0
    for path, format_name in articles(folder):
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", "replace")
        record = {"id": os.path.relpath(path, folder), "text": text, "format": format_name}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        packed += 1
    print("packed %d articles from %s" % (packed, folder), file=sys.stderr)


if __name__ == "__main__":
    main()
