namespace PiaSearch.CrossReference.Successions;

/// <summary>What a change did to a name in a slot.</summary>
public enum SuccessionKind
{
    /// <summary>The same thing under a new name (情報課 → 情報政策課).</summary>
    Rename,

    /// <summary>Another thing took its place (a new 所属長, a row reused for another destination).</summary>
    Replace,

    /// <summary>A placeholder was filled (未定 → 株式会社オーイーシー).</summary>
    Assign,

    /// <summary>The same thing under a new number (番号法第19条第7号 → 第8号, システム2 → システム1).</summary>
    Renumber,

    /// <summary>The name appears where it did not.</summary>
    Add,

    /// <summary>The name is gone.</summary>
    Remove,
}
