using System.Text;
using PiaSearch.Documents.ChangeLogs;

namespace PiaSearch.Documents.Readers;

/// <summary>
/// Comma-separated change logs as Excel saves them (RFC 4180): fields in double quotes may hold commas, quotes
/// (doubled) and line breaks. A row's place is the line it starts on. Encoding as for TSV (UTF-8, Shift_JIS, UTF-16).
/// </summary>
public sealed class CsvDocumentReader : IDocumentReader
{
    /// <summary>A quoted field longer than this is cut (its row keeps the rest): an unclosed quote must not swallow the file.</summary>
    private const int MaxFieldLength = 1_000_000;

    public SourceFormat Format => SourceFormat.Csv;

    public IEnumerable<SourceRow> ReadRows(Stream content, DocumentReadContext context)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var reader = ChangeLogReader.Open(content);
        var cells = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        var fieldStarted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    if (c != '\r' && field.Length < MaxFieldLength)
                    {
                        field.Append((char)c);
                    }
                }

                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    cells.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    yield return new SourceRow([.. cells], rowStart);
                    cells.Clear();
                    line++;
                    rowStart = line;
                    if (line % 4096 == 0)
                    {
                        context.CancellationToken.ThrowIfCancellationRequested();
                    }

                    break;
                default:
                    field.Append((char)c);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            context.Warnings.Add(new ParseIssue(rowStart, $"行 {rowStart} で始まる引用符が閉じていません / the quote opened on line {rowStart} is never closed", string.Empty));
        }

        if (cells.Count > 0 || field.Length > 0)
        {
            cells.Add(field.ToString());
            yield return new SourceRow([.. cells], rowStart);
        }
    }
}
