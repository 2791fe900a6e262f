"""Writes queries.tsv and judgements.tsv from the judgements below, decided row by row by reading each log.

A row is relevant when its text (項目, 変更前, 変更後, 説明) refers to what the query means, under any name, spelling,
abbreviation or number it had; for a system, the rows describing that system (its name and function items) count too.
Grade 2: the row is about it (its name, its change, its rule); grade 1: it is mentioned in passing or implied.
variant is computed here: 1 when the row does not contain every word of the query literally after NFKC.
"""
import os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = {
    "meguro": os.path.join(HERE, "..", "..", "..", "..", "index-data", "corpus", "meguro-juki-changes.tsv"),
    "sakuragaoka": os.path.join(HERE, "sakuragaoka-kokuho-changes.tsv"),
    "wakaba": os.path.join(HERE, "wakaba-zeimu-changes.tsv"),
}

def g(two=(), one=()):
    d = {n: 2 for n in two}
    d.update({n: 1 for n in one})
    assert len(d) == len(two) + len(one), "a row judged twice"
    return d

Q = [
 # id, log, query, intent, judgements
 ("M01", "meguro", "RKKCS", "委託先 株式会社RKKCS（旧称アール・ケー・ケー・コンピューター・サービス）の行 / the contractor under either name", g([107, 324])),
 ("M02", "meguro", "アール・ケー・ケー・コンピューター・サービス", "同じ委託先を旧称で / the same contractor by its former name", g([107, 324])),
 ("M03", "meguro", "ワンビシアーカイブズ", "外部保管の委託先（ログでは誤記・OCR崩れのみ） / the off-site storage contractor, spelled wrongly in the log", g([137, 186])),
 ("M04", "meguro", "情報政策課", "システム運用管理の部署（旧称 情報課、誤記 情報課政策課を含む） / the IT department under its former name and a typo", g([320, 329, 330], [90, 156, 192])),
 ("M05", "meguro", "住基ネット", "住民基本台帳ネットワークシステム（略称と正式名称） / the resident registry network, abbreviation or full name",
  g([11, 19, 63, 161, 198], [24, 29, 43, 54, 155, 195, 270, 277, 304, 311])),
 ("M06", "meguro", "番号法第19条第8号", "情報提供ネットワークシステムによる提供の根拠（令和3年改正前は第7号） / the provision, numbered 7 before the 2021 renumbering",
  g([319, 325], [337, 58, 285])),
 ("M07", "meguro", "既存住記システム", "既存住民記録システム（既存住基システムとも表記） / the existing resident-record system under each of its names",
  g([16, 17, 22, 64], [287, 18, 19, 24, 43, 54, 57, 68, 97, 105, 112, 154, 190, 195, 223, 246, 247, 277, 280, 304])),
 ("M08", "meguro", "オーイーシー", "委託先 株式会社オーイーシー / the contractor", g([292, 305])),
 ("M09", "meguro", "富士フイルムシステムサービス", "委託先（旧称 富士ゼロックスシステムサービス） / the contractor, renamed", g([323])),
 ("M10", "meguro", "通知カード及び個人番号カード省令", "この省令を引用する行（総務省令第35条、通知カード及び番号カード省令、後の個人番号カード省令の表記を含む） / rows citing the ordinance under any of its names",
  g([83, 86, 87, 191, 195, 276, 282, 303, 304, 306, 307, 313], [43, 246, 281, 297, 299, 302])),
 ("M11", "meguro", "消去", "特定個人情報・データの消去（削除・破壊を含む）。記載の削除（文言の削除）は除く / erasing data, not deleting text from the document",
  g([149, 235, 238, 259, 262, 273], [247, 272])),
 ("M12", "meguro", "市町村CS", "住基ネットのコミュニケーションサーバ（市町村C S. などの崩れた表記を含む） / the municipal communication server, also in OCR-broken spellings",
  g([24, 161, 198], [43, 57, 246, 247, 270, 271, 273, 304, 312, 316, 317])),
 ("M13", "meguro", "生体認証", "生体（指静脈）情報による認証 / biometric (finger-vein) authentication", g([64, 65, 70])),
 ("M14", "meguro", "電話番号", "問い合わせ先の電話番号 / the contact phone number", g([55, 56])),
 ("M15", "meguro", "旧氏", "旧氏（旧姓）の記録・提供 / former surnames", g([288, 289, 290, 295, 296, 310], [47])),
 ("M16", "meguro", "住民票の写し コンビニ", "コンビニでの住民票の写しの交付 / certificates at convenience stores", g([7, 34])),

 ("S01", "sakuragaoka", "北斗情報システム", "委託先（後の株式会社ホクトデジタル、誤記を含む）/ the contractor, renamed and misspelled later",
  g([29, 80, 96, 97, 105, 128, 162, 181, 197, 214], [109, 185, 223])),
 ("S02", "sakuragaoka", "ホクトデジタル", "同じ委託先を新名称で（旧称・OCR崩れを含む） / the same contractor by its new name",
  g([29, 80, 96, 97, 105, 128, 162, 181, 197, 214], [109, 185, 223])),
 ("S03", "sakuragaoka", "株式会社ＫＳＣ", "委託先 KSC（旧称 ケーエスシー）、全角で入力 / the contractor, typed in full-width letters", g([134, 158, 194])),
 ("S04", "sakuragaoka", "国保連", "国民健康保険団体連合会（略称・正式名称・国保連合会）。国保中央会は別団体 / the federation, not the national association",
  g([41, 42, 81, 173], [39, 40, 46, 61, 69, 166])),
 ("S05", "sakuragaoka", "国民健康保険団体連合会", "同じ団体を正式名称で / the same body by its full name",
  g([41, 42, 81, 173], [39, 40, 46, 61, 69, 166])),
 ("S06", "sakuragaoka", "番号法第19条第7号", "情報提供ネットワークシステムによる提供の根拠（令和3年度から第8号） / the provision, numbered 8 after the renumbering",
  g([38, 45, 85, 136, 146, 149, 150], [151, 199])),
 ("S07", "sakuragaoka", "国保年金課", "国保の担当課（令和2年度まで保険年金課） / the department, called 保険年金課 until 2020",
  g([8, 9, 119, 120, 121, 122], [13, 14, 33, 54, 63, 95, 117, 138, 143, 144, 145, 153, 154, 169, 191, 222])),
 ("S08", "sakuragaoka", "情報システム課", "情報システムの部署（令和3年度からデジタル推進課） / the IT department, renamed デジタル推進課",
  g([63, 154, 157], [152, 153, 169, 205, 221])),
 ("S09", "sakuragaoka", "日本レコードキーピング", "遠隔地保管の委託先（令和2年度に別会社へ交代、交代後の会社は対象外） / the storage contractor; its replacement is another company",
  g([78, 125], [126])),
 ("S10", "sakuragaoka", "受託者", "委託先・受託者・委託事業者（再委託先だけの行は除く） / the contractor party under any of its generic names",
  g([31, 56, 57, 58, 89, 90, 109, 110, 114, 118, 126, 138, 141, 143, 200, 206],
    [24, 25, 26, 29, 77, 78, 80, 96, 97, 104, 105, 125, 128, 134, 158, 162, 181, 185, 186, 193, 194, 197, 198, 213, 214, 223])),
 ("S11", "sakuragaoka", "電話番号", "問い合わせ先の電話番号（電話・TEL の表記を含む）。電話での問い合わせ業務は除く / the contact number, not phone-inquiry work",
  g([14, 33, 95, 117, 144, 145, 191, 222])),
 ("S12", "sakuragaoka", "消去", "特定個人情報・媒体の消去・削除・廃棄。記載の削除は除く / erasing or destroying data and media, not deleting text",
  g([50, 57, 90, 110, 141, 142, 190, 200, 217], [56, 206])),
 ("S13", "sakuragaoka", "国民健康保険総合システム", "国保総合システム（この名称で定義された略称を含む） / the system, mostly written by its defined abbreviation",
  g([6, 22, 23, 98], [7, 16, 49, 50, 55, 61, 66, 69, 73, 113, 127, 152, 170, 173, 190, 202, 217])),
 ("S14", "sakuragaoka", "委託先の監督", "委託先（受託者・委託事業者）に対する監督 / supervising the contractor, in any word order",
  g([58, 89, 118, 138, 223])),
 ("S15", "sakuragaoka", "バックアップ 保管", "バックアップ媒体・データの保管（遠隔地保管業務） / storing backups, the off-site storage work",
  g([72, 73, 127, 218], [89, 90, 126, 138, 141])),
 ("S16", "sakuragaoka", "北斗情報システムズ", "S01 の委託先を誤って入力 / S01's contractor, mistyped",
  g([29, 80, 96, 97, 105, 128, 162, 181, 197, 214], [109, 185, 223])),

 ("W01", "wakaba", "若葉計算センター", "委託先（令和2年度に株式会社WAKABAシステムズへ商号変更、誤記を含む） / the contractor, renamed, with OCR typos",
  g([31, 77, 109, 110, 114, 159, 175, 197], [82, 120, 177, 201])),
 ("W02", "wakaba", "WAKABAシステムズ", "同じ委託先を新商号で（全角・ワカバ表記・旧商号を含む） / the same contractor by its new name",
  g([31, 77, 109, 110, 114, 159, 175, 197], [82, 120, 177, 201])),
 ("W03", "wakaba", "東和ビジネスサービス", "委託先（令和3年度にトーワ・ビジネスソリューションズへ商号変更） / the contractor, renamed",
  g([38, 79, 137, 138, 158, 162], [199])),
 ("W04", "wakaba", "共栄印刷", "印刷の委託先（令和4年度に別会社へ交代、交代後の会社は対象外） / the printer; its replacement is another company",
  g([73, 151], [81, 152, 154])),
 ("W05", "wakaba", "eLTAX", "地方税ポータルシステム（略称と正式名称、システム2の記載） / the local-tax portal under either name",
  g([15, 185], [16, 18, 22, 48, 89, 134, 135, 157, 205, 210])),
 ("W06", "wakaba", "地方税ポータルシステム", "同じシステムを正式名称で / the same system by its full name",
  g([15, 185], [16, 18, 22, 48, 89, 134, 135, 157, 205, 210])),
 ("W07", "wakaba", "税務課", "税務の担当課（令和2年度に課税課・収納課へ分割） / the tax department and the two it was split into",
  g([9, 10, 104, 105, 106], [13, 14, 63, 64, 86, 97, 101, 119, 121, 122, 125, 127, 141, 142, 143, 149, 167, 169, 190, 200, 202])),
 ("W08", "wakaba", "DX推進係", "企画政策課DX推進係（令和3年度まで総務課情報係） / the IT section, formerly 総務課情報係",
  g([141, 142, 143], [64, 97, 121, 127])),
 ("W09", "wakaba", "番号法第19条第9号", "国税連携等の提供の根拠（令和3年度改正前は第8号）。改正後の第8号（情報提供NWS）は対象外 / numbered 8 before the renumbering; today's item 8 is another provision",
  g([129, 130, 133, 184, 208], [46, 50, 94])),
 ("W10", "wakaba", "地方税法第317条の6", "給与支払報告書の提出義務の条文（略称 地法 での引用を含む） / the article, also cited through the log's abbreviation 地法",
  g([23, 42, 186])),
 ("W11", "wakaba", "給報", "給与支払報告書（この略称で定義） / the salary payment report, by its defined abbreviation or full name",
  g([6, 23, 33, 34, 55, 89, 102, 150, 157, 186, 205, 206, 214], [16, 54, 85, 134, 145, 181])),
 ("W12", "wakaba", "廃棄", "特定個人情報・書類の廃棄・消去・削除・溶解。記載の削除は除く / disposing of data and paper, not deleting text",
  g([54, 58, 85, 145, 146, 181], [61, 154, 183])),
 ("W13", "wakaba", "TEL", "問い合わせ先の電話番号（電話・☎ 表記を含む） / the contact phone number in any notation", g([14, 63, 86, 122, 125, 167, 190, 202])),
 ("W14", "wakaba", "特別徴収税額の通知", "特別徴収税額の通知（決定通知書、電子的な通知） / notifying employers of the withheld tax, by paper or electronically",
  g([65, 66, 69, 103, 135, 191, 192], [6, 8, 26, 71, 111, 136, 173, 209])),
 ("W15", "wakaba", "トーワビジネス", "W03 の委託先を中黒なしで入力 / W03's contractor, typed without the middle dot",
  g([38, 79, 137, 138, 158, 162], [199])),
 ("W16", "wakaba", "給与支払報告書の提出", "給与支払報告書（給報）の提出・受付 / submitting (and receiving) salary payment reports",
  g([23, 89, 186, 205], [6, 16, 34, 55, 102, 134, 150, 157, 206])),
]

