namespace PiaSearch.CrossReference.Questions;

/// <summary>What a question asks.</summary>
public enum QuestionIntent
{
    /// <summary>When did X become Y? 「情報課はいつ情報政策課になった?」</summary>
    WhenRenamed,

    /// <summary>What was X called before? 「株式会社RKKCSの旧名は?」</summary>
    FormerName,

    /// <summary>What is X called now? 「情報課の現在の名称は?」</summary>
    CurrentName,

    /// <summary>Since when has X been there? 「RKKCSはいつから委託先?」</summary>
    SinceWhen,

    /// <summary>What did a slot hold on a day? 「2020年6月1日時点の本人確認情報ファイル委託事項1の委託先は?」</summary>
    ValueAsOf,

    /// <summary>How did it change over time? 「所属長の変遷」</summary>
    History,

    /// <summary>A name alone: what the index knows about it.</summary>
    Entity,

    /// <summary>When did a cell's text change from some words to others? 「認証がIDとパスワードから二要素認証に変わったのはいつか」</summary>
    WhenChanged,

    /// <summary>Not understood.</summary>
    Unknown,
}
