using System.Reflection;
using System.Text.Json;
using FactCheck.Api.Infrastructure.Access;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FactCheck.Api.Infrastructure;

internal static class OpenApi
{
    public const string DocumentName = "v1";
    public const string DocumentPath = $"/swagger/{DocumentName}/swagger.json";

    public static IServiceCollection AddFactCheckOpenApi(this IServiceCollection services)
    {
        // Swashbuckle reads the MVC JSON options; give it the same enum words the endpoints speak.
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => Json.Configure(o.JsonSerializerOptions));
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "FactCheck API",
                Version = "v1",
                Description = """
                    Record the numeric claims that sources make and check them against each other.
                    Figures are exact decimals: the decimals written set the rounding grain ("4.0" is not "4").
                    Errors are RFC 9457 problem details; validation errors name each field in `errors`.
                    """,
            });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            options.IncludeXmlComments(xml);
            options.SupportNonNullableReferenceTypes();
            options.CustomSchemaIds(SchemaId);
            // Figures are exact decimals, not doubles: a client generator should not round 4.0 to 4.
            options.MapType<decimal>(() => new OpenApiSchema { Type = JsonSchemaType.Number, Format = "decimal" });
            options.SchemaFilter<FigureBounds>();
            options.DocumentFilter<TagDescriptions>();
            options.OperationFilter<CamelCaseQueryParameters>();
            // Relative to where the document is served: a generated client calls the host it read it from.
            options.AddServer(new OpenApiServer { Url = "/" });
            options.AddSecurityDefinition(ApiKeyAuthentication.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeys.Header,
                Description = "An API key, created with: dotnet run --project src/FactCheck.Api -- keys create NAME",
            });
            options.OperationFilter<ApiKeyRequirement>();
        });
        return services;
    }

    /// <summary>The document and Swagger UI, in a branch that only requests under /swagger enter.</summary>
    public static WebApplication UseFactCheckOpenApi(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger"), swagger =>
        {
            swagger.UseSwagger();
            swagger.UseSwaggerUI(ui =>
            {
                ui.SwaggerEndpoint(DocumentPath, "FactCheck API v1");
                ui.DocumentTitle = "FactCheck API";
                ui.EnableTryItOutByDefault();
                ui.DisplayRequestDuration();
            });
        });
        return app;
    }

    /// <summary>What each group of operations is for, as Swagger UI and generated clients show it.</summary>
    private sealed class TagDescriptions : IDocumentFilter
    {
        private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
        {
            ["Sources"] = "The articles claims are recorded from, with their text when kept.",
            ["Quantities"] = "What claims measure: a key, a unit, an event or a stock with its window.",
            ["Claims"] = "Figures a source states about a quantity, with quote, qualifier, date and voice; search and cursors.",
            ["Relations"] = "Arithmetic declared between quantities: percent, ratio, sum, parts at most, difference.",
            ["Checks"] = "The claims checked against each other: findings, verdicts, and figures checked before they are published.",
            ["Import"] = "A whole document of sources, quantities, claims and relations, all or nothing.",
            ["CSV"] = "A desk's spreadsheet of claims out and back in, and the findings as CSV.",
            ["Extraction"] = "Numbers read from text, proposed as claims and accepted in one call.",
            ["ClaimReview"] = "schema.org ClaimReview JSON-LD for a CMS to embed.",
            ["History"] = "Every create, update and delete kept as a revision, and restores.",
            ["Pictures"] = "SVG charts of a quantity's claims, and the desk page of open conflicts.",
        };

        public void Apply(OpenApiDocument document, DocumentFilterContext context) =>
            document.Tags = new HashSet<OpenApiTag>(Descriptions.Select(d => new OpenApiTag { Name = d.Key, Description = d.Value }));
    }

    /// <summary>A claim's figures state their bound (Rules.Figure), so a client can check one before it sends it.</summary>
    private sealed class FigureBounds : ISchemaFilter
    {
        private static readonly string Bound = Rules.FigureBound.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (!typeof(Features.Claims.IClaimFigures).IsAssignableFrom(context.Type) || schema.Properties is not { } properties) return;
            foreach (var name in (string[])["value", "min", "max", "precision"])
            {
                if (!properties.TryGetValue(name, out var property) || property is not OpenApiSchema figure) continue;
                figure.Maximum = Bound;
                if (name == "precision") figure.ExclusiveMinimum = "0";
                else figure.Minimum = "-" + Bound;
                figure.Description += (name == "precision" ? " Greater than 0 and at most 10^18" : " Within ±10^18")
                    + $", to at most {Rules.FigureDecimals} decimal places.";
            }
        }
    }

    /// <summary>Query parameters bound from a request record are documented as the JSON names clients use.</summary>
    private sealed class CamelCaseQueryParameters : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                if (parameter.In == ParameterLocation.Query && parameter.Name is { } name)
                    parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
        }
    }

    /// <summary>Operations that need a key say so, with their 401, so Swagger UI's Authorize button sends it.</summary>
    private sealed class ApiKeyRequirement(IConfiguration configuration) : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = new EndpointMetadataCollection(context.ApiDescription.ActionDescriptor.EndpointMetadata);
            operation.Security ??= [];
            // An open read says so (security: []), so a client or linter need not guess that it takes no key.
            if (!metadata.NeedsKey(configuration.GetValue("FactCheck:Access:ReadsNeedKey", false))) return;
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, context.Document)] = [] });
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No live API key was sent in the X-Api-Key header." });
            operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Too many requests from this key or address; retry after Retry-After seconds." });
        }
    }

    // Page<ClaimResponse> reads as "ClaimResponsePage"; every other type keeps its own, unique, name.
    private static string SchemaId(Type type) =>
        type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(SchemaId)) + type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]
            : type.Name;
}
