using System.Security.Cryptography;
using System.Text;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// Ids that depend only on content, so that the same corpus always gives the same ids. 64 bits of SHA-256: at
/// national scale (10 million entities or successions) the chance that two of one kind share an id is about 3 in a
/// million; 32 bits, used before, gave a collision every ~77,000 ids (a 1,000,000-row corpus has 600,000 successions).
/// </summary>
internal static class StableIds
{
    public static string Of(string prefix, string content)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        return $"{prefix}-{Convert.ToHexStringLower(hash.AsSpan(0, 8))}";
    }
}
