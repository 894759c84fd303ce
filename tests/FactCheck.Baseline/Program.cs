using Dapper;
using FactCheck.Api.Features.Checks;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Features.Claims.ListClaims;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

// The same Dapper queries and engine call as the API's endpoints, with nothing around them.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
var db = Database.From(builder.Configuration);
var cursors = new Cursors(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
DefaultTypeMap.MatchNamesWithUnderscores = true;
var app = builder.Build();

app.MapGet("/claims/{id:long}", async (long id, CancellationToken ct) =>
{
    await using var connection = await db.OpenAsync(ct);
    return await ClaimQueries.FindAsync(connection, id, ct) is { } claim ? Results.Ok(claim) : Results.NotFound();
});

app.MapGet("/claims", async (string quantity, CancellationToken ct) =>
{
    await using var connection = await db.OpenAsync(ct);
    return Results.Ok(await ListClaimsEndpoint.PageAsync(connection, new ListClaimsRequest { Quantity = quantity }, cursors, ct));
});

app.MapGet("/checks/quantities/{**key}", async (string key, CancellationToken ct) =>
{
    await using var connection = await db.OpenAsync(ct);
    var world = await ClaimWorldQueries.AroundAsync(connection, [key], ct);
    var quantity = world.Quantities.Single(q => q.Key == key);
    return Results.Ok(QuantityCheckResponse.From(quantity, ConsistencyEngine.Check(world), world.UnitOf(), FactCheck.Api.Features.Decisions.DecisionBook.Empty));
});

app.MapPost("/claims", async (ClaimInput input, CancellationToken ct) =>
{
    await using var connection = await db.OpenAsync(ct);
    var quantityId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT id FROM quantities WHERE key = @QuantityKey;", input, cancellationToken: ct));
    var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(ClaimWrite.InsertSql,
        ClaimWrite.From(input, input.SourceId, quantityId, null), cancellationToken: ct));
    return id is null ? Results.Conflict() : Results.Created($"/claims/{id}", id);
});

await app.RunAsync();
