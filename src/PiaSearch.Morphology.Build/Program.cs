using PiaSearch.Morphology.Build;

return BuildCommand.Run(args, Console.Out, Console.Error);
