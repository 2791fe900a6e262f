using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Readers;

/// <summary>A document read and parsed: its entries (with the reader's warnings first), its format and how many pages or sheets it had.</summary>
public sealed record DocumentReadResult(ChangeLogParseResult Result, SourceFormat Format, int Pages);
