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

    /// <summary>
    /// Lucene documents for <paramref name="entries"/>, made one at a time as the IndexWriter takes them (it
    /// inverts each before asking for the next), so that they can share one set of <paramref name="fields"/> (the
    /// calling thread's: see <see cref="ReusableFields"/>). Every item is the same Document refilled: hand the
    /// sequence straight to the writer, never collect it.
    /// </summary>
    internal static IEnumerable<Document> ToDocuments(IEnumerable<ChangeEntry> entries, ReusableFields fields)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            yield return fields.Fill(entry);
        }
    }

    /// <summary>
    /// One Lucene document's fields, refilled for every row. Lucene gives every new Field its own token stream
    /// (attributes and all), which cost more per row than some of the analysis: each thread that writes keeps one
    /// set, owned by the index it writes (<see cref="IndexStore"/>), never shared between threads.
    /// </summary>
    internal sealed class ReusableFields
    {
        private readonly Document _document = [];
        private readonly StringField _id = new(IndexFields.Id, string.Empty, Field.Store.YES);
        private readonly StoredField _entry = new(IndexFields.Entry, Array.Empty<byte>());
        private readonly TextField _all = new(IndexFields.All, string.Empty, Field.Store.NO);
        private readonly NumericDocValuesField _dateSort = new(IndexFields.DateSort, 0);
        private readonly TextField[] _words = Enumerable.Range(0, 4).Select(_ => new TextField(IndexFields.Words, string.Empty, Field.Store.NO)).ToArray();
        private readonly Int32Field _dateFrom = new(IndexFields.DateFrom, 0, DateType);
        private readonly Int32Field _dateTo = new(IndexFields.DateTo, 0, DateType);
        private readonly Dictionary<string, (StringField Term, SortedDocValuesField Values)> _facets =
            new[] { IndexFields.Year, IndexFields.Document, IndexFields.File, IndexFields.Chapter, IndexFields.Timing, IndexFields.Kind }.ToDictionary(
                f => f,
                f => (new StringField(f, string.Empty, Field.Store.NO), new SortedDocValuesField(IndexFields.FacetValues(f), new BytesRef())),
                StringComparer.Ordinal);

        public Document Fill(ChangeEntry entry)
        {
            _id.SetStringValue(entry.Id);
            _entry.SetBytesValue(StoredEntryCodec.Encode(entry));
            _all.SetStringValue(CombinedText(entry));
            _dateSort.SetInt64Value(entry.Date?.From.DayNumber ?? 0);
            var document = _document;
            document.Fields.Clear();
            document.Add(_id);
            document.Add(_entry);
            document.Add(_all);
            document.Add(_dateSort);

            var columns = 0;
            foreach (var column in new[] { entry.Item.Text, entry.Before.Text, entry.After.Text, entry.Explanation.Text })
            {
                if (column.Length > 0)
                {
                    var words = _words[columns++];
                    words.SetStringValue(column);
                    document.Add(words);
                }
            }

            if (entry.Date is { } date)
            {
                _dateFrom.SetInt32Value(date.From.DayNumber);
                _dateTo.SetInt32Value(date.To.DayNumber);
                document.Add(_dateFrom);
                document.Add(_dateTo);
                AddFacet(document, IndexFields.Year, date.From.Year.ToString(CultureInfo.InvariantCulture));
            }

            AddFacet(document, IndexFields.Document, entry.DocumentId);
            AddFacet(document, IndexFields.File, entry.Item.File);
            AddFacet(document, IndexFields.Chapter, entry.Item.Chapter);
            if (entry.Kind == EntryKind.Change)
            {
                AddFacet(document, IndexFields.Timing, entry.Timing.Label());
            }

            AddFacet(document, IndexFields.Kind, entry.Kind.Label());
            return document;
        }

        private void AddFacet(Document document, string field, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            var (term, values) = _facets[field];
            term.SetStringValue(value);
            values.SetBytesValue(new BytesRef(value));
            document.Add(term);
            document.Add(values);
        }
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
}
