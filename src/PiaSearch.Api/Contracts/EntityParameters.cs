using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PiaSearch.Api.Validation;
using Microsoft.AspNetCore.Mvc;

namespace PiaSearch.Api.Contracts;

/// <summary>Query-string parameters of GET /api/entities.</summary>
public sealed record EntityParameters
{
    [FromQuery(Name = "type"), Description("contractor (委託先), department (部署), statute (法令), person (人物), phone (電話番号), system (システム) or document (書類).")]
    public string? Type { get; init; }

    [FromQuery(Name = "q"), Description("A name or part of one, in any spelling (RKKCS, 情報課, 番号法). At most 200 characters.")]
    public string? Q { get; init; }

    [FromQuery(Name = "page"), Description("1-based page number (default 1)."), Range(1, CrossReferenceInput.MaxPage)]
    public int? Page { get; init; }

    [FromQuery(Name = "size"), Description("Entities per page, 1–200 (default 50)."), Range(1, CrossReferenceInput.MaxPageSize)]
    public int? Size { get; init; }

    [FromQuery(Name = "municipality"), Description("Only this municipality's change logs (目黒区), as in the documents' metadata.")]
    public string? Municipality { get; init; }
}
