using Attribution.Api.Jobs;

namespace Attribution.Server.Jobs;

/// <summary>The Server's long work: the job port over the job table and the runner that executes it.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>Registers the port, store and runner; job kinds come from the <see cref="IJobHandler"/> singletons in DI.</summary>
    public static IServiceCollection AddServerJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(JobRunnerOptions.From(configuration));
        services.AddSingleton<PostgresJobStore>();
        services.AddSingleton<IJobPort, PostgresJobPort>();
        services.AddSingleton<JobExecutor>();
        services.AddHostedService<JobRunner>();
        return services;
    }
}
