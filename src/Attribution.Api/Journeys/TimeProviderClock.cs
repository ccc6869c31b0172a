using Microsoft.Extensions.Internal;

namespace Attribution.Api.Journeys;

/// <summary>The <see cref="ISystemClock"/> a <c>MemoryCache</c> takes, reading the injected <see cref="TimeProvider"/>.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
