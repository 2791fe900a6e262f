using PiaSearch.CrossReference.Model;

namespace PiaSearch.CrossReference.Evaluation;

/// <summary>
/// How well the model's contractor entities agree with a list saying which company each name belongs to (a
/// generated corpus writes one): over the pairs of listed names the model knows, precision is the share of pairs
/// joined into one entity that are one company, recall the share of one company's pairs that are joined. Also the
/// largest contractor entity, the symptom of joining too much. O(n) lookups for the n listed names, then O(n).
/// </summary>
/// <param name="Names">Listed names.</param>
/// <param name="Found">Listed names the model resolves to a contractor.</param>
/// <param name="JoinedPairs">Pairs of found names in one entity.</param>
/// <param name="CompanyPairs">Pairs of found names of one company.</param>
/// <param name="CorrectPairs">Pairs in one entity and of one company.</param>
/// <param name="LargestNames">Names of the contractor entity with the most names.</param>
/// <param name="LargestOrganisations">Organisations (municipalities) of that entity.</param>
/// <param name="Renames">Contractor successions the model calls renames, both of whose names are listed.</param>
/// <param name="RenamesOfOneCompany">Those whose two names are one company's.</param>
/// <param name="Replacements">Contractor successions the model calls replacements, both names listed.</param>
/// <param name="ReplacementsOfOneCompany">Those whose two names are one company's (renames missed).</param>
public sealed record ContractorJoinScore(
    int Names,
    int Found,
    long JoinedPairs,
    long CompanyPairs,
    long CorrectPairs,
    int LargestNames,
    int LargestOrganisations,
    int Renames,
    int RenamesOfOneCompany,
    int Replacements,
    int ReplacementsOfOneCompany)
{
    /// <summary>Renames whose two names are two companies' (at most <see cref="ExampleLimit"/>): "before → after (reason)".</summary>
    public IReadOnlyList<string> WrongRenames { get; init; } = [];

    /// <summary>Replacements whose two names are one company's (at most <see cref="ExampleLimit"/>).</summary>
    public IReadOnlyList<string> MissedRenames { get; init; } = [];

    /// <summary>How many examples of each mistake are kept.</summary>
    public const int ExampleLimit = 40;

    public double Precision => JoinedPairs == 0 ? 1 : (double)CorrectPairs / JoinedPairs;

    public double Recall => CompanyPairs == 0 ? 1 : (double)CorrectPairs / CompanyPairs;

    /// <summary>Scores the model against (company, name) pairs.</summary>
    public static ContractorJoinScore Of(CrossReferenceModel model, IEnumerable<(string Company, string Name)> truth)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(truth);
        var listed = truth.DistinctBy(t => t.Name, StringComparer.Ordinal).ToList();
        var found = listed
            .Select(t => (t.Company, Entity: EntityFinder.Resolve(model, t.Name, EntityType.Contractor)?.Id))
            .Where(t => t.Entity is not null)
            .ToList();
        static long Pairs(IEnumerable<int> sizes) => sizes.Sum(n => (long)n * (n - 1) / 2);
        var joined = Pairs(found.GroupBy(f => f.Entity, StringComparer.Ordinal).Select(g => g.Count()));
        var company = Pairs(found.GroupBy(f => f.Company, StringComparer.Ordinal).Select(g => g.Count()));
        var correct = Pairs(found.GroupBy(f => (f.Company, f.Entity)).Select(g => g.Count()));
        var companyOf = listed.DistinctBy(t => EntityFinder.Key(t.Name), StringComparer.Ordinal).ToDictionary(t => EntityFinder.Key(t.Name), t => t.Company, StringComparer.Ordinal);
        (int All, int Same, List<string> Wrong) Count(Successions.SuccessionKind kind, bool wrongWhenSame)
        {
            var pairs = model.Successions
                .Where(s => s.Type == EntityType.Contractor && s.Kind == kind && s.Before is not null && s.After is not null)
                .Select(s => (s, Before: companyOf.GetValueOrDefault(EntityFinder.Key(s.Before!.Name)), After: companyOf.GetValueOrDefault(EntityFinder.Key(s.After!.Name))))
                .Where(p => p.Before is not null && p.After is not null)
                .ToList();
            var wrong = pairs.Where(p => (p.Before == p.After) == wrongWhenSame)
                .Select(p => $"{p.s.Before!.Name} → {p.s.After!.Name} ({string.Join("; ", p.s.Reasons)})")
                .Distinct(StringComparer.Ordinal)
                .Take(ExampleLimit)
                .ToList();
            return (pairs.Count, pairs.Count(p => p.Before == p.After), wrong);
        }

        var renames = Count(Successions.SuccessionKind.Rename, wrongWhenSame: false);
        var replacements = Count(Successions.SuccessionKind.Replace, wrongWhenSame: true);
        var largest = model.Lookups.EntitiesOf(EntityType.Contractor).MaxBy(e => e.Names.Count);
        return new ContractorJoinScore(
            listed.Count,
            found.Count,
            joined,
            company,
            correct,
            largest?.Names.Count ?? 0,
            largest is null ? 0 : model.Lookups.OrganisationsOf(largest.Id).Count,
            renames.All,
            renames.Same,
            replacements.All,
            replacements.Same)
        {
            WrongRenames = renames.Wrong,
            MissedRenames = replacements.Wrong,
        };
    }
}
