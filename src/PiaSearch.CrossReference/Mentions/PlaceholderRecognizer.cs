using System.Text.RegularExpressions;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Mentions;

/// <summary>
/// A cell that holds a placeholder instead of a value (未定, 調整中, 選定中…). Its type is that of the slot
/// (a 委託先名 row gives a contractor placeholder); the extractor decides it, this only finds the word.
/// </summary>
internal static partial class PlaceholderRecognizer
{
    /// <summary>The placeholder in <paramref name="t"/> when the whole cell is one, else null.</summary>
    public static (int Start, int Length)? Find(string t)
    {
        var match = Placeholder().Match(t);
        return match.Success ? (match.Groups["word"].Index, match.Groups["word"].Length) : null;
    }

    /// <summary>The type of value an item holds, judged from its wording, or null.</summary>
    public static EntityType? SlotType(string itemText)
    {
        var match = SlotWord().Match(itemText);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["contractor"].Success ? EntityType.Contractor
            : match.Groups["person"].Success ? EntityType.Person
            : match.Groups["department"].Success ? EntityType.Department
            : match.Groups["phone"].Success ? EntityType.Phone
            : EntityType.System;
    }

    public static string KeyOf(string word) => NameKeys.Of(word);

    [GeneratedRegex(@"^[\s\[\]【】()]*(?<word>未定|未確定|未決定|未選定|調整中|選定中|検討中|調達中|入札予定|契約予定|TBD)(?:\s*[(（][^)）]*[)）])?[\s\[\]【】()]*$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?<contractor>再?委託先名?|受託者|受託事業者|委託事業者)(?!.*(?:確認方法|取扱者数|提供方法|における))|(?<person>所属長|責任者|担当者|代表者)|(?<department>使用部署|担当部署|部署)|(?<phone>電話|連絡先)|(?<system>システムの名称)")]
    private static partial Regex SlotWord();
}
