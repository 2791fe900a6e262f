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

    /// <summary>Was a change a rename, or another thing taking the place? 「情報課から情報政策課への変更は名称変更ですか」</summary>
    IsRename,

    /// <summary>How many, on a day: 「令和2年4月1日時点で委託は何件?」 (the counts of the 委託の有無 and 提供・移転の有無 items).</summary>
    HowMany,

    /// <summary>When was an item or a name added? 「委託事項5が追加されたのはいつ?」</summary>
    WhenAdded,

    /// <summary>When was an item or a name removed? 「提供先3が削除されたのはいつ?」</summary>
    WhenRemoved,

    /// <summary>What was added or removed in a change or a year? 「令和3年度の変更で追加された提供先は?」</summary>
    WhatAdded,

    /// <summary>What a date or an Excel serial in a cell is: 「43921はいつのこと?」「平成29年10月2日は何の日?」</summary>
    WhatDate,

    /// <summary>Not understood.</summary>
    Unknown,
}
