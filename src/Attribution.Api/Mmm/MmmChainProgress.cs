using System.Globalization;
using Attribution.Analytics.Mmm.Sampling;

namespace Attribution.Api.Mmm;

/// <summary>Iterations done per chain, updated by the chains' samplers from their threads and read by the reporter.</summary>
internal sealed class MmmChainProgress(int chains, int iterationsPerChain)
{
    private readonly int[] _done = new int[chains];
    private readonly int[] _divergences = new int[chains];

    public int Total => chains * iterationsPerChain;

    public int Completed => Enumerable.Range(0, chains).Sum(c => Volatile.Read(ref _done[c]));

    public IProgress<SamplerProgress> For(int chain) => new Reporter(this, chain);

    public void Finish(int chain) => Volatile.Write(ref _done[chain], iterationsPerChain);

    public string Message() => string.Join("; ", Enumerable.Range(0, chains).Select(c => string.Create(CultureInfo.InvariantCulture,
        $"chain {c + 1}: {Volatile.Read(ref _done[c])}/{iterationsPerChain}{(Volatile.Read(ref _divergences[c]) > 0 ? $" ({_divergences[c]} divergent)" : "")}")));

    /// <summary>Synchronous: the sampler's thread writes the counters directly (no synchronisation context hop).</summary>
    private sealed class Reporter(MmmChainProgress owner, int chain) : IProgress<SamplerProgress>
    {
        public void Report(SamplerProgress value)
        {
            Volatile.Write(ref owner._done[chain], value.Iteration);
            Volatile.Write(ref owner._divergences[chain], value.Divergences);
        }
    }
}
