using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Slots;
using PiaSearch.Documents.Text;

namespace PiaSearch.CrossReference.Questions;

/// <summary>
/// The slots of the files a question names. A log may write one file two ways (後期高齢者医療被保険者ファイル in its first rows,
/// 被保険者ファイル later): files one of whose names ends with the other are one file, and of its slots with the same path in one
/// document the one changed last is the item. Reads the slots of the named files (or those whose path holds the word): O(those).
/// </summary>
internal static class FileSlots
{
    public static IEnumerable<Slot> Find(CrossReferenceModel model, ParsedQuestion q, string? pathWord)
    {
        if (q.Files.Count == 0)
        {
            return pathWord is null ? [] : SlotLookup.Find(model, null, pathWord);
        }

        return All(model, q, pathWord)
            .GroupBy(s => (s.DocumentId, File: Canonical(q, s.File), Path: TextKey.Of(s.Path)))
            .Select(g => g.MaxBy(s => s.Changes.Count == 0 ? DateOnly.MinValue : s.Changes.Max(c => c.Date?.From ?? DateOnly.MinValue))!);
    }

    /// <summary>Every slot of the named files whose path holds the word (all slots of those files when null), both ways of naming a file kept.</summary>
    public static IEnumerable<Slot> All(CrossReferenceModel model, ParsedQuestion q, string? pathWord) =>
        q.Files.Count == 0
            ? pathWord is null ? [] : SlotLookup.Find(model, null, pathWord)
            : q.Files.SelectMany(f => SlotLookup.Find(model, f, pathWord)).Distinct();

    /// <summary>The file as the question's shortest name for it: the shortest named file the slot's file name ends with.</summary>
    public static string Canonical(ParsedQuestion q, string? file)
    {
        var key = TextKey.Of(file ?? string.Empty);
        return q.Files.Select(TextKey.Of).Where(k => key.EndsWith(k, StringComparison.Ordinal)).OrderBy(k => k.Length).FirstOrDefault() ?? key;
    }
}
