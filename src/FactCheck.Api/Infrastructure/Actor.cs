namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Who is writing, for the revisions the database keeps: the API key's name, carried with the
/// request's flow and read by the SQL functions current_author() and revision_action(default)
/// that the history triggers call.
/// </summary>
internal static class Actor
{
    private static readonly AsyncLocal<string?> CurrentAuthor = new();
    private static readonly AsyncLocal<string?> CurrentAction = new();

    public static string Author => CurrentAuthor.Value ?? "system";

    public static string? Action => CurrentAction.Value;

    /// <summary>Names the author of the writes in the rest of the current flow (the request's, once its key is known).</summary>
    public static void Is(string author) => CurrentAuthor.Value = author;

    /// <summary>Marks the writes of the current flow as a restore of an earlier revision.</summary>
    public static IDisposable Restoring()
    {
        CurrentAction.Value = "restore";
        return new Reset();
    }

    private sealed class Reset : IDisposable
    {
        public void Dispose() => CurrentAction.Value = null;
    }
}
