using System.IO.Compression;

namespace PiaSearch.Documents.Readers.Xlsx;

/// <summary>
/// Unpacks every part of a workbook once, counting bytes, before the workbook library sees it: a zip bomb (a few
/// kilobytes that unpack to gigabytes, or parts whose headers lie about their size) is refused within the limit,
/// and a truncated or damaged archive is refused with a message instead of an exception from deep inside.
/// </summary>
internal static class ZipGuard
{
    public static void Check(Stream content, DocumentReadContext context)
    {
        var options = context.Options;
        var start = content.Position;
        try
        {
            using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var hasWorkbook = false;
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                hasWorkbook |= entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                if (entry.Length > 1_000_000 && entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > options.MaxCompressionRatio)
                {
                    throw Bomb(context, entry.FullName, entry.Length, entry.CompressedLength);
                }

                using var part = entry.Open();
                long unpacked = 0;
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    unpacked += read;
                    total += read;
                    if (total > options.MaxUnpackedBytes)
                    {
                        throw context.Refuse(
                            $"展開すると {options.MaxUnpackedBytes / 1048576:N0} MiB を超えます（zip 爆弾の疑い、上限 Documents:MaxUnpackedBytes）",
                            $"the workbook unpacks to more than {options.MaxUnpackedBytes / 1048576:N0} MiB (a zip bomb?; limit Documents:MaxUnpackedBytes)");
                    }

                    if (unpacked > 1_000_000 && entry.CompressedLength > 0 && (double)unpacked / entry.CompressedLength > options.MaxCompressionRatio)
                    {
                        throw Bomb(context, entry.FullName, unpacked, entry.CompressedLength);
                    }
                }
            }

            if (!hasWorkbook)
            {
                throw context.Refuse("zip ファイルですが Excel のブック（xl/workbook.xml）がありません", "a zip archive without an Excel workbook in it (no xl/workbook.xml)");
            }
        }
        catch (InvalidDataException ex)
        {
            throw context.Refuse("ブックが壊れているか途中で切れています（zip として読めません）", $"the workbook is damaged or truncated: {ex.Message}", ex);
        }
        finally
        {
            content.Position = start;
        }
    }

    private static UnreadableDocumentException Bomb(DocumentReadContext context, string part, long unpacked, long packed) =>
        context.Refuse(
            $"{part} の圧縮率が {(double)unpacked / packed:N0} 倍で異常です（zip 爆弾の疑い、上限 {context.Options.MaxCompressionRatio:N0} 倍）",
            $"{part} is compressed {(double)unpacked / packed:N0} to 1, beyond the limit of {context.Options.MaxCompressionRatio:N0} (a zip bomb?)");
}
