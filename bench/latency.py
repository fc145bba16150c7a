#!/usr/bin/env python3
"""Latency of single requests, one at a time over one kept-alive connection, for bench/scale.

Usage: bench/latency.py BASE_URL JOBS_FILE [--seconds 5] [--max 200] [--min 3] [--timeout 300]

JOBS_FILE: one job a line, tab-separated: NAME, KIND, PATH, ACCEPT. Each job is requested once to
warm up, then again until --seconds have passed and at least --min answers were timed (at most
--max). Prints TSV: name, kind, requests, p50_ms, p90_ms, max_ms, rows, bytes, status. rows is
the number of result rows for SPARQL results in TSV or CSV (lines - 1), else empty.
"""
import argparse
import http.client
import statistics
import sys
import time
import urllib.parse


def fetch(conn, path, accept, timeout):
    conn.timeout = timeout
    conn.request("GET", path, headers={"Accept": accept, "Accept-Encoding": "identity"})
    response = conn.getresponse()
    body = response.read()
    return response.status, body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("jobs")
    ap.add_argument("--seconds", type=float, default=5)
    ap.add_argument("--max", type=int, default=200)
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300)
    args = ap.parse_args()
    url = urllib.parse.urlsplit(args.base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=args.timeout)
    print("name\tkind\trequests\tp50_ms\tp90_ms\tmax_ms\trows\tbytes\tstatus")
    with open(args.jobs, encoding="utf-8") as jobs:
        for line in jobs:
            if not line.strip():
                continue
            name, kind, path, accept = line.rstrip("\n").split("\t")
            try:
                status, body = fetch(conn, path, accept, args.timeout)  # warm-up, and the answer's size
            except (OSError, http.client.HTTPException) as e:
                print(f"{name}\t{kind}\t0\t\t\t\t\t\t{type(e).__name__}", flush=True)
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=args.timeout)
                continue
            rows = ""
            if accept in ("text/tab-separated-values", "text/csv") and status == 200:
                rows = str(max(0, body.count(b"\n") - 1))
            times = []
            started = time.monotonic()
            while status == 200 and len(times) < args.max and (time.monotonic() - started < args.seconds or len(times) < args.min):
                t0 = time.perf_counter()
                status, body = fetch(conn, path, accept, args.timeout)
                times.append((time.perf_counter() - t0) * 1000)
            if times:
                times.sort()
                p90 = times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))]
                print(f"{name}\t{kind}\t{len(times)}\t{statistics.median(times):.3f}\t{p90:.3f}\t{times[-1]:.3f}\t{rows}\t{len(body)}\t{status}", flush=True)
            else:
                print(f"{name}\t{kind}\t0\t\t\t\t{rows}\t{len(body)}\t{status}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
