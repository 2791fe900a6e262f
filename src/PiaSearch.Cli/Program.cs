using System.Text;
using PiaSearch.Cli;

// Standard output is buffered (pia tokenize writes a great deal); it is flushed before exit.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
var exit = PiaCommandLine.Run(args, input, output, Console.Error, interactive: !Console.IsInputRedirected);
output.Flush();
return exit;
