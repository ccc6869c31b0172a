using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Analytics.Tests.Mmm.Sampling;

/// <summary>A synchronous progress sink that records every report and optionally reacts to it.</summary>
internal sealed class RecordingProgress(Action<SamplerProgress>? onReport = null) : IProgress<SamplerProgress>
{
    public List<SamplerProgress> Reports { get; } = [];

    public void Report(SamplerProgress value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
