using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace PiaSearch.Morphology.Dictionary;

/// <summary>Writes a <see cref="MorphologyDictionary"/> in the format of <see cref="DictionaryFormat"/>.</summary>
internal static class MorphologyDictionaryWriter
{
    public static void Write(MorphologyDictionary dictionary, Stream output, bool compress)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(output);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The dictionary format is written on little-endian machines only.");
        }

        var sections = new byte[DictionaryFormat.SectionCount][];
        sections[DictionaryFormat.MetadataSection] = Section(w => WriteMetadata(w, dictionary));
        sections[DictionaryFormat.MatrixSection] = Section(w =>
        {
            w.Write(dictionary.Connections.LeftSize);
            w.Write(dictionary.Connections.RightSize);
            w.Write(MemoryMarshal.AsBytes(dictionary.Connections.Raw.AsSpan()));
        });
        sections[DictionaryFormat.TrieSection] = Section(w => TrieCodec.Write(w, dictionary.Trie));
        sections[DictionaryFormat.WordsSection] = Section(w =>
        {
            w.Write(dictionary.SurfaceStarts.Length - 1);
            for (var g = 0; g + 1 < dictionary.SurfaceStarts.Length; g++)
            {
                w.Write7BitEncodedInt(dictionary.SurfaceStarts[g + 1] - dictionary.SurfaceStarts[g]);
            }

            WordTableCodec.Write(w, dictionary.Words);
        });
        sections[DictionaryFormat.StringsSection] = Section(w => KanaStringCodec.Write(w, dictionary.Strings));

        var stored = sections.Select(s => compress ? Compress(s) : s).ToArray();
        Span<byte> header = stackalloc byte[DictionaryFormat.HeaderSize];
        DictionaryFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], DictionaryFormat.Version);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], compress ? DictionaryFormat.Zlib : DictionaryFormat.Uncompressed);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], sections.Length);
        output.Write(header);
        Span<byte> entry = stackalloc byte[DictionaryFormat.SectionEntrySize];
        for (var i = 0; i < sections.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(entry, stored[i].Length);
            BinaryPrimitives.WriteInt64LittleEndian(entry[8..], sections[i].Length);
            SHA256.HashData(sections[i], entry[16..]);
            output.Write(entry);
        }

        foreach (var section in stored)
        {
            output.Write(section);
        }
    }

    private static byte[] Section(Action<BinaryWriter> write)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return memory.ToArray();
    }

    private static byte[] Compress(byte[] data)
    {
        using var memory = new MemoryStream();
        // zlib (Deflate) rather than Brotli: a little larger, but it decompresses several times faster, which is most
        // of the start-up time.
        using (var zlib = new ZLibStream(memory, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return memory.ToArray();
    }

    private static void WriteMetadata(BinaryWriter w, MorphologyDictionary d)
    {
        w.Write(d.Description);
        var characters = d.Characters;
        w.Write(characters.Categories.Count);
        foreach (var category in characters.Categories)
        {
            w.Write(category.Name);
            w.Write(category.Invoke);
            w.Write(category.Group);
            w.Write(category.Length);
        }

        w.Write(characters.Ranges.Count);
        foreach (var range in characters.Ranges)
        {
            w.Write(range.Low);
            w.Write(range.High);
            w.Write((byte)range.Categories.Count);
            foreach (var category in range.Categories)
            {
                w.Write((byte)category);
            }
        }

        w.Write(d.PartsOfSpeech.Length);
        foreach (var pos in d.PartsOfSpeech)
        {
            foreach (var field in new[] { pos.Pos1, pos.Pos2, pos.Pos3, pos.Pos4, pos.ConjugationType, pos.ConjugationForm })
            {
                w.Write(field);
            }
        }

        w.Write(d.UnknownStarts.Length);
        foreach (var start in d.UnknownStarts)
        {
            w.Write(start);
        }

        WordTableCodec.Write(w, d.Unknown);
    }
}
