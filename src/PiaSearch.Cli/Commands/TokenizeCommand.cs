using System.CommandLine;
using PiaSearch.Morphology.Tokens;

namespace PiaSearch.Cli.Commands;

/// <summary>
/// <c>pia tokenize [--mode normal|search|extended] [--format wakati|tsv]</c>: reads lines from standard input and
/// writes their words. wakati is byte for byte what <c>mecab -Owakati</c> prints (each word followed by a space,
/// one line per input line); tsv is one line per word — surface, part of speech, base form, reading — and a blank
/// line after each input line.
/// </summary>
internal static class TokenizeCommand
{
    public static Command Create(TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        var mode = new Option<string>("--mode")
        {
            Description = "normal (MeCab と同じ / as MeCab) | search (複合語を分割 / compounds split, kept whole too) | extended (未知語を1文字ずつ / unknown words as characters)",
            DefaultValueFactory = _ => "normal",
        };
        mode.AcceptOnlyFromAmong("normal", "search", "extended");
        var format = new Option<string>("--format")
        {
            Description = "wakati (mecab -Owakati と同じ / as mecab -Owakati) | tsv (表層形, 品詞, 基本形, 読み / surface, POS, base form, reading)",
            DefaultValueFactory = _ => "wakati",
        };
        format.AcceptOnlyFromAmong("wakati", "tsv");
        var userDictionary = new Option<string?>("--user-dictionary")
        {
            Description = "ユーザー辞書 (Kuromoji CSV) / user dictionary in Kuromoji's CSV format (default: none, for MeCab's output)",
        };
        var command = new Command("tokenize", "標準入力の各行を形態素に分ける / split each line of standard input into words")
        {
            mode,
            format,
            userDictionary,
        };
        command.SetAction(parse => Run(
            Enum.Parse<TokenizeMode>(parse.GetValue(mode)!, ignoreCase: true),
            parse.GetValue(format) == "tsv",
            parse.GetValue(userDictionary),
            input,
            output,
            error,
            interactive));
        return command;
    }

    private static int Run(TokenizeMode mode, bool tsv, string? userDictionary, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        if (PiaCommandLine.LoadMorphology(userDictionary, error) is not { } analyzer)
        {
            return 2;
        }

        var tokens = new List<MorphToken>();
        while (input.ReadLine() is { } line)
        {
            tokens.Clear();
            analyzer.Tokenize(line, mode, tokens);
            if (tsv)
            {
                WriteTsv(tokens, output);
            }
            else
            {
                WriteWakati(tokens, output);
            }

            if (interactive)
            {
                output.Flush();
            }
        }

        output.Flush();
        return 0;
    }

    private static void WriteWakati(List<MorphToken> tokens, TextWriter output)
    {
        foreach (var token in tokens)
        {
            output.Write(token.Surface);
            output.Write(' ');
        }

        output.Write('\n');
    }

    private static void WriteTsv(List<MorphToken> tokens, TextWriter output)
    {
        foreach (var token in tokens)
        {
            output.Write(token.Surface);
            output.Write('\t');
            output.Write(token.PartOfSpeech.Feature);
            output.Write('\t');
            output.Write(token.BaseForm ?? "*");
            output.Write('\t');
            output.Write(token.Reading ?? "*");
            output.Write('\n');
        }

        output.Write('\n');
    }
}
