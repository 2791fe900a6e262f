using PiaSearch.Documents.ChangeLogs;
using PiaSearch.Documents.Dates;
using PiaSearch.Documents.Html;
using PiaSearch.Documents.Items;

namespace PiaSearch.Documents.Readers;

/// <summary>Makes entries of kind <see cref="EntryKind.Section"/> of the sections a reader found.</summary>
internal static class SectionEntries
{
    /// <summary>
    /// One entry per section field, numbered after every line the parser counted (so ids never meet a change row's):
    /// its path as the item, its text as the after cell (today's wording), no date and no timing.
    /// </summary>
    public static IEnumerable<ChangeEntry> Of(IReadOnlyList<DocumentSection> sections, ChangeLogParseResult parsed)
    {
        var line = new[] { parsed.Lines.Total, parsed.Entries.Select(e => e.Line).DefaultIfEmpty().Max(), parsed.Rejected.Select(r => r.Line).DefaultIfEmpty().Max() }.Max();
        foreach (var section in sections)
        {
            var item = ItemPathParser.Parse(section.Path, section.Path);
            yield return new ChangeEntry(
                parsed.DocumentId,
                ++line,
                string.Empty,
                null,
                item,
                CellText.Empty,
                new CellText(section.Text, section.Text),
                SubmissionTiming.Unspecified,
                string.Empty,
                CellText.Empty)
            {
                Source = section.Source,
                Kind = EntryKind.Section,
                AfterDate = CellDateReader.Read(item.Path.Length > 0 ? item.Path : item.Text, section.Text),
            };
        }
    }
}
