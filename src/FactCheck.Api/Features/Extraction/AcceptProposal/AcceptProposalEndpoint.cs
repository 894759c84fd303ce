using System.Data.Common;
using Dapper;
using FactCheck.Api.Features.Claims;
using FactCheck.Api.Features.Quantities;
using FactCheck.Api.Features.Quantities.CreateQuantity;
using FactCheck.Api.Infrastructure;
using FactCheck.Domain.Extraction;
using FastEndpoints;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Api.Features.Extraction.AcceptProposal;

/// <summary>Record proposed mentions as claims</summary>
/// <remarks>Creates the claim each proposal (named by where it starts) stands for: its words as the quote, at its offsets, with its figure, qualifier and proposed attribution, about its best-ranked candidate quantity. Each may be corrected in the same call: quoteStart and quoteEnd take another span of the text as the quote ("one U.K. national" where the mention read "one U"); qualifier, value or min and max, precision, asOf and attributedTo take other values; quantityKey names another stored quantity, or quantity defines a new one (the proposal's newQuantity), written with the claim. One proposal goes at the top level, many in accepts: all are written or none, and each problem is named under accepts[N]. A proposal accepted once is a 409.</remarks>
internal sealed class AcceptProposalEndpoint(Database db, QuantityNames names) : Endpoint<AcceptProposalRequest, Results<Created<AcceptedProposals>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("/sources/{id:long}/extractions/accept");
        Group<Writes>();
        RequestBinder(JsonBody<AcceptProposalRequest>.Binder);
        Description(b => b.WithName("AcceptProposal").WithTags("Extraction")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict));
    }

    public override async Task<Results<Created<AcceptedProposals>, ProblemHttpResult>> ExecuteAsync(AcceptProposalRequest request, CancellationToken ct)
    {
        var id = Route<long>("id");
        var accepts = request.Accepts ?? [request];
        string Field(int index, string name) =>
            request.Accepts is null ? name : name.Length == 0 ? $"accepts[{index}]" : $"accepts[{index}].{name}";

        await using var connection = await db.OpenAsync(ct);
        var (exists, text, published) = await Proposals.SourceTextAsync(connection, id, ct);
        if (!exists)
            return Problems.NotFound("source", id);
        if (text is null)
            return Problems.Conflict("The source keeps no text", $"Source {id} was recorded without its text; there is nothing to accept.");
        // Mentions do not overlap, so where one starts names it.
        var mentions = (await Proposals.ReadAsync(connection, names, text, published, ct, id)).Mentions.ToDictionary(m => m.Start);

        var refusals = new List<Refusal>();
        var plans = new List<Plan>();
        for (var i = 0; i < accepts.Count; i++)
        {
            var plan = PlanOf(id, accepts[i], mentions, text, name => Field(i, name), refusals);
            if (plan is null) continue;
            if (plans.FirstOrDefault(p => p.Mention.Start == plan.Mention.Start) is { } earlier)
                refusals.Add(new(400, Field(i, "start"), $"accepts[{earlier.Index}] accepts the proposal at {plan.Mention.Start} already."));
            else if (plans.FirstOrDefault(p => p.Claim with { QuoteStart = null, Note = null, Precision = null } == plan.Claim with { QuoteStart = null, Note = null, Precision = null }) is { } same)
                refusals.Add(new(409, Field(i, "start"), $"accepts[{same.Index}] records the same claim: the same words with the same figure, quantity and attribution are one claim, wherever the text repeats them.", "Duplicate claim"));
            else if (plan.Define is { } define && plans.FirstOrDefault(p => p.Define?.Key == define.Key) is { } definer && !SameDefinition(definer.Define!, define))
                refusals.Add(new(400, Field(i, "quantity.key"), $"accepts[{definer.Index}] defines the quantity '{define.Key}' otherwise; define it once, or alike."));
            else
                plans.Add(plan with { Index = i });
        }
        if (refusals.Count > 0)
            return Refuse(refusals);

        // All or nothing: each new quantity first (once, however many accepts define it), then each claim, in one transaction.
        await using var transaction = await connection.BeginWriteAsync(ct);
        foreach (var plan in plans.Where(p => p.Define is not null).DistinctBy(p => p.Define!.Key))
            if (await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
                    CreateQuantityEndpoint.InsertSql, QuantityRow.Parameters(plan.Define!), transaction, cancellationToken: ct)) is null)
                refusals.Add(new(409, Field(plan.Index, "quantity.key"), $"A quantity with the key '{plan.Define!.Key}' is already defined; name it in quantityKey instead.", "Duplicate quantity"));
        if (refusals.Count > 0)
            return Refuse(refusals);
        var ids = new List<long>();
        foreach (var plan in plans)
        {
            var checkedInput = await ClaimInputChecks.CheckAsync(connection, transaction, plan.Claim, ct);
            if (checkedInput.Problem is { } problem)
            {
                refusals.AddRange(Refusal.From(problem, name => Field(plan.Index, name)));
                continue;
            }
            if (await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(ClaimWrite.InsertSql, checkedInput.Write, transaction, cancellationToken: ct)) is { } claimId)
                ids.Add(claimId);
            else
                refusals.Add(new(409, Field(plan.Index, "start"), "This source already has this claim, in these words, with this figure and qualifier.", "Duplicate claim"));
        }
        if (refusals.Count > 0)
            return Refuse(refusals);
        transaction.Commit();

        var claims = new List<ClaimResponse>(ids.Count);
        foreach (var claimId in ids)
            claims.Add((await ClaimQueries.FindAsync(connection, claimId, ct))!);
        return TypedResults.Created(ids.Count == 1 ? $"/claims/{ids[0]}" : $"/claims?sourceId={id}", new AcceptedProposals(claims));
    }

    /// <summary>What one accept writes: the claim, and the quantity it defines if any.</summary>
    private sealed record Plan(MentionResponse Mention, ClaimInput Claim, QuantityInput? Define, int Index = 0);

    // The claim an accept asks for, or null after adding why it cannot be.
    private static Plan? PlanOf(long sourceId, ProposalAccept accept, Dictionary<int, MentionResponse> mentions, string text, Func<string, string> field, List<Refusal> refusals)
    {
        var start = accept.Start!.Value;
        var at = mentions.GetValueOrDefault(start);
        if (at is { Proposed: false } other)
        {
            refusals.Add(new(400, field("start"), $"The mention at {other.Start}, '{other.Text}', is {Article(other.Kind)} {Names<MentionKind>.Of(other.Kind)}: years, dates, ages, durations and ordinals are not proposed as claims."));
            return null;
        }
        if (at is not { } mention)
        {
            refusals.Add(new(404, field("start"), $"No proposed mention starts at {start}; the source's extraction lists where each does.", "Proposed mention not found"));
            return null;
        }
        if (mention.AcceptedClaimId is { } accepted)
        {
            refusals.Add(new(409, field("start"), $"This proposal was accepted as claim {accepted}; edit that claim (PUT /claims/{accepted}) instead.", "Already accepted"));
            return null;
        }

        // The figures: the mention's, unless the accept gives its own (then the qualifier defaults to the mention's).
        var figures = accept.Qualifier is null && accept.Value is null && accept.Min is null && accept.Max is null
            ? new Figures(mention.Qualifier, mention.Value, mention.Min, mention.Max, accept.Precision)
            : new Figures(accept.Qualifier ?? mention.Qualifier, accept.Value, accept.Min, accept.Max, accept.Precision);
        var problems = new ClaimFiguresValidator().Validate(figures).Errors.Select(e => (Field: e.PropertyName, Message: e.ErrorMessage)).ToList();
        if (accept.Qualifier is null && accept.Value is null && problems.Count > 0)
            problems = [("start", $"The mention's figure cannot be a claim as read ({string.Join(" ", problems.Select(p => p.Message))}); give value or min and max.")];
        var (quoteStart, quoteEnd) = (accept.QuoteStart ?? mention.Start, accept.QuoteEnd ?? mention.End);
        if (quoteEnd > text.Length)
            problems.Add(("quoteEnd", $"Must lie within the source's text, which is {text.Length} characters long."));
        var quantityKey = accept.QuantityKey ?? accept.Quantity?.Key ?? mention.SuggestedQuantityKey;
        if (quantityKey is null)
            problems.Add(("quantityKey", "No stored quantity matches this mention; name the one it measures, or define one in quantity (the proposal's newQuantity, say)."));
        refusals.AddRange(problems.Select(p => new Refusal(400, field(p.Field), p.Message)));
        if (problems.Count > 0 || quantityKey is null)
            return null;

        return new Plan(mention, new ClaimInput
        {
            SourceId = sourceId,
            QuantityKey = quantityKey,
            Quote = text[quoteStart..quoteEnd],
            QuoteStart = quoteStart,
            Qualifier = figures.Qualifier,
            Value = figures.Value,
            Min = figures.Min,
            Max = figures.Max,
            Precision = figures.Precision,
            AsOf = accept.AsOf,
            AttributedTo = accept.AttributedTo is { } name ? (name.Length == 0 ? null : name) : mention.Attribution?.Name,
            Note = accept.Note,
        }, accept.Quantity);
    }

    private static bool SameDefinition(QuantityInput a, QuantityInput b) =>
        a with { Aliases = null } == b with { Aliases = null } && (a.Aliases ?? []).SequenceEqual(b.Aliases ?? []);

    private sealed record Figures(Domain.Qualifier? Qualifier, decimal? Value, decimal? Min, decimal? Max, decimal? Precision) : IClaimFigures
    {
        public DateOnly? AsOf => null;
    }

    private static string Article(MentionKind kind) => kind is MentionKind.Age or MentionKind.Ordinal ? "an" : "a";

    /// <summary>Why one accept cannot be written, under the field at fault.</summary>
    private sealed record Refusal(int Status, string Field, string Message, string? Title = null)
    {
        public static IEnumerable<Refusal> From(ProblemHttpResult problem, Func<string, string> field) =>
            problem.ProblemDetails is HttpValidationProblemDetails { Errors.Count: > 0 } details
                ? details.Errors.SelectMany(e => e.Value.Select(message => new Refusal(problem.StatusCode, field(e.Key), message, details.Title)))
                : [new Refusal(problem.StatusCode, field(""), problem.ProblemDetails.Detail ?? "", problem.ProblemDetails.Title)];
    }

    // One problem for all refusals: a 400 when any input is invalid, else the 404 or 409 they share; each under its field.
    private static ProblemHttpResult Refuse(List<Refusal> refusals)
    {
        var status = refusals.Min(r => r.Status);
        var titled = refusals.Where(r => r.Status == status).Select(r => r.Title).Distinct().ToList();
        return TypedResults.Problem(new HttpValidationProblemDetails(
            refusals.GroupBy(r => r.Field, r => r.Message).ToDictionary(g => g.Key, g => g.ToArray()))
        {
            Status = status,
            Title = titled is [{ } title] ? title : "One or more validation errors occurred.",
            Detail = refusals.Count == 1 ? refusals[0].Message : $"{refusals.Count} problems; nothing was written.",
        });
    }
}
