namespace PiaSearch.Documents.ChangeLogs;

/// <summary>What an entry is: a row of the 変更箇所 table, or the text of another section of the evaluation.</summary>
public enum EntryKind
{
    /// <summary>A row of the change log (変更箇所): a change with its date, before and after.</summary>
    Change,

    /// <summary>
    /// A labelled field of another section (I 基本情報 … VI 評価実施手続) as the document words it today: its path in
    /// <see cref="ChangeEntry.Item"/>, its text in <see cref="ChangeEntry.After"/>, no date. Not a change: the
    /// cross-reference model never reads it.
    /// </summary>
    Section,
}
