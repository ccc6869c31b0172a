using System.Globalization;

namespace Attribution.Server.Jobs;

/// <summary>
/// The job runner's settings (<see cref="JobRunnerSettings"/>): how often to look for work, how long a lease lasts,
/// how many jobs run at once, and the retry backoff.
/// </summary>
public sealed record JobRunnerOptions(TimeSpan PollInterval, TimeSpan Lease, int Concurrency, TimeSpan RetryBase, TimeSpan RetryMax)
{
    /// <summary>How often a running job's lease is extended: a third of the lease, so two heartbeats may fail before it expires.</summary>
    public TimeSpan HeartbeatInterval => Lease / 3;

    /// <summary>Defaults: poll 500 ms, lease 30 s, 2 jobs at once, retries after 2 s, 4 s, 8 s, ... capped at 5 min.</summary>
    public static JobRunnerOptions From(IConfiguration configuration) => new(
        TimeSpan.FromMilliseconds(Positive(configuration, JobRunnerSettings.PollMilliseconds, 500)),
        TimeSpan.FromSeconds(Positive(configuration, JobRunnerSettings.LeaseSeconds, 30)),
        Count(configuration, JobRunnerSettings.Concurrency, 2),
        TimeSpan.FromSeconds(Positive(configuration, JobRunnerSettings.RetryBaseSeconds, 2)),
        TimeSpan.FromSeconds(Positive(configuration, JobRunnerSettings.RetryMaxSeconds, 300)));

    /// <summary>The wait before retrying after failed attempt <paramref name="attempt"/>: <c>min(base x 2^(attempt-1), max)</c>.</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt, 1, 30) - 1);
        return TimeSpan.FromSeconds(Math.Min(RetryBase.TotalSeconds * factor, RetryMax.TotalSeconds));
    }

    private static double Positive(IConfiguration configuration, string key, double defaultValue) =>
        configuration[key] is not { Length: > 0 } text
            ? defaultValue
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
                ? value
                : throw new InvalidOperationException($"Configuration '{key}' must be a positive number, got '{text}'.");

    private static int Count(IConfiguration configuration, string key, int defaultValue) =>
        configuration[key] is not { Length: > 0 } text
            ? defaultValue
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
                ? value
                : throw new InvalidOperationException($"Configuration '{key}' must be a positive whole number, got '{text}'.");
}
