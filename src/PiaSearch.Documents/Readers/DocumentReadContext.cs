using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Readers;

/// <summary>What a reader needs besides the bytes, and where it leaves what it noticed.</summary>
public sealed class DocumentReadContext(string fileName, DocumentReadOptions options, CancellationToken cancellationToken = default)
{
    /// <summary>The file's name (or the document id), for messages.</summary>
    public string FileName { get; } = fileName;

    public DocumentReadOptions Options { get; } = options;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Things the reader noticed that did not stop it (a row mended across a page break, a page without the table).</summary>
    public List<ParseIssue> Warnings { get; } = [];

    /// <summary>Pages read (PDF), sheets looked at (XLSX).</summary>
    public int Pages { get; set; }

    /// <summary>The cover's metadata, when the reader found a cover.</summary>
    public DocumentCover? Cover { get; set; }

    /// <summary>The labelled fields of the document's other sections (I 基本情報 … VI), in document order.</summary>
    public List<DocumentSection> Sections { get; } = [];

    /// <summary>Reports progress as pages read, when somebody wants it.</summary>
    public IProgress<int>? PagesRead { get; init; }

    /// <summary>An exception for this file with both reasons.</summary>
    public UnreadableDocumentException Refuse(string japanese, string english, Exception? inner = null) => new(FileName, japanese, english, inner);
}
