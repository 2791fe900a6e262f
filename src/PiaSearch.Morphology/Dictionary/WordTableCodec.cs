using System.Runtime.CompilerServices;

namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// Stores a <see cref="WordTable"/> as variable-length integers, column by column; the right ids are omitted when
/// they equal the left ids, as they do throughout IPADIC.
/// </summary>
internal static class WordTableCodec
{
    public static void Write(BinaryWriter writer, WordTable table)
    {
        writer.Write(table.Count);
        var sameIds = table.LeftIds.AsSpan().SequenceEqual(table.RightIds);
        writer.Write(sameIds);
        WriteColumn(writer, table.LeftIds, v => v);
        if (!sameIds)
        {
            WriteColumn(writer, table.RightIds, v => v);
        }

        WriteColumn(writer, table.Costs, v => (v << 1) ^ (v >> 31));
        WriteColumn(writer, table.PartsOfSpeech, v => v);
        WriteColumn(writer, table.BaseForms, v => v + 2);
        WriteColumn(writer, table.Readings, v => v + 2);
        WriteColumn(writer, table.Pronunciations, v => v + 2);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordTable Read(PayloadCursor reader)
    {
        var count = reader.Int();
        var sameIds = reader.Bool();
        var left = new short[count];
        for (var i = 0; i < count; i++)
        {
            left[i] = (short)reader.VarInt();
        }

        var right = left;
        if (!sameIds)
        {
            right = new short[count];
            for (var i = 0; i < count; i++)
            {
                right[i] = (short)reader.VarInt();
            }
        }

        var costs = new short[count];
        for (var i = 0; i < count; i++)
        {
            var v = reader.VarInt();
            costs[i] = (short)((int)((uint)v >> 1) ^ -(v & 1));
        }

        var pos = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            pos[i] = (ushort)reader.VarInt();
        }

        return new WordTable(left, right, costs, pos, ReadReferences(reader, count), ReadReferences(reader, count), ReadReferences(reader, count));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] ReadReferences(PayloadCursor reader, int count)
    {
        var column = new int[count];
        for (var i = 0; i < count; i++)
        {
            column[i] = reader.VarInt() - 2;
        }

        return column;
    }

    private static void WriteColumn<T>(BinaryWriter writer, T[] column, Func<int, int> encode)
        where T : unmanaged, IConvertible
    {
        foreach (var value in column)
        {
            writer.Write7BitEncodedInt(encode(value.ToInt32(null)));
        }
    }
}
