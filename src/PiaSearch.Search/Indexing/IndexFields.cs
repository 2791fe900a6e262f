namespace PiaSearch.Search.Indexing;

/// <summary>Names of the fields of a change-entry document in the index.</summary>
public static class IndexFields
{
    public const string Id = "id";

    /// <summary>Item, before, after and explanation in one field, as character bigrams: finds any substring.</summary>
    public const string All = "all";

    /// <summary>The same four columns as Japanese words (search mode: compounds and their parts, base forms).</summary>
    public const string Words = "words";

    /// <summary>Positions between the columns in <see cref="Words"/>, so that no phrase of words spans two.</summary>
    public const int WordsSectionGap = 1000;
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

    /// <summary>change or section (<see cref="PiaSearch.Documents.ChangeLogs.EntryKind"/>); entries indexed before it existed have none and are changes.</summary>
    public const string Kind = "kind";

    /// <summary>
    /// The columns of a change entry, in the order of their sections in <see cref="All"/>: a query written
    /// after:RKKCS is held to the positions of the after section.
    /// </summary>
    public static IReadOnlyList<string> TextFields { get; } = [Item, Before, After, Explanation];

    /// <summary>Precision step of the numeric date fields: two terms per value, ranges still quick over a few thousand days.</summary>
    public const int DatePrecisionStep = 16;

    /// <summary>The section of <paramref name="column"/> in <see cref="All"/>, or -1.</summary>
    public static int SectionOf(string column) => TextFields.IndexOf(column);

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Keyword fields counted as facets.</summary>
    public static IReadOnlyList<string> FacetFields { get; } = [Year, File, Chapter, Timing, Document, Kind];

    /// <summary>The doc-values twin of a facet field, used for counting.</summary>
    public static string FacetValues(string field) => "facet." + field;
}
