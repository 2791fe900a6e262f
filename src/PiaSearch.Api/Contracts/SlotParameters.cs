using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PiaSearch.Api.Validation;
using Microsoft.AspNetCore.Mvc;

namespace PiaSearch.Api.Contracts;

/// <summary>Query-string parameters of GET /api/slots.</summary>
public sealed record SlotParameters
{
    [FromQuery(Name = "file"), Description("Evaluated file, e.g. 本人確認情報ファイル.")]
    public string? File { get; init; }

    [FromQuery(Name = "path"), Description("Part of the item path, e.g. 委託事項1-⑥委託先名 or 所属長 (spaces and width do not matter).")]
    public string? Path { get; init; }

    [FromQuery(Name = "asOf"), Description("yyyy-mm-dd: also give each slot's value on that day.")]
    public DateOnly? AsOf { get; init; }

    [FromQuery(Name = "page"), Description("1-based page number (default 1)."), Range(1, CrossReferenceInput.MaxPage)]
    public int? Page { get; init; }

    [FromQuery(Name = "size"), Description("Items per page, 1–200 (default 50)."), Range(1, CrossReferenceInput.MaxPageSize)]
    public int? Size { get; init; }

    [FromQuery(Name = "municipality"), Description("Only this municipality's change logs (目黒区), as in the documents' metadata.")]
    public string? Municipality { get; init; }
}
