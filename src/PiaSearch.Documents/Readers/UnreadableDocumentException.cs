namespace PiaSearch.Documents.Readers;

/// <summary>
/// A document that cannot be read as a change log at all: encrypted, without text, without a 変更箇所 table,
/// truncated, too large. The message names the file and the reason, in Japanese and English.
/// </summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(string fileName, string japanese, string english, Exception? inner = null)
        : base($"{fileName}: {japanese} / {english}", inner)
    {
        FileName = fileName;
        Japanese = japanese;
        English = english;
    }

    public UnreadableDocumentException()
        : this("document", "読めません", "cannot be read")
    {
    }

    public UnreadableDocumentException(string message)
        : this("document", message, message)
    {
    }

    public UnreadableDocumentException(string message, Exception inner)
        : this("document", message, message, inner)
    {
    }

    /// <summary>The file (or document id) that was refused.</summary>
    public string FileName { get; }

    /// <summary>The reason in Japanese.</summary>
    public string Japanese { get; }

    /// <summary>The reason in English.</summary>
    public string English { get; }

    /// <summary>Both reasons without the file name: 理由 / reason.</summary>
    public string Reason => $"{Japanese} / {English}";
}
