using System.Runtime.CompilerServices;

namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// Serialises a <see cref="DoubleArrayTrie"/> compactly: nodes breadth-first, each as the change of its base from the
/// previous node's and the codes of its children. <c>check</c> is rebuilt on load, and the values are the order in
/// which keys end during that walk, so neither is stored.
/// </summary>
internal static class TrieCodec
{
    /// <summary>The values of the keys in the order the breadth-first walk meets them.</summary>
    public static int[] ValuesInWalkOrder(DoubleArrayTrie trie)
    {
        var values = new List<int>();
        Walk(trie, (_, _, _) => { }, leaf => values.Add(-trie.Base[leaf] - 1));
        return [.. values];
    }

    public static void Write(BinaryWriter writer, DoubleArrayTrie trie)
    {
        writer.Write(trie.Alphabet.Length);
        foreach (var c in trie.Alphabet)
        {
            writer.Write((ushort)c);
        }

        writer.Write(trie.Base.Length);
        var previousBase = 0;
        var expectedValue = 0;
        Walk(
            trie,
            (node, @base, codes) =>
            {
                writer.Write7BitEncodedInt(ZigZag(@base - previousBase));
                previousBase = @base;
                writer.Write7BitEncodedInt(codes.Count);
                var previousCode = 0;
                for (var k = 0; k < codes.Count; k++)
                {
                    writer.Write7BitEncodedInt(k == 0 ? codes[k] : codes[k] - previousCode);
                    previousCode = codes[k];
                }
            },
            leaf =>
            {
                if (-trie.Base[leaf] - 1 != expectedValue++)
                {
                    throw new InvalidOperationException("Trie values must follow the breadth-first order; compile with MorphologyDictionaryCompiler.");
                }
            });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DoubleArrayTrie Read(PayloadCursor reader)
    {
        var alphabet = new char[reader.Int()];
        for (var i = 0; i < alphabet.Length; i++)
        {
            alphabet[i] = (char)reader.UShort();
        }

        var size = reader.Int();
        var @base = new int[size];
        var check = new int[size];
        Array.Fill(check, -1);
        var queue = new int[size];
        var head = 0;
        var tail = 0;
        queue[tail++] = 0;
        var previousBase = 0;
        var value = 0;
        while (head < tail)
        {
            var node = queue[head++];
            var b = previousBase + UnZigZag(reader.VarInt());
            previousBase = b;
            @base[node] = b;
            var count = reader.VarInt();
            var code = 0;
            for (var k = 0; k < count; k++)
            {
                code = k == 0 ? reader.VarInt() : code + reader.VarInt();
                var slot = b + code;
                if ((uint)slot >= (uint)size || check[slot] != -1)
                {
                    throw new InvalidDataException("Corrupted trie.");
                }

                check[slot] = node;
                if (code == 0)
                {
                    @base[slot] = -(value++) - 1;
                }
                else
                {
                    queue[tail++] = slot;
                }
            }
        }

        return new DoubleArrayTrie(@base, check, alphabet);
    }

    /// <summary>Visits internal nodes breadth-first (children by ascending code) and, within, the end-of-key slots.</summary>
    private static void Walk(DoubleArrayTrie trie, Action<int, int, List<int>> visitNode, Action<int> visitLeaf)
    {
        var @base = trie.Base;
        var check = trie.Check;
        var children = new List<int>?[@base.Length];
        for (var slot = 1; slot < check.Length; slot++)
        {
            if (check[slot] >= 0 && check[slot] < check.Length)
            {
                (children[check[slot]] ??= []).Add(slot);
            }
        }

        var queue = new Queue<int>();
        queue.Enqueue(0);
        var codes = new List<int>();
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            codes.Clear();
            foreach (var child in children[node] ?? [])
            {
                codes.Add(child - @base[node]);
            }

            visitNode(node, @base[node], codes);
            foreach (var child in children[node] ?? [])
            {
                if (child == @base[node])
                {
                    visitLeaf(child);
                }
                else
                {
                    queue.Enqueue(child);
                }
            }
        }
    }

    private static int ZigZag(int value) => (value << 1) ^ (value >> 31);

    private static int UnZigZag(int value) => (int)((uint)value >> 1) ^ -(value & 1);
}
