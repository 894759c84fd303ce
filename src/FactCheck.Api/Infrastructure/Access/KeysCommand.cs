namespace FactCheck.Api.Infrastructure.Access;

/// <summary>
/// The admin command of the API's own executable: <c>keys create NAME</c>, <c>keys revoke NAME</c>,
/// <c>keys list</c>, on the database the settings name.
/// </summary>
internal static class KeysCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "keys";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output)
    {
        using var db = Database.From(configuration);
        await Migrator.ApplyAsync(db);
        await using var connection = await db.OpenAsync(CancellationToken.None);
        switch (args.Skip(1).ToArray())
        {
            case ["create", var name] when string.IsNullOrWhiteSpace(name) || !Rules.IsPlainText(name):
                // A key's name is the author of every revision it writes: it must read as what it is.
                await output.WriteLineAsync($"The name '{name}' is blank or holds hidden characters. {Rules.PlainTextMessage}");
                return 1;
            case ["create", var name]:
                if (await ApiKeys.CreateAsync(connection, name, CancellationToken.None) is not { } key)
                {
                    await output.WriteLineAsync($"A key named '{name}' already exists; revoke it or choose another name.");
                    return 1;
                }
                await output.WriteLineAsync($"Key '{name}' (shown once; send it in the {ApiKeys.Header} header):");
                await output.WriteLineAsync(key);
                return 0;
            case ["revoke", var name]:
                var revoked = await ApiKeys.RevokeAsync(connection, name, CancellationToken.None);
                await output.WriteLineAsync(revoked ? $"Key '{name}' revoked." : $"No live key is named '{name}'.");
                return revoked ? 0 : 1;
            case ["list"]:
                foreach (var k in await ApiKeys.ListAsync(connection, CancellationToken.None))
                    await output.WriteLineAsync($"{k.Name}\t{k.Prefix}…\tcreated {k.CreatedAt}\t{(k.RevokedAt is null ? "live" : "revoked " + k.RevokedAt)}");
                return 0;
            default:
                await output.WriteLineAsync("usage: keys create NAME | keys revoke NAME | keys list");
                return 2;
        }
    }
}
