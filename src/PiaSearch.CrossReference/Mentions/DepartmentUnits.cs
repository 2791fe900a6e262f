namespace PiaSearch.CrossReference.Mentions;

/// <summary>The suffixes that name an organisational unit, and the generic words that end like one.</summary>
internal static class DepartmentUnits
{
    /// <summary>Unit suffixes, longest first so that 事務所 wins over 所.</summary>
    public static IReadOnlyList<string> Suffixes { get; } = ["事務所", "出張所", "センター", "支所", "部", "局", "課", "室", "係", "班"];

    /// <summary>Rooms and generic nouns that end in a unit suffix but are not units.</summary>
    public static IReadOnlySet<string> GenericWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "機械室", "入退室", "会議室", "事務室", "執務室", "電算室", "居室", "別室", "控室", "待合室", "倉庫室", "研修室",
        "相談室", "書庫室", "金庫室", "作業室", "管理室", "端末室", "保管室", "関係部", "担当部", "担当課", "担当係",
        "関係課", "所管課", "主管課", "所管部", "主管部", "各課", "各部", "各係", "関係各課", "関係部局", "所管部局",
    };

    /// <summary>Title words that may follow a unit (戸籍住民課長) or end a title before a name (所属長).</summary>
    public const char Head = '長';

    /// <summary>The rank of a suffix: units of one rank do not nest (a 課 inside a 課 is a typo).</summary>
    public static string Rank(string suffix) => suffix switch
    {
        "事務所" or "出張所" or "支所" or "センター" => "所",
        _ => suffix,
    };

    /// <summary>The unit suffix <paramref name="name"/> ends with, or null.</summary>
    public static string? SuffixOf(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix;
            }
        }

        return null;
    }
}
