namespace PiaSearch.Api.Tests.Browser;

/// <summary>
/// A small fictional change log of the fictional 見本町 for the page tests: a department renamed and mentioned again
/// after, a date item whose cell holds a spreadsheet day number, and a law cited with a list of table entries.
/// </summary>
internal static class SampleLog
{
    public const string DocumentId = "mihon-town-changes";
    public const string Municipality = "見本町";
    public const string Department = "見本推進課";
    public const string DateItemWord = "点検実施日";

    /// <summary>45000 is 2023-03-15 in a spreadsheet's day numbering.</summary>
    public const string DaySerial = "45000";

    public static void Write(string folder)
    {
        string[] lines =
        [
            "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明",
            "令和2年4月1日\tI-7-②所属長\t見本課長 山川一郎\t見本推進課長 山川一郎\t事後\t組織の改正",
            "令和2年4月1日\tII-3-⑦使用の主体-使用部署\t見本課\t見本推進課\t事後\t組織の改正",
            "令和4年5月1日\tII-3-⑦使用の主体-使用部署\t見本推進課\t見本推進課、税務課\t事後\t使用部署の追加",
            $"令和5年3月20日\tVI 評価実施手続き 3.第三者点検 ①{DateItemWord}\t(省略)\t{DaySerial}\t事後\t",
            "令和5年4月1日\tI-6-②法令上の根拠\t番号法第9条第1項並びに別表第一の3、5及び12の項\t番号法第9条第1項並びに別表第一の3、5、7及び12の項\t事後\t別表の改正",
        ];
        File.WriteAllLines(Path.Combine(folder, DocumentId + ".tsv"), lines);
        File.WriteAllText(Path.Combine(folder, DocumentId + ".meta.json"), $"{{\"municipality\":\"{Municipality}\"}}");
    }
}
