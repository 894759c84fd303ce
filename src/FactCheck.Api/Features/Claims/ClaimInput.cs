using System.Data.Common;
using Dapper;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Claims;

/// <summary>One source asserting a figure for one quantity: the body of create and update.</summary>
internal sealed record ClaimInput : IClaimFields
{
    /// <summary>The source that makes the claim.</summary>
    /// <example>5</example>
    public required long SourceId { get; init; }

    /// <summary>The key of the quantity the figure measures.</summary>
    /// <example>belarus/release/2025-09-11/count</example>
    public required string QuantityKey { get; init; }

    /// <summary>The claim's words, exactly as in the source; when the source keeps its text, the quote must occur in it.</summary>
    /// <example>A total of 52 political prisoners</example>
    public required string Quote { get; init; }

    /// <summary>Where the quote starts in the source's text (UTF-16 code units), for a quote that occurs more than once; else its first occurrence is taken.</summary>
    public int? QuoteStart { get; init; }

    /// <summary>How the words bound the figure: exact ("52"), approximately ("about"), more_than ("over"), at_least, less_than, up_to, at_most, nearly, between ("1,300 or 1,400").</summary>
    /// <example>exact</example>
    public required Qualifier? Qualifier { get; init; }

    /// <summary>The figure, for every qualifier but 'between'. The decimals written set the rounding grain: send 4.0, not 4, for "4.0%".</summary>
    /// <example>52</example>
    public decimal? Value { get; init; }

    /// <summary>The lower figure, for 'between' only.</summary>
    public decimal? Min { get; init; }

    /// <summary>The upper figure, for 'between' only.</summary>
    public decimal? Max { get; init; }

    /// <summary>The grain the figure was rounded to, when the fact-checker knows better than the digits ("1,300" to the unit: 1).</summary>
    public decimal? Precision { get; init; }

    /// <summary>The date the figure describes; leave it out for the source's publication date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Who the source quotes for the figure.</summary>
    /// <example>BelTA</example>
    public string? AttributedTo { get; init; }

    /// <summary>The fact-checker's note.</summary>
    public string? Note { get; init; }
}

internal sealed class ClaimInputValidator : FastEndpoints.Validator<ClaimInput>
{
    public ClaimInputValidator()
    {
        RuleFor(x => x.SourceId).GreaterThan(0);
        RuleFor(x => x.QuantityKey).QuantityKey();
        Include(new ClaimFieldsValidator());
    }
}

/// <summary>A claim input checked against the store: its source and quantity exist, and it fits them.</summary>
internal static class ClaimInputChecks
{
    private const string ReferencesSql = """
        SELECT (SELECT text FROM sources WHERE id = @SourceId) AS text,
               EXISTS (SELECT 1 FROM sources WHERE id = @SourceId) AS source_exists,
               q.id AS quantity_id, q.unit
        FROM (SELECT 1) AS one LEFT JOIN quantities q ON q.key = @QuantityKey;
        """;

    public static async Task<Result> CheckAsync(DbConnection connection, DbTransaction transaction, ClaimInput input, CancellationToken ct)
    {
        var found = await connection.QuerySingleAsync<References>(
            new CommandDefinition(ReferencesSql, new { input.SourceId, input.QuantityKey }, transaction, cancellationToken: ct));
        if (!found.SourceExists)
            return new Result(Problems.UnknownReference("sourceId", "source", input.SourceId));
        if (found.QuantityId is not { } quantityId)
            return new Result(Problems.UnknownReference("quantityKey", "quantity", input.QuantityKey));

        var problems = ClaimChecks.AgainstStore(input, found.Text, found.Unit!)
            .GroupBy(p => p.Field, p => p.Message)
            .ToDictionary(g => g.Key, g => g.ToArray());
        return problems.Count > 0
            ? new Result(Problems.Invalid(problems))
            : new Result(Write: ClaimWrite.From(input, input.SourceId, quantityId, found.Text));
    }

    /// <summary>Either the values to write, or the problem that stops the write.</summary>
    internal sealed record Result(ProblemHttpResult? Problem = null, ClaimWrite? Write = null);

    private sealed class References
    {
        public string? Text { get; init; }
        public bool SourceExists { get; init; }
        public long? QuantityId { get; init; }
        public string? Unit { get; init; }
    }
}
