namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// The binary dictionary format. A header — magic "PIAMORPH", format version, compression, number of sections —
/// is followed by a table giving, for each section, its stored length, its uncompressed length and the SHA-256 of
/// its uncompressed bytes, then the sections themselves. Sections are compressed separately so that they can be
/// decompressed and parsed in parallel at start-up. Integers are little-endian.
/// Compression (one code for every section): <see cref="Uncompressed"/>; <see cref="Zlib"/>, what the writer
/// produces; or <see cref="Brotli"/>, which the reader still accepts but nothing writes any more.
/// </summary>
internal static class DictionaryFormat
{
    public const int Version = 1;
    public const int HeaderSize = 8 + 4 + 4 + 4;
    public const int SectionEntrySize = 8 + 8 + 32;
    public const byte Uncompressed = 0;

    /// <summary>Brotli (RFC 7932) streams: read for dictionaries written before zlib replaced it; never written.</summary>
    public const byte Brotli = 1;

    /// <summary>zlib (RFC 1950) streams: Deflate data with the zlib header and Adler-32 trailer, as <see cref="System.IO.Compression.ZLibStream"/> writes them.</summary>
    public const byte Zlib = 2;

    /// <summary>Description, character definition, parts of speech, unknown words.</summary>
    public const int MetadataSection = 0;

    public const int MatrixSection = 1;

    public const int TrieSection = 2;

    /// <summary>Surface groups and the word table.</summary>
    public const int WordsSection = 3;

    public const int StringsSection = 4;

    public const int SectionCount = 5;

    public static ReadOnlySpan<byte> Magic => "PIAMORPH"u8;
}
