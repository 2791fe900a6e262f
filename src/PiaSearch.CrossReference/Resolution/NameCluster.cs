namespace PiaSearch.CrossReference.Resolution;

/// <summary>
/// One name and its variants: width and spacing, OCR misreadings, typos, and the abbreviations a log defines
/// for it. A renamed entity has several clusters, one per name.
/// </summary>
/// <param name="Id">Index of the cluster in the model.</param>
/// <param name="Type">What the name names.</param>
/// <param name="Scope">The change log for local names (departments, people, phones), empty for shared ones.</param>
/// <param name="Name">The name as usually written.</param>
/// <param name="Keys">The comparison keys of all variants.</param>
/// <param name="OfficialNumbers">Statutes: promulgation numbers cited with the name.</param>
/// <param name="IsPlaceholder">未定 and the like.</param>
public sealed record NameCluster(
    int Id,
    EntityType Type,
    string Scope,
    string Name,
    IReadOnlyList<string> Keys,
    IReadOnlyList<string> OfficialNumbers,
    bool IsPlaceholder);
