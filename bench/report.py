#!/usr/bin/env python3
"""Writes the measured tables into docs/benchmarks.md and draws the plots (gnuplot).

Usage: bench/report.py [--results bench/results] [--doc docs/benchmarks.md]

Reads, when present: run.tsv, servers.tsv, startup.tsv, run.meta (bench/run), load-scale.tsv
(bench/load-scale), scale.tsv (bench/scale). Replaces the text between the markers
<!-- begin:NAME --> and <!-- end:NAME --> in the document and leaves the rest (the
hand-written analysis) alone. Plots: docs/benchmarks.png (side by side), docs/benchmarks-scale.png
(latency against graph size), when gnuplot is installed (Debian: gnuplot-nox).
"""
import argparse
import csv
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict

SCENARIOS = {
    "canned-hit": ("canned queries, repeated (cache hit)", "`/api/queries/{name}`, every parameterless query in turn",
                   "the same SPARQL at `/ds/sparql`"),
    "canned-miss": ("canned queries, never repeated (cache miss)", "`/api/queries/label-search?q=…` and `/api/queries/entity-neighbourhood?entity=…` with a new value each time",
                    "the same SPARQL, bound the same way, at `/ds/sparql`"),
    "sparql": ("`/sparql` passthrough", "`/sparql?query=…`, every parameterless canned query in turn", "the same at `/ds/sparql`"),
    "page": ("resource pages", "`/page/{name}` (HTML), every entity in turn", "`DESCRIBE <iri>` at `/ds/sparql` (Turtle)"),
    "data": ("resource data", "`/data/{name}` (Turtle), every entity in turn", "`DESCRIBE <iri>` at `/ds/sparql` (Turtle)"),
    "dump": ("dumps", "the N-Quads dump under `/dumps/`", "`GET /ds` with `Accept: application/n-quads` (GSP)"),
}


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_meta(path):
    meta = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    meta[k] = v
    return meta


def med(values):
    values = [v for v in values if v is not None and not math.isnan(v)]
    return statistics.median(values) if values else float("nan")


def fmt(x, digits=1):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    return f"{x:.{digits}f}"


def ratio_of_rounds(rows, key):
    """Median over rounds of ours/bare (each round pairs the two)."""
    by_round = defaultdict(dict)
    for r in rows:
        by_round[r["round"]][r["server"]] = float(r[key])
    ratios = [d["ours"] / d["bare"] for d in by_round.values() if "ours" in d and "bare" in d and d["bare"] > 0]
    return med(ratios)


def side_by_side(run):
    groups = defaultdict(list)
    for r in run:
        groups[(r["scenario"], int(r["connections"]))].append(r)
    out = {}
    for (s, c), rows in groups.items():
        entry = {"ratio": ratio_of_rounds(rows, "requests_per_s"), "rounds": len({r["round"] for r in rows})}
        for side in ("ours", "bare"):
            mine = [r for r in rows if r["server"] == side]
            for k in ("requests_per_s", "p50_ms", "p99_ms", "p999_ms"):
                entry[(side, k)] = med([float(r[k]) for r in mine])
            entry[(side, "errors")] = sum(int(r["errors"]) for r in mine)
        out[(s, c)] = entry
    return out


