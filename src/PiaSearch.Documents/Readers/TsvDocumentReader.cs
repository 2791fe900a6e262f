using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Readers;

/// <summary>Tab-separated change logs, one row a line; a row's place is its line.</summary>
public sealed class TsvDocumentReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Tsv;

    public IEnumerable<SourceRow> ReadRows(Stream content, DocumentReadContext context)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var reader = ChangeLogReader.Open(content);
        string? line;
        var number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (number % 4096 == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            yield return new SourceRow(line.Split('\t'), number);
        }
    }
}
