namespace Attribution.Analytics.Mmm;

/// <summary>
/// A <see cref="Random"/> seeded from a 64-bit seed and a stream number through the SplitMix64 finaliser, so different
/// (seed, stream) pairs give unrelated sequences; plus standard normal draws by the Box-Muller transform.
/// </summary>
/// <remarks>Steele, Lea and Flood (2014), "Fast splittable pseudorandom number generators" (SplitMix64); Box and Muller (1958).</remarks>
internal static class SeededRandom
{
    public static Random Create(ulong seed, ulong stream)
    {
        var z = seed + ((stream + 1) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return new Random((int)(z & 0x7FFFFFFF));
    }

    public static double Normal(Random random)
    {
        var u = 1 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }

    public static double Uniform(Random random, double low, double high) => low + ((high - low) * random.NextDouble());
}