def run_section(run, meta, servers):
    if not run:
        return "_No side-by-side results yet: run `bench/run`._\n"
    res = side_by_side(run)
    lines = []
    scen = [s for s in SCENARIOS if any(k[0] == s for k in res)]
    for s in scen:
        title, ours_what, bare_what = SCENARIOS[s]
        lines.append(f"**{title}**: ours {ours_what}; bare Fuseki {bare_what}.\n")
        lines.append("| connections | ours req/s | bare req/s | **ratio** | ours p50 / p99 / p99.9 ms | bare p50 / p99 / p99.9 ms | failed requests (ours, bare) |")
        lines.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for (s2, c) in sorted(k for k in res if k[0] == s):
            e = res[(s2, c)]
            lines.append(
                f"| {c} | {fmt(e[('ours', 'requests_per_s')])} | {fmt(e[('bare', 'requests_per_s')])} | **{e['ratio']:.2f}x** | "
                f"{fmt(e[('ours', 'p50_ms')], 2)} / {fmt(e[('ours', 'p99_ms')], 2)} / {fmt(e[('ours', 'p999_ms')], 2)} | "
                f"{fmt(e[('bare', 'p50_ms')], 2)} / {fmt(e[('bare', 'p99_ms')], 2)} / {fmt(e[('bare', 'p999_ms')], 2)} | "
                f"{e[('ours', 'errors')]}, {e[('bare', 'errors')]} |")
        lines.append("")
    rounds = max(e["rounds"] for e in res.values())
    lines.append(f"Medians of {rounds} alternating rounds of {meta.get('duration', '?')} s each (after a {meta.get('warmup', '?')} s warm-up per scenario); "
                 "the ratio is ours/bare in requests per second, the median of the per-round ratios. "
                 "Latency percentiles come from wrk's histogram, `wrk -t2` (one thread at 1 connection), keep-alive, `Accept-Encoding: identity`.")
    lines.append("")
    if servers:
        lines.append("Server commands:\n")
        for s in servers:
            lines.append(f"- {'publisher' if s['server'] == 'ours' else 'bare Fuseki'}: `{s['command']}`")
        lines.append("")
    return "\n".join(lines) + "\n"


def startup_section(startup, servers):
    lines = []
    if startup:
        st = {side: [r for r in startup if r["tool"] == side] for side in ("ours", "bare")}
        lines.append("| | start-up to first answered query (median) | RSS then | rounds |")
        lines.append("| --- | ---: | ---: | ---: |")
        for side, label in (("ours", "publisher (`serve`, shipped graph in memory)"), ("bare", "bare Fuseki (`--file` N-Quads)")):
            rows = st[side]
            if rows:
                lines.append(f"| {label} | {fmt(med([float(r['startup_ms']) for r in rows]), 0)} ms | "
                             f"{fmt(med([float(r['rss_mb']) for r in rows]), 0)} MB | {len(rows)} |")
        lines.append("")
        lines.append(f"JVM flags: `{startup[0]['jvm']}`; rounds alternate; time from `java` starting to the first "
                     "`ASK` answered 200 (polled every 10 ms).")
        lines.append("")
    if servers:
        lines.append("| | RSS after warm-up | peak RSS over the whole side-by-side run |")
        lines.append("| --- | ---: | ---: |")
        for s in servers:
            lines.append(f"| {'publisher' if s['server'] == 'ours' else 'bare Fuseki'} | {s['rss_at_rest_mb']} MB | {s['peak_rss_mb']} MB |")
        lines.append("")
    return "\n".join(lines) + "\n" if lines else "_No start-up results yet: run `bench/run` or `bench/startup`._\n"


