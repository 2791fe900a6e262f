using System.Text;
using Bogus;

namespace PiaSearch.Search.Tests.Durability;

/// <summary>Fictional change logs, each naming a contractor made up for the run, so that a search finds exactly its rows.</summary>
internal static class DurabilityData
{
    public static (string Content, string Contractor) Log(int seed, int rows, int badRows = 0)
    {
        var faker = new Faker("ja") { Random = new Randomizer(seed) };
        var contractor = "株式会社" + faker.Random.String2(6, "アイウエオカキクケコサシスセソタチツテトナニヌネノ");
        var text = new StringBuilder("変更日\t項目\t変更前の記載\t変更後の記載\t提出時期\t提出時期に係る説明\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append($"令和{faker.Random.Int(2, 6)}年度\t(住民基本台帳ファイル) Ⅱ-4-委託事項{i}-⑥委託先名\t未定\t{contractor}\t事前\t\n");
        }

        for (var i = 0; i < badRows; i++)
        {
            text.Append("タブのない壊れた行 ").Append(i).Append('\n');
        }

        return (text.ToString(), contractor);
    }

    public static MemoryStream Bytes(string content) => new(Encoding.UTF8.GetBytes(content));

    /// <summary>A non-seekable stream, as a request body is.</summary>
    public static Stream Body(string content) => new ForwardOnly(Encoding.UTF8.GetBytes(content));

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
