using Bogus;

namespace PiaSearch.Synthetic;

/// <summary>
/// The contractor companies of a whole generated corpus, shared by every municipality's log: each has a name that
/// no other company has ever had, and may be renamed once or twice on dates of its own, as real companies are (a
/// rename happens to the company, so every log that names it after that date writes the new name). Municipalities
/// pick their contractors from it, a few companies far more often than the rest, as a few vendors serve most
/// municipalities. The same seed always gives the same registry. Without it each log renamed its contractors
/// on its own into names other logs gave to other companies, so "the same company by name" had no meaning across
/// logs and the cross-reference model's join of contractors could not be judged.
/// </summary>
internal sealed class CompanyRegistry
{
    private static readonly DateOnly First = new(2015, 4, 1);
    private static readonly string[] Areas = ["", "東日本", "西日本", "中部", "九州", "北海道", "関西", "首都圏"];
    private readonly List<Company> _companies;

    public CompanyRegistry(int seed, int count = 600)
    {
        var faker = new Faker("ja") { Random = new Randomizer(SyntheticChangeLogGenerator.LogSeed(seed, -1)) };
        var used = new HashSet<string>(StringComparer.Ordinal);
        _companies = new List<Company>(count);
        for (var i = 0; i < count; i++)
        {
            var tail = faker.PickRandom(Areas) + faker.PickRandom(SyntheticVocabulary.CompanyStems);
            var stem = Unused(used, () => faker.PickRandom(SyntheticVocabulary.CompanyPrefixes) + tail);
            if (stem is null)
            {
                continue;
            }

            var form = faker.Random.WeightedRandom([Form.Prefix, Form.Suffix, Form.Limited, Form.Foundation], [0.55f, 0.3f, 0.1f, 0.05f]);
            var names = new List<(DateOnly From, string Name)> { (DateOnly.MinValue, Write(form, stem)) };
            var renames = faker.Random.WeightedRandom([0, 1, 2], [0.6f, 0.3f, 0.1f]);
            foreach (var date in Enumerable.Range(0, renames).Select(_ => First.AddDays(faker.Random.Int(0, 365 * 10))).Order())
            {
                (form, stem, tail) = Renamed(faker, used, form, stem, tail);
                names.Add((date, Write(form, stem)));
            }

            _companies.Add(new Company($"company-{i + 1:D4}", names));
        }
    }

    /// <summary>How many companies there are.</summary>
    public int Count => _companies.Count;

    /// <summary>A company for a municipality to contract with, other than <paramref name="except"/>; low numbers far more often.</summary>
    public int Pick(Faker faker, int except = -1)
    {
        while (true)
        {
            var index = (int)(Count * Math.Pow(faker.Random.Double(), 2.5));
            if (index != except && index < Count)
            {
                return index;
            }
        }
    }

    /// <summary>The company's name on a day.</summary>
    public string NameAt(int company, DateOnly date) => _companies[company].Names.Last(n => n.From <= date).Name;

    /// <summary>Every name of every company, with its company's id: what a benchmark checks the joined entities against.</summary>
    public IEnumerable<(string CompanyId, string Name)> AllNames() =>
        _companies.SelectMany(c => c.Names.Select(n => (c.Id, n.Name)));

    private static string Write(Form form, string stem) => form switch
    {
        Form.Suffix => stem + "株式会社",
        Form.Limited => "有限会社" + stem,
        Form.Foundation => "一般財団法人" + stem + "協会",
        _ => "株式会社" + stem,
    };

    /// <summary>A new name: a limited company becomes a joint-stock one, or it takes a Latin acronym, or its first word changes.</summary>
    private static (Form Form, string Stem, string Tail) Renamed(Faker faker, HashSet<string> used, Form form, string stem, string tail)
    {
        if (form == Form.Limited)
        {
            return (Form.Prefix, stem, tail);
        }

        var acronym = tail.Length == 0 || faker.Random.Bool(0.4f);
        var renamed = Unused(used, () => acronym
            ? new string(faker.Random.Chars('A', 'Z', faker.Random.Int(3, 4))) + "S"
            : faker.PickRandom(SyntheticVocabulary.CompanyPrefixes) + tail);
        return renamed is null
            ? (form, stem, tail)
            : (form == Form.Foundation ? Form.Foundation : Form.Prefix, renamed, acronym ? string.Empty : tail);
    }

    /// <summary>A stem no company has had yet (tried a bounded number of times; null when the vocabulary is spent).</summary>
    private static string? Unused(HashSet<string> used, Func<string> draw)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var stem = draw();
            if (used.Add(stem))
            {
                return stem;
            }
        }

        return null;
    }

    private sealed record Company(string Id, List<(DateOnly From, string Name)> Names);

    private enum Form
    {
        Prefix,
        Suffix,
        Limited,
        Foundation,
    }
}
