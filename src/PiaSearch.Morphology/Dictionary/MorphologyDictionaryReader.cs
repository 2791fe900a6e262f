using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;

namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// Reads the format of <see cref="DictionaryFormat"/>, refusing anything whose magic, version or checksums are
/// wrong. The sections are decompressed, verified and parsed in parallel.
/// </summary>
internal static class MorphologyDictionaryReader
{
    /// <summary>Refuse absurd section lengths before allocating.</summary>
    private const long MaxSection = 256L * 1024 * 1024;

    public static MorphologyDictionary Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The dictionary format is read on little-endian machines only.");
        }

        var (compression, sections) = ReadHeader(input);
        var stored = new byte[sections.Length][];
        for (var i = 0; i < sections.Length; i++)
        {
            stored[i] = new byte[sections[i].Stored];
            if (input.ReadAtLeast(stored[i], stored[i].Length, throwOnEndOfStream: false) != stored[i].Length)
            {
                throw new InvalidDictionaryException("The dictionary is truncated.");
            }
        }

        if (input.ReadByte() != -1)
        {
            throw new InvalidDictionaryException("Trailing bytes after the dictionary.");
        }

        var parts = new Parts();
        try
        {
            Parallel.For(0, sections.Length, i =>
            {
                var cursor = new PayloadCursor(Unpack(stored[i], sections[i], compression, i));
                Parse(i, cursor, parts);
                if (!cursor.AtEnd)
                {
                    throw new InvalidDataException($"Trailing bytes in section {i}.");
                }
            });
        }
        catch (AggregateException ex)
        {
            var first = ex.Flatten().InnerExceptions[0];
            throw first is InvalidDictionaryException invalid ? invalid : new InvalidDictionaryException("The dictionary is malformed.", first);
        }

        return new MorphologyDictionary(
            parts.Description!,
            parts.Characters!,
            parts.Connections!,
            parts.Trie!,
            parts.SurfaceStarts!,
            parts.Words!,
            parts.Unknown!,
            parts.UnknownStarts!,
            parts.PartsOfSpeech!,
            parts.Strings!);
    }

    private static (int Compression, (long Stored, long Length, byte[] Hash)[] Sections) ReadHeader(Stream input)
    {
        Span<byte> header = stackalloc byte[DictionaryFormat.HeaderSize];
        if (input.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) != header.Length
            || !header[..8].SequenceEqual(DictionaryFormat.Magic))
        {
            throw new InvalidDictionaryException("Not a PiaSearch morphology dictionary (bad magic).");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version != DictionaryFormat.Version)
        {
            throw new InvalidDictionaryException($"Dictionary format version {version}; this build reads version {DictionaryFormat.Version}.");
        }

        var compression = BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var count = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        if (compression is not (DictionaryFormat.Uncompressed or DictionaryFormat.Brotli or DictionaryFormat.Zlib) || count != DictionaryFormat.SectionCount)
        {
            throw new InvalidDictionaryException("The dictionary header is corrupted.");
        }

        var sections = new (long, long, byte[])[count];
        Span<byte> entry = stackalloc byte[DictionaryFormat.SectionEntrySize];
        for (var i = 0; i < count; i++)
        {
            if (input.ReadAtLeast(entry, entry.Length, throwOnEndOfStream: false) != entry.Length)
            {
                throw new InvalidDictionaryException("The dictionary is truncated.");
            }

            var stored = BinaryPrimitives.ReadInt64LittleEndian(entry);
            var length = BinaryPrimitives.ReadInt64LittleEndian(entry[8..]);
            if (stored is < 0 or > MaxSection || length is < 0 or > MaxSection)
            {
                throw new InvalidDictionaryException("The dictionary header is corrupted.");
            }

            sections[i] = (stored, length, entry[16..].ToArray());
        }

        return (compression, sections);
    }

    private static byte[] Unpack(byte[] stored, (long Stored, long Length, byte[] Hash) section, int compression, int index)
    {
        var data = stored;
        if (compression != DictionaryFormat.Uncompressed)
        {
            data = new byte[section.Length];
            try
            {
                using var source = new MemoryStream(stored);
                using Stream decompressor = compression == DictionaryFormat.Brotli
                    ? new BrotliStream(source, CompressionMode.Decompress)
                    : new ZLibStream(source, CompressionMode.Decompress);
                if (decompressor.ReadAtLeast(data, data.Length, throwOnEndOfStream: false) != data.Length || decompressor.ReadByte() != -1)
                {
                    throw new InvalidDictionaryException($"Section {index} of the dictionary has the wrong length.");
                }
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDictionaryException($"Section {index} of the dictionary cannot be decompressed.", ex);
            }
        }
        else if (stored.Length != section.Length)
        {
            throw new InvalidDictionaryException("The dictionary header is corrupted.");
        }

        if (!SHA256.HashData(data).AsSpan().SequenceEqual(section.Hash))
        {
            throw new InvalidDictionaryException($"Section {index} of the dictionary fails its checksum: the file is corrupted.");
        }

        return data;
    }

    private static void Parse(int section, PayloadCursor r, Parts parts)
    {
        switch (section)
        {
            case DictionaryFormat.MetadataSection:
                ReadMetadata(r, parts);
                break;
            case DictionaryFormat.MatrixSection:
                var leftSize = r.Int();
                var rightSize = r.Int();
                parts.Connections = new ConnectionCosts(leftSize, rightSize, r.Array<short>(checked(leftSize * rightSize)));
                break;
            case DictionaryFormat.TrieSection:
                parts.Trie = TrieCodec.Read(r);
                break;
            case DictionaryFormat.WordsSection:
                var groups = r.Int();
                var starts = new int[groups + 1];
                for (var g = 0; g < groups; g++)
                {
                    starts[g + 1] = starts[g] + r.VarInt();
                }

                parts.SurfaceStarts = starts;
                parts.Words = WordTableCodec.Read(r);
                break;
            case DictionaryFormat.StringsSection:
                parts.Strings = KanaStringCodec.Read(r);
                break;
            default:
                throw new InvalidDataException($"Unknown section {section}.");
        }
    }

    private static void ReadMetadata(PayloadCursor r, Parts parts)
    {
        parts.Description = r.String();
        var categories = new CharacterCategory[r.Int()];
        for (var i = 0; i < categories.Length; i++)
        {
            categories[i] = new CharacterCategory(r.String(), r.Bool(), r.Bool(), r.Int());
        }

        var ranges = new CharacterRange[r.Int()];
        for (var i = 0; i < ranges.Length; i++)
        {
            var low = r.Int();
            var high = r.Int();
            var members = new int[r.Byte()];
            for (var k = 0; k < members.Length; k++)
            {
                members[k] = r.Byte();
            }

            ranges[i] = new CharacterRange(low, high, members);
        }

        parts.Characters = new CharacterDefinition(categories, ranges);
        var partsOfSpeech = new PartOfSpeech[r.Int()];
        for (var i = 0; i < partsOfSpeech.Length; i++)
        {
            partsOfSpeech[i] = new PartOfSpeech(r.String(), r.String(), r.String(), r.String(), r.String(), r.String());
        }

        parts.PartsOfSpeech = partsOfSpeech;
        parts.UnknownStarts = r.Array<int>(r.Int());
        parts.Unknown = WordTableCodec.Read(r);
    }

    /// <summary>What the parallel section readers produce; each field is written by exactly one of them.</summary>
    private sealed class Parts
    {
        public string? Description { get; set; }

        public CharacterDefinition? Characters { get; set; }

        public ConnectionCosts? Connections { get; set; }

        public DoubleArrayTrie? Trie { get; set; }

        public int[]? SurfaceStarts { get; set; }

        public WordTable? Words { get; set; }

        public WordTable? Unknown { get; set; }

        public int[]? UnknownStarts { get; set; }

        public PartOfSpeech[]? PartsOfSpeech { get; set; }

        public StringPool? Strings { get; set; }
    }
}
