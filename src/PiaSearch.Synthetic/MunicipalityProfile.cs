using Bogus;

namespace PiaSearch.Synthetic;

/// <summary>
/// The cast of one fictional municipality's change log: its departments, contractors, statutes, heads and
/// systems, each of which may be renamed, replaced or renumbered from one revision to the next.
/// </summary>
internal sealed class MunicipalityProfile
{
    public MunicipalityProfile(Faker faker, CompanyRegistry companies)
    {
        Name = faker.Address.City().TrimEnd('市', '区', '町', '村') + faker.PickRandom("市", "区", "町", "村");
        Evaluation = faker.PickRandom(SyntheticVocabulary.Evaluations);
        Files = faker.PickRandom(SyntheticVocabulary.Files, faker.Random.Int(1, 3)).ToArray();
        Departments = Enumerable.Range(0, 6).Select(_ => Department(faker)).Distinct().ToList();
        Contractors = Enumerable.Range(0, 4).Select(_ => companies.Pick(faker)).Distinct()
            .Select(c => (c, companies.NameAt(c, new DateOnly(2015, 4, 1)))).ToList();
        Head = $"{Departments[0]}長 {faker.Name.LastName()} {faker.Name.FirstName()}";
        Phone = $"0{faker.Random.Int(3, 99)}-{faker.Random.Int(100, 9999)}-{faker.Random.Int(1000, 9999)}";
        Statute = (faker.PickRandom(SyntheticVocabulary.Statutes), faker.Random.Int(3, 12));
    }

    public string Name { get; }

    public string Evaluation { get; }

    public string[] Files { get; }

    public List<string> Departments { get; }

    /// <summary>Each contract's company (in the corpus's <see cref="CompanyRegistry"/>) and its name as the log last wrote it.</summary>
    public List<(int Company, string Written)> Contractors { get; }

    public string Head { get; set; }

    public string Phone { get; set; }

    public (string Template, int Number) Statute { get; set; }

    public static string Department(Faker faker) =>
        (faker.Random.Bool(0.3f) ? faker.PickRandom(SyntheticVocabulary.BureauStems) + "部" : string.Empty)
        + faker.PickRandom(SyntheticVocabulary.DepartmentStems) + faker.PickRandom(SyntheticVocabulary.DepartmentKinds);
}
