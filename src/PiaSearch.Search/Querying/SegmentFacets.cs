using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Querying;

/// <summary>
/// The facet values of one index segment, with, for fields of few values, a bit set of the documents that have
/// each value: counting a facet over a result set is then a population count of two bit sets (for fields of more values,
/// each document's value number in an array of two bytes a document). Built once per
/// segment and field, cached for as long as the segment lives, and shared by every request: so it holds only
/// plain immutable data (names, bit sets), never a Lucene doc-values instance, which reads through a positioned
/// input and must not be used by two threads at once (one shared per segment gave wrong counts and
/// IndexOutOfRangeException under 8 concurrent searches). A request that walks its hits asks the reader for
/// its own doc values (<see cref="OrdinalsFor"/>).
/// </summary>
internal sealed class SegmentFacets
{
    /// <summary>Above this many values a field is counted document by document instead.</summary>
    private const int MaxValuesForBitSets = 64;

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private readonly ConcurrentDictionary<string, Lazy<FieldFacets>> _fields = new(StringComparer.Ordinal);

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets());

    /// <summary>One field's values in the segment, built on first use (by one thread; the others wait for it).</summary>
    public FieldFacets Field(AtomicReader reader, string field) =>
        _fields.GetOrAdd(field, f => new Lazy<FieldFacets>(() => Build(reader, f), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The per-document ordinals of a field, for the calling request only: never cache or share the result.</summary>
    public static SortedDocValues? OrdinalsFor(AtomicReader reader, string field) =>
        reader.GetSortedDocValues(IndexFields.FacetValues(field));

    private static FieldFacets Build(AtomicReader reader, string field)
    {
        var values = OrdinalsFor(reader, field);
        if (values is null)
        {
            return new FieldFacets(field, [], null);
        }

        var names = new string[values.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            names[ord] = scratch.Utf8ToString();
        }

        FixedBitSet[]? sets = null;
        ushort[]? ordinals = null;
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
        else if (names.Length < NoOrdinal)
        {
            // Two bytes a document: walking a large result set reads an array, not the packed doc values.
            ordinals = new ushort[reader.MaxDoc];
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var ord = values.GetOrd(doc);
                ordinals[doc] = ord >= 0 ? (ushort)ord : NoOrdinal;
            }
        }

        return new FieldFacets(field, names, sets, ordinals);
    }

    /// <summary>A document without the field, in <see cref="FieldFacets.Ordinals"/>.</summary>
    public const ushort NoOrdinal = ushort.MaxValue;

    /// <summary>One field's values in a segment: immutable once built, safe to read from any thread.</summary>
    /// <param name="Names">The values by ordinal; empty when no document of the segment has the field.</param>
    /// <param name="Sets">The documents of each ordinal, for fields of few values; null otherwise.</param>
    /// <param name="Ordinals">Each document's ordinal (<see cref="NoOrdinal"/> for none), for fields of more values (fewer than 65,535); null otherwise.</param>
    internal sealed record FieldFacets(string Field, string[] Names, FixedBitSet[]? Sets, ushort[]? Ordinals = null);
}
