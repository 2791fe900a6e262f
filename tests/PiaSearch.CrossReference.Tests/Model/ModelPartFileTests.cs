using System.Text.Json;
using PiaSearch.CrossReference.Model;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.CrossReference.Tests.Model;

/// <summary>
/// A part saved and read back is the part that was built, down to every public field (compared as JSON, so that a field
/// added to a record and not saved fails here), and a file that is not the one wanted is never read.
/// </summary>
public sealed class ModelPartFileTests
{
    private static readonly Lazy<IReadOnlyList<ModelPart>> Parts = new(() =>
    {
        var entries = new List<ChangeEntry>(DefaultCorpus.Entries());
        foreach (var name in new[] { "midorikawa-juki-changes", "higashiyama-juki-changes" })
        {
            using var reader = ChangeLogReader.OpenFile(Path.Combine(AppContext.BaseDirectory, "Data", name + ".tsv"));
            entries.AddRange(new ChangeLogParser().Parse(reader, name).Entries);
        }

        return new CrossReferenceBuilder().BuildParts(entries, id => id.StartsWith("meguro", StringComparison.Ordinal) ? "目黒区" : null);
    });

    private static byte[] Saved(ModelPart part, string fingerprint = "logs-v1")
    {
        using var stream = new MemoryStream();
        ModelPartFile.Write(stream, part, fingerprint);
        return stream.ToArray();
    }

    private static ModelPart? Read(byte[] file, string fingerprint = "logs-v1")
    {
        using var stream = new MemoryStream(file);
        return ModelPartFile.TryRead(stream, fingerprint);
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    [Fact]
    public void TryRead_SavedPart_IsThePartThatWasBuilt()
    {
        Assert.Equal(3, Parts.Value.Count);
        foreach (var part in Parts.Value)
        {
            var read = Read(Saved(part));

            Assert.NotNull(read);
            Assert.Equal(part.Key, read.Key);
            Assert.Equal(Json(part.Entries), Json(read.Entries));
            Assert.Equal(Json(part.Rows), Json(read.Rows));
            Assert.Equal(Json(part.Clusters.All), Json(read.Clusters.All));
            Assert.Equal(part.Rows.SelectMany(r => r.All).Select(m => part.Clusters.Of(m)?.Id), read.Rows.SelectMany(r => r.All).Select(m => read.Clusters.Of(m)?.Id));
            Assert.Equal(Json(part.Entities), Json(read.Entities));
            Assert.Equal(part.EntityOfCluster, read.EntityOfCluster);
            Assert.Equal(Json(part.RowChanges), Json(read.RowChanges));
            Assert.Equal(Json(part.Successions), Json(read.Successions));
            Assert.Equal(Json(part.Slots), Json(read.Slots));
            Assert.Same(read.Entries[0], read.Rows[0].Entry);
        }
    }

    [Fact]
    public void Combine_OfPartsReadBack_IsTheModelOfPartsBuilt()
    {
        var built = CrossReferenceModel.Combine(Parts.Value);
        var loaded = CrossReferenceModel.Combine([.. Parts.Value.Select(p => Read(Saved(p))!)]);

        Assert.Equal(Json(built.Entities), Json(loaded.Entities));
        Assert.Equal(Json(built.Successions), Json(loaded.Successions));
        Assert.Equal(Json(built.Slots), Json(loaded.Slots));
        Assert.Equal(built.Lookups.AllEntities.Select(e => e.Id), loaded.Lookups.AllEntities.Select(e => e.Id));
    }

    [Fact]
    public void TryRead_AnotherFingerprint_IsNotRead() =>
        Assert.Null(Read(Saved(Parts.Value[0], "logs-v1"), "logs-v2"));

    [Fact]
    public void TryRead_DamagedOrCutFile_IsNotRead()
    {
        var file = Saved(Parts.Value[0]);
        var random = new Random(3);
        for (var n = 0; n < 50; n++)
        {
            var damaged = (byte[])file.Clone();
            var at = random.Next(damaged.Length);
            damaged[at] ^= (byte)(1 + random.Next(255));

            // A changed byte in the header says "not this part"; in the content, the checksum says so.
            Assert.Null(Read(damaged));
        }

        Assert.Null(Read(file[..(file.Length / 2)]));
        Assert.Null(Read([]));
        Assert.Null(Read("PIA"u8.ToArray()));
    }

    [Fact]
    public void TryRead_ForgedLengthOrCount_IsNotReadAndAllocatesNothingOfThatSize()
    {
        var file = Saved(Parts.Value[0]);
        // The payload's length follows the three header strings; 0x7FFFFFFF made ReadBytes allocate 2 GB and throw OutOfMemoryException.
        var at = 0;
        for (var i = 0; i < 3; i++)
        {
            var (size, used) = Read7BitInt(file, at);
            at += used + size;
        }

        var forged = (byte[])file.Clone();
        BitConverter.GetBytes(int.MaxValue).CopyTo(forged, at);
        Assert.Null(Read(forged));

        // A payload with a valid checksum whose first count (the string table's) is huge: read as a bad file, not allocated.
        var payload = new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x07 };
        var withCount = file[..at].Concat(BitConverter.GetBytes(payload.Length)).Concat(System.Security.Cryptography.SHA256.HashData(payload)).Concat(payload).ToArray();
        Assert.Null(Read(withCount));
    }

    [Fact]
    public void TryRead_FromAStreamThatCannotSeek_ReadsThePart()
    {
        using var stream = new ForwardOnlyStream(Saved(Parts.Value[2]));

        Assert.NotNull(ModelPartFile.TryRead(stream, "logs-v1"));
    }

    private static (int Value, int Used) Read7BitInt(byte[] bytes, int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (value, (shift / 7) + 1);
            }
        }
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    [Fact]
    public void Write_SamePart_SameBytes() =>
        Assert.Equal(Saved(Parts.Value[1]), Saved(Read(Saved(Parts.Value[1]))!));
}
