using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bogus;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Synthetic;

/// <summary>
/// Writes realistic, reproducible change logs in the TSV format of 変更箇所一覧: a title line, the header
/// repeated at page breaks, 和暦 dates and 年度, items in several writing styles, HTML cells, PDF spacing noise,
/// and a cast of departments, contractors, statutes and heads that are renamed, replaced and renumbered.
/// The same seed always gives the same bytes.
/// </summary>
public sealed class SyntheticChangeLogGenerator
{
    private static readonly string Header = string.Join('\t', ChangeLogColumns.Names);
    private static readonly JsonSerializerOptions SidecarJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ConcurrentDictionary<int, Lazy<CompanyRegistry>> _registries = new();

    /// <summary>The file beside a corpus's logs that says which company each contractor name is (a dot file: ingest skips it).</summary>
    public const string ContractorTruthFile = ".contractors-truth.tsv";

    /// <summary>
    /// The seed of one log, the same in every process (HashCode.Combine is randomised per process, which made a
    /// corpus differ from run to run).
    /// </summary>
    internal static int LogSeed(int seed, int index)
    {
        unchecked
        {
            // A 64-bit mix (SplitMix64's finaliser) of the pair, folded to 32 bits.
            var x = ((ulong)(uint)seed << 32) | (uint)index;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            x ^= x >> 31;
            return (int)(x ^ (x >> 32));
        }
    }

