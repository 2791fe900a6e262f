using PiaSearch.CrossReference.Model;
using PiaSearch.Search.CrossReferencing;
using PiaSearch.Search.Indexing;

namespace PiaSearch.Cli.Commands;

/// <summary>The cross-reference model of an index folder, for the commands that read it.</summary>
internal static class IndexedModel
{
    /// <summary>Builds the model, or writes why it cannot and returns null with the exit code to use.</summary>
    public static (CrossReferenceModel? Model, int Exit) Load(string indexPath, TextWriter error)
    {
        if (!Directory.Exists(indexPath))
        {
            error.WriteLine($"エラー / error: no index at {Path.GetFullPath(indexPath)}; run 'pia index' first.");
            return (null, 2);
        }

        // The rows are read back as stored; the analyser only has to match the one the index was written with.
        if (PiaCommandLine.LoadMorphology(PiaCommandLine.DefaultUserDictionary, error) is not { } morphology)
        {
            return (null, 2);
        }

        try
        {
            // Read-only: searching works while the API or another command writes the index.
            using var store = IndexStore.OpenReadOnly(indexPath, morphology);
            return (new CrossReferenceIndex(store, new CrossReferenceBuilder()).Current, 0);
        }
        catch (DirectoryNotFoundException ex)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return (null, 2);
        }
        catch (Exception ex) when (ex is IndexLockedException or IndexDamagedException)
        {
            error.WriteLine($"エラー / error: {ex.Message}");
            return (null, 3);
        }
    }

    /// <summary>The index, read-only, for the commands that search it beside the model; null when it cannot be opened.</summary>
    public static IndexStore? OpenStore(string indexPath, TextWriter error) =>
        PiaCommandLine.LoadMorphology(PiaCommandLine.DefaultUserDictionary, error) is { } morphology ? IndexStore.OpenReadOnly(indexPath, morphology) : null;
}
