using System.Collections.Concurrent;

namespace Attribution.Api.Tenancy;

/// <summary>
/// This process's record of committed writes per tenant: a stamp raised after every commit that raised the tenant's data
/// version (<see cref="TenantDataVersion.BumpAsync"/>). Caches that re-read the data version only now and then compare
/// stamps, so a write made through this process is seen by its next request at once; writes made by other processes
/// (other instances) are seen when the cache next reads the database.
/// </summary>
public static class TenantChanges
{
    private static readonly ConcurrentDictionary<Guid, long> Stamps = new();

    public static long Current(Guid tenantId) => Stamps.GetValueOrDefault(tenantId);

    public static void Changed(Guid tenantId) => Stamps.AddOrUpdate(tenantId, 1, (_, stamp) => stamp + 1);
}
