using System.Security.Cryptography;
using System.Text;

namespace PiaSearch.CrossReference.Model;

/// <summary>Ids that depend only on content, so that the same corpus always gives the same ids.</summary>
internal static class StableIds
{
    public static string Of(string prefix, string content)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        return $"{prefix}-{Convert.ToHexStringLower(hash.AsSpan(0, 4))}";
    }
}
