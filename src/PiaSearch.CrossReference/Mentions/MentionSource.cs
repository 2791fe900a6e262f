namespace PiaSearch.CrossReference.Mentions;

/// <summary>The column of a change row a mention was found in.</summary>
public enum MentionSource
{
    /// <summary>項目.</summary>
    Item,

    /// <summary>変更前の記載.</summary>
    Before,

    /// <summary>変更後の記載.</summary>
    After,
}
