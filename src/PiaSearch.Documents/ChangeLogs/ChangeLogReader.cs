using System.Text;

namespace PiaSearch.Documents.ChangeLogs;

/// <summary>
/// Opens change-log files whatever their encoding: UTF-8 (with or without BOM), UTF-16 with BOM, or
/// Shift_JIS (CP932), which is what many municipal systems still export.
/// </summary>
public static class ChangeLogReader
{
    private const int SniffLength = 64 * 1024;

    static ChangeLogReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The id a file gets when none is given: its name without extension.</summary>
    public static string DocumentIdFor(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>Opens a reader with the detected encoding. The stream must be seekable.</summary>
    public static StreamReader Open(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable to detect its encoding.", nameof(stream));
        }

        var start = stream.Position;
        var buffer = new byte[SniffLength];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return new StreamReader(stream, Detect(buffer.AsSpan(0, read), read < SniffLength), detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>Opens a file with the detected encoding.</summary>
    public static StreamReader OpenFile(string path) =>
        Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan));

    /// <summary>UTF-8 unless the bytes are not valid UTF-8, in which case Shift_JIS.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> head, bool isWholeContent)
    {
        if (head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return new UTF8Encoding(false);
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xFE }) || head.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Encoding.Unicode; // the BOM decides the byte order
        }

        if (LooksLikeUtf16(head) is { } utf16)
        {
            return utf16;
        }

        // The sniffed prefix may cut a multi-byte sequence in two; ignore an incomplete tail.
        var length = isWholeContent ? head.Length : TrimIncompleteTail(head);
        return System.Text.Unicode.Utf8.IsValid(head[..length]) ? new UTF8Encoding(false) : Encoding.GetEncoding(932);
    }

    /// <summary>
    /// UTF-16 without a byte-order mark, told by its zero bytes: the tabs, digits and Latin letters of a change log
    /// have a zero high byte, at odd offsets in little-endian text and at even ones in big-endian. Null for anything else.
    /// </summary>
    public static Encoding? LooksLikeUtf16(ReadOnlySpan<byte> head)
    {
        var length = Math.Min(head.Length, 8192) & ~1;
        int even = 0, odd = 0;
        for (var i = 0; i < length; i += 2)
        {
            even += head[i] == 0 ? 1 : 0;
            odd += head[i + 1] == 0 ? 1 : 0;
        }

        if (odd >= 4 && odd > 8 * even && odd * 10 >= length / 2)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        return even >= 4 && even > 8 * odd && even * 10 >= length / 2 ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false) : null;
    }

    private static int TrimIncompleteTail(ReadOnlySpan<byte> head)
    {
        var end = head.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = head[end - back];
            if ((b & 0xC0) != 0x80)
            {
                return (b & 0x80) == 0 ? end : end - back;
            }
        }

        return end;
    }
}
