using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Search.Indexing;

/// <summary>Maps a <see cref="ChangeEntry"/> to the Lucene document that indexes it, and back.</summary>
public static class ChangeEntryDocuments
{
    public static Document ToDocument(ChangeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = new Document
        {
            new StringField(IndexFields.Id, entry.Id, Field.Store.YES),
            new StoredField(IndexFields.Entry, JsonSerializer.Serialize(entry, SearchJsonContext.Default.ChangeEntry)),
            new NumericDocValuesField(IndexFields.DateSort, entry.Date?.From.DayNumber ?? 0),
        };

        foreach (var (field, text) in new[]
        {
            (IndexFields.Item, entry.Item.Text),
            (IndexFields.Before, entry.Before.Text),
            (IndexFields.After, entry.After.Text),
            (IndexFields.Explanation, entry.Explanation.Text),
        })
        {
            document.Add(new TextField(field, text, Field.Store.NO));
            document.Add(new TextField(IndexFields.Bigram(field), text, Field.Store.NO));
        }

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
