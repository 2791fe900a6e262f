using System.CommandLine;
using System.Text.Json;
using PiaSearch.CrossReference;
using PiaSearch.Contracts.CrossReferencing;
using PiaSearch.CrossReference.Model;
using PiaSearch.CrossReference.Timelines;

namespace PiaSearch.Cli.Commands;

/// <summary><c>pia trace "name" [--type T] [--json]</c>: an entity's timeline — names, first and last rows, slots, successions, spellings.</summary>
internal static class TraceCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("name") { Description = "名称 (表記ゆれ・法人格の有無は問わない) / a name in any spelling" };
        var type = new Option<string?>("--type") { Description = $"種類 / type: {EntityTypes.Choices}" };
        var json = new Option<bool>("--json") { Description = "JSON で出力する (API /api/entities/{id} と同じ形) / print JSON, as the API does" };
        var index = PiaCommandLine.IndexOption();
        var command = new Command("trace", "委託先・部署・法令などの年表を表示する / print the timeline of a contractor, department, law…") { name, type, json, index };
        command.SetAction(parse => Run(parse.GetValue(name)!, parse.GetValue(type), parse.GetValue(json), parse.GetValue(index)!, output, error));
        return command;
    }

    private static int Run(string name, string? typeText, bool asJson, string indexPath, TextWriter output, TextWriter error)
    {
        EntityType? type = null;
        if (!string.IsNullOrWhiteSpace(typeText))
        {
            if (!EntityTypes.TryParse(typeText, out var parsed))
            {
                error.WriteLine($"エラー / error: 種類 '{typeText}' は使えません / unknown type; use {EntityTypes.Choices}");
                return 2;
            }

            type = parsed;
        }

        var (model, exit) = IndexedModel.Load(indexPath, error);
        if (model is null)
        {
            return exit;
        }

        var matches = EntityFinder.Search(model, type, name);
        var entity = EntityFinder.Resolve(model, name, type) ?? (matches.Count > 0 ? matches[0] : null);
        if (entity is null)
        {
            error.WriteLine($"エラー / error: '{name}' に当たる名称は索引にありません / no entity is named '{name}'.");
            return 2;
        }

        if (asJson)
        {
            output.WriteLine(JsonSerializer.Serialize(CrossReferenceDtos.Detail(model, entity), PiaCommandLine.Json));
            return 0;
        }

        TimelinePrinter.Print(TimelineBuilder.Build(model, entity), output);
        return 0;
    }
}
