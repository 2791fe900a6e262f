using PiaSearch.Search.Catalog;

namespace PiaSearch.Api.Contracts;

/// <summary>The change log as now held, what could not be indexed, and what was indexed with a warning.</summary>
/// <param name="Warnings">How many lines were indexed with a warning.</param>
/// <param name="WarningLines">Those lines and why (the first <see cref="MaxWarningLines"/>; <paramref name="Warnings"/> counts them all).</param>
public sealed record DocumentIngestResponse(DocumentRecord Document, bool Replaced, IReadOnlyList<RejectedLine> Rejected, int Warnings, IReadOnlyList<RejectedLine> WarningLines)
{
    /// <summary>At most this many warnings are listed in a reply.</summary>
    public const int MaxWarningLines = 200;
}

/// <summary>A line that was not indexed, and why.</summary>
public sealed record RejectedLine(int Line, string Reason);
