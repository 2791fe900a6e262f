namespace PiaSearch.CrossReference.Morphology;

/// <summary>A token and its part of speech, IPADIC style: 名詞, 固有名詞, 人名, 姓.</summary>
/// <param name="Surface">The token as it appears in the text.</param>
/// <param name="Start">Offset of the token in the text that was tagged.</param>
/// <param name="PartOfSpeech">Part-of-speech levels, most general first.</param>
public sealed record TaggedToken(string Surface, int Start, IReadOnlyList<string> PartOfSpeech)
{
    public int End => Start + Surface.Length;

    /// <summary>名詞-固有名詞-人名-*.</summary>
    public bool IsPersonName => Level(1) == "固有名詞" && Level(2) == "人名";

    /// <summary>名詞-固有名詞-組織.</summary>
    public bool IsOrganization => Level(1) == "固有名詞" && Level(2) == "組織";

    private string? Level(int index) => index < PartOfSpeech.Count ? PartOfSpeech[index] : null;
}
