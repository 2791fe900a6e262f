using System.Globalization;
using System.Text;
using System.Xml;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Catalog;

namespace PiaSearch.Api.Feeds;

/// <summary>
/// An Atom feed (RFC 4287) of change rows, newest first. A row is dated by its 変更日 (the first day of its interval, at
/// midnight Japan time); its id is permanent (the change log and the line), its link goes to the row on the search
/// page, and its text is the item, the before and after text and the explanation, as plain text.
/// </summary>
public static class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <summary>The feed's description: its id and links, and what it is about.</summary>
    public sealed record FeedInfo(string Id, string Title, string SelfLink, string PageLink, string Origin);

    public static string Write(FeedInfo feed, IReadOnlyList<ChangeEntry> entries, DocumentCatalog catalog, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = false };
        using (var xml = XmlWriter.Create(new StringWriterUtf8(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "ja");
            xml.WriteElementString("id", Namespace, feed.Id);
            xml.WriteElementString("title", Namespace, Clean(feed.Title));
            xml.WriteElementString("subtitle", Namespace, "特定個人情報保護評価書の変更箇所（新しい順） / Privacy-impact-assessment changes, newest first");
            xml.WriteElementString("updated", Namespace, Stamp(entries.Count > 0 ? Updated(entries[0]) : now));
            Link(xml, "self", feed.SelfLink, "application/atom+xml");
            Link(xml, "alternate", feed.PageLink, "text/html");
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, "PiaSearch");
            xml.WriteElementString("uri", Namespace, feed.Origin + "/");
            xml.WriteEndElement();
            xml.WriteStartElement("generator", Namespace);
            xml.WriteAttributeString("uri", feed.Origin + "/");
            xml.WriteString("PiaSearch");
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                Entry(xml, entry, catalog, feed.PageLink);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString();
    }

    /// <summary>The day the change took effect (the start of its 変更日), at midnight in Japan.</summary>
    public static DateTimeOffset Updated(ChangeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var day = entry.Date?.From ?? DateOnly.MinValue;
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Japan);
    }

    /// <summary>A permanent id for a row: the change log and the line (tag URI, RFC 4151).</summary>
    public static string EntryId(ChangeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"tag:piasearch,2026:row/{Uri.EscapeDataString(entry.DocumentId)}/{entry.Line.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>An entry; its link is the feed's search page (every entry is on its first 100 rows) at the row's anchor.</summary>
    private static void Entry(XmlWriter xml, ChangeEntry entry, DocumentCatalog catalog, string pageLink)
    {
        var municipality = catalog.Find(entry.DocumentId)?.Municipality;
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, EntryId(entry));
        var where = string.IsNullOrWhiteSpace(municipality) ? entry.DocumentId : municipality;
        xml.WriteElementString("title", Namespace, Clean($"【{where}】{entry.DateText} {entry.Item.Text}"));
        xml.WriteElementString("updated", Namespace, Stamp(Updated(entry)));
        Link(xml, "alternate", $"{pageLink}#row-{Uri.EscapeDataString(entry.DocumentId)}-{entry.Line.ToString(CultureInfo.InvariantCulture)}", "text/html");
        if (entry.Item.File is { Length: > 0 } file)
        {
            xml.WriteStartElement("category", Namespace);
            xml.WriteAttributeString("term", Clean(file));
            xml.WriteEndElement();
        }

        xml.WriteStartElement("summary", Namespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean($"変更前 / before: {Shorten(entry.Before.Text)}\n変更後 / after: {Shorten(entry.After.Text)}"));
        xml.WriteEndElement();
        xml.WriteStartElement("content", Namespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean(string.Join('\n', new[]
        {
            $"自治体 / municipality: {municipality ?? "—"}",
            $"変更箇所一覧 / change log: {entry.DocumentId} (行 / line {entry.Line})",
            $"変更日 / date: {entry.DateText}",
            $"項目 / item: {entry.Item.Text}",
            $"変更前 / before: {entry.Before.Text}",
            $"変更後 / after: {entry.After.Text}",
            $"提出時期 / timing: {entry.TimingText}",
            $"説明 / explanation: {entry.Explanation.Text}",
        })));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    /// <summary>Text without the characters XML cannot hold (a damaged document's control characters).</summary>
    private static string Clean(string text) => Exports.XlsxExportWriter.XmlSafe(text);

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the response is.</summary>
    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
