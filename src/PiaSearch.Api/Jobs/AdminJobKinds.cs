namespace PiaSearch.Api.Jobs;

/// <summary>The kinds of administration job.</summary>
public static class AdminJobKinds
{
    public const string Reindex = "reindex";
    public const string Backup = "backup";
}
