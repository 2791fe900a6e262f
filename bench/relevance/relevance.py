#!/usr/bin/env python3
"""Runs the relevance queries through one search mode (search) and scores the runs against the judgements (score)."""
import argparse, collections, datetime, json, math, os, shlex, subprocess, sys

PIA_ARGS = {
    "bigrams": ["--analysis", "bigrams"],
    "hybrid": [],
    "expand": ["--expand", "--synonyms", "index-data/synonyms.txt"],
}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]


def pia_lines(pia, index, query, extra, max_hits):
    lines, page = [], 1
    while len(lines) < max_hits:
        cmd = pia + ["search", query, "--json", "--size", "100", "--page", str(page), "--index", index] + extra
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"relevance: {' '.join(cmd)} failed: {done.stderr.strip()}")
        response = json.loads(done.stdout)
        lines += [h["line"] for h in response["hits"]]
        if not response["hits"] or len(lines) >= response["total"]:
            break
        page += 1
    return lines[:max_hits]


def groonga_escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def groonga_query(query):
    """Each word as a quoted phrase (so that no character is read as syntax), all of them required."""
    return " ".join('"' + w.replace("\\", "\\\\").replace('"', '\\"') + '"' for w in query.split())


def groonga_lines(db, query, max_hits):
    command = ('select --table Changes --match_columns "item || before || after || explanation" '
               f'--query "{groonga_escape(groonga_query(query))}" --output_columns line --sort_keys -_score,line '
               f'--limit {max_hits}\n')
    done = subprocess.run(["groonga", db], input=command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"relevance: groonga failed on {query}: {done.stderr.strip()}")
    header, body = json.loads(done.stdout)
    if header[0] != 0:
        sys.exit(f"relevance: groonga refused {query}: {header}")
    records = body[0][2:]
    return [r[0] for r in records]


def search(args):
    pia = shlex.split(os.environ.get("PIA", "pia"))
    with open(args.out, "w", encoding="utf-8") as out:
        for q in read_tsv(args.queries):
            base = os.path.join(args.work, q["log"])
            if args.mode == "groonga":
                lines = groonga_lines(os.path.join(base, "groonga", "db"), q["query"], args.max_hits)
            else:
                lines = pia_lines(pia, os.path.join(base, "index"), q["query"], PIA_ARGS[args.mode], args.max_hits)
            for rank, line in enumerate(lines, 1):
                out.write(f"{q['query_id']}\t{rank}\t{line}\n")
            print(f"   {q['query_id']}: {len(lines)} hits", file=sys.stderr)