    /// <summary>Generates log number <paramref name="index"/> of a corpus; independent of the others, so they can be made in parallel.</summary>
    public SyntheticChangeLog Generate(int seed, int index, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var faker = new Faker("ja") { Random = new Randomizer(LogSeed(seed, index)) };
        var companies = Registry(seed);
        var profile = new MunicipalityProfile(faker, companies);
        var text = new StringBuilder(rows * 320);
        text.Append("## 過去分変更箇所一覧\n\n");
        var revisions = Revisions(faker, rows);
        var sincePageBreak = int.MaxValue;
        var pageLength = faker.Random.Int(5, 9);
        foreach (var (date, count) in revisions)
        {
            var dateText = SyntheticDates.Write(date, faker);
            for (var i = 0; i < count; i++)
            {
                if (sincePageBreak >= pageLength)
                {
                    text.Append(text.Length > 40 ? "\n" : string.Empty).Append(Header).Append('\n');
                    sincePageBreak = 0;
                    pageLength = faker.Random.Int(5, 9);
                }

                AppendRow(text, date, dateText, profile, companies, faker);
                sincePageBreak++;
            }
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{seed}-{index:D5}");
        return new SyntheticChangeLog(id, profile.Name, profile.Evaluation, text.ToString(), rows);
    }

    /// <summary>Writes <paramref name="options"/>.Municipalities logs (with .meta.json sidecars) into <paramref name="folder"/>.</summary>
    public IReadOnlyList<string> WriteCorpus(SyntheticCorpusOptions options, string folder, IProgress<int>? written = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Directory.CreateDirectory(folder);
        var paths = new string[options.Municipalities];
        var done = 0;
        Parallel.For(0, options.Municipalities, index =>
        {
            var log = Generate(options.Seed, index, options.RowsPerLog);
            var path = Path.Combine(folder, log.Id + ".tsv");
            File.WriteAllText(path, log.Content, new UTF8Encoding(false));
            File.WriteAllText(
                Path.Combine(folder, log.Id + ".meta.json"),
                JsonSerializer.Serialize(new Dictionary<string, string> { ["municipality"] = log.Municipality, ["evaluation"] = log.Evaluation }, SidecarJson) + "\n",
                new UTF8Encoding(false));
            paths[index] = path;
            written?.Report(Interlocked.Increment(ref done));
        });
        File.WriteAllLines(
            Path.Combine(folder, ContractorTruthFile),
            Registry(options.Seed).AllNames().Select(n => $"{n.CompanyId}\t{n.Name}"),
            new UTF8Encoding(false));
        return paths;
    }

    private static List<(DateOnly Date, int Rows)> Revisions(Faker faker, int rows)
    {
        var count = Math.Clamp(rows / 25, 1, 12);
        var start = new DateOnly(2015, 4, 1);
        var dates = Enumerable.Range(0, count)
            .Select(_ => start.AddDays(faker.Random.Int(0, 365 * 10)))
            .Order()
            .ToList();
        var split = new int[count];
        for (var i = 0; i < rows; i++)
        {
            split[faker.Random.Int(0, count - 1)]++;
        }

        return [.. dates.Zip(split).Where(p => p.Second > 0)];
    }

    private CompanyRegistry Registry(int seed) => _registries.GetOrAdd(seed, s => new Lazy<CompanyRegistry>(() => new CompanyRegistry(s))).Value;

    private static void AppendRow(StringBuilder text, DateOnly day, string date, MunicipalityProfile profile, CompanyRegistry companies, Faker faker)
    {
        var kind = faker.Random.WeightedRandom(
            [RowKind.Contractor, RowKind.Departments, RowKind.Head, RowKind.Statute, RowKind.Measures, RowKind.Checkboxes, RowKind.Phone, RowKind.System],
            [0.2f, 0.12f, 0.08f, 0.1f, 0.3f, 0.1f, 0.05f, 0.05f]);
        var (item, before, after) = kind switch
        {
            RowKind.Contractor => ContractorRow(profile, companies, day, faker),
            RowKind.Departments => DepartmentRow(profile, faker),
            RowKind.Head => HeadRow(profile, faker),
            RowKind.Statute => StatuteRow(profile, faker),
            RowKind.Checkboxes => CheckboxRow(profile, faker),
            RowKind.Phone => PhoneRow(profile, faker),
            RowKind.System => SystemRow(profile, faker),
            _ => MeasureRow(profile, faker),
        };
        var timing = faker.Random.WeightedRandom(["事前", "事後", string.Empty], [0.35f, 0.5f, 0.15f]);
        var explanation = timing.Length == 0 ? string.Empty : faker.PickRandom(SyntheticVocabulary.Explanations);
        text.Append(date).Append('\t')
            .Append(Noise(item, faker)).Append('\t')
            .Append(Noise(before, faker)).Append('\t')
            .Append(Noise(after, faker)).Append('\t')
            .Append(timing).Append('\t')
            .Append(explanation).Append('\n');
    }

    private static string Item(MunicipalityProfile profile, Faker faker, string chapter, string path)
    {
        var file = faker.PickRandom(profile.Files);
        var number = Array.IndexOf(profile.Files, file) + 1;
        return faker.Random.Int(0, 3) switch
        {
            0 => $"({file}) {chapter}-{path}",
            1 => $"{chapter}-({number}){file} -{path}",
            2 => $"({number}{file}) {chapter.Replace("Ⅱ", "II", StringComparison.Ordinal).Replace("Ⅲ", "III", StringComparison.Ordinal)}-{path}",
            _ => $"({file}) {chapter}-{path.Replace("-", "—", StringComparison.Ordinal)}",
        };
    }

    /// <summary>
    /// A contract changes: the company was renamed since the log last wrote it (the new name, usually), or another company
    /// takes the contract over. A name is never made up here: every name is one the company had on that day.
    /// </summary>
    private static (string, string, string) ContractorRow(MunicipalityProfile profile, CompanyRegistry companies, DateOnly day, Faker faker)
    {
        var slot = faker.Random.Int(0, profile.Contractors.Count - 1);
        var (company, written) = profile.Contractors[slot];
        var before = faker.Random.Bool(0.1f) ? "未定" : written;
        var current = companies.NameAt(company, day);
        var next = current != written && faker.Random.Bool(0.8f) ? company : companies.Pick(faker, except: company);
        var after = companies.NameAt(next, day);
        profile.Contractors[slot] = (next, after);
        return (Item(profile, faker, "Ⅱ", $"4-委託事項{slot + 1}-⑥委託先名"), before, after);
    }

    private static (string, string, string) DepartmentRow(MunicipalityProfile profile, Faker faker)
    {
        var before = string.Join("、", profile.Departments.Take(4));
        var changed = faker.Random.Int(0, Math.Min(3, profile.Departments.Count - 1));
        profile.Departments[changed] = MunicipalityProfile.Department(faker);
        var after = string.Join("、", profile.Departments.Take(4));
        return (Item(profile, faker, "Ⅱ", "3-⑦使用の主体-使用部署"), before, after);
    }

    private static (string, string, string) HeadRow(MunicipalityProfile profile, Faker faker)
    {
        var before = profile.Head;
        profile.Head = $"{profile.Departments[0]}長 {faker.Name.LastName()} {faker.Name.FirstName()}";
        return (faker.PickRandom("I-7-②所属長", "I 基本情報 7.評価実施機関における担当部署 ②所属長"), before, profile.Head);
    }

    private static (string, string, string) StatuteRow(MunicipalityProfile profile, Faker faker)
    {
        var before = string.Format(CultureInfo.InvariantCulture, profile.Statute.Template, profile.Statute.Number);
        profile.Statute = (profile.Statute.Template, profile.Statute.Number + 1);
        var after = string.Format(CultureInfo.InvariantCulture, profile.Statute.Template, profile.Statute.Number);
        return (faker.PickRandom("I-6-②法令上の根拠", "I-5-法令上の根拠"), before, after);
    }

    private static (string, string, string) MeasureRow(MunicipalityProfile profile, Faker faker)
    {
        string Sentence() => string.Format(CultureInfo.InvariantCulture, faker.PickRandom(SyntheticVocabulary.MeasureSentences), faker.Random.Int(1, 7));
        var before = faker.Random.Bool(0.2f) ? "(新規)" : Sentence();
        var items = Enumerable.Range(0, faker.Random.Int(1, 4)).Select(_ => Sentence()).ToList();
        var after = faker.Random.Bool(0.5f)
            ? $"<p>&lt;{profile.Name}における措置&gt;</p> <ul style=\"list-style-type: none\">{string.Concat(items.Select(i => $" <li>・{i}</li>"))} </ul>"
            : string.Join(" ", items);
        var risk = faker.Random.Int(1, 4);
        return (Item(profile, faker, "Ⅲ", $"{faker.Random.Int(2, 7)}-リスク{risk}-リスクに対する措置の内容"), before, after);
    }

    private static (string, string, string) CheckboxRow(MunicipalityProfile profile, Faker faker)
    {
        string Boxes() => string.Join(
            " ",
            faker.PickRandom(SyntheticVocabulary.CheckboxOptions, 3).Select(o => $"[ <input type=\"checkbox\"{(faker.Random.Bool() ? " checked" : string.Empty)}/> ] {o}"));
        return (Item(profile, faker, "Ⅱ", $"5-提供先{faker.Random.Int(1, 4)}-⑥提供方法"), Boxes(), Boxes());
    }

    private static (string, string, string) PhoneRow(MunicipalityProfile profile, Faker faker)
    {
        var before = $"{profile.Name} {profile.Departments[0]} 電話 {profile.Phone}";
        profile.Phone = $"0{faker.Random.Int(3, 99)}-{faker.Random.Int(100, 9999)}-{faker.Random.Int(1000, 9999)}";
        return ("V-2-①連絡先", before, $"{profile.Name} {profile.Departments[0]} 電話 {profile.Phone}");
    }

    private static (string, string, string) SystemRow(MunicipalityProfile profile, Faker faker)
    {
        var number = faker.Random.Int(2, 6);
        return ($"I-2-システム{number}-①システムの名称", $"システム{number} {faker.PickRandom(SyntheticVocabulary.Systems)}", $"システム{number - 1} {faker.PickRandom(SyntheticVocabulary.Systems)}");
    }

    /// <summary>PDF extraction sometimes splits a word with a space: 委託 先名.</summary>
    private static string Noise(string cell, Faker faker)
    {
        if (cell.Length < 4 || !faker.Random.Bool(0.08f))
        {
            return cell;
        }

        var at = faker.Random.Int(1, cell.Length - 2);
        return char.IsLetter(cell[at - 1]) && char.IsLetter(cell[at]) && cell[at - 1] > '\u3000' ? cell.Insert(at, " ") : cell;
    }

    private enum RowKind
    {
        Contractor,
        Departments,
        Head,
        Statute,
        Measures,
        Checkboxes,
        Phone,
        System,
    }
}
