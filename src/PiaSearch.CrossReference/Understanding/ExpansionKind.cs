namespace PiaSearch.CrossReference.Understanding;

/// <summary>Why a row matched a search: the words as typed, or another way of writing what they name.</summary>
public enum ExpansionKind
{
    /// <summary>The words as typed.</summary>
    Literal,

    /// <summary>Another spelling of the same name: a typo, an OCR misreading, other width or spacing.</summary>
    Spelling,

    /// <summary>The abbreviation a log defines (以下「X」という。) for the name, or the name for the abbreviation.</summary>
    Abbreviation,

    /// <summary>A name the entity had before the one typed.</summary>
    FormerName,

    /// <summary>A name the entity had after the one typed.</summary>
    LaterName,

    /// <summary>The same provision under its earlier or later number, in the rows of the period that number meant it.</summary>
    Renumbered,

    /// <summary>A word the synonyms file says means the same.</summary>
    Synonym,

    /// <summary>The spellings of a name close to, but not exactly, the one typed.</summary>
    Fuzzy,

    /// <summary>The content words of a multi-word query, in another order or form.</summary>
    Words,
}
