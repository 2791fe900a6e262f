namespace PiaSearch.Documents.Readers;

/// <summary>The formats a change log is read from.</summary>
public enum SourceFormat
{
    /// <summary>Tab-separated text (UTF-8, Shift_JIS or UTF-16).</summary>
    Tsv,

    /// <summary>Comma-separated text with RFC 4180 quoting (UTF-8, Shift_JIS or UTF-16).</summary>
    Csv,

    /// <summary>An Excel workbook (Office Open XML).</summary>
    Xlsx,

    /// <summary>A PDF with a text layer.</summary>
    Pdf,
}
