namespace PiaSearch.Morphology.Dictionary;

/// <summary>
/// Dictionary entries stored column by column (context ids, cost, part of speech, and string-pool references for
/// base form, reading and pronunciation), which is both compact in memory and compresses well on disk.
/// </summary>
internal sealed class WordTable
{
    /// <summary>Base form equal to the surface (the case for every word that does not conjugate).</summary>
    public const int SameAsSurface = -1;

    /// <summary>Pronunciation equal to the reading.</summary>
    public const int SameAsReading = -1;

    /// <summary>The field is "*" in the source.</summary>
    public const int None = -2;

    public WordTable(short[] leftIds, short[] rightIds, short[] costs, ushort[] partsOfSpeech, int[] baseForms, int[] readings, int[] pronunciations)
    {
        var count = leftIds.Length;
        if (rightIds.Length != count || costs.Length != count || partsOfSpeech.Length != count
            || baseForms.Length != count || readings.Length != count || pronunciations.Length != count)
        {
            throw new InvalidDataException("The columns of a word table differ in length.");
        }

        LeftIds = leftIds;
        RightIds = rightIds;
        Costs = costs;
        PartsOfSpeech = partsOfSpeech;
        BaseForms = baseForms;
        Readings = readings;
        Pronunciations = pronunciations;
    }

    public int Count => LeftIds.Length;

    public short[] LeftIds { get; }

    public short[] RightIds { get; }

    public short[] Costs { get; }

    public ushort[] PartsOfSpeech { get; }

    public int[] BaseForms { get; }

    public int[] Readings { get; }

    public int[] Pronunciations { get; }
}
