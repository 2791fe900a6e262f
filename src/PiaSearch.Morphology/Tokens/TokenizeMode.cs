namespace PiaSearch.Morphology.Tokens;

/// <summary>How the analyzer segments, after Kuromoji's modes.</summary>
public enum TokenizeMode
{
    /// <summary>The minimum-cost path, word for word what MeCab with IPADIC gives.</summary>
    Normal,

    /// <summary>
    /// For search: long kanji and katakana compounds are split into their parts (Kuromoji's length penalties) and
    /// the whole compound is kept as well, stacked at the position of its first part.
    /// </summary>
    Search,

    /// <summary>Search mode, and unknown words are split into single characters.</summary>
    Extended,
}
