#!/usr/bin/env python3
"""Turns bench/querymix/run.sh's results.tsv into results.md (a table) and latency.png (gnuplot, when installed).

    bench/querymix/report.py OUT_DIR "machine and date"
"""
import os
import shutil
import subprocess
import sys


def parse(path):
    results = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            engine, size, cache, clients, rss, fields = line.rstrip("\n").split("\t", 5)
            values = dict(pair.split("=") for pair in fields.split())
            results.append({"engine": engine, "size": int(size), "cache": cache, "clients": int(clients), "rss": rss, **values})
    return results


def table(results, about):
    lines = [f"# Query mix: PiaSearch and Groonga ({about})", "",
             "| engine | rows | cache | clients | p50 ms | p90 ms | p99 ms | max ms | req/s | errors | RSS MiB |",
             "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in sorted(results, key=lambda r: (r["size"], r["cache"], r["clients"], r["engine"])):
        errors = int(r["errors_status"]) + int(r["errors_timeout"])
        lines.append(f"| {r['engine']} | {r['size']:,} | {r['cache']} | {r['clients']} | {r['p50_ms']} | {r['p90_ms']} | "
                     f"{r['p99_ms']} | {r['max_ms']} | {r['rps']} | {errors} | {r['rss']} |")
    return "\n".join(lines) + "\n"


def plot(results, out):
    if not shutil.which("gnuplot"):
        print("report: gnuplot is missing (apt-get install gnuplot-nox); no plot", file=sys.stderr)
        return
    series = []
    for engine in ("piasearch", "groonga"):
        for clients in (1, 8):
            rows = sorted((r for r in results if r["engine"] == engine and r["clients"] == clients and r["cache"] == "uncached"), key=lambda r: r["size"])
            if rows:
                name = os.path.join(out, f"plot-{engine}-{clients}.dat")
                with open(name, "w", encoding="utf-8") as handle:
                    handle.writelines(f"{r['size']} {r['p50_ms']} {r['p99_ms']}\n" for r in rows)
                series.append((name, f"{engine} {clients} client(s)"))
    if not series:
        return
    curves = []
    for name, title in series:
        curves.append(f"'{name}' using 1:2 with linespoints title '{title} p50'")
        curves.append(f"'{name}' using 1:3 with linespoints dashtype 2 title '{title} p99'")
    script = "\n".join([
        "set terminal pngcairo size 1000,600",
        f"set output '{os.path.join(out, 'latency.png')}'",
        "set title 'Uncached search latency on the query mix'",
        "set logscale x", "set logscale y", "set xlabel 'rows'", "set ylabel 'ms'", "set key left top", "set grid",
        "plot " + ", ".join(curves)])
    subprocess.run(["gnuplot"], input=script, text=True, check=True)
    for name, _ in series:
        os.remove(name)


def main():
    out, about = sys.argv[1], sys.argv[2]
    results = parse(os.path.join(out, "results.tsv"))
    with open(os.path.join(out, "results.md"), "w", encoding="utf-8") as handle:
        handle.write(table(results, about))
    plot(results, out)
    print(open(os.path.join(out, "results.md"), encoding="utf-8").read())


if __name__ == "__main__":
    main()
