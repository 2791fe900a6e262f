using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Readers;

/// <summary>Tells a document's format from its first bytes; the file name only breaks a tie between the two text formats.</summary>
public static class SourceFormats
{
    /// <summary>How many bytes <see cref="Detect"/> wants to see.</summary>
    public const int SniffLength = 64 * 1024;

    /// <summary>The extension a stored document of this format gets.</summary>
    public static string Extension(this SourceFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The format of a document whose first bytes are <paramref name="head"/>.</summary>
    public static SourceFormat Detect(ReadOnlySpan<byte> head, string? fileName = null)
    {
        if (head.StartsWith("%PDF-"u8) || head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return SourceFormat.Pdf; // a PDF may have junk before its header
        }

        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
        {
            return SourceFormat.Xlsx; // a zip: the reader says so if it holds no workbook
        }

        var encoding = ChangeLogReader.Detect(head, head.Length < SniffLength);
        var text = encoding.GetString(head.Length > 16 * 1024 ? head[..(16 * 1024)] : head);
        var tabs = 0;
        var commas = 0;
        foreach (var line in text.Split('\n').Take(40))
        {
            if (line.Count(c => c == '\t') >= 3)
            {
                tabs++;
            }
            else if (line.Count(c => c == ',') >= 3)
            {
                commas++;
            }
        }

        if (commas > tabs || (tabs == 0 && fileName is not null && fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            return SourceFormat.Csv;
        }

        return SourceFormat.Tsv;
    }

    /// <summary>Reads the first <see cref="SniffLength"/> bytes of a seekable stream and detects its format; the position is restored.</summary>
    public static SourceFormat Detect(Stream stream, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.Position;
        var buffer = new byte[SniffLength];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return Detect(buffer.AsSpan(0, read), fileName);
    }

}
