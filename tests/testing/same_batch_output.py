#!/usr/bin/env python3
"""Exits 0 when two `finsam-extract batch` output folders hold the same files
with the same bytes, apart from the run times (timings_ms) in the meta files
and summary.jsonl; else lists what differs and exits 1.

usage: same_batch_output.py DIR_A DIR_B [--records N]
  --records N  also require exactly N *.record.json files
"""
import json
import os
import sys


def tree(root):
    out = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            data = open(path, "rb").read().decode()
            if name.endswith(".meta.json"):
                meta = json.loads(data)
                meta.pop("timings_ms")
                data = json.dumps(meta)
            elif name == "summary.jsonl":
                lines = [json.loads(line) for line in data.splitlines()]
                for line in lines:
                    line.pop("timings_ms")
                data = json.dumps(lines)
            out[os.path.relpath(path, root)] = data
    return out


def main(argv):
    a, b = tree(argv[1]), tree(argv[2])
    if a != b:
        print("only in", argv[1], sorted(set(a) - set(b)))
        print("only in", argv[2], sorted(set(b) - set(a)))
        print("differ:", sorted(k for k in a if k in b and a[k] != b[k]))
        return 1
    if len(argv) == 5 and argv[3] == "--records":
        n = sum(1 for k in a if k.endswith(".record.json"))
        if n != int(argv[4]):
            print("expected", argv[4], "records, got", n)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
