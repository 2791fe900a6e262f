#!/usr/bin/env python3
"""A seeded, realistic query mix drawn from a generated corpus's own vocabulary, for both engines.

    bench/querymix/make-queries.py CORPUS_DIR OUT_DIR [--seed 1] [--count 320]

Reads the change logs (*.tsv) in CORPUS_DIR (at most 200 files, spread over the folder, so the vocabulary of a
million-row corpus is read in seconds) and writes, in OUT_DIR:
  queries.tsv   category, PiaSearch path, Groonga path   (one distinct query a line)
  pia.txt       the PiaSearch paths, one a line          (for bench/querymix/wrk-paths.lua)
  groonga.txt   the Groonga paths, one a line
Categories: word (one common or rare word), compound (a long kanji compound), name (a company, department or
system name), and (two words), phrase ("…"), filtered (a word with file, chapter or timing), page2 (the second page).
Facets are asked for by every request of both engines (PiaSearch always counts them; Groonga gets drilldown).
The mix is the same for the same corpus and seed.
"""
import argparse
import collections
import csv
import os
import random
import re
import sys
import unicodedata
import urllib.parse

KANJI = re.compile(r"[\u4e00-\u9fff々]{2,}")
KATAKANA = re.compile(r"[\u30a1-\u30faー]{3,}")
COMPANY = re.compile(r"(?:株式会社|有限会社)[^\s、。（）()「」]{2,20}|[^\s、。（）()「」]{2,20}(?:株式会社)")
DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,10}(?:課|係|室|部)(?=[\s、。）)]|$)")
SYSTEM = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]{2,16}システム")
FILE_NAME = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffー]{2,16}ファイル")
CHAPTER = re.compile(r"^\s*[（(]?[^)）]*[)）]?\s*(I{1,3}|IV|V|VI|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ)[-‐ー－\s]")

PIA_PREFIX = "/api/search?size=20"
GROONGA_PREFIX = ("/d/select?table=Changes&match_columns=item||before||after||explanation&limit=20"
                  "&output_columns=_key,document,line,date,item,snippet_html(after)&drilldown=year,file,chapter,timing")


def rows(corpus, limit_files):
    files = sorted(f for f in os.listdir(corpus) if f.endswith(".tsv"))
    if len(files) > limit_files:
        step = len(files) / limit_files
        files = [files[int(i * step)] for i in range(limit_files)]
    for name in files:
        with open(os.path.join(corpus, name), encoding="utf-8", errors="replace", newline="") as handle:
            for cells in csv.reader(handle, delimiter="\t"):
                if len(cells) >= 4 and cells[0] != "変更日":
                    yield cells


def vocabulary(corpus):
    words, compounds, names, files, chapters, timings = (collections.Counter() for _ in range(6))
    for cells in rows(corpus, 200):
        text = " ".join(cells[1:4])
        for match in KANJI.findall(text):
            (words if len(match) <= 4 else compounds if len(match) <= 8 else collections.Counter())[match] += 1
        for match in KATAKANA.findall(text):
            words[match] += 1
        for pattern in (COMPANY, DEPARTMENT, SYSTEM):
            for match in pattern.findall(text):
                names[match] += 1
        for match in FILE_NAME.findall(cells[1]):
            files[match] += 1
        chapter = CHAPTER.search(cells[1])
        if chapter:
            chapters[unicodedata.normalize("NFKC", chapter.group(1))] += 1
        if len(cells) > 4 and cells[4].strip() in ("事前", "事後"):
            timings[cells[4].strip()] += 1
    return words, compounds, names, files, chapters, timings


def spread(counter, n, rng):
    """n distinct keys spread over the frequency ranks: common, middling and rare alike."""
    # Seen at least twice: a word that occurs once is usually a fragment of the generator's spacing noise.
    ranked = [k for k, c in counter.most_common() if c >= 2]
    if not ranked:
        return []
    if len(ranked) <= n:
        return ranked
    picks = {ranked[int(i * len(ranked) / n)] for i in range(n)}
    while len(picks) < n:
        picks.add(rng.choice(ranked))
    return sorted(picks, key=ranked.index)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=320)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    words, compounds, names, files, chapters, timings = vocabulary(args.corpus)
    if len(words) < 50:
        sys.exit(f"make-queries: only {len(words)} words in {args.corpus}; is it a generated corpus?")

    share = {"word": 0.25, "compound": 0.15, "name": 0.15, "and": 0.15, "phrase": 0.1, "filtered": 0.12, "page2": 0.08}
    wanted = {c: max(1, round(args.count * s)) for c, s in share.items()}
    single = spread(words, wanted["word"] * 3, rng)
    mix = []  # (category, words, filters, page)
    mix += [("word", [w], {}, 1) for w in spread(words, wanted["word"], rng)]
    mix += [("compound", [c], {}, 1) for c in spread(compounds, wanted["compound"], rng)]
    mix += [("name", [n], {}, 1) for n in spread(names, wanted["name"], rng)]
    mix += [("and", pair, {}, 1) for pair in (rng.sample(single, 2) for _ in range(wanted["and"]))]
    mix += [("phrase", [f'"{c}"'], {}, 1) for c in spread(compounds, wanted["phrase"] * 2, rng)[1::2]]
    filters = [("file", f) for f in files.most_common(6)] + [("chapter", c) for c in chapters.most_common(4)] + [("timing", t) for t in timings.most_common(2)]
    for _ in range(wanted["filtered"]):
        key, (value, _) = rng.choice(filters) if filters else ("timing", ("事前", 0))
        mix.append(("filtered", [rng.choice(single)], {key: value}, 1))
    mix += [("page2", [w], {}, 2) for w in spread(words, wanted["page2"] * 2, rng)[::2]]

    seen, lines = set(), []
    for category, terms, where, page in mix:
        q = " ".join(terms)
        key = (q, tuple(sorted(where.items())), page)
        if key in seen:
            continue
        seen.add(key)
        pia = PIA_PREFIX + "&q=" + urllib.parse.quote(q) + "".join(f"&{k}={urllib.parse.quote(v)}" for k, v in where.items())
        pia += f"&page={page}" if page > 1 else ""
        groonga = GROONGA_PREFIX + "&query=" + urllib.parse.quote(q)
        if where:
            groonga += "&filter=" + urllib.parse.quote(" && ".join(f'{k} == "{v}"' for k, v in where.items()))
        groonga += "&offset=20" if page > 1 else ""
        lines.append((category, pia, groonga))
    rng.shuffle(lines)

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "queries.tsv"), "w", encoding="utf-8") as out:
        out.writelines(f"{c}\t{p}\t{g}\n" for c, p, g in lines)
    for name, column in (("pia.txt", 1), ("groonga.txt", 2)):
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as out:
            out.writelines(line[column] + "\n" for line in lines)
    counts = collections.Counter(c for c, _, _ in lines)
    print(f"{len(lines)} distinct queries: " + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
