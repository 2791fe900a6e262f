using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// The facet values of one index segment, with, for fields of few values, a bit set of the documents that have
/// each value: counting a facet over a result set is then a population count of two bit sets. Built once per
/// segment and cached for as long as the segment lives.
/// </summary>
internal sealed class SegmentFacets
{
    /// <summary>Above this many values a field is counted document by document instead.</summary>
    private const int MaxValuesForBitSets = 64;

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private SegmentFacets(AtomicReader reader, IReadOnlyList<string> fields)
    {
        Fields = fields.Select(f => Build(reader, f)).ToArray();
    }

    public FieldFacets[] Fields { get; }

    public static SegmentFacets For(AtomicReader reader, IReadOnlyList<string> fields) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader, fields));

    private static FieldFacets Build(AtomicReader reader, string field)
    {
        var values = reader.GetSortedDocValues(IndexFields.FacetValues(field));
        if (values is null)
        {
            return new FieldFacets(field, null, [], null);
        }

        var names = new string[values.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            names[ord] = scratch.Utf8ToString();
        }

        FixedBitSet[]? sets = null;
        if (names.Length <= MaxValuesForBitSets)
        {
            sets = names.Select(_ => new FixedBitSet(reader.MaxDoc)).ToArray();
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var ord = values.GetOrd(doc);
                if (ord >= 0)
                {
                    sets[ord].Set(doc);
                }
            }
        }

        return new FieldFacets(field, values, names, sets);
    }

    /// <summary>One field's values in a segment.</summary>
    internal sealed record FieldFacets(string Field, SortedDocValues? Values, string[] Names, FixedBitSet[]? Sets);
}
