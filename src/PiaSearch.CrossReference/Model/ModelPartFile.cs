using System.Security.Cryptography;
using System.Text;
using PiaSearch.CrossReference.Mentions;
using PiaSearch.CrossReference.Resolution;
using PiaSearch.CrossReference.Slots;
using PiaSearch.CrossReference.Successions;
using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Dates;
using PiaSearch.Documents.Html;
using PiaSearch.Documents.Items;

namespace PiaSearch.CrossReference.Model;

/// <summary>
/// A <see cref="ModelPart"/> saved to a file and read back, so that a restart loads an organisation's part instead of
/// reading its rows again (extraction, clustering, successions and slots take minutes on a million rows). The file
/// is a cache of what the rows give, never a source of truth: it is read only when its format, the code that built it
/// (the module version of this library and of the document reader) and the fingerprint of the logs it was built from
/// all match, and its checksum (SHA-256 of the content) holds; otherwise <see cref="TryRead"/> says no and the part is
/// rebuilt. Strings are written once (a table), so the file and the loaded part share every repeated name, key and
/// id. Cost: O(size of the part) both ways.
/// </summary>
public static partial class ModelPartFile
{
    private const string Magic = "PIA-MODEL-PART";
    private const int FormatVersion = 1;

    /// <summary>What the file's content depends on besides the rows: the format and the code that reads rows into a part.</summary>
    public static string CodeVersion { get; } = string.Join(
        '/',
        FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
        typeof(ModelPartFile).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(ChangeEntry).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    /// <summary>Writes a part, stamped with the fingerprint of the logs it was built from (and what else its content depends on).</summary>
    public static void Write(Stream stream, ModelPart part, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(fingerprint);
        using var payloadWriter = new PayloadWriter();
        var payload = payloadWriter.Write(part);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(CodeVersion);
        writer.Write(fingerprint);
        writer.Write(payload.Length);
        writer.Write(SHA256.HashData(payload));
        writer.Write(payload);
    }

    /// <summary>
    /// The part a file holds, or null when it is not the one wanted or cannot be trusted: another format or code version,
    /// another fingerprint, a bad checksum, a short or malformed file. Never throws for a bad file.
    /// </summary>
    public static ModelPart? TryRead(Stream stream, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (!stream.CanSeek)
        {
            // Read whole first, so that a length can be checked against what there is.
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return TryRead(copy, fingerprint);
        }

        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadString() != CodeVersion || reader.ReadString() != fingerprint)
            {
                return null;
            }

            // The length is checked against what the file holds before anything that size is allocated: a damaged length
            // (2 GB) must read as "not this part", not as an OutOfMemoryException that stops the model being built.
            var length = reader.ReadInt32();
            if (length < 0 || length > stream.Length - stream.Position - 32)
            {
                return null;
            }

            var hash = reader.ReadBytes(32);
            var payload = reader.ReadBytes(length);
            return payload.Length == length && SHA256.HashData(payload).AsSpan().SequenceEqual(hash)
                ? Read(payload)
                : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or InvalidDataException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static ModelPart Read(byte[] payload)
    {
        using var reader = new PayloadReader(payload);
        return reader.Read();
    }
}
