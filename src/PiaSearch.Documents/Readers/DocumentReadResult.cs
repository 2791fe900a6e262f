using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Readers;

/// <summary>A document read and parsed: its entries (with the reader's warnings first), its format and how many pages or sheets it had.</summary>
public sealed record DocumentReadResult(ChangeLogParseResult Result, SourceFormat Format, int Pages)
{
    /// <summary>The evaluation's cover (評価書番号, 評価書名, 評価実施機関名, 公表日), when the document has one.</summary>
    public DocumentCover? Cover { get; init; }
}
