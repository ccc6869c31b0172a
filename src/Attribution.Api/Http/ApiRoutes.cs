using Attribution.Api.Health;
using Attribution.Api.Incrementality;
using Attribution.Api.Jobs;
using Attribution.Api.Ingestion;
using Attribution.Api.Journeys;
using Attribution.Api.Mmm;
using Attribution.Api.Optimization;
using Attribution.Api.OpenApi;

namespace Attribution.Api.Http;

/// <summary>
/// The route table: every route the API serves, in one list. The Server maps it in a loop; the Functions
/// project declares the same method and template per function (a test keeps the two in step).
/// </summary>
public static class ApiRoutes
{
    public static IReadOnlyList<ApiRoute> All { get; } =
    [
        HealthRoutes.Get,
        OpenApiRoutes.Get,
        JobsRoutes.Get,
        IngestionRoutes.Touchpoints,
        IngestionRoutes.Conversions,
        IngestionRoutes.Spend,
        IngestionRoutes.GeoKpis,
        JourneysRoutes.List,
        JourneysRoutes.Paths,
        JourneysRoutes.Get,
        MmmRoutes.Get,
        MmmRoutes.Run,
        OptimizationRoutes.Optimize,
        OptimizationRoutes.Get,
        IncrementalityRoutes.List,
        IncrementalityRoutes.Create,
        IncrementalityRoutes.Get,
        IncrementalityRoutes.Patch,
        IncrementalityRoutes.Delete,
    ];
}
