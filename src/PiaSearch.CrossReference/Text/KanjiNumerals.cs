using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PiaSearch.CrossReference.Text;

/// <summary>Converts the kanji numerals of statute citations (第十九条, 別表第二) to digits.</summary>
internal static partial class KanjiNumerals
{
    /// <summary>Rewrites every run of kanji numerals in <paramref name="text"/> as digits.</summary>
    public static string ToDigits(string text) =>
        NumeralRun().Replace(text, m => TryParse(m.Value, out var value) ? value.ToString(CultureInfo.InvariantCulture) : m.Value);

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        var section = 0;
        var digit = -1;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return false;
            }

            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }

        value = section + Math.Max(digit, 0);
        return true;
    }

    /// <summary>Digits, kanji numerals converted, with width folded: a comparable form of a number.</summary>
    public static string Canonical(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in ToDigits(text))
        {
            sb.Append(c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c);
        }

        return sb.ToString();
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    [GeneratedRegex("[〇零一二三四五六七八九十百千]+")]
    private static partial Regex NumeralRun();
}
