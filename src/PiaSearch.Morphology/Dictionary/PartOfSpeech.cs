namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// The grammatical fields of an IPADIC entry: part of speech in up to four levels, conjugation type and form.
/// Unused levels are "*", as in the dictionary.
/// </summary>
public sealed record PartOfSpeech(string Pos1, string Pos2, string Pos3, string Pos4, string ConjugationType, string ConjugationForm)
{
    public static PartOfSpeech Unknown { get; } = new("*", "*", "*", "*", "*", "*");

    /// <summary>Kuromoji's tag: the used levels joined by '-', e.g. 名詞-固有名詞-地域-一般.</summary>
    /// Worked out once: analyzers ask for it for every token.
    public string Tag { get; } = string.Join('-', new[] { Pos1, Pos2, Pos3, Pos4 }.Where(p => p != "*"));

    /// <summary>MeCab's first four feature columns, e.g. 名詞,固有名詞,地域,一般.</summary>
    public string Feature => $"{Pos1},{Pos2},{Pos3},{Pos4}";

    /// <summary>The six grammatical feature columns as MeCab prints them.</summary>
    public string FullFeature => $"{Pos1},{Pos2},{Pos3},{Pos4},{ConjugationType},{ConjugationForm}";

    /// <summary>Parses up to six comma-separated fields; missing ones are "*".</summary>
    public static PartOfSpeech Parse(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        string At(int i) => i < fields.Count && fields[i].Length > 0 ? fields[i] : "*";
        return new PartOfSpeech(At(0), At(1), At(2), At(3), At(4), At(5));
    }
}
