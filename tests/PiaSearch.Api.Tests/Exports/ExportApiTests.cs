using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Exports;

/// <summary>GET /api/search/export: every page of a search as CSV or XLSX, compared row for row with /api/search.</summary>
public sealed class ExportApiTests
{
    private const string Marker = "書出試験語";

    private sealed class ExportFactory : PiaApiFactory
    {
        public ExportFactory(int rows, params (string Key, string Value)[] settings)
        {
            Rows = ExportTestLog.Write(CorpusFolder, Marker, rows, seed: 41);
            foreach (var (key, value) in settings)
            {
                Settings[key] = value;
            }
        }

        public int Rows { get; }
    }

    private static async Task<List<SearchHitDto>> AllHitsAsync(PiaApiFactory factory, string query)
    {
        var hits = new List<SearchHitDto>();
        for (var page = 1; ; page++)
        {
            var response = await factory.GetOkAsync<SearchResponse>($"/api/search?{query}&size=100&page={page}");
            hits.AddRange(response.Hits);
            if (hits.Count >= response.Total || response.Hits.Count == 0)
            {
                return hits;
            }
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(PiaApiFactory factory, string pathAndQuery)
    {
        var client = await factory.CreateReadyClientAsync();
        return await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Csv_EveryPage_HasTheRowsOfTheSearchInItsOrder()
    {
        // Small batches: the export reads many of them (search-after across rows with the same date), and still matches the pages.
        using var factory = new ExportFactory(rows: 140, ("Export:BatchSize", "37"));
        var query = "q=" + Uri.EscapeDataString(Marker) + "&sort=newest";
        var hits = await AllHitsAsync(factory, query);

        using var response = await GetAsync(factory, $"/api/search/export?format=csv&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        Assert.StartsWith("変更日", rows[0][0], StringComparison.Ordinal);
        Assert.Equal(factory.Rows, hits.Count);
        Assert.True(hits.Count > 100, "more than one page of the search");
        Assert.Equal(hits.Count, rows.Count - 1);
        for (var i = 0; i < hits.Count; i++)
        {
            var row = rows[i + 1];
            Assert.Equal(hits[i].Document, row[4]);
            Assert.Equal(hits[i].Line.ToString(System.Globalization.CultureInfo.InvariantCulture), row[5]);
            Assert.Equal(ExportTestLog.Municipality, row[3]);
            Assert.Equal(hits[i].Date?.Raw, row[0]);
            Assert.Equal(hits[i].Item, row[8]);
            Assert.Equal(Defused(hits[i].Before), row[9]);
            Assert.Equal(Defused(hits[i].After), row[10]);
            Assert.Equal(hits[i].Timing ?? string.Empty, row[11]);
            Assert.EndsWith($"#row-{hits[i].Document}-{hits[i].Line}", row[13], StringComparison.Ordinal);
            // The link opens the same search on the page the row is on (100 rows a page).
            Assert.Contains(i < 100 ? "size=100#" : "size=100&page=2#", row[13], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Csv_CellsThatLookLikeFormulas_AreKeptAsText()
    {
        using var factory = new ExportFactory(rows: 3);

        using var response = await GetAsync(factory, "/api/search/export?format=csv&q=" + Uri.EscapeDataString(Marker));

        var rows = Csv.Parse(Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).AsSpan(3)));
        var after = rows.Skip(1).Select(r => r[10]).ToList();
        foreach (var formula in ExportTestLog.Formulas)
        {
            Assert.Contains("'" + formula, after);
        }

        Assert.DoesNotContain(rows.Skip(1).SelectMany(r => r), cell => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@');
    }

    [Fact]
    public async Task Xlsx_OpenedWithOpenXml_HasTheRowsOfTheSearch()
    {
        using var factory = new ExportFactory(rows: 30);
        var query = "q=" + Uri.EscapeDataString(Marker);
        var hits = await AllHitsAsync(factory, query);

        using var response = await GetAsync(factory, $"/api/search/export?format=xlsx&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook, TestContext.Current.CancellationToken).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        var sheets = Sheets(workbook);
        var rows = sheets["検索結果"];
        Assert.StartsWith("変更日", rows[0][0], StringComparison.Ordinal);
        Assert.Equal(hits.Count, rows.Count - 1);
        for (var i = 0; i < hits.Count; i++)
        {
            Assert.Equal(hits[i].Document, rows[i + 1][4]);
            Assert.Equal(hits[i].Line.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i + 1][5]);
            Assert.Equal(ExportTestLog.Municipality, rows[i + 1][3]);
            // Text cells are never formulas in XLSX: the text is kept exactly as written.
            Assert.Equal(hits[i].After, rows[i + 1][10]);
            Assert.Equal(hits[i].Explanation, rows[i + 1][12]);
            Assert.EndsWith($"#row-{hits[i].Document}-{hits[i].Line}", rows[i + 1][13], StringComparison.Ordinal);
        }

        Assert.Contains(sheets["条件"], r => r[1] == Marker);
    }

    [Fact]
    public async Task Export_OverTheRowLimit_IsCutAndSaysSo()
    {
        using var factory = new ExportFactory(rows: 40, ("Export:MaxRows", "25"), ("Export:BatchSize", "10"));
        var query = "q=" + Uri.EscapeDataString(Marker);

        using var csv = await GetAsync(factory, $"/api/search/export?format=csv&{query}");
        using var xlsx = await GetAsync(factory, $"/api/search/export?format=xlsx&{query}");

        Assert.Equal("true", csv.Headers.GetValues("Pia-Export-Truncated").Single());
        Assert.Equal("25", csv.Headers.GetValues("Pia-Export-Rows").Single());
        Assert.Equal(factory.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), csv.Headers.GetValues("Pia-Export-Total").Single());
        Assert.Equal(26, Csv.Parse(Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).AsSpan(3))).Count);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheets = Sheets(workbook);
        Assert.Equal(26, sheets["検索結果"].Count);
        Assert.Contains(sheets["条件"], r => r[1].Contains("打ち切りました", StringComparison.Ordinal) && r[1].Contains("Cut at the limit of 25", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("format=pdf&q=a", "format")]
    [InlineData("q=a", "format")]
    [InlineData("format=csv", "q")]
    [InlineData("format=csv&q=a&from=2021-13-40", "from")]
    public async Task Export_BadRequest_Is400ProblemDetailsNamingTheParameter(string query, string parameter)
    {
        using var factory = new ExportFactory(rows: 2);

        using var response = await GetAsync(factory, "/api/search/export?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ManyInARow_IsRateLimited()
    {
        using var factory = new ExportFactory(rows: 2, ("Export:Burst", "2"), ("Export:PermitsPerMinute", "1"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await GetAsync(factory, "/api/search/export?format=csv&q=" + Uri.EscapeDataString(Marker));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>What the export writes for a cell: a leading apostrophe before what a spreadsheet would run as a formula.</summary>
    private static string Defused(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' ? "'" + cell : cell;

    /// <summary>Each sheet's rows as text (inline strings, numbers, and the cached text of formulas).</summary>
    private static Dictionary<string, List<List<string>>> Sheets(SpreadsheetDocument workbook)
    {
        var part = workbook.WorkbookPart!;
        var sheets = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!.Value!);
            sheets[sheet.Name!.Value!] =
            [
                .. worksheet.Worksheet.Descendants<Row>()
                    .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList()),
            ];
        }

        return sheets;
    }
}
