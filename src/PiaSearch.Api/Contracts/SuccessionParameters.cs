using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PiaSearch.Api.Validation;
using PiaSearch.CrossReference.Successions;
using Microsoft.AspNetCore.Mvc;

namespace PiaSearch.Api.Contracts;

/// <summary>Query-string parameters of GET /api/successions.</summary>
public sealed record SuccessionParameters
{
    [FromQuery(Name = "name"), Description("A name (or part of one) on either side of the succession, in any spelling. At most 200 characters.")]
    public string? Name { get; init; }

    [FromQuery(Name = "type"), Description("contractor, department, statute, person, phone, system or document (or the Japanese word).")]
    public string? Type { get; init; }

    [FromQuery(Name = "kind"), Description("rename, replace, assign, renumber, add or remove."), Choices(typeof(SuccessionKind))]
    public string? Kind { get; init; }

    [FromQuery(Name = "page"), Description("1-based page number (default 1)."), Range(1, CrossReferenceInput.MaxPage)]
    public int? Page { get; init; }

    [FromQuery(Name = "size"), Description("Items per page, 1–200 (default 50)."), Range(1, CrossReferenceInput.MaxPageSize)]
    public int? Size { get; init; }

    [FromQuery(Name = "municipality"), Description("Only this municipality's change logs (目黒区), as in the documents' metadata.")]
    public string? Municipality { get; init; }
}
