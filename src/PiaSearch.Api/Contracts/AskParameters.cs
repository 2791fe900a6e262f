using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace PiaSearch.Api.Contracts;

/// <summary>Query-string parameters of GET /api/ask.</summary>
public sealed record AskParameters
{
    [FromQuery(Name = "q"), Description("A question in Japanese or plain English, e.g. 情報課はいつ情報政策課になった? At most 500 characters.")]
    public string? Q { get; init; }

    [FromQuery(Name = "municipality"), Description("Only this municipality's change logs (目黒区), as in the documents' metadata.")]
    public string? Municipality { get; init; }
}
