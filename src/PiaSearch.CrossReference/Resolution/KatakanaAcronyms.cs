using System.Collections.Frozen;
using PiaSearch.CrossReference.Text;

namespace PiaSearch.CrossReference.Resolution;

/// <summary>
/// Recognises a Latin acronym of a katakana name whose words are separated by middle dots: RKKCS for
/// アール・ケー・ケー・コンピューター・サービス (letter names spelled in katakana, or words whose first sound
/// gives the letter, with the English spelling allowed: コンピューター → C or K).
/// </summary>
internal static class KatakanaAcronyms
{
    private static readonly FrozenDictionary<string, char> LetterNames = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["エー"] = 'A', ["エイ"] = 'A', ["ビー"] = 'B', ["シー"] = 'C', ["ディー"] = 'D', ["デー"] = 'D', ["イー"] = 'E',
        ["エフ"] = 'F', ["ジー"] = 'G', ["エイチ"] = 'H', ["エッチ"] = 'H', ["アイ"] = 'I', ["ジェー"] = 'J', ["ジェイ"] = 'J',
        ["ケー"] = 'K', ["ケイ"] = 'K', ["エル"] = 'L', ["エム"] = 'M', ["エヌ"] = 'N', ["オー"] = 'O', ["ピー"] = 'P',
        ["キュー"] = 'Q', ["アール"] = 'R', ["エス"] = 'S', ["ティー"] = 'T', ["テー"] = 'T', ["ユー"] = 'U', ["ブイ"] = 'V',
        ["ヴイ"] = 'V', ["ダブリュー"] = 'W', ["エックス"] = 'X', ["ワイ"] = 'Y', ["ゼット"] = 'Z', ["ゼッド"] = 'Z',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when <paramref name="acronym"/> (Latin) abbreviates <paramref name="name"/> (katakana words).</summary>
    public static bool Abbreviates(string acronym, string name)
    {
        var letters = acronym.Where(CharClass.IsLatin).Select(char.ToUpperInvariant).ToArray();
        if (letters.Length < 2 || letters.Length != acronym.Count(c => !char.IsWhiteSpace(c)))
        {
            return false;
        }

        var words = name.Split([CharClass.MiddleDot, ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != letters.Length || !words.All(w => w.All(CharClass.IsKatakana)))
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!Initials(words[i]).Contains(letters[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Initials(string word)
    {
        if (LetterNames.TryGetValue(word, out var letter))
        {
            return letter.ToString();
        }

        return word[0] switch
        {
            'ア' => "A", 'イ' => "IE", 'ウ' => "UW", 'エ' => "EA", 'オ' => "O",
            'カ' or 'キ' or 'ケ' or 'コ' => "KC", 'ク' => "KCQ",
            'サ' or 'セ' => "SC", 'シ' => "SC", 'ス' or 'ソ' => "S",
            'タ' or 'ツ' or 'テ' or 'ト' => "T", 'チ' => "CT",
            'ナ' or 'ニ' or 'ヌ' or 'ネ' or 'ノ' => "N",
            'ハ' or 'ヒ' or 'ヘ' or 'ホ' => "H", 'フ' => "FH",
            'マ' or 'ミ' or 'ム' or 'メ' or 'モ' => "M",
            'ヤ' or 'ユ' or 'ヨ' => "YJU",
            'ラ' or 'リ' or 'ル' or 'レ' or 'ロ' => "RL",
            'ワ' => "W",
            'ガ' or 'ギ' or 'グ' or 'ゲ' or 'ゴ' => "G",
            'ザ' or 'ズ' or 'ゼ' or 'ゾ' => "Z", 'ジ' => "JGZ",
            'ダ' or 'デ' or 'ド' => "D",
            'バ' or 'ビ' or 'ブ' or 'ベ' or 'ボ' => "BV", 'ヴ' => "V",
            'パ' or 'ピ' or 'プ' or 'ペ' or 'ポ' => "P",
            _ => string.Empty,
        };
    }
}
