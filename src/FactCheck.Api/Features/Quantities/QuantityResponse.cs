using System.Text.Json;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;

namespace FactCheck.Api.Features.Quantities;

/// <summary>A stored quantity.</summary>
internal sealed record QuantityResponse
{
    /// <example>belarus/political-prisoners/held</example>
    public required string Key { get; init; }

    /// <example>Political prisoners held in Belarus</example>
    public required string Label { get; init; }

    /// <example>people</example>
    public required string Unit { get; init; }

    /// <summary>
    /// What the unit lets a figure be, and so how the check reads it: whole_non_negative for counts (people, persons,
    /// count, items, cases, deaths, votes, prisoners, events), whole for integer (signed: sums of scores, net changes),
    /// percentage for percent (0 to 100), any for every other unit.
    /// </summary>
    /// <example>whole_non_negative</example>
    public required UnitValues Values { get; init; }

    /// <example>stock</example>
    public required QuantityKind Kind { get; init; }

    /// <example>31</example>
    public int? WindowDays { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    /// <summary>How many claims are recorded about it.</summary>
    /// <example>12</example>
    public required long ClaimCount { get; init; }
}

/// <summary>A quantity's row, as Dapper reads it.</summary>
internal sealed class QuantityRow
{
    public const string Columns = """
        q.id, q.key, q.label, q.unit, q.kind, q.window_days, q.aliases,
        (SELECT count(*) FROM claims c WHERE c.quantity_id = q.id) AS claim_count
        """;

    public long Id { get; init; }
    public string Key { get; init; } = "";
    public string Label { get; init; } = "";
    public string Unit { get; init; } = "";
    public string Kind { get; init; } = "";
    public long? WindowDays { get; init; }
    public string Aliases { get; init; } = "[]";
    public long ClaimCount { get; init; }

    public QuantityResponse ToResponse() => new()
    {
        Key = Key,
        Label = Label,
        Unit = Unit,
        Values = Units.ValuesOf(Unit),
        Kind = Names<QuantityKind>.Parse(Kind),
        WindowDays = (int?)WindowDays,
        Aliases = JsonSerializer.Deserialize<string[]>(Aliases) ?? [],
        ClaimCount = ClaimCount,
    };

    /// <summary>The fields as SQL parameters: @Key, @Label, @Unit, @Kind, @WindowDays, @Aliases.</summary>
    public static QuantityParameters Parameters(IQuantityFields input) => new(
        input.Key, input.Label, input.Unit, Names<QuantityKind>.Of(input.Kind!.Value), input.WindowDays,
        JsonSerializer.Serialize(input.Aliases ?? []));

    internal sealed record QuantityParameters(string Key, string Label, string Unit, string Kind, int? WindowDays, string Aliases);
}
