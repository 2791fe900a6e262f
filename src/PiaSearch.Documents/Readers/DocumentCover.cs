namespace PiaSearch.Documents.Readers;

/// <summary>What an evaluation's cover says about it, when the document has one (each field null when absent).</summary>
/// <param name="Number">評価書番号.</param>
/// <param name="Title">評価書名.</param>
/// <param name="Organisation">評価実施機関名: the municipality.</param>
/// <param name="Published">公表日 as written.</param>
public sealed record DocumentCover(string? Number, string? Title, string? Organisation, string? Published)
{
    /// <summary>The cover labels, in the order of the fields.</summary>
    internal static readonly string[] Labels = ["評価書番号", "評価書名", "評価実施機関名", "公表日"];

    internal static DocumentCover? From(string?[] values) =>
        values.All(v => v is null) ? null : new DocumentCover(values[0], values[1], values[2], values[3]);
}
