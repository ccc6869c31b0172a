namespace Attribution.Api;

/// <summary>
/// Every configuration key the Api reads (environment variables use <c>__</c> for <c>:</c>).
/// docs and the deployment templates list the same names.
/// </summary>
public static class ApiSettings
{
    /// <summary>Npgsql connection string of the serving (non-owner) role.</summary>
    public const string Postgres = "ConnectionStrings:Postgres";

    /// <summary>Npgsql connection string of the owner role that applies migrations at start-up (optional).</summary>
    public const string PostgresOwner = "ConnectionStrings:PostgresOwner";

    /// <summary>Table Storage connection string; falls back to <see cref="FunctionsStorage"/>.</summary>
    public const string Storage = "ConnectionStrings:Storage";

    /// <summary>The Functions host's own storage setting, used for Table Storage when <see cref="Storage"/> is absent.</summary>
    public const string FunctionsStorage = "AzureWebJobsStorage";

    /// <summary>NCRONTAB schedule of the daily insights refresh (six fields, with seconds).</summary>
    public const string InsightsRefreshSchedule = "InsightsRefreshSchedule";

    public const string DefaultInsightsRefreshSchedule = "0 0 3 * * *";

    /// <summary>Largest body the ingestion routes accept, in bytes (default 256 MiB); larger gets 413.</summary>
    public const string IngestionMaxBodyBytes = "Ingestion:MaxBodyBytes";

    /// <summary>How long a looked-up tenant is remembered by authentication, in seconds (default 30; 0 turns it off).</summary>
    public const string TenantCacheSeconds = "Tenancy:CacheSeconds";

    /// <summary>Memory for serialized journey list pages, in MiB (default 64; 0 turns the page cache off).</summary>
    public const string JourneyPageCacheMegabytes = "Journeys:PageCacheMegabytes";

    /// <summary>
    /// How often the journey list re-reads a tenant's data version from the database, in milliseconds (default 1000; 0 =
    /// every request). Writes through the same process are seen at once; through another instance within this interval.
    /// </summary>
    public const string JourneyVersionCheckMilliseconds = "Journeys:VersionCheckMilliseconds";

    /// <summary>How long the optimize route computes before handing the work to a job and answering 202 (seconds, default 20).</summary>
    public const string OptimizeInlineSeconds = "Mmm:OptimizeInlineSeconds";
}
