using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Search.Indexing;

/// <summary>Maps a <see cref="ChangeEntry"/> to the Lucene document that indexes it, and back.</summary>
public static class ChangeEntryDocuments
{
    /// <param name="entry">The row.</param>
    /// <param name="entityIds">The cross-reference entities the row mentions, for filtering by entity.</param>
    public static Document ToDocument(ChangeEntry entry, IEnumerable<string>? entityIds = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = new Document
        {
            new StringField(IndexFields.Id, entry.Id, Field.Store.YES),
            new StoredField(IndexFields.Entry, JsonSerializer.Serialize(entry, SearchJsonContext.Default.ChangeEntry)),
            new TextField(IndexFields.Item, entry.Item.Text, Field.Store.NO),
            new TextField(IndexFields.Before, entry.Before.Text, Field.Store.NO),
            new TextField(IndexFields.After, entry.After.Text, Field.Store.NO),
            new TextField(IndexFields.Explanation, entry.Explanation.Text, Field.Store.NO),
            new NumericDocValuesField(IndexFields.DateSort, entry.Date?.From.DayNumber ?? 0),
        };

        if (entry.Date is { } date)
        {
            document.Add(new Int32Field(IndexFields.DateFrom, date.From.DayNumber, Field.Store.NO));
            document.Add(new Int32Field(IndexFields.DateTo, date.To.DayNumber, Field.Store.NO));
            AddFacet(document, IndexFields.Year, date.From.Year.ToString(CultureInfo.InvariantCulture));
        }

        AddFacet(document, IndexFields.Document, entry.DocumentId);
        AddFacet(document, IndexFields.File, entry.Item.File);
        AddFacet(document, IndexFields.Chapter, entry.Item.Chapter);
        AddFacet(document, IndexFields.Timing, entry.Timing.Label());
        foreach (var id in entityIds ?? [])
        {
            document.Add(new StringField(IndexFields.Entity, id, Field.Store.NO));
        }

        return document;
    }

    public static ChangeEntry ToEntry(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var json = document.Get(IndexFields.Entry) ?? throw new InvalidDataException("Indexed document has no stored entry.");
        return JsonSerializer.Deserialize(json, SearchJsonContext.Default.ChangeEntry)
            ?? throw new InvalidDataException("Stored entry is empty.");
    }

    private static void AddFacet(Document document, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        document.Add(new StringField(field, value, Field.Store.NO));
        document.Add(new SortedDocValuesField(IndexFields.FacetValues(field), new BytesRef(value)));
    }
}
