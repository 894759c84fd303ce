using Dapper;
using FactCheck.Api.Features.Checks;
using FactCheck.Api.Infrastructure;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FactCheck.Api.Features.Decisions.RecordDecision;

/// <summary>Record a desk's decision on a finding</summary>
/// <remarks>confirmed: the finding is right; dismissed: it is known and explained (text gives the reason), and it leaves the desk and the default lists; note: text annotates it and leaves its status as it was. The decision holds while the finding says what it said when the decision was taken: a finding whose claims change becomes another finding (another id), and one whose claims are edited is reopened. Decisions are only ever added, with their author and time.</remarks>
internal sealed class RecordDecisionEndpoint(Database db, StoreReport store) : Endpoint<DecisionInput, Results<Created<DecisionResponse>, ProblemHttpResult>>
{
    private const string InsertSql = """
        INSERT INTO decisions (finding_id, decision, text, fingerprint, author, at)
        VALUES (@FindingId, @Decision, @Text, @Fingerprint, @Author, @At)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/findings/{findingId}/decisions");
        Group<Writes>();
        RequestBinder(JsonBody<DecisionInput>.Binder);
        Description(b => b.WithName("RecordDecision").WithTags("Decisions")
            .ProducesProblem(StatusCodes.Status404NotFound));
    }

    public override async Task<Results<Created<DecisionResponse>, ProblemHttpResult>> ExecuteAsync(DecisionInput input, CancellationToken ct)
    {
        var id = Route<string>("findingId")!;
        var finding = (await store.GetAsync(ct)).Report.Findings.FirstOrDefault(f => f.Id == id);
        if (finding is null)
            return Problems.NotFound("finding", id);

        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginWriteAsync(ct);
        var row = new DecisionRow(0, id, Names<DecisionKind>.Of(input.Decision!.Value), input.Text, finding.Fingerprint, Actor.Author,
            Figures.ToText(DateTimeOffset.UtcNow));
        var decisionId = await connection.QuerySingleAsync<long>(new CommandDefinition(InsertSql, row, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/findings/{id}/decisions", DecisionResponse.From(row with { Id = decisionId }));
    }
}

internal sealed record DecisionInput
{
    /// <summary>confirmed, dismissed or note.</summary>
    /// <example>dismissed</example>
    public required DecisionKind? Decision { get; init; }

    /// <summary>Why it is dismissed (required then), the note (required then), or what a confirmation adds.</summary>
    /// <example>Trump's 16 counts two people released earlier; the desk has checked it.</example>
    public string? Text { get; init; }
}

internal sealed class DecisionInputValidator : Validator<DecisionInput>
{
    public DecisionInputValidator()
    {
        RuleFor(x => x.Decision).NotNull().WithMessage($"Must be one of: {Names<DecisionKind>.All}.");
        RuleFor(x => x.Text).OptionalText(2000);
        RuleFor(x => x.Text).NotEmpty().When(x => x.Decision is DecisionKind.Dismissed).WithMessage("A dismissal needs its reason.");
        RuleFor(x => x.Text).NotEmpty().When(x => x.Decision is DecisionKind.Note).WithMessage("A note needs its text.");
    }
}
