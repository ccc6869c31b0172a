using Attribution.Analytics.Journeys;
using Attribution.Api.Journeys;

namespace Attribution.Api.Tests.Journeys;

public sealed class JourneyModelCacheTests
{
    private static readonly JourneyModelKey Key = new(Guid.NewGuid(), "30d", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), 1);
    private static readonly JourneyDataVersion Version = new(10, 100, 5, 50);

    [Fact]
    public async Task GetAsync_SameKeyAndVersion_FitsOnce()
    {
        var (cache, fits) = (new JourneyModelCache(new ManualClock()), 0);

        var first = await cache.GetAsync(Key, Version, () => Fit(ref fits), CancellationToken.None);
        var second = await cache.GetAsync(Key, Version, () => Fit(ref fits), CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(1, fits);
        Assert.Equal(1, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_NewVersion_Refits()
    {
        var (cache, fits) = (new JourneyModelCache(new ManualClock()), 0);

        var first = await cache.GetAsync(Key, Version, () => Fit(ref fits), CancellationToken.None);
        var second = await cache.GetAsync(Key, Version with { MaxTouchpointId = 11 }, () => Fit(ref fits), CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal(2, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_OtherKey_FitsSeparately()
    {
        var cache = new JourneyModelCache(new ManualClock());
        var fits = 0;

        await cache.GetAsync(Key, Version, () => Fit(ref fits), CancellationToken.None);
        await cache.GetAsync(Key with { Window = "7d" }, Version, () => Fit(ref fits), CancellationToken.None);
        await cache.GetAsync(Key with { TenantId = Guid.NewGuid() }, Version, () => Fit(ref fits), CancellationToken.None);

        Assert.Equal(3, cache.Fits);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public async Task GetAsync_ConcurrentFirstRequests_ShareOneFit()
    {
        var cache = new JourneyModelCache(new ManualClock());
        var gate = new TaskCompletionSource<MarkovModel>(TaskCreationOptions.RunContinuationsAsynchronously);

        var waiting = Enumerable.Range(0, 16).Select(_ => cache.GetAsync(Key, Version, () => gate.Task, CancellationToken.None)).ToList();
        gate.SetResult(Model());
        var models = await Task.WhenAll(waiting);

        Assert.Equal(1, cache.Fits);
        Assert.All(models, m => Assert.Same(models[0], m));
    }

    [Fact]
    public async Task GetAsync_FailedFit_IsForgottenAndRetried()
    {
        var cache = new JourneyModelCache(new ManualClock());

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync(Key, Version, () => throw new InvalidOperationException("db down"), CancellationToken.None));
        var model = await cache.GetAsync(Key, Version, () => Task.FromResult(Model()), CancellationToken.None);

        Assert.NotNull(model);
        Assert.Equal(2, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_WaiterCancelled_FitContinuesForOthers()
    {
        var cache = new JourneyModelCache(new ManualClock());
        var gate = new TaskCompletionSource<MarkovModel>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();

        var cancelled = cache.GetAsync(Key, Version, () => gate.Task, cancel.Token);
        var other = cache.GetAsync(Key, Version, () => gate.Task, CancellationToken.None);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        gate.SetResult(Model());

        Assert.NotNull(await other);
        Assert.Equal(1, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_OlderThanMaxAge_Refits()
    {
        var clock = new ManualClock();
        var cache = new JourneyModelCache(clock);
        var fits = 0;

        await cache.GetAsync(Key, Version, () => Fit(ref fits), CancellationToken.None);
        clock.Advance(JourneyModelCache.MaxAge - TimeSpan.FromSeconds(1));
        await cache.GetAsync(Key, Version, () => Fit(ref fits), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        await cache.GetAsync(Key, Version, () => Fit(ref fits), CancellationToken.None);

        Assert.Equal(2, cache.Fits);
    }

    [Fact]
    public async Task GetAsync_BeyondCapacity_DropsTheLeastRecentlyUsed()
    {
        var clock = new ManualClock();
        var cache = new JourneyModelCache(clock);
        var fits = 0;
        for (var i = 0; i < JourneyModelCache.Capacity; i++)
        {
            await cache.GetAsync(Key with { Order = i + 1 }, Version, () => Fit(ref fits), CancellationToken.None);
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        await cache.GetAsync(Key with { Order = 1 }, Version, () => Fit(ref fits), CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await cache.GetAsync(Key with { Order = 0 }, Version, () => Fit(ref fits), CancellationToken.None);
        await cache.GetAsync(Key with { Order = 1 }, Version, () => Fit(ref fits), CancellationToken.None);
        await cache.GetAsync(Key with { Order = 2 }, Version, () => Fit(ref fits), CancellationToken.None);

        Assert.Equal(JourneyModelCache.Capacity, cache.Count);
        Assert.Equal(JourneyModelCache.Capacity + 2, cache.Fits);
    }

    private static Task<MarkovModel> Fit(ref int fits)
    {
        fits++;
        return Task.FromResult(Model());
    }

    private static MarkovModel Model() => new(1, 0.25, new Dictionary<string, double> { ["email"] = 0.5 });

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
