using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Readers.Pdf;
using PiaSearch.Documents.Readers.Xlsx;

namespace PiaSearch.Documents.Readers;

/// <summary>
/// Reads any change log the way every entry point does (CLI, upload, corpus folder, rebuild from the store): the
/// format told from the content (<see cref="SourceFormats.Detect(Stream, string?)"/>), that format's reader, then the
/// one parser. So a stored document read again in a rebuild gives the same entries as when it was added. The fields of
/// a whole evaluation's other sections follow the change rows as entries of kind <see cref="EntryKind.Section"/>.
/// </summary>
public sealed class DocumentReaders(ChangeLogParser parser, DocumentReadOptions? options = null)
{
    private readonly IReadOnlyList<IDocumentReader> _readers = [new TsvDocumentReader(), new CsvDocumentReader(), new XlsxDocumentReader(), new PdfDocumentReader()];

    public ChangeLogParser Parser => parser;

    public DocumentReadOptions Options { get; } = options ?? DocumentReadOptions.Default;

    /// <summary>The reader of one format.</summary>
    public IDocumentReader For(SourceFormat format) => _readers.First(r => r.Format == format);

    /// <summary>Reads and parses <paramref name="content"/> (copied into memory first when it cannot seek).</summary>
    /// <remarks>O(bytes) for text; O(pages × letters on a page) for a PDF; O(cells) for a workbook.</remarks>
    /// <exception cref="UnreadableDocumentException">Encrypted, without text, without the table, damaged, or past a limit.</exception>
    public DocumentReadResult Read(Stream content, string documentId, string? fileName = null, IProgress<int>? pagesRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            var copy = new MemoryStream();
            content.CopyTo(copy);
            copy.Position = 0;
            content = copy;
        }

        var format = SourceFormats.Detect(content, fileName);
        var context = new DocumentReadContext(fileName ?? documentId, Options, cancellationToken) { PagesRead = pagesRead };
        var result = parser.Parse(For(format).ReadRows(content, context), documentId);
        if (context.Warnings.Count > 0)
        {
            result = result with { Warnings = [.. context.Warnings, .. result.Warnings] };
        }

        if (context.Sections.Count > 0)
        {
            result = result with { Entries = [.. result.Entries, .. SectionEntries.Of(context.Sections, result)] };
        }

        return new DocumentReadResult(result, format, context.Pages) { Cover = context.Cover };
    }

    /// <summary>Reads a file.</summary>
    public DocumentReadResult ReadFile(string path, string? documentId = null, IProgress<int>? pagesRead = null, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, documentId ?? ChangeLogReader.DocumentIdFor(path), Path.GetFileName(path), pagesRead, cancellationToken);
    }
}
