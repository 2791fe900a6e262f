namespace PiaSearch.CrossReference.Understanding;

/// <summary>
/// Another way of writing one word of a query, searched beside the word and ranked below it.
/// </summary>
/// <param name="Word">The query word it stands for (normalised).</param>
/// <param name="Kind">Why it is searched.</param>
/// <param name="Term">What is searched instead of the word.</param>
/// <param name="EntityId">The entity both name, when it comes from the cross-reference model.</param>
/// <param name="Since">Only rows dated on or after this day (a provision's later number).</param>
/// <param name="Until">Only rows dated before this day (a provision's earlier number).</param>
/// <param name="Documents">Only rows of these change logs: a department's or person's names hold within their own municipality.</param>
/// <param name="Date">When the name changed, for a former or later name or a renumbering.</param>
public sealed record QueryExpansion(
    string Word,
    ExpansionKind Kind,
    string Term,
    string? EntityId = null,
    DateOnly? Since = null,
    DateOnly? Until = null,
    IReadOnlyList<string>? Documents = null,
    DateOnly? Date = null);
