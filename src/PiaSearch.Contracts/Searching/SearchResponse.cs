using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.Search.Highlighting;

namespace PiaSearch.Contracts.Searching;

/// <summary>One page of search results.</summary>
/// <param name="Total">Number of entries that match.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Size">Page size.</param>
/// <param name="Hits">The entries on this page.</param>
/// <param name="Facets">For each facet (year, file, chapter, timing, document, municipality, kind), the values among all matches and their counts (kind counts both kinds).</param>
/// <param name="Query">How the query text was understood.</param>
public sealed record SearchResponse(
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHitDto> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets,
    QueryDto Query)
{
    /// <summary>
    /// True when the search took longer than its time limit and answers with what it found until then: the total
    /// and counts are then lower bounds. Narrow the query and ask again.
    /// </summary>
    public bool Partial { get; init; }

    /// <summary>
    /// The other spellings, names over time, abbreviations, renumbered provisions and synonyms searched beside the words as
    /// typed (empty with expand=false or when the words name nothing known).
    /// </summary>
    public IReadOnlyList<ExpansionDto> Expansions { get; init; } = [];

    /// <summary>With expansions, how many rows match the words as typed (they rank first); null without expansions.</summary>
    public int? LiteralTotal { get; init; }
}

/// <summary>A change entry that matched.</summary>
/// <param name="Id">document:line.</param>
/// <param name="Document">Id of the change log.</param>
/// <param name="Line">Line in the change log file.</param>
/// <param name="Date">変更日 as written and as an interval.</param>
/// <param name="Item">項目 as plain text.</param>
/// <param name="ItemPath">File, chapter and path recovered from the item.</param>
/// <param name="Before">変更前の記載 as plain text (never HTML).</param>
/// <param name="After">変更後の記載 as plain text (never HTML).</param>
/// <param name="Timing">提出時期: 事前, 事後 or null.</param>
/// <param name="Explanation">提出時期に係る説明.</param>
/// <param name="Score">Relevance score.</param>
/// <param name="Highlights">Per field (item, before, after, explanation), fragments around the matches, each a list of segments <c>{text, mark}</c>: plain text, never HTML.</param>
/// <param name="WholeWord">True when the words matched as whole Japanese words (such rows rank first), false when only as characters.</param>
public sealed record SearchHitDto(
    string Id,
    string Document,
    int Line,
    DateDto? Date,
    string Item,
    ItemPathDto ItemPath,
    string Before,
    string After,
    string? Timing,
    string Explanation,
    float Score,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<HighlightSegment>>> Highlights,
    bool WholeWord)
{
    /// <summary>The cross-reference entities the row mentions (contractors, departments, laws…).</summary>
    public IReadOnlyList<EntityRefDto> Entities { get; init; } = [];

    /// <summary>The municipality that published the change log (目黒区), when known.</summary>
    public string? Municipality { get; init; }

    /// <summary>The evaluation the change log belongs to (住民基本台帳に関する事務), when known.</summary>
    public string? Evaluation { get; init; }

    /// <summary>Where in a PDF (page, row) or workbook (sheet, row) the row was read; null for a text file, whose <c>line</c> says it.</summary>
    public SourceDto? Source { get; init; }

    /// <summary>change: a row of the 変更箇所 table; section: a field of another section, its path in item and its text in after.</summary>
    public string Kind { get; init; } = "change";

    /// <summary>Why the row matched an expanded search (empty when nothing was expanded).</summary>
    public IReadOnlyList<MatchDto> MatchedBy { get; init; } = [];

    /// <summary>
    /// The date the before cell denotes as its item's value, or null: a spreadsheet day number under a date item (43010 under
    /// ①実施日), or a day written out (R3.4.1). <c>before</c> keeps the cell as written.
    /// </summary>
    public CellDateDto? BeforeDate { get; init; }

    /// <summary>The date the after cell denotes as its item's value, or null (see <see cref="BeforeDate"/>).</summary>
    public CellDateDto? AfterDate { get; init; }
}

/// <summary>Where a row was read in a published document.</summary>
/// <param name="Page">1-based page of a PDF, or null.</param>
/// <param name="Row">1-based row of the table on that page (PDF) or of the sheet (XLSX).</param>
/// <param name="Sheet">The worksheet (XLSX), or null.</param>
/// <param name="Label">How a person names it: p.12 行3, 変更箇所 行40.</param>
public sealed record SourceDto(int? Page, int Row, string? Sheet, string Label);

/// <summary>A date as written and the interval of days it denotes.</summary>
/// <param name="Raw">As written (令和3年度).</param>
/// <param name="From">First day, yyyy-mm-dd.</param>
/// <param name="To">Last day, yyyy-mm-dd (inclusive).</param>
public sealed record DateDto(string Raw, DateOnly? From, DateOnly? To);

/// <summary>Where in the evaluation a change was made.</summary>
public sealed record ItemPathDto(string? File, string? Chapter, string Path);

/// <summary>A facet value and the number of matches that have it.</summary>
public sealed record FacetValueDto(string Value, int Count);

/// <summary>The query as searched.</summary>
/// <param name="Text">As typed.</param>
/// <param name="Normalized">After width folding and removal of spaces inside Japanese words.</param>
/// <param name="PlainText">
/// True when some or all of the text was searched as plain words: it was not valid query syntax, or used syntax beyond
/// the limits (regular expressions, fuzzy terms, ranges, too many wildcards).
/// </param>
public sealed record QueryDto(string Text, string Normalized, bool PlainText);
