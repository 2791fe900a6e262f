using System.ComponentModel.DataAnnotations;

namespace PiaSearch.Api.Hosting;

/// <summary>Exports of a search (configuration section "Export").</summary>
public sealed class ExportOptions
{
    public const string SectionName = "Export";

    /// <summary>Most rows one export holds; a larger result is cut there, and the response says so.</summary>
    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 100_000;

    /// <summary>Rows read from the index at a time while the export is written.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>Exports each client may start per minute, sustained.</summary>
    [Range(1, 10_000)]
    public int PermitsPerMinute { get; set; } = 6;

    /// <summary>Exports a client may start in a burst.</summary>
    [Range(1, 10_000)]
    public int Burst { get; set; } = 3;

    /// <summary>Longest one export may take to write.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);
}
