namespace PiaSearch.Api.Jobs;

/// <summary>A job's state at one moment (see <see cref="AdminJob.Snapshot"/>).</summary>
public sealed record AdminJobSnapshot(
    string Id,
    string Kind,
    AdminJobState State,
    AdminJobProgress? Progress,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    object? Result,
    string? Error);
