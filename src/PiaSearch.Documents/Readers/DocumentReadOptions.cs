namespace PiaSearch.Documents.Readers;

/// <summary>Limits on what a document may cost to read; a document beyond them is refused with the limit named.</summary>
public sealed record DocumentReadOptions
{
    /// <summary>The most pages a PDF may have.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>The most bytes a workbook may unpack to, all its parts together (a zip bomb unpacks to far more).</summary>
    public long MaxUnpackedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The most a workbook part may be compressed (unpacked / packed); real sheets compress about 10:1.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>The most rows read from a workbook's sheet.</summary>
    public int MaxSheetRows { get; init; } = 1_048_576;

    public static DocumentReadOptions Default { get; } = new();
}
