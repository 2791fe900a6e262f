namespace PiaSearch.Search.Indexing;

/// <summary>Names of the fields of a change-entry document in the index.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Document = "document";
    public const string Entry = "entry";
    public const string Item = "item";
    public const string Before = "before";
    public const string After = "after";
    public const string Explanation = "explanation";
    public const string DateFrom = "date_from";
    public const string DateTo = "date_to";
    public const string DateSort = "date_sort";
    public const string File = "file";
    public const string Chapter = "chapter";
    public const string Timing = "timing";
    public const string Year = "year";

    /// <summary>Analysed text fields and their weight in queries.</summary>
    public static IReadOnlyDictionary<string, float> TextFieldBoosts { get; } = new Dictionary<string, float>
    {
        [After] = 1.0f,
        [Before] = 1.0f,
        [Item] = 0.7f,
        [Explanation] = 0.2f,
    };

    /// <summary>The text fields, analysed into Japanese words (search mode: compounds and their parts).</summary>
    public static IReadOnlyList<string> TextFields { get; } = [.. TextFieldBoosts.Keys];

    /// <summary>The character-bigram twin of each text field: finds any substring, for recall.</summary>
    public static IReadOnlyList<string> BigramFields { get; } = [.. TextFields.Select(Bigram)];

    /// <summary>The bigram twin of a text field.</summary>
    public static string Bigram(string textField) => textField + "_bigram";

    public static bool IsBigram(string field) => field.EndsWith("_bigram", StringComparison.Ordinal);

    /// <summary>The text field a bigram twin belongs to (or the field itself).</summary>
    public static string TextFieldOf(string field) => IsBigram(field) ? field[..^"_bigram".Length] : field;

    /// <summary>Keyword fields that are both filters and facets.</summary>
    public static IReadOnlyList<string> FacetFields { get; } = [Year, File, Chapter, Timing, Document];

    /// <summary>The doc-values twin of a facet field, used for counting.</summary>
    public static string FacetValues(string field) => "facet." + field;
}
