using Attribution.Api.Tenancy;

namespace Attribution.Api.Tests.Jobs;

/// <summary>An effect a job writes under its tenant: an <c>mmm_models</c> row carrying the job id.</summary>
internal static class JobEffects
{
    public static async Task WriteAsync(TenantSession session, Guid jobId, CancellationToken cancellationToken)
    {
        await using var command = await session.CommandAsync("""
            insert into mmm_models (tenant_id, id, status, channels, date_range_start, date_range_end, job_id)
            values (app_tenant_id(), gen_random_uuid(), 'completed', '{search}', date '2024-01-01', date '2024-06-30', @job)
            """, cancellationToken);
        command.Parameters.AddWithValue("job", jobId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> CountAsync(Guid tenant, Guid jobId)
    {
        await using var session = new TenantSession(JobDatabase.App, tenant);
        await using var command = await session.CommandAsync("select count(*) from mmm_models where job_id = @job", CancellationToken.None);
        command.Parameters.AddWithValue("job", jobId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
