namespace FactCheck.Api.Features.Import;

/// <summary>What an import did, and the stored id of every item the document gave an id.</summary>
internal sealed record ImportResult
{
    public required ImportCounts Sources { get; init; }
    public required ImportCounts Quantities { get; init; }
    public required ImportCounts Claims { get; init; }
    public required ImportCounts Relations { get; init; }

    /// <summary>Stored ids by the document's own ids: sources, claims and relations.</summary>
    public required ImportIds Ids { get; init; }
}

/// <summary>How many items of one kind were created, updated, or found already stored as they are.</summary>
internal sealed class ImportCounts
{
    /// <example>26</example>
    public int Created { get; set; }

    /// <example>0</example>
    public int Updated { get; set; }

    /// <example>0</example>
    public int Unchanged { get; set; }

    public void Count(ImportAction action)
    {
        switch (action)
        {
            case ImportAction.Created: Created++; break;
            case ImportAction.Updated: Updated++; break;
            default: Unchanged++; break;
        }
    }
}

internal enum ImportAction { Created, Updated, Unchanged }

internal sealed record ImportIds
{
    /// <example>{"s0": 1, "s1": 2}</example>
    public Dictionary<string, long> Sources { get; } = new(StringComparer.Ordinal);

    /// <example>{"c0a": 1, "c0b": 2}</example>
    public Dictionary<string, long> Claims { get; } = new(StringComparer.Ordinal);

    /// <example>{"r1": 1}</example>
    public Dictionary<string, long> Relations { get; } = new(StringComparer.Ordinal);
}
