using System.Globalization;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using PiaSearch.Api.Tests.Exports;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.Contracts.Searching;

namespace PiaSearch.Api.Tests.Feeds;

/// <summary>/api/search.atom and /api/entities/{id}.atom: valid Atom 1.0, newest changes first.</summary>
public sealed class AtomFeedTests
{
    private const string Marker = "配信試験語";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private sealed class FeedFactory : PiaApiFactory
    {
        public FeedFactory() => Rows = ExportTestLog.Write(CorpusFolder, Marker, rows: 60, seed: 7);

        public int Rows { get; }
    }

    private static async Task<(HttpResponseMessage Response, XDocument Feed)> GetFeedAsync(PiaApiFactory factory, string pathAndQuery)
    {
        var client = await factory.CreateReadyClientAsync();
        var response = await client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, Async = true };
        await using var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        using var reader = XmlReader.Create(stream, settings);
        return (response, XDocument.Load(reader));
    }

    /// <summary>What RFC 4287 requires of a feed and its entries, and newest first.</summary>
    private static List<XElement> AssertValidAtomNewestFirst(XDocument feed)
    {
        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "id")?.Value));
        Assert.True(Uri.IsWellFormedUriString(root.Element(Atom + "id")!.Value, UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "title")?.Value));
        var updated = DateTimeOffset.Parse(root.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture);
        Assert.NotNull(root.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Contains(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = root.Elements(Atom + "entry").ToList();
        var times = new List<DateTimeOffset>();
        foreach (var entry in entries)
        {
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.NotNull(entry.Element(Atom + "link")?.Attribute("href"));
            Assert.Equal("text", (string?)entry.Element(Atom + "content")?.Attribute("type"));
            times.Add(DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture));
        }

        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.Equal(times.OrderByDescending(t => t), times);
        if (times.Count > 0)
        {
            Assert.Equal(times[0], updated);
        }

        return entries;
    }

    [Fact]
    public async Task SearchFeed_IsAtomWithTheNewestChangesFirst()
    {
        using var factory = new FeedFactory();
        var newest = await factory.GetOkAsync<SearchResponse>($"/api/search?q={Uri.EscapeDataString(Marker)}&sort=newest&size=20");

        var (response, feed) = await GetFeedAsync(factory, $"/api/search.atom?q={Uri.EscapeDataString(Marker)}&size=20");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var entries = AssertValidAtomNewestFirst(feed);
        Assert.Equal(20, entries.Count);
        Assert.Equal(newest.Hits.Select(h => $"{h.Document}/{h.Line}"), entries.Select(e => e.Element(Atom + "id")!.Value.Split("row/")[1]));
        Assert.Contains(ExportTestLog.Municipality, entries[0].Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains(Marker, feed.Root!.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        response.Dispose();
    }

    [Fact]
    public async Task SearchFeed_DocumentText_IsEscapedNeverMarkup()
    {
        using var factory = new FeedFactory();

        var (response, feed) = await GetFeedAsync(factory, $"/api/search.atom?q={Uri.EscapeDataString(Marker)}&size=100");

        // Every entry's text is plain text: no element inside content or summary.
        Assert.All(feed.Descendants(Atom + "content").Concat(feed.Descendants(Atom + "summary")), c => Assert.Empty(c.Elements()));
        Assert.Contains(feed.Descendants(Atom + "content"), c => c.Value.Contains("=SUM(1,2)", StringComparison.Ordinal));
        response.Dispose();
    }

    [Fact]
    public async Task EntityFeed_ListsTheRowsThatMentionIt_NewestFirst()
    {
        using var factory = new FeedFactory();
        var contractors = await factory.GetOkAsync<EntityListResponse>("/api/entities?type=contractor&size=50");
        var entity = contractors.Entities.OrderByDescending(e => e.Mentions).First(e => !e.Placeholder);
        var rows = await factory.GetOkAsync<SearchResponse>($"/api/search?entity={entity.Id}&sort=newest&size=100");

        var (response, feed) = await GetFeedAsync(factory, $"/api/entities/{entity.Id}.atom?size=100");

        var entries = AssertValidAtomNewestFirst(feed);
        Assert.NotEmpty(entries);
        Assert.Equal(rows.Hits.Where(h => h.Date?.From is not null).Select(h => $"{h.Document}/{h.Line}"), entries.Select(e => e.Element(Atom + "id")!.Value.Split("row/")[1]));
        Assert.Contains(entity.Name, feed.Root!.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        response.Dispose();
    }

    [Fact]
    public async Task EntityFeed_UnknownEntity_Is404ProblemDetails()
    {
        using var factory = new FeedFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/entities/contractor-00000000.atom", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
