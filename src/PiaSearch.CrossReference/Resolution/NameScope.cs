namespace PiaSearch.CrossReference.Resolution;

/// <summary>
/// Which names can be shared across change logs. A company, a law, a national system or a document is the
/// same wherever it is cited; a department, a person or a phone number belongs to one organisation, so two
/// municipalities' 情報政策課 stay apart. The organisation of a log is its municipality when known, else the log.
/// </summary>
internal static class NameScope
{
    public static bool IsLocal(EntityType type) => type is EntityType.Department or EntityType.Person or EntityType.Phone;

    /// <summary>The key a name is grouped under: type, organisation when local, and the name key.</summary>
    public static string Of(EntityType type, string organisation, string key) =>
        IsLocal(type) ? $"{type}|{organisation}|{key}" : $"{type}||{key}";
}
