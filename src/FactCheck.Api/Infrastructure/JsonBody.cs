using FastEndpoints;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Infrastructure;

/// <summary>
/// Binds a request from its JSON body alone, with the API's strict options: a route or query
/// value never overwrites a field of the body (a PUT's route key is not the body's key), and an
/// empty body is told that one is required.
/// </summary>
internal sealed class JsonBody<TRequest> : IRequestBinder<TRequest> where TRequest : class
{
    public static readonly JsonBody<TRequest> Binder = new();

    public async ValueTask<TRequest> BindAsync(BinderContext ctx, CancellationToken ct)
    {
        var options = ctx.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return await ctx.HttpContext.Request.ReadFromJsonAsync<TRequest>(options, ct)
            ?? throw new ValidationFailureException([new ValidationFailure("", "A JSON body is required.")], "The body is null.");
    }
}
