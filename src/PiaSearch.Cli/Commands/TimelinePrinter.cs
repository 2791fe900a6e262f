using PiaSearch.CrossReference;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Successions;
using PiaSearch.CrossReference.Timelines;
using PiaSearch.Documents.Dates;

namespace PiaSearch.Cli.Commands;

/// <summary>Prints an entity's timeline as text for a terminal.</summary>
internal static class TimelinePrinter
{
    public static void Print(EntityTimeline timeline, TextWriter output)
    {
        var entity = timeline.Entity;
        output.WriteLine($"{entity.Name}  [{entity.Type.JapaneseName()} / {entity.Type.Name()}]  {entity.Id}");
        output.WriteLine("名称 / names:");
        foreach (var name in timeline.Names)
        {
            output.WriteLine($"  {name.Name}  {Span(name.FirstSeen, name.LastSeen)}  ({name.Mentions})");
        }

        output.WriteLine($"初出 / first: {Row(timeline.First)}");
        output.WriteLine($"最終 / last:  {Row(timeline.Last)}");
        if (timeline.Slots.Count > 0)
        {
            output.WriteLine("欄 / slots:");
            foreach (var slot in timeline.Slots)
            {
                var from = slot.From is null ? "(最初の変更より前から / before the first change)" : $"{slot.From.Raw} ({slot.FromLine})";
                var to = slot.To is null ? "(現在 / current)" : $"{slot.To.Raw} ({slot.ToLine})";
                output.WriteLine($"  {slot.Slot}  {from} – {to}{(slot.Superseded ? "  ※以後の変更が引き継いでいない / not continued" : string.Empty)}");
            }
        }

        if (timeline.Successions.Count > 0)
        {
            output.WriteLine("変遷 / successions:");
            foreach (var s in timeline.Successions)
            {
                output.WriteLine($"  {s.Date?.Raw ?? "-",-14} {Kind(s.Kind)}  {s.Before?.Citation ?? "∅"} → {s.After?.Citation ?? "∅"}  [{string.Join(", ", s.Evidence.Select(e => e.Line))}]");
            }
        }

        output.WriteLine("表記 / spellings:");
        foreach (var alias in entity.Aliases)
        {
            var lines = alias.Occurrences.Select(o => o.Line).Distinct().ToList();
            output.WriteLine($"  {alias.Surface}{(alias.Suspect ? "  ※誤記の疑い / suspect spelling" : string.Empty)}  {string.Join(", ", lines.Take(12))}{(lines.Count > 12 ? ", …" : string.Empty)}");
        }
    }

    private static string Span(DateSpan? first, DateSpan? last) =>
        first is null ? "-" : last is null || last.Raw == first.Raw ? first.Raw : $"{first.Raw} – {last.Raw}";

    private static string Row(Occurrence? occurrence) =>
        occurrence is null ? "-" : $"{occurrence.Date?.Raw ?? "-"}  {occurrence.DocumentId}:{occurrence.Line}";

    private static string Kind(SuccessionKind kind) => kind switch
    {
        SuccessionKind.Rename => "改称 rename  ",
        SuccessionKind.Replace => "交代 replace ",
        SuccessionKind.Assign => "決定 assign  ",
        SuccessionKind.Renumber => "番号 renumber",
        SuccessionKind.Add => "追加 add     ",
        _ => "削除 remove  ",
    };
}
