#!/usr/bin/env python3
"""Runs a command RUNS times and prints 'MEDIAN_SECONDS PEAK_RSS_KIB' (exit codes are ignored:
linters exit non-zero when they find something)."""
import resource
import statistics
import subprocess
import sys
import time


def main() -> None:
    runs = int(sys.argv[1])
    command = sys.argv[2:]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print("%.4f %d" % (statistics.median(times), peak))


if __name__ == "__main__":
    main()
