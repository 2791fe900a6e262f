using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Contracts.Searching;
using PiaSearch.Synthetic;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace PiaSearch.Api.Tests.Endpoints;

/// <summary>Uploads of the documents municipalities publish: a workbook's rows searchable with their sheet and row; bad files refused whole with a 422 naming file and reason.</summary>
public sealed class DocumentFormatsApiTests
{
    private const string Key = "formats-test-key";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed class Factory : PiaApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Admin:ApiKey", Key);
            builder.UseSetting("Documents:MaxUnpackedBytes", (16 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } }, "file", fileName },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add("X-Api-Key", Key);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Post_Workbook_RowsSearchableWithSheetAndRow()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var tsv = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n" +
            "令和3年4月1日\tII-4-委託事項1-⑥委託先名\t未定\t株式会社ミナミヤマデータ\t事前\t\n" +
            "令和4年4月1日\tII-4-委託事項2-⑥委託先名\t未定\t株式会社キタカワシステム\t事前\t\n";
        var entries = new ChangeLogParser().Parse(tsv, "minami").Entries;
        using var workbook = new MemoryStream();
        ChangeLogWorkbookWriter.Write(entries, workbook);

        using var response = await UploadAsync(client, workbook.ToArray(), "minami-town.xlsx", XlsxType);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await client.GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=" + Uri.EscapeDataString("キタカワシステム"), UriKind.Relative), Json, TestContext.Current.CancellationToken);
        var hit = Assert.Single(result!.Hits);
        Assert.Equal("minami-town", hit.Document);
        Assert.Equal(new SourceDto(null, 4, ChangeLogWorkbookWriter.SheetName, $"{ChangeLogWorkbookWriter.SheetName} 行4"), hit.Source);
    }

    [Fact]
    public async Task Post_WholeEvaluation_SectionsSearchableWithKindSectionAndChangesByDefault()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var tsv = "変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n" +
            "令和3年4月1日\tII-4-委託事項1-⑥委託先名\t未定\t株式会社ミナミヤマデータ\t事前\t\n";
        var entries = new ChangeLogParser().Parse(tsv, "minami").Entries;
        using var workbook = new MemoryStream();
        ChangeLogWorkbookWriter.Write(entries, workbook, new WorkbookLayout(CoverSheet: true, Municipality: "南山町", Evaluation: "後期高齢者医療に関する事務"));

        using var response = await UploadAsync(client, workbook.ToArray(), "minami-whole.xlsx", XlsxType);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var query = "/api/search?q=" + Uri.EscapeDataString("封入封緘");
        var changes = await client.GetFromJsonAsync<SearchResponse>(new Uri(query, UriKind.Relative), Json, TestContext.Current.CancellationToken);
        Assert.Equal(0, changes!.Total); // section text is not searched unless asked for
        Assert.Equal([new FacetValueDto("section", 1)], changes.Facets["kind"]);
        var sections = await client.GetFromJsonAsync<SearchResponse>(new Uri(query + "&kind=section", UriKind.Relative), Json, TestContext.Current.CancellationToken);
        var hit = Assert.Single(sections!.Hits);
        Assert.Equal("section", hit.Kind);
        Assert.Equal("Ⅱ 特定個人情報ファイルの概要 > 4. 特定個人情報ファイルの取扱いの委託 > ②委託事項", hit.Item);
        Assert.Equal("南山町", hit.Municipality); // from the cover
        Assert.Equal("Ⅱファイルの概要", hit.Source?.Sheet);
        var change = await client.GetFromJsonAsync<SearchResponse>(new Uri("/api/search?q=" + Uri.EscapeDataString("ミナミヤマデータ"), UriKind.Relative), Json, TestContext.Current.CancellationToken);
        Assert.Equal("change", Assert.Single(change!.Hits).Kind);
    }

    [Fact]
    public async Task Post_ZipBombNamedXlsx_422NamingFileAndReasonAndNothingStored()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await UploadAsync(client, ZipBomb(), "bomb.xlsx", XlsxType);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Json, TestContext.Current.CancellationToken);
        Assert.Contains("bomb.xlsx", problem!.Detail, StringComparison.Ordinal);
        Assert.Contains("zip 爆弾", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("zip bomb", problem.Detail, StringComparison.Ordinal);
        using var stored = await client.GetAsync(new Uri("/api/documents/bomb", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task Post_ScannedPdf_422NoTextLayer()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 300, 200);

        using var response = await UploadAsync(client, builder.Build(), "scan.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Json, TestContext.Current.CancellationToken);
        Assert.Contains("scan.pdf", problem!.Detail, StringComparison.Ordinal);
        Assert.Contains("文字のない PDF", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("no text layer", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TruncatedWorkbook_422Damaged()
    {
        using var factory = new Factory();
        var client = await factory.CreateReadyClientAsync();
        var entries = new ChangeLogParser().Parse("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n令和3年4月1日\tI-7\t情報課\t情報政策課\t事後\t\n", "cut").Entries;
        using var workbook = new MemoryStream();
        ChangeLogWorkbookWriter.Write(entries, workbook);

        using var response = await UploadAsync(client, workbook.ToArray()[..(int)(workbook.Length / 2)], "cut.xlsx", XlsxType);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Json, TestContext.Current.CancellationToken);
        Assert.Contains("cut.xlsx", problem!.Detail, StringComparison.Ordinal);
        Assert.Contains("truncated", problem.Detail, StringComparison.Ordinal);
    }

    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 32; i++)
            {
                part.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
