using System.CommandLine;
using PiaSearch.Synthetic;

namespace PiaSearch.Cli.Commands;

/// <summary><c>pia generate --municipalities N --rows M --out DIR [--seed S]</c>: write synthetic change logs.</summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var municipalities = new Option<int>("--municipalities") { Description = "自治体の数 / number of municipalities (one change log each)", Required = true };
        var rows = new Option<int>("--rows") { Description = "1 自治体あたりの変更行数 / change rows per log", Required = true };
        var outFolder = new Option<string>("--out") { Description = "出力フォルダ / output folder", Required = true };
        var seed = new Option<int>("--seed") { Description = "乱数の種 (同じ種なら同じ出力) / seed: the same seed gives the same files", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "合成の変更箇所一覧を書き出す (ベンチマーク・試験用) / write synthetic change logs for benchmarks and tests")
        {
            municipalities, rows, outFolder, seed,
        };
        command.SetAction(parse => Run(
            new SyntheticCorpusOptions(parse.GetValue(municipalities), parse.GetValue(rows), parse.GetValue(seed)),
            parse.GetValue(outFolder)!,
            output,
            error));
        return command;
    }

    private static int Run(SyntheticCorpusOptions options, string folder, TextWriter output, TextWriter error)
    {
        if (options.Municipalities < 1 || options.RowsPerLog < 1)
        {
            error.WriteLine("エラー / error: --municipalities と --rows は 1 以上にしてください。--municipalities and --rows must be at least 1.");
            return 2;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var paths = new SyntheticChangeLogGenerator().WriteCorpus(options, folder);
        var bytes = paths.Sum(p => new FileInfo(p).Length);
        output.WriteLine($"変更箇所一覧 {paths.Count:N0} 件・{(long)options.Municipalities * options.RowsPerLog:N0} 行（{bytes / 1048576.0:N1} MiB）を " +
            $"{Path.GetFullPath(folder)} に {started.Elapsed.TotalSeconds:N1} 秒で書きました（seed {options.Seed}） / " +
            $"{paths.Count:N0} change logs, {(long)options.Municipalities * options.RowsPerLog:N0} rows, {bytes / 1048576.0:N1} MiB " +
            $"written to {Path.GetFullPath(folder)} in {started.Elapsed.TotalSeconds:N1} s (seed {options.Seed})");
        return 0;
    }
}
