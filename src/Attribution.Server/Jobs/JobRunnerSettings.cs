namespace Attribution.Server.Jobs;

/// <summary>Configuration keys of the job runner (section <c>Jobs</c>; environment variables use <c>Jobs__Key</c>).</summary>
public static class JobRunnerSettings
{
    /// <summary>How often an idle runner looks for work, in milliseconds (default 500).</summary>
    public const string PollMilliseconds = "Jobs:PollMilliseconds";

    /// <summary>How long a claim lasts without a heartbeat, in seconds (default 30); heartbeats come every third of it.</summary>
    public const string LeaseSeconds = "Jobs:LeaseSeconds";

    /// <summary>How many jobs one Server runs at once (default 2).</summary>
    public const string Concurrency = "Jobs:Concurrency";

    /// <summary>The wait before the first retry, in seconds (default 2); it doubles with each failed attempt.</summary>
    public const string RetryBaseSeconds = "Jobs:RetryBaseSeconds";

    /// <summary>The longest wait between retries, in seconds (default 300).</summary>
    public const string RetryMaxSeconds = "Jobs:RetryMaxSeconds";
}
