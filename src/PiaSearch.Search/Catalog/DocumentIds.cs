namespace PiaSearch.Search.Catalog;

/// <summary>What a document id may be: letters (any script), digits, '-', '_' and '.', up to 100 characters.</summary>
public static class DocumentIds
{
    public const int MaxLength = 100;

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id)
        && id.Length <= MaxLength
        && id[0] != '.'
        && id.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.');

    public static void Validate(string? id)
    {
        if (!IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not a document id: use letters, digits, '-', '_' and '.', at most {MaxLength} characters, not starting with '.'.", nameof(id));
        }
    }
}
