namespace PiaSearch.Api.Jobs;

/// <summary>Where an administration job is: waiting, running, or finished one of three ways.</summary>
public enum AdminJobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
