using PiaSearch.Cli;

return PiaCommandLine.Run(args, Console.Out, Console.Error);
