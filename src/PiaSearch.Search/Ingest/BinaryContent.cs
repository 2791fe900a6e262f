using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Search.Ingest;

/// <summary>Tells text from binary by its first bytes, so that an image or an archive is not read as garbage rows.</summary>
internal static class BinaryContent
{
    private const int SniffLength = 64 * 1024;

    /// <summary>Why the stream's head looks binary, or null when it looks like text. The position is restored.</summary>
    public static string? Why(Stream stream)
    {
        var start = stream.Position;
        var buffer = new byte[SniffLength];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        var head = buffer.AsSpan(0, read);
        if (head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF }) || ChangeLogReader.LooksLikeUtf16(head) is not null)
        {
            return null; // UTF-16 text has NUL bytes of its own
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return "バイナリのファイルです (NUL バイト) / the file is binary (it holds NUL bytes), not a tab-separated change log";
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A))
            {
                controls++;
            }
        }

        return controls > read / 100
            ? $"バイナリのファイルです (制御文字 {controls} 個) / the file is binary ({controls} control bytes in the first {read:N0}), not a tab-separated change log"
            : null;
    }
}
