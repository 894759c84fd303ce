using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FactCheck.Api.Infrastructure.Access;

/// <summary>Authenticates a request by the API key in its X-Api-Key header; the principal is the key's name.</summary>
internal sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyCache keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.Header, out var values) || values.ToString() is not { Length: > 0 } key)
            return AuthenticateResult.NoResult();

        if (await keys.NameOfAsync(key, Context.RequestAborted) is not { } name)
            return AuthenticateResult.Fail("Unknown or revoked API key.");

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Request.Headers.ContainsKey(ApiKeys.Header)
            ? WriteProblemAsync(StatusCodes.Status401Unauthorized, "The API key is not live",
                $"The {ApiKeys.Header} header names a key that does not exist or was revoked; send a live one, or none for an open read.")
            : WriteProblemAsync(StatusCodes.Status401Unauthorized, "An API key is required",
                $"Send a live key in the {ApiKeys.Header} header; create one with: dotnet run --project src/FactCheck.Api -- keys create <name>.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", "This key may not do this.");

    private async Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        Response.Headers.WWWAuthenticate = SchemeName;
        var problems = Context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
