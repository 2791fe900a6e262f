namespace PiaSearch.Api.Jobs;

/// <summary>How far a job has come: <paramref name="Done"/> of <paramref name="Total"/> (null when not known) <paramref name="Unit"/>.</summary>
public sealed record AdminJobProgress(long Done, long? Total, string Unit);
