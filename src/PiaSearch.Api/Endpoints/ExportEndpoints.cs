using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using PiaSearch.Api.Contracts;
using PiaSearch.Api.Exports;
using PiaSearch.Api.Hosting;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Querying;
using PiaSearch.Search.Validation;

namespace PiaSearch.Api.Endpoints;

/// <summary>
/// The current search, every page of it, as a file for Excel: CSV (UTF-8 with BOM) or XLSX. Rows are read from the
/// index in batches and written as they come, so memory does not grow with the rows; at most Export:MaxRows rows.
/// </summary>
public static class ExportEndpoints
{
    public const string TotalHeader = "Pia-Export-Total";
    public const string RowsHeader = "Pia-Export-Rows";
    public const string TruncatedHeader = "Pia-Export-Truncated";

    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Search");
        group.MapGet("/search/export", Export)
            .AddEndpointFilter<EntityModelEndpointFilter>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .RequireRateLimiting(ProtectionExtensions.ExportRateLimit)
            .WithName("ExportSearch")
            .WithSummary("検索結果を CSV・XLSX で保存する / Export a search as CSV or XLSX")
            .WithDescription("Every row the search keeps (all pages; the search parameters as for /api/search, page and size ignored), " +
                "in the search's order: date, municipality, change log, line, file, chapter, item, before, after, timing, explanation " +
                "and a link back to the row. format=csv (UTF-8 with BOM; cells that a spreadsheet would read as a formula " +
                "get a leading apostrophe) or xlsx. At most Export:MaxRows rows (default 100,000): the headers Pia-Export-Total, " +
                "Pia-Export-Rows and Pia-Export-Truncated say when the export was cut, and so does the XLSX's second sheet. " +
                "Rate-limited per client (Export:PermitsPerMinute).")
            .WithRequestTimeout(ProtectionExtensions.ExportTimeout);
        return group;
    }

    public static async Task<IResult> Export(
        [AsParameters] SearchParameters parameters,
        string? format,
        SearchInputValidator validator,
        ChangeLogSearchService search,
        CrossReferenceIndex crossReference,
        IndexReadiness readiness,
        IOptions<ExportOptions> options,
        HttpContext http)
    {
        if (!readiness.IsReady)
        {
            return IndexReadyEndpointFilter.NotReady(readiness);
        }

        var kind = format?.Trim().ToLowerInvariant();
        if (kind is not ("csv" or "xlsx"))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = ["format は csv か xlsx です。format must be csv or xlsx."] },
                detail: "format は csv か xlsx です。format must be csv or xlsx.",
                title: "保存の形式が正しくありません / The export format is not valid");
        }

        if (parameters.ReadsTheModel && crossReference.HasNoModelYet)
        {
            return CrossReferenceReadyEndpointFilter.Building(http.Response);
        }

        if (!validator.TryValidate(parameters.ToInput() with { Page = null, Size = null }, out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(v => v)), title: InputMessages.InvalidSearchTitle);
        }

        var limits = options.Value;
        var first = search.ReadForExport(request, after: null, Math.Min(limits.BatchSize, limits.MaxRows));
        var rows = Math.Min(first.Total, limits.MaxRows);
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        http.Response.Headers[TotalHeader] = first.Total.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[RowsHeader] = rows.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers[TruncatedHeader] = first.Total > rows ? "true" : "false";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"pia-search-{stamp}.{kind}\"";
        var links = new RowLinks(http.Request, parameters);
        var batches = Batches(search, request, first, limits, links);
        if (kind == "csv")
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            await WriteCsvAsync(http, batches);
        }
        else
        {
            http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            await WriteXlsxAsync(http, batches, About(parameters, first.Total, rows));
        }

        return Results.Empty;
    }

    /// <summary>The rows of the export, batch after batch, up to the row limit.</summary>
    private static IEnumerable<IReadOnlyList<ExportRow>> Batches(ChangeLogSearchService search, SearchRequest request, ExportBatch first, ExportOptions limits, RowLinks links)
    {
        var written = 0;
        var batch = first;
        while (true)
        {
            var take = Math.Min(batch.Entries.Count, limits.MaxRows - written);
            if (take <= 0)
            {
                yield break;
            }

            yield return [.. batch.Entries.Take(take).Select((e, i) => ExportRow.From(e, search.Catalog, links.For(e, written + i)))];
            written += take;
            if (written >= limits.MaxRows || batch.Next is null || batch.Entries.Count == 0)
            {
                yield break;
            }

            batch = search.ReadForExport(request, batch.Next, Math.Min(limits.BatchSize, limits.MaxRows - written));
        }
    }

    /// <summary>Rows go through a 64 KB writer buffer, flushed after each batch: no large buffer per batch.</summary>
    private static async Task WriteCsvAsync(HttpContext http, IEnumerable<IReadOnlyList<ExportRow>> batches)
    {
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        await writer.WriteAsync(CsvCells.Line(ExportColumns.Headers).AsMemory(), http.RequestAborted);
        foreach (var batch in batches)
        {
            foreach (var row in batch)
            {
                await writer.WriteAsync(CsvCells.Line(row.Cells()).AsMemory(), http.RequestAborted);
            }

            await writer.FlushAsync(http.RequestAborted);
        }
    }

    /// <summary>
    /// An XLSX is a zip whose directory comes last: it is written to a temporary file (deleted when closed), then sent.
    /// Memory stays flat; the disk holds one export at a time per request.
    /// </summary>
    private static async Task WriteXlsxAsync(HttpContext http, IEnumerable<IReadOnlyList<ExportRow>> batches, IReadOnlyList<(string, string)> about)
    {
        await using var file = new FileStream(
            Path.Combine(Path.GetTempPath(), $"pia-export-{Guid.NewGuid():N}.xlsx"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1 << 16,
            FileOptions.DeleteOnClose);
        using (var writer = new XlsxExportWriter(file))
        {
            foreach (var batch in batches)
            {
                http.RequestAborted.ThrowIfCancellationRequested();
                foreach (var row in batch)
                {
                    writer.Write(row);
                }
            }

            writer.Finish(about);
        }

        file.Position = 0;
        http.Response.ContentLength = file.Length;
        await file.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static List<(string, string)> About(SearchParameters p, int total, int rows)
    {
        var about = new List<(string, string)>
        {
            ("作成日時 / created (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            ("検索語 / query", p.Q ?? string.Empty),
            ("該当する行 / matching rows", total.ToString(CultureInfo.InvariantCulture)),
            ("保存した行 / rows exported", rows.ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var (label, value) in new[]
        {
            ("変更日 (から) / from", SearchParameters.Iso(p.From)), ("変更日 (まで) / to", SearchParameters.Iso(p.To)), ("自治体 / municipality", p.Municipality), ("ファイル / file", p.File),
            ("章 / chapter", p.Chapter), ("提出時期 / timing", p.Timing), ("種類 / kind", p.Kind), ("変更箇所一覧 / document", p.Document), ("実体 / entity", p.Entity),
            ("名称の種類 / entity type", p.EntityType), ("並び順 / order", p.Sort),
        })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                about.Add((label, value));
            }
        }

        if (total > rows)
        {
            about.Add(("注意 / note", $"上限の {rows:N0} 行で打ち切りました（該当 {total:N0} 行）。条件を絞ってください。Cut at the limit of {rows:N0} rows ({total:N0} match); narrow the search."));
        }

        return about;
    }
}
