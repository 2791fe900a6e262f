using System.Runtime.CompilerServices;

namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// Stores the string pool (readings, pronunciations, base forms — mostly kana) one byte per kana: katakana
/// U+30A0–U+30FF as 0x00–0x5F, hiragana U+3040–U+309F as 0x60–0xBF, anything else as 0xFF and two bytes.
/// The lengths come first, then all characters as one block, which decodes in a single tight loop.
/// </summary>
internal static class KanaStringCodec
{
    private const byte Escape = 0xFF;

    public static void Write(BinaryWriter writer, StringPool pool)
    {
        var strings = pool.All().ToArray();
        writer.Write(strings.Length);
        foreach (var s in strings)
        {
            writer.Write7BitEncodedInt(s.Length);
        }

        using var block = new MemoryStream();
        foreach (var c in strings.SelectMany(s => s))
        {
            if (c is >= '\u30A0' and <= '\u30FF')
            {
                block.WriteByte((byte)(c - '\u30A0'));
            }
            else if (c is >= '\u3040' and <= '\u309F')
            {
                block.WriteByte((byte)(c - '\u3040' + 0x60));
            }
            else
            {
                block.WriteByte(Escape);
                block.WriteByte((byte)c);
                block.WriteByte((byte)(c >> 8));
            }
        }

        writer.Write((int)block.Length);
        writer.Write(block.GetBuffer(), 0, (int)block.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static StringPool Read(PayloadCursor reader)
    {
        var offsets = new int[reader.Int() + 1];
        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] = checked(offsets[i - 1] + reader.VarInt());
        }

        var total = offsets[^1];

        var bytes = reader.Bytes(reader.Int());
        var chars = new char[total];
        var p = 0;
        for (var k = 0; k < chars.Length; k++)
        {
            var b = bytes[p++];
            if (b < 0x60)
            {
                chars[k] = (char)('\u30A0' + b);
            }
            else if (b < 0xC0)
            {
                chars[k] = (char)('\u3040' + b - 0x60);
            }
            else if (b == Escape)
            {
                chars[k] = (char)(bytes[p] | (bytes[p + 1] << 8));
                p += 2;
            }
            else
            {
                throw new InvalidDataException("Malformed string pool.");
            }
        }

        if (p != bytes.Length)
        {
            throw new InvalidDataException("Malformed string pool.");
        }

        return new StringPool(chars, offsets);
    }
}
