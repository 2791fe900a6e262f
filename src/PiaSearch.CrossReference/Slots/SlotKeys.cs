using System.Text;
using System.Text.RegularExpressions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Items;

namespace PiaSearch.CrossReference.Slots;

/// <summary>
/// The key of a slot — a place in the evaluation that holds a value over time. Writing styles of the item
/// differ in their titles (基本情報 6. 情報提供ネットワークシステムによる情報連携 ②法令上の根拠 vs
/// 6-②法令上の根拠), so the key is made of what they share: file, chapter, the section numbers and numbered
/// labels (委託事項2, 提供先1) in order, the levels of a dashed path (4-特定個人情報の提供ルール-…), and the last
/// label; the titles that follow section numbers in the spaced style are left out. When both cells begin with
/// the same label (2所属長 …), that label completes the item.
/// </summary>
public static partial class SlotKeys
{
    /// <summary>The slot a change row changes.</summary>
    public static string Of(ChangeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Of(entry.Item, entry.Before.Text, entry.After.Text);
    }

    /// <summary>The slot of an item, given the cells as written (a leading label such as 2所属長 needs the spaces).</summary>
    public static string Of(ItemPath item, string beforeText, string afterText)
    {
        ArgumentNullException.ThrowIfNull(item);
        var numbers = new List<string>();
        var last = string.Empty;
        foreach (var spaced in Spaces().Split(ItemPathParser.NormalizeKey(item.Path)).Where(p => p.Length > 0))
        {
            // In a dashed path every level counts (…-閲覧者・更新者の制限-具体的な制限方法 is not …-取扱いの記録-具体的な制限方法).
            var levels = Dashes().Split(spaced).Where(p => p.Length > 0).ToList();
            for (var i = 0; i < levels.Count; i++)
            {
                if (Read(levels[i], numbers) is { Length: > 0 } label)
                {
                    if (i < levels.Count - 1)
                    {
                        numbers.Add(label);
                    }
                    else
                    {
                        last = label;
                    }
                }
            }
        }

        if (CellLabel(beforeText) is { } cellLabel && cellLabel == CellLabel(afterText) && cellLabel.Label != last)
        {
            numbers.Add(cellLabel.Number);
            last = cellLabel.Label;
        }

        return $"{item.File ?? "-"}|{item.Chapter ?? "-"}|{string.Join(',', numbers)}|{last}";
    }

    /// <summary>Adds the section number and numbered label of a part of the path; returns its plain label.</summary>
    private static string Read(string part, List<string> numbers)
    {
        var rest = Parenthetical().Replace(part, string.Empty);
        var numbering = Numbering().Match(rest);
        if (numbering.Success)
        {
            numbers.Add(Digits(numbering.Value));
            rest = rest[numbering.Length..];
        }

        var label = NumberedLabel().Match(rest);
        if (label.Success)
        {
            numbers.Add(label.Value);
            rest = rest[..label.Index];
        }

        return rest.Trim();
    }

    /// <summary>The label a cell starts with (所属長 in 2所属長 …), which belongs to the slot rather than the value; or null.</summary>
    internal static string? LabelOf(string text) => CellLabel(text)?.Label;

    private static (string Number, string Label)? CellLabel(string text)
    {
        var match = LeadingLabel().Match(text);
        return match.Success ? (Digits(match.Groups["n"].Value), match.Groups["label"].Value) : null;
    }

    private static string Digits(string numbering)
    {
        var sb = new StringBuilder();
        foreach (var c in numbering)
        {
            if (c is >= '①' and <= '⑳')
            {
                sb.Append(c - '①' + 1);
            }
            else if (char.IsAsciiDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"-+")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(?:\d{1,2}\.?|[①-⑳])")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"(?:\p{IsKatakana}{2,}|\p{IsCJKUnifiedIdeographs}{1,4})\d{1,2}$")]
    private static partial Regex NumberedLabel();

    [GeneratedRegex(@"^\s*(?<n>\d{1,2}|[①-⑳])\s*(?<label>[^\s\d(（、。【]{2,12}?)(?=\s|\d|平成|令和|昭和|$)")]
    private static partial Regex LeadingLabel();
}
