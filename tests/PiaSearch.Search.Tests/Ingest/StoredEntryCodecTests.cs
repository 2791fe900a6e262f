using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Search.Tests.Ingest;

public sealed class StoredEntryCodecTests
{
    [Fact]
    public void EncodeDecode_EveryEntryOfTheDefaultCorpus_RoundTrips()
    {
        using var reader = ChangeLogReader.OpenFile(CorpusIndexFixture.CorpusPath);
        var entries = new ChangeLogParser().Parse(reader, "meguro").Entries;

        Assert.All(entries, entry =>
        {
            var bytes = StoredEntryCodec.Encode(entry);
            var decoded = StoredEntryCodec.Decode(bytes, 0, bytes.Length);
            Assert.Equal(entry, decoded);
            Assert.Equal(entry.BeforeDate, decoded.BeforeDate);
            Assert.Equal(entry.AfterDate, decoded.AfterDate);
        });
    }

    [Fact]
    public void Decode_AnotherVersion_SaysToRebuild()
    {
        var error = Assert.Throws<InvalidDataException>(() => StoredEntryCodec.Decode([9, 0], 0, 2));

        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }
}
