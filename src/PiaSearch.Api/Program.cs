using PiaSearch.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPiaSearch();

var app = builder.Build();
if (!app.TryOpenIndex())
{
    await app.DisposeAsync(); // flushes the log that says why
    return IndexStartup.ExitCode;
}

app.UsePiaSearch();
app.Run();
return 0;

/// <summary>Entry point; public so that integration tests can host the app.</summary>
public partial class Program;
