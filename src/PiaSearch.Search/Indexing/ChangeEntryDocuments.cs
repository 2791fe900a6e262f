using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Analysis;

namespace PiaSearch.Search.Indexing;

/// <summary>Maps a <see cref="ChangeEntry"/> to the Lucene document that indexes it, and back.</summary>
public static class ChangeEntryDocuments
{
    private static readonly FieldType DateType = new(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = IndexFields.DatePrecisionStep, IsIndexed = true };

    public static Document ToDocument(ChangeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var document = new Document
        {
            new StringField(IndexFields.Id, entry.Id, Field.Store.YES),
            new StoredField(IndexFields.Entry, StoredEntryCodec.Encode(entry)),
            new TextField(IndexFields.All, CombinedText(entry), Field.Store.NO),
            new NumericDocValuesField(IndexFields.DateSort, entry.Date?.From.DayNumber ?? 0),
        };

        foreach (var column in new[] { entry.Item.Text, entry.Before.Text, entry.After.Text, entry.Explanation.Text })
        {
            if (column.Length > 0)
            {
                document.Add(new TextField(IndexFields.Words, column, Field.Store.NO));
            }
        }

        if (entry.Date is { } date)
        {
            document.Add(new Int32Field(IndexFields.DateFrom, date.From.DayNumber, DateType));
            document.Add(new Int32Field(IndexFields.DateTo, date.To.DayNumber, DateType));
            AddFacet(document, IndexFields.Year, date.From.Year.ToString(CultureInfo.InvariantCulture));
        }

        AddFacet(document, IndexFields.Document, entry.DocumentId);
        AddFacet(document, IndexFields.File, entry.Item.File);
        AddFacet(document, IndexFields.Chapter, entry.Item.Chapter);
        AddFacet(document, IndexFields.Timing, entry.Timing.Label());
        return document;
    }

    /// <summary>The four columns in one text, in section order, each after a section separator but the first.</summary>
    internal static string CombinedText(ChangeEntry entry)
    {
        var separator = BigramTokenizer.SectionSeparator.ToString();
        return string.Join(separator, new[] { entry.Item.Text, entry.Before.Text, entry.After.Text, entry.Explanation.Text }
            .Select(t => t.Replace(separator, " ", StringComparison.Ordinal)));
    }

    public static ChangeEntry ToEntry(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stored = document.GetBinaryValue(IndexFields.Entry) ?? throw new InvalidDataException("Indexed document has no stored entry.");
        return StoredEntryCodec.Decode(stored.Bytes, stored.Offset, stored.Length);
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
