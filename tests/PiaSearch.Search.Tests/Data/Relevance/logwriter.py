"""Writes a change log in the corpus's TSV layout: a heading, then the header line repeated every few rows."""

HEADER = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明"


def write(path, rows, every=6):
    lines = ["", "## 過去分変更箇所一覧", "", HEADER]
    for i, row in enumerate(rows):
        if i and i % every == 0:
            lines += ["", HEADER]
        cells = list(row) + [""] * (6 - len(row))
        assert len(cells) == 6, row
        assert all("\t" not in c and "\n" not in c for c in cells), row
        lines.append("\t".join(cells))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
