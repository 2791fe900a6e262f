namespace PiaSearch.Morphology.Dictionary;

/// <summary>A dictionary file that is not ours, of another version, truncated or corrupted.</summary>
public sealed class InvalidDictionaryException : Exception
{
    public InvalidDictionaryException()
    {
    }

    public InvalidDictionaryException(string message)
        : base(message)
    {
    }

    public InvalidDictionaryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
