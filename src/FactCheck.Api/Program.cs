using Dapper;
using FactCheck.Api.Features.Checks;
using FactCheck.Api.Infrastructure;
using FactCheck.Api.Infrastructure.Access;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
if (KeysCommand.Matches(args))
    return await KeysCommand.RunAsync(args, builder.Configuration, Console.Out);

builder.WebHost.UseRequestLineNulRewrite();
builder.Services.AddSingleton(services => Database.From(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton<StoreReport>();
builder.Services.AddSingleton<QuantityReports>();
builder.Services.AddSingleton<FactCheck.Api.Features.Extraction.QuantityNames>();
// The store's cursor secret, read once its migrations have run (below).
Cursors? cursors = null;
builder.Services.AddSingleton(_ => cursors ?? throw new InvalidOperationException("The store's secrets are read at start-up."));
builder.Services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
Validation.UseJsonFieldNames();
builder.Services.AddFactCheckEndpoints();
builder.Services.AddFactCheckOpenApi();
builder.Services.AddFactCheckAccess(builder.Configuration);
builder.Services.AddFactCheckCors(builder.Configuration);
builder.Services.AddFactCheckOperations();

DefaultTypeMap.MatchNamesWithUnderscores = true;

var app = builder.Build();

var db = app.Services.GetRequiredService<Database>();
await Migrator.ApplyAsync(db);
await using (var connection = await db.OpenAsync(CancellationToken.None))
    cursors = await Cursors.LoadAsync(connection);
if (app.Configuration.GetValue("FactCheck:SeedOnFirstStart", true))
    await SeedData.LoadIfEmptyAsync(db, app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions, CancellationToken.None);

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestLog();
app.UseCors();
app.UseRequestSizeLimit();
app.UseNulCharacterRefusal();
app.UseRateLimiter();
app.UseApiKeyAuthentication();
app.UseAuthorization();
app.UseReadKeys();
app.UseConditionalGets();
app.UseWriteQueue();
app.UseFactCheckOpenApi();
app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
app.MapHealth();
app.UseFactCheckEndpoints();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
