using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace PiaSearch.Morphology.Dictionary;

/// <summary>A bounds-checked reader over a decompressed dictionary payload.</summary>
internal sealed class PayloadCursor(byte[] data)
{
    private int _position;

    public bool AtEnd => _position == data.Length;

    public ReadOnlySpan<byte> Bytes(int count)
    {
        if (count < 0 || count > data.Length - _position)
        {
            throw new InvalidDataException("Unexpected end of the dictionary payload.");
        }

        var span = data.AsSpan(_position, count);
        _position += count;
        return span;
    }

    public byte Byte() => Bytes(1)[0];

    public bool Bool() => Byte() != 0;

    public ushort UShort() => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2));

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int VarInt()
    {
        // Millions of these are read at start-up: one loop over the array, no spans.
        var p = _position;
        var d = data;
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if ((uint)p >= (uint)d.Length)
            {
                throw new InvalidDataException("Unexpected end of the dictionary payload.");
            }

            uint b = d[p++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                _position = p;
                return (int)result;
            }
        }

        throw new InvalidDataException("Malformed variable-length integer.");
    }

    public string String() => Encoding.UTF8.GetString(Bytes(VarInt()));

    public T[] Array<T>(int count)
        where T : unmanaged
    {
        if (count < 0)
        {
            throw new InvalidDataException("Negative array length.");
        }

        return MemoryMarshal.Cast<byte, T>(Bytes(checked(count * Unsafe.SizeOf<T>()))).ToArray();
    }
}
