namespace PiaSearch.Documents.ChangeLogs;

/// <summary>The names of <see cref="EntryKind"/> in the index, the API and the command line.</summary>
public static class EntryKinds
{
    public const string ChangeLabel = "change";
    public const string SectionLabel = "section";

    public static string Label(this EntryKind kind) => kind == EntryKind.Section ? SectionLabel : ChangeLabel;

    /// <summary>Reads change or section (any case).</summary>
    public static bool TryParse(string? text, out EntryKind kind)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case ChangeLabel:
                kind = EntryKind.Change;
                return true;
            case SectionLabel:
                kind = EntryKind.Section;
                return true;
            default:
                kind = EntryKind.Change;
                return false;
        }
    }
}
