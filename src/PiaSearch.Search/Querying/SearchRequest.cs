using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Search.Querying;

/// <summary>A search: query text, filters and the page wanted.</summary>
public sealed record SearchRequest
{
    public const int MaxPageSize = 100;
    /// <summary>Characters as <see cref="Validation.TextLength"/> counts them (a surrogate pair is one).</summary>
    public const int MaxQueryLength = 1000;
    public const int MaxResultWindow = 10_000;

    /// <summary>The words to search for; empty to list every row the filters keep (allowed with an entity filter).</summary>
    public required string Query { get; init; }

    /// <summary>Keep entries whose date interval overlaps [From, To].</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? File { get; init; }

    public string? Chapter { get; init; }

    public SubmissionTiming? Timing { get; init; }

    public string? Document { get; init; }

    /// <summary>Change rows (the default, also when null) or the text of a whole evaluation's other sections.</summary>
    public EntryKind? Kind { get; init; }

    /// <summary>Keep rows of this municipality's change logs (its documents are <see cref="Documents"/>).</summary>
    public string? Municipality { get; init; }

    /// <summary>Keep only rows of these documents; set from <see cref="Municipality"/> by the validator.</summary>
    public IReadOnlyCollection<string>? Documents { get; init; }

    /// <summary>Keep rows that mention this cross-reference entity (its rows are <see cref="EntryIds"/>).</summary>
    public string? Entity { get; init; }

    /// <summary>Keep rows that mention an entity of this type (contractor, department…).</summary>
    public string? EntityType { get; init; }

    /// <summary>Keep only these rows (document:line ids); set from <see cref="Entity"/> and <see cref="EntityType"/> by the validator.</summary>
    public IReadOnlyCollection<string>? EntryIds { get; init; }

    public int Page { get; init; } = 1;

    public int Size { get; init; } = 20;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Also search the other spellings, names over time, abbreviations and synonyms of the query's words (the default); false searches the words only as typed.</summary>
    public bool Expand { get; init; } = true;

    /// <summary>Hybrid (the default) matches words and bigrams; Bigrams matches the words as typed as bigrams only, without expansion.</summary>
    public SearchAnalysis Analysis { get; init; } = SearchAnalysis.Hybrid;

    /// <summary>Expansions not to search, by their term, separated by commas (情報課,情報課政策課).</summary>
    public string? Exclude { get; init; }

    /// <summary>The expansions a search ran with, as the result cache tells searches apart (set by the search itself).</summary>
    internal string? ExpansionKey { get; init; }
}
