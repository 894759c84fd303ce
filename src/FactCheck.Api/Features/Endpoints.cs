using FactCheck.Api.Features.Checks.CheckFigure;
using FactCheck.Api.Features.Checks.CheckQuantity;
using FactCheck.Api.Features.Checks.ListFindings;
using FactCheck.Api.Features.Checks.SourceFindings;
using FactCheck.Api.Features.Claims.CreateClaim;
using FactCheck.Api.Features.Claims.DeleteClaim;
using FactCheck.Api.Features.Claims.GetClaim;
using FactCheck.Api.Features.Claims.ListClaims;
using FactCheck.Api.Features.Claims.UpdateClaim;
using FactCheck.Api.Features.Extraction.AcceptProposal;
using FactCheck.Api.Features.Extraction.ExtractSource;
using FactCheck.Api.Features.Extraction.ExtractText;
using FactCheck.Api.Features.Import;
using FactCheck.Api.Features.Quantities.CreateQuantity;
using FactCheck.Api.Features.Quantities.DeleteQuantity;
using FactCheck.Api.Features.Quantities.GetQuantity;
using FactCheck.Api.Features.Quantities.ListQuantities;
using FactCheck.Api.Features.Quantities.UpdateQuantity;
using FactCheck.Api.Features.Relations.CreateRelation;
using FactCheck.Api.Features.Relations.DeleteRelation;
using FactCheck.Api.Features.Relations.GetRelation;
using FactCheck.Api.Features.Relations.ListRelations;
using FactCheck.Api.Features.Relations.UpdateRelation;
using FactCheck.Api.Features.Sources.CreateSource;
using FactCheck.Api.Features.Sources.DeleteSource;
using FactCheck.Api.Features.Sources.GetSource;
using FactCheck.Api.Features.Sources.ListSources;
using FactCheck.Api.Features.Sources.UpdateSource;

namespace FactCheck.Api.Features;

/// <summary>Every endpoint of the API, mapped from one explicit list.</summary>
internal static class Endpoints
{
    public static void MapFactCheckEndpoints(this IEndpointRouteBuilder api)
    {
        CreateSourceEndpoint.Map(api);
        ListSourcesEndpoint.Map(api);
        GetSourceEndpoint.Map(api);
        UpdateSourceEndpoint.Map(api);
        DeleteSourceEndpoint.Map(api);

        CreateQuantityEndpoint.Map(api);
        ListQuantitiesEndpoint.Map(api);
        GetQuantityEndpoint.Map(api);
        UpdateQuantityEndpoint.Map(api);
        DeleteQuantityEndpoint.Map(api);

        CreateClaimEndpoint.Map(api);
        ListClaimsEndpoint.Map(api);
        GetClaimEndpoint.Map(api);
        UpdateClaimEndpoint.Map(api);
        DeleteClaimEndpoint.Map(api);

        CreateRelationEndpoint.Map(api);
        ListRelationsEndpoint.Map(api);
        GetRelationEndpoint.Map(api);
        UpdateRelationEndpoint.Map(api);
        DeleteRelationEndpoint.Map(api);

        ImportEndpoint.Map(api);

        CheckQuantityEndpoint.Map(api);
        ListFindingsEndpoint.Map(api);
        SourceFindingsEndpoint.Map(api);
        CheckFigureEndpoint.Map(api);

        ExtractTextEndpoint.Map(api);
        ExtractSourceEndpoint.Map(api);
        AcceptProposalEndpoint.Map(api);
    }
}
