using PiaSearch.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPiaSearch();

var app = builder.Build();
app.UsePiaSearch();
app.Run();

/// <summary>Entry point; public so that integration tests can host the app.</summary>
public partial class Program;
