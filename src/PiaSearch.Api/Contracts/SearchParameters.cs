using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PiaSearch.Api.Validation;
using PiaSearch.Documents.ChangeLogs;
using Microsoft.AspNetCore.Mvc;
using PiaSearch.Search.Querying;

namespace PiaSearch.Api.Contracts;

/// <summary>
/// Query-string parameters of GET /api/search (and its export and feed): numbers and dates typed and bound by the
/// framework, the rest checked against the index by <see cref="SearchInputValidator"/>.
/// </summary>
public sealed record SearchParameters
{
    [FromQuery(Name = "q"), Description("Words to search for (Lucene syntax accepted; invalid syntax is searched as plain text). " +
        "At most 1,000 characters; required unless entity or entityType is given.")]
    public string? Q { get; init; }

    [FromQuery(Name = "from"), Description("Keep entries whose change date overlaps this day or later (yyyy-mm-dd).")]
    public DateOnly? From { get; init; }

    [FromQuery(Name = "to"), Description("Keep entries whose change date overlaps this day or earlier (yyyy-mm-dd).")]
    public DateOnly? To { get; init; }

    [FromQuery(Name = "file"), Description("Evaluated file, e.g. 住民基本台帳ファイル.")]
    public string? File { get; init; }

    [FromQuery(Name = "chapter"), Description("Chapter: I … VI or 別添N.")]
    public string? Chapter { get; init; }

    [FromQuery(Name = "timing"), Description("提出時期: 事前, 事後 or なし.")]
    public string? Timing { get; init; }

    [FromQuery(Name = "kind"), Description("change: rows of the 変更箇所 table (default); " +
        "section: the text of a whole evaluation's other sections (I 基本情報 … VI), with their item path."), Choices(typeof(EntryKind))]
    public string? Kind { get; init; }

    [FromQuery(Name = "document"), Description("Id of a change log.")]
    public string? Document { get; init; }

    [FromQuery(Name = "municipality"), Description("Only the change logs of this municipality (目黒区), as in the documents' metadata.")]
    public string? Municipality { get; init; }

    [FromQuery(Name = "sort"), Description("relevance (default), newest or oldest."), Choices(typeof(SearchSort))]
    public string? Sort { get; init; }

    [FromQuery(Name = "page"), Description("1-based page number (default 1)."), Range(1, int.MaxValue)]
    public int? Page { get; init; }

    [FromQuery(Name = "size"), Description("Hits per page, 1–100 (default 20)."), Range(1, SearchRequest.MaxPageSize)]
    public int? Size { get; init; }

    [FromQuery(Name = "entity"), Description("Keep rows that mention this cross-reference entity (an id from /api/entities).")]
    public string? Entity { get; init; }

    [FromQuery(Name = "entityType"), Description("Keep rows that mention an entity of this type: contractor, department, statute, person, phone, system or document.")]
    public string? EntityType { get; init; }

    [FromQuery(Name = "expand"), Description("true (default): also search the other spellings, former and later names, abbreviations, renumbered provisions " +
        "and synonyms of the query's words, ranked below the words as typed (see expansions and matchedBy); false: only the words as typed.")]
    public bool? Expand { get; init; }

    [FromQuery(Name = "exclude"), Description("Expansions not to search, by their term as listed in expansions, separated by commas.")]
    public string? Exclude { get; init; }

    /// <summary>True when the search filters by entity or entity type, and so reads the cross-reference model.</summary>
    public bool ReadsTheModel => !string.IsNullOrWhiteSpace(Entity) || !string.IsNullOrWhiteSpace(EntityType);

    /// <summary>A date as the query string writes it (yyyy-mm-dd), for links back to the same search.</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public SearchInput ToInput() => new()
    {
        Q = Q,
        From = From,
        To = To,
        File = File,
        Chapter = Chapter,
        Timing = Timing,
        Kind = Kind,
        Document = Document,
        Municipality = Municipality,
        Entity = Entity,
        EntityType = EntityType,
        Sort = Sort,
        Expand = Expand,
        Exclude = Exclude,
        Page = Page,
        Size = Size,
    };
}
