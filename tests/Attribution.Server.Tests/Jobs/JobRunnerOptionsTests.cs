using Attribution.Server.Jobs;
using Microsoft.Extensions.Configuration;

namespace Attribution.Server.Tests.Jobs;

public sealed class JobRunnerOptionsTests
{
    [Fact]
    public void From_NothingConfigured_UsesTheDefaults()
    {
        var options = JobRunnerOptions.From(new ConfigurationBuilder().Build());

        Assert.Equal(
            (TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), 2, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(300)),
            (options.PollInterval, options.Lease, options.Concurrency, options.RetryBase, options.RetryMax));
        Assert.Equal(TimeSpan.FromSeconds(10), options.HeartbeatInterval);
    }

    [Theory]
    [InlineData(JobRunnerSettings.LeaseSeconds, "0")]
    [InlineData(JobRunnerSettings.PollMilliseconds, "soon")]
    [InlineData(JobRunnerSettings.Concurrency, "1.5")]
    public void From_InvalidValue_ThrowsNamingTheSetting(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        var error = Assert.Throws<InvalidOperationException>(() => JobRunnerOptions.From(configuration));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(8, 256)]
    [InlineData(9, 300)]
    [InlineData(50, 300)]
    public void RetryDelay_Attempt_DoublesFromTheBaseUpToTheCap(int attempt, double seconds)
    {
        var options = JobRunnerOptions.From(new ConfigurationBuilder().Build());

        Assert.Equal(TimeSpan.FromSeconds(seconds), options.RetryDelay(attempt));
    }

    [Fact]
    public void Describe_LongMessage_KeepsTheMessageOnlyAndBoundsIt()
    {
        var message = JobExecutor.Describe(new InvalidOperationException(new string('x', 5000)));

        Assert.Equal(2000, message.Length);
        Assert.Equal("The job failed.", JobExecutor.Describe(new InvalidOperationException(" ")));
    }
}
