using System.ComponentModel.DataAnnotations;

namespace PiaSearch.Search.Indexing;

/// <summary>Where the index lives and which folder of change logs seeds it (configuration section "Index").</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>Folder of the Lucene index. Relative paths are resolved against the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "index-data/index";

    /// <summary>Folder whose change logs are indexed when the index is first created.</summary>
    [Required(AllowEmptyStrings = false)]
    public string CorpusPath { get; set; } = "index-data/corpus";
}