def rows(log):
    out = {}
    for n, line in enumerate(open(LOGS[log], encoding="utf-8").read().split("\n"), 1):
        c = line.split("\t")
        if len(c) >= 4 and c[0] != "変更日":
            out[n] = unicodedata.normalize("NFKC", " ".join([c[1], c[2], c[3]] + c[5:6]))
    return out

def main(out_dir):
    logs = {log: rows(log) for log in LOGS}
    ids = [q[0] for q in Q]
    assert len(ids) == len(set(ids))
    with open(os.path.join(out_dir, "queries.tsv"), "w", encoding="utf-8") as f:
        f.write("query_id\tlog\tquery\tintent\n")
        for qid, log, query, intent, _ in Q:
            f.write(f"{qid}\t{log}\t{query}\t{intent}\n")
    with open(os.path.join(out_dir, "judgements.tsv"), "w", encoding="utf-8") as f:
        f.write("log\tquery_id\tline\tgrade\tvariant\n")
        for qid, log, query, intent, judged in Q:
            words = unicodedata.normalize("NFKC", query).split()
            for line in sorted(judged):
                assert line in logs[log], f"{qid}: line {line} is not a change row of {log}"
                variant = 0 if all(w in logs[log][line] for w in words) else 1
                f.write(f"{log}\t{qid}\t{line}\t{judged[line]}\t{variant}\n")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
