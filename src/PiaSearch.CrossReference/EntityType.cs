namespace PiaSearch.CrossReference;

/// <summary>The kinds of things the cross-reference index links across revisions.</summary>
public enum EntityType
{
    /// <summary>委託先: a company or other organisation, or a placeholder such as 未定.</summary>
    Contractor,

    /// <summary>部署: an organisational unit (…部, …課, …室, …事務所, …センター, …係).</summary>
    Department,

    /// <summary>法令: a law, ordinance or notice, with the article or table item cited.</summary>
    Statute,

    /// <summary>人: a named person, such as the head of the responsible department (所属長).</summary>
    Person,

    /// <summary>電話番号.</summary>
    Phone,

    /// <summary>システム: an information system or server.</summary>
    System,

    /// <summary>書類: a card, notice, certificate or form (通知カード, 個人番号通知書).</summary>
    Document,
}
