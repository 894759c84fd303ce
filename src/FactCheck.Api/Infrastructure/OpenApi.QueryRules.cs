using FactCheck.Api.Features.Claims.ListClaims;
using FactCheck.Domain;
using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FactCheck.Api.Infrastructure;

internal static partial class OpenApi
{
    /// <summary>
    /// Query parameters state as schema the rules their validators enforce (Paging, Rules, the words
    /// each list knows), so a client or fuzzer can keep them without reading the descriptions.
    /// </summary>
    private sealed class QueryRules : IOperationProcessor
    {
        private static readonly Dictionary<string, IReadOnlyList<string>> Kinds = new(StringComparer.Ordinal)
        {
            ["ListRelations"] = Names<RelationKind>.Every,
            ["ListQuantities"] = Names<QuantityKind>.Every,
            ["ListFindings"] = Names<FindingKind>.Every,
        };

        public bool Process(OperationProcessorContext context)
        {
            var operation = context.OperationDescription.Operation;
            foreach (var parameter in operation.Parameters.Where(p => p.Kind == OpenApiParameterKind.Query))
            {
                var schema = parameter.Schema;
                switch (parameter.Name)
                {
                    case "page":
                        (schema.Minimum, schema.Maximum) = (1, 1_000_000);
                        break;
                    case "pageSize":
                        (schema.Minimum, schema.Maximum) = (1, Paging.MaxPageSize);
                        break;
                    case "q":
                        (schema.MinLength, schema.MaxLength) = (1, Rules.SearchMaxLength);
                        break;
                    case "quantity":
                        (schema.MinLength, schema.MaxLength, schema.Pattern) = (1, Rules.KeyMaxLength, Rules.KeyPatternText);
                        break;
                    case "sort" when operation.OperationId == "ListClaims":
                        Words(schema, ListClaimsEndpoint.SortNames);
                        break;
                    case "kind" when Kinds.TryGetValue(operation.OperationId, out var words):
                        Words(schema, words);
                        break;
                    case "severity":
                        schema.Pattern = Features.Checks.Severities.Pattern;
                        break;
                    case "status":
                        schema.Pattern = Features.Decisions.Statuses.Pattern;
                        break;
                    case "format" when operation.OperationId == "GetQuantityChart":
                        Words(schema, ["svg", "png"]);
                        break;
                }
            }
            return true;
        }

        private static void Words(JsonSchema schema, IEnumerable<string> words)
        {
            foreach (var word in words) schema.Enumeration.Add(word);
        }
    }
}
