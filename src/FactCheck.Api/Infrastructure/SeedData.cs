using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Api.Features.Import;
using FluentValidation;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// On an empty database, loads the claims recorded from the five seed articles (db/seed, embedded),
/// with the articles' text, so a new user has real data to look at.
/// </summary>
internal static class SeedData
{
    public static async Task LoadIfEmptyAsync(Database db, JsonSerializerOptions json, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        await using (var probe = connection.CreateCommand())
        {
            probe.Transaction = transaction;
            probe.CommandText = "SELECT EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM quantities);";
            if (Convert.ToBoolean(await probe.ExecuteScalarAsync(ct))) return;
        }

        var document = Document(json);
        new ImportDocumentValidator().ValidateAndThrow(document);
        var outcome = await Importer.ApplyAsync(connection, transaction, document, ct);
        if (outcome.Problems is { } problems)
            throw new InvalidOperationException("The seed data does not import: " + JsonSerializer.Serialize(problems));
        transaction.Commit();
    }

    /// <summary>seed-claims.json with each source's article text read from the file it names.</summary>
    public static ImportDocument Document(JsonSerializerOptions json)
    {
        var root = JsonNode.Parse(Resource("seed/seed-claims.json"))!;
        foreach (var source in root["sources"]!.AsArray())
            source!["text"] = Resource($"seed/articles/{(string)source["file"]!}");
        return root.Deserialize<ImportDocument>(json)!;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The seed resource {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