def load_section(load):
    if not load:
        return "_No load results yet: run `bench/load-scale`._\n"
    by_size = defaultdict(list)
    for r in load:
        by_size[r["size"]].append(r)
    lines = ["| size | statements | `load` statements/s | `tdb2.tdbloader` statements/s | **ratio** | `load` peak RSS | tdbloader peak RSS | `load` CPU s | tdbloader CPU s | rounds |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for size in sorted(by_size, key=lambda s: float(s)):
        rows = by_size[size]
        ours = [r for r in rows if r["tool"] == "ours"]
        tdb = [r for r in rows if r["tool"] == "tdbloader"]
        by_round = defaultdict(dict)
        for r in rows:
            by_round[r["round"]][r["tool"]] = float(r["statements_per_s"])
        ratio = med([d["ours"] / d["tdbloader"] for d in by_round.values() if len(d) == 2])
        cpu = lambda rs: med([float(r["cpu_seconds"]) for r in rs]) if rs and "cpu_seconds" in rs[0] else float("nan")
        lines.append(f"| 10^{int(round(math.log10(float(size))))} | {int(rows[0]['statements']):,} | "
                     f"{fmt(med([float(r['statements_per_s']) for r in ours]), 0)} | {fmt(med([float(r['statements_per_s']) for r in tdb]), 0)} | "
                     f"**{ratio:.2f}x** | {fmt(med([float(r['peak_rss_mb']) for r in ours]), 0)} MB | {fmt(med([float(r['peak_rss_mb']) for r in tdb]), 0)} MB | "
                     f"{fmt(cpu(ours))} | {fmt(cpu(tdb))} | {len(by_round)} |")
    lines.append("")
    lines.append(f"Whole command, wall clock, from `java` starting to its exit, on the same generated N-Quads file, JVM flags `{load[0]['jvm']}` for both; "
                 "rounds alternate which goes first. Ratio: median of the per-round ratios of statements per second.")
    return "\n".join(lines) + "\n"


def scale_table(scale):
    """name, kind -> size -> row"""
    t = defaultdict(dict)
    for r in scale:
        t[(r["name"], r["kind"])][r["size"]] = r
    return t


def growth_flags(t, sizes):
    """Measurements whose latency grows much faster than their result from the smallest to the largest size."""
    flags = []
    if len(sizes) < 2:
        return flags
    lo, hi = sizes[0], sizes[-1]
    for (name, kind), by in t.items():
        if lo not in by or hi not in by or not by[lo]["p50_ms"] or not by[hi]["p50_ms"]:
            continue
        lat = float(by[hi]["p50_ms"]) / max(float(by[lo]["p50_ms"]), 1e-3)
        work_lo = float(by[lo]["rows"] or 0) if by[lo]["rows"] else float(by[lo]["bytes"] or 0)
        work_hi = float(by[hi]["rows"] or 0) if by[hi]["rows"] else float(by[hi]["bytes"] or 0)
        work = max(work_hi, 1) / max(work_lo, 1)
        if lat > 4 * max(work, 1) and float(by[hi]["p50_ms"]) > 20:
            flags.append((name, kind, lat, work))
    return sorted(flags, key=lambda f: -f[2] / max(f[3], 1))


def scale_section(scale):
    if not scale:
        return "_No scale results yet: run `bench/load-scale` then `bench/scale`._\n"
    sizes = sorted({r["size"] for r in scale}, key=float)
    statements = {r["size"]: r["statements"] for r in scale}
    t = scale_table(scale)
    head = " | ".join(f"10^{int(round(math.log10(float(s))))} p50 ms (rows)" for s in sizes)
    lines = [f"Sizes: " + ", ".join(f"10^{int(round(math.log10(float(s))))} = {int(statements[s] or 0):,} statements" for s in sizes) + ".", "",
             f"| query or page | measured as | {head} | growth of latency / of rows, smallest to largest |",
             "| --- | --- | " + " | ".join("---:" for _ in sizes) + " | ---: |"]
    order = sorted(t, key=lambda k: (k[1].startswith("page") or k[1].startswith("describe"), k[0], k[1]))
    for key in order:
        by = t[key]
        cells = []
        for s in sizes:
            r = by.get(s)
            if not r or not r["p50_ms"]:
                cells.append(f"– ({r['status']})" if r else "–")
            else:
                work = r["rows"] if r["rows"] else f"{int(r['bytes']) / 1024:.0f} KB"
                cells.append(f"{fmt(float(r['p50_ms']), 2)} ({work})")
        growth = "–"
        lo, hi = by.get(sizes[0]), by.get(sizes[-1])
        if lo and hi and lo["p50_ms"] and hi["p50_ms"]:
            lat = float(hi["p50_ms"]) / max(float(lo["p50_ms"]), 1e-3)
            wl = float(lo["rows"]) if lo["rows"] else float(lo["bytes"])
            wh = float(hi["rows"]) if hi["rows"] else float(hi["bytes"])
            growth = f"{lat:,.0f}x / {max(wh, 1) / max(wl, 1):,.0f}x"
        lines.append(f"| {key[0]} | {key[1]} | " + " | ".join(cells) + f" | {growth} |")
    lines.append("")
    lines.append("p50 of one request at a time over one connection (bench/latency.py: a warm-up request, then repeats for up to "
                 "the given seconds, at least 3). Rows: result rows (TSV) for queries; size of the answer for pages.")
    flags = growth_flags(t, sizes)
    if flags:
        lines.append("")
        lines.append("Flagged automatically (latency grew more than four times faster than the result, and is over 20 ms at the largest size):")
        lines.append("")
        for name, kind, lat, work in flags:
            lines.append(f"- {name} ({kind}): latency x{lat:,.0f}, result x{work:,.0f}")
    return "\n".join(lines) + "\n"


def targets_section(run, startup, servers, load):
    res = side_by_side(run) if run else {}
    rows = []

    def verdict(ok):
        return "**met**" if ok else "**not met**"

    def ratios(s):
        return {c: e["ratio"] for (s2, c), e in res.items() if s2 == s}

    for s, target, label in (("canned-hit", 2.0, "canned queries, repeated: >= 2x bare Fuseki"),
                             ("canned-miss", 0.9, "canned queries, cache miss: >= 0.9x"),
                             ("sparql", 0.95, "`/sparql` passthrough: >= 0.95x")):
        r = ratios(s)
        if r:
            measured = ", ".join(f"{v:.2f}x at {c}" for c, v in sorted(r.items()))
            rows.append((label, measured, verdict(all(v >= target for v in r.values()))))
        else:
            rows.append((label, "not measured in this build", "–"))
    page = res.get(("page", 32))
    if page:
        p99 = page[("ours", "p99_ms")]
        rows.append(("resource page p99 < 10 ms at 32 connections, shipped graph", f"{p99:.2f} ms", verdict(p99 < 10)))
    else:
        rows.append(("resource page p99 < 10 ms at 32 connections, shipped graph", "not measured in this build", "–"))
    ours_start = [float(r["startup_ms"]) for r in startup if r["tool"] == "ours"]
    if ours_start:
        m = med(ours_start)
        rows.append(("start-up to the first answered query < 3 s", f"{m:,.0f} ms (median)", verdict(m < 3000)))
    bare_start = {r["round"]: float(r["startup_ms"]) for r in startup if r["tool"] == "bare"}
    paired = [float(r["startup_ms"]) / bare_start[r["round"]] for r in startup
              if r["tool"] == "ours" and r["round"] in bare_start]
    if paired:
        ratio = med(paired)
        rows.append(("start-up to the first answer: <= 1.25x bare Fuseki (issue 13)",
                     f"{ratio:.2f}x (median of {len(paired)} alternating pairs)", verdict(ratio <= 1.25)))
    ours_srv = [s for s in servers if s["server"] == "ours"]
    bare_srv = [s for s in servers if s["server"] == "bare"]
    if ours_srv and bare_srv:
        o, b = float(ours_srv[0]["peak_rss_mb"]), float(bare_srv[0]["peak_rss_mb"])
        rows.append(("peak RSS under the benchmark load: <= 1.2x bare Fuseki (issue 13)",
                     f"{o:,.0f} MB against {b:,.0f} MB, {o / b:.2f}x", verdict(o / b <= 1.2)))
    if ours_srv or ours_start:
        rest = med([float(r["rss_mb"]) for r in startup if r["tool"] == "ours"]) if ours_start else float("nan")
        peak = float(ours_srv[0]["peak_rss_mb"]) if ours_srv else float("nan")
        worst = max(v for v in (rest, peak) if not math.isnan(v))
        rows.append(("RSS < 512 MB with the shipped graph", f"{fmt(rest, 0)} MB after start-up, {fmt(peak, 0)} MB peak under load", verdict(worst < 512)))
    if load:
        by_size = defaultdict(lambda: defaultdict(dict))
        for r in load:
            by_size[r["size"]][r["round"]][r["tool"]] = float(r["statements_per_s"])
        parts, ok = [], True
        for size in sorted(by_size, key=float):
            ratio = med([d["ours"] / d["tdbloader"] for d in by_size[size].values() if len(d) == 2])
            parts.append(f"{ratio:.2f}x at 10^{int(round(math.log10(float(size))))}")
            ok = ok and ratio >= 0.9
        rows.append(("`load` >= 0.9x `tdb2.tdbloader`", ", ".join(parts), verdict(ok)))
    lines = ["| target | measured | |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines) + "\n"


def meta_section(meta):
    if not meta:
        return "_No run metadata yet._\n"
    return (f"- date: {meta.get('date', '?')}\n- machine: {meta.get('machine', '?')}\n- load average: {meta.get('load', '?')}\n"
            f"- JVM flags (both servers): `{meta.get('jvm', '?')}`\n- {meta.get('wrk', 'wrk')}; rounds {meta.get('rounds', '?')} x {meta.get('duration', '?')} s; "
            f"connections {meta.get('connections', '?')} (pages also {meta.get('page_connections', '?')})\n- commit: {meta.get('commit', '?')}\n")


def plot_run(run, out_png):
    res = side_by_side(run)
    if not res or not shutil.which("gnuplot"):
        return False
    conns = sorted({c for (_, c) in res})
    scen = [s for s in SCENARIOS if any(k[0] == s for k in res)]
    with tempfile.TemporaryDirectory() as d:
        data = os.path.join(d, "ratio.dat")
        with open(data, "w") as f:
            f.write("scenario " + " ".join(f"c{c}" for c in conns) + "\n")
            for s in scen:
                f.write(s + " " + " ".join(f"{res[(s, c)]['ratio']:.3f}" if (s, c) in res else "NaN" for c in conns) + "\n")
        lat = os.path.join(d, "p99.dat")
        with open(lat, "w") as f:
            f.write("scenario ours bare\n")
            for s in scen:
                c = 16 if (s, 16) in res else max(c for (s2, c) in res if s2 == s)
                f.write(f"{s}/{c} {res[(s, c)][('ours', 'p99_ms')]:.3f} {res[(s, c)][('bare', 'p99_ms')]:.3f}\n")
        script = f"""
set terminal pngcairo size 1100,480 font ",10" noenhanced
set output "{out_png}"
set multiplot layout 1,2 title "norway-eu-kg vs bare Fuseki 5.6.0, same data and JVM flags (medians of alternating rounds)"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set boxwidth 0.9
set grid ytics
set xtics rotate by -25
set key top left
set title "throughput ratio ours/bare by connections (log scale)"
set ylabel "ratio (1 = as fast as bare Fuseki)"
set logscale y
set yrange [0.1:200]
f(x) = 1
plot "{data}" using 2:xtic(1) title columnheader(2), {"".join(f'"" using {i + 2} title columnheader({i + 2}), ' for i in range(1, len(conns)))} 1 with lines lw 2 lc rgb "black" title "1.0"
set title "p99 latency at 16 connections (ms, log scale)"
set ylabel "ms"
set yrange [*:*]
plot "{lat}" using 2:xtic(1) title "ours", "" using 3 title "bare Fuseki"
unset multiplot
"""
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
    return True


def plot_scale(scale, out_png):
    if not scale or not shutil.which("gnuplot"):
        return False
    t = scale_table(scale)
    sizes = sorted({r["size"] for r in scale}, key=float)
    if len(sizes) < 2:
        return False
    with tempfile.TemporaryDirectory() as d:
        plots = {"queries": [], "pages": []}
        for i, (key, by) in enumerate(sorted(t.items())):
            name, kind = key
            if kind.startswith("hit"):
                continue
            panel = "pages" if kind in ("page", "describe (sparql)") else "queries"
            path = os.path.join(d, f"s{i}.dat")
            with open(path, "w") as f:
                for s in sizes:
                    r = by.get(s)
                    if r and r["p50_ms"]:
                        f.write(f"{r['statements']} {float(r['p50_ms']):.3f}\n")
            label = name if panel == "queries" else f"{name} ({kind.split()[0]})"
            plots[panel].append((path, label))
        def plot_cmd(items):
            return "plot " + ", ".join(f'"{p}" using 1:2 with linespoints title "{l}"' for p, l in items)
        script = f"""
set terminal pngcairo size 1400,650 font ",9" noenhanced
set output "{out_png}"
set multiplot layout 1,2 title "latency (p50, one request at a time) against graph size, publisher on TDB2"
set logscale xy
set grid
set xrange [{0.6 * min(float(r["statements"]) for r in scale if r["statements"]):.0f}:{1.6 * max(float(r["statements"]) for r in scale if r["statements"]):.0f}]
set format x "1e%L"
set xlabel "statements in the graph"
set ylabel "ms"
set key outside right font ",7" spacing 0.8
set title "canned queries (as run on a cache miss)"
{plot_cmd(plots['queries'])}
set title "resource pages and DESCRIBE"
{plot_cmd(plots['pages'])}
unset multiplot
"""
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
    return True


TEMPLATE = """# Benchmarks

What users would pick instead of this publisher is Apache Jena Fuseki serving the same data. These
measurements put the two side by side on the same machine, the same data and the same JVM flags,
and follow the publisher to a graph ten thousand times larger than the shipped one. Every number
here is produced by the scripts in `bench/` (see "How to rerun"); tables between `begin`/`end`
markers are rewritten by `bench/report.py`.

## Targets

<!-- begin:targets -->
<!-- end:targets -->

## The run

<!-- begin:meta -->
<!-- end:meta -->

## Side by side with bare Fuseki

<!-- begin:run -->
<!-- end:run -->

![throughput ratio and p99 latency, ours and bare Fuseki](benchmarks.png)

## Start-up and memory

<!-- begin:startup -->
<!-- end:startup -->

## Loading at scale

<!-- begin:load -->
<!-- end:load -->

## Latency at scale

<!-- begin:scale -->
<!-- end:scale -->

![latency against graph size](benchmarks-scale.png)

## How to rerun

"""


def replace(doc, name, text):
    pattern = re.compile(r"(<!-- begin:%s -->\n).*?(<!-- end:%s -->)" % (name, name), re.S)
    if not pattern.search(doc):
        raise SystemExit(f"docs: marker <!-- begin:{name} --> missing")
    return pattern.sub(lambda m: m.group(1) + text + m.group(2), doc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", default="bench/results")
    ap.add_argument("--doc", default="docs/benchmarks.md")
    args = ap.parse_args()
    R = lambda n: os.path.join(args.results, n)
    run, servers, startup, load, scale = (read_tsv(R(n)) for n in ("run.tsv", "servers.tsv", "startup.tsv", "load-scale.tsv", "scale.tsv"))
    meta = read_meta(R("run.meta"))
    doc = open(args.doc, encoding="utf-8").read() if os.path.exists(args.doc) else TEMPLATE
    doc = replace(doc, "targets", targets_section(run, startup, servers, load))
    doc = replace(doc, "meta", meta_section(meta))
    doc = replace(doc, "run", run_section(run, meta, servers))
    doc = replace(doc, "startup", startup_section(startup, servers))
    doc = replace(doc, "load", load_section(load))
    doc = replace(doc, "scale", scale_section(scale))
    os.makedirs(os.path.dirname(args.doc) or ".", exist_ok=True)
    with open(args.doc, "w", encoding="utf-8") as f:
        f.write(doc)
    docs = os.path.dirname(args.doc) or "."
    drew = [p for p, ok in ((os.path.join(docs, "benchmarks.png"), plot_run(run, os.path.join(docs, "benchmarks.png"))),
                            (os.path.join(docs, "benchmarks-scale.png"), plot_scale(scale, os.path.join(docs, "benchmarks-scale.png")))) if ok]
    if not shutil.which("gnuplot"):
        print("gnuplot not found (apt-get install gnuplot-nox): tables written, plots not drawn", file=sys.stderr)
    print(f"wrote {args.doc}" + (", " + ", ".join(drew) if drew else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