def ndcg(ranked, grades, k=10):
    dcg = sum((2 ** grades.get(line, 0) - 1) / math.log2(i + 2) for i, line in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def per_query(ranked, judged):
    grades = {line: g for line, (g, _) in judged.items()}
    variants = {line for line, (_, v) in judged.items() if v}
    returned = set(ranked)
    found = returned & set(grades)
    return {
        "ndcg": ndcg(ranked, grades),
        "recall": len(found) / len(grades),
        "precision": len(found) / len(returned) if returned else None,
        "variant": len(returned & variants) / len(variants) if variants else None,
        "hits": len(ranked),
    }


def mean(values):
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else float("nan")


def summary(scores):
    return {
        "ndcg": mean(s["ndcg"] for s in scores),
        "recall": mean(s["recall"] for s in scores),
        "precision": mean(s["precision"] for s in scores),
        "variant": mean(s["variant"] for s in scores),
        "empty": sum(1 for s in scores if s["hits"] == 0),
        "n": len(scores),
    }


def table(title, rows_by_mode):
    out = [f"### {title}", "", "| mode | nDCG@10 | recall | precision | variant-only recall | queries without a hit |",
           "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for mode, s in rows_by_mode.items():
        out.append(f"| {mode} | {s['ndcg']:.3f} | {s['recall']:.3f} | {s['precision']:.3f} | {s['variant']:.3f} | {s['empty']} of {s['n']} |")
    return out + [""]


def score(args):
    queries = read_tsv(args.queries)
    judged = collections.defaultdict(dict)
    for j in read_tsv(args.judgements):
        judged[j["query_id"]][int(j["line"])] = (int(j["grade"]), int(j["variant"]))
    modes = args.modes.split()
    runs = {}
    for mode in modes:
        ranked = collections.defaultdict(list)
        with open(os.path.join(args.runs, f"{mode}.tsv"), encoding="utf-8") as f:
            for line in f:
                qid, rank, row = line.rstrip("\n").split("\t")
                ranked[qid].append(int(row))
        runs[mode] = {q["query_id"]: per_query(ranked[q["query_id"]], judged[q["query_id"]]) for q in queries}

    logs = sorted({q["log"] for q in queries})
    relevant = sum(len(v) for v in judged.values())
    variant_rows = sum(1 for v in judged.values() for (_, var) in v.values() if var)
    rows = dict((k, int(v)) for k, v in (pair.split("=") for pair in args.log_rows.split()))
    pairs = sum(rows[q["log"]] for q in queries)
    per_log = ", ".join(f"{log} {sum(1 for q in queries if q['log'] == log)}" for log in logs)
    lines = [f"# 検索の適合性 / Search relevance, {datetime.date.today().isoformat()}", "",
             f"Commit {args.commit}. Command: `{args.command}` (scorer: bench/relevance/relevance.py).", "",
             f"{len(queries)} queries ({per_log}) over {sum(rows.values())} change rows "
             f"({', '.join(f'{k} {v}' for k, v in sorted(rows.items()))}); every row of the query's log judged: {pairs} "
             f"(query, row) pairs, {relevant} relevant, of which {variant_rows} "
             "do not contain the query literally (variant-only).", "",
             "nDCG@10 with gain 2^grade−1 (grade 2 or 1); recall and variant-only recall over the judged rows; precision over "
             "every hit returned (up to 1,000), averaged over the queries that returned any (a query without a hit counts in "
             "recall and nDCG as 0 and is listed in the last column). All figures are means over queries.", ""]
    lines += table("Overall", {m: summary(list(runs[m].values())) for m in modes})
    for log in logs:
        ids = [q["query_id"] for q in queries if q["log"] == log]
        lines += table(f"{log}", {m: summary([runs[m][i] for i in ids]) for m in modes})

    lines += ["### Per query (nDCG@10 / recall / precision, hits)", "", "| query | " + " | ".join(modes) + " |",
              "| --- | " + " | ".join("---" for _ in modes) + " |"]
    for q in queries:
        cells = []
        for m in modes:
            s = runs[m][q["query_id"]]
            p = "–" if s["precision"] is None else f"{s['precision']:.2f}"
            cells.append(f"{s['ndcg']:.2f} / {s['recall']:.2f} / {p}, {s['hits']}")
        lines.append(f"| {q['query_id']} | " + " | ".join(cells) + " |")
    lines.append("")

    if "expand" in modes and "hybrid" in modes:
        lost = []
        for q in queries:
            e, h = runs["expand"][q["query_id"]], runs["hybrid"][q["query_id"]]
            if e["precision"] is not None and h["precision"] is not None and h["precision"] - e["precision"] >= 0.25:
                lost.append(f"{q['query_id']} ({h['precision']:.2f} → {e['precision']:.2f}, {h['hits']} → {e['hits']} hits)")
            elif e["precision"] is not None and h["precision"] is None and e["precision"] < 0.5:
                lost.append(f"{q['query_id']} (no hit as typed → precision {e['precision']:.2f} over {e['hits']} hits)")
        lines += ["### Expansion that lost precision (expand against hybrid, a drop of 0.25 or more, or below 0.5 where hybrid found nothing)", "",
                  ", ".join(lost) if lost else "none", ""]

    text = "\n".join(lines)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("search")
    s.add_argument("--mode", required=True, choices=["bigrams", "hybrid", "expand", "groonga"])
    s.add_argument("--queries", required=True)
    s.add_argument("--work", required=True)
    s.add_argument("--max-hits", type=int, default=1000)
    s.add_argument("--out", required=True)
    c = sub.add_parser("score")
    for name in ("--queries", "--judgements", "--runs", "--modes", "--log-rows", "--commit", "--command", "--out"):
        c.add_argument(name, required=True)
    args = parser.parse_args()
    search(args) if args.command == "search" else score(args)


if __name__ == "__main__":
    main()
