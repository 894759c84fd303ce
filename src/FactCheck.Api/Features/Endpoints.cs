using FactCheck.Api.Features.Checks.CheckFigure;
using FactCheck.Api.Features.Checks.CheckQuantity;
using FactCheck.Api.Features.Checks.ListFindings;
using FactCheck.Api.Features.Checks.SourceFindings;
using FactCheck.Api.Features.Claims.CreateClaim;
using FactCheck.Api.Features.Claims.DeleteClaim;
using FactCheck.Api.Features.Claims.GetClaim;
using FactCheck.Api.Features.Claims.ListClaims;
using FactCheck.Api.Features.Claims.UpdateClaim;
using FactCheck.Api.Features.ClaimReview;
using FactCheck.Api.Features.Csv.ExportClaims;
using FactCheck.Api.Features.Csv.ExportFindings;
using FactCheck.Api.Features.Csv.ImportClaims;
using FactCheck.Api.Features.Extraction.AcceptProposal;
using FactCheck.Api.Features.History;
using FactCheck.Api.Features.Pictures;
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
using FactCheck.Api.Infrastructure;
using FactCheck.Api.Infrastructure.Access;

namespace FactCheck.Api.Features;

/// <summary>Every endpoint of the API, mapped from one explicit list.</summary>
internal static class Endpoints
{
    public static void MapFactCheckEndpoints(this IEndpointRouteBuilder app)
    {
        // Open reads carry no authorization metadata at all, so the authorization middleware passes them by.
        var readsNeedKey = app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("FactCheck:Access:ReadsNeedKey", false);
        var reads = (readsNeedKey ? app.MapGroup("").RequireAuthorization(Access.Read) : app.MapGroup(""))
            .AddEndpointFilterFactory(QueryDates.Strict);
        var writes = app.MapGroup("").RequireAuthorization(Access.Write).AddEndpointFilter(new WriteQueue())
            .AddEndpointFilterFactory(QueryDates.Strict);

        CreateSourceEndpoint.Map(writes);
        ListSourcesEndpoint.Map(reads);
        GetSourceEndpoint.Map(reads);
        UpdateSourceEndpoint.Map(writes);
        DeleteSourceEndpoint.Map(writes);

        CreateQuantityEndpoint.Map(writes);
        ListQuantitiesEndpoint.Map(reads);
        GetQuantityEndpoint.Map(reads);
        UpdateQuantityEndpoint.Map(writes);
        DeleteQuantityEndpoint.Map(writes);

        CreateClaimEndpoint.Map(writes);
        ListClaimsEndpoint.Map(reads);
        GetClaimEndpoint.Map(reads);
        UpdateClaimEndpoint.Map(writes);
        DeleteClaimEndpoint.Map(writes);

        CreateRelationEndpoint.Map(writes);
        ListRelationsEndpoint.Map(reads);
        GetRelationEndpoint.Map(reads);
        UpdateRelationEndpoint.Map(writes);
        DeleteRelationEndpoint.Map(writes);

        ImportEndpoint.Map(writes);

        // Checks and extractions of posted text write nothing: they are reads, whatever their verb.
        CheckQuantityEndpoint.Map(reads);
        ListFindingsEndpoint.Map(reads);
        SourceFindingsEndpoint.Map(reads);
        CheckFigureEndpoint.Map(reads);

        ExtractTextEndpoint.Map(reads);
        ExtractSourceEndpoint.Map(reads);
        AcceptProposalEndpoint.Map(writes);

        ExportClaimsEndpoint.Map(reads);
        ExportFindingsEndpoint.Map(reads);
        ImportClaimsEndpoint.Map(writes);

        ClaimReviewOfClaimEndpoint.Map(reads);
        ClaimReviewsOfQuantityEndpoint.Map(reads);

        HistoryEndpoints.Map(reads);
        RestoreRevisionEndpoint.Map(writes);

        ChartEndpoint.Map(reads);
        DeskPageEndpoint.Map(reads);
    }
}
