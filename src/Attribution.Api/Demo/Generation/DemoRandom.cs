namespace Attribution.Api.Demo.Generation;

/// <summary>
/// The demo generator's own pseudo-random generator: xoshiro256** seeded through SplitMix64, with uniform,
/// normal (Box-Muller), log-normal and Poisson draws. Own code, so a seed gives the same numbers on every runtime version.
/// </summary>
/// <remarks>
/// xoshiro256** and SplitMix64: Blackman and Vigna, "Scrambled linear pseudorandom number generators" (2021), prng.di.unimi.it.
/// Poisson: Knuth's multiplication method below 30, else Hörmann's PTRS transformed rejection
/// ("The transformed rejection method for generating Poisson random variables", 1993).
/// </remarks>
public sealed class DemoRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public DemoRandom(long seed, ulong stream = 0)
    {
        var state = unchecked((ulong)seed ^ (stream * 0xD1B54A32D192ED03UL));
        _s0 = SplitMix(ref state);
        _s1 = SplitMix(ref state);
        _s2 = SplitMix(ref state);
        _s3 = SplitMix(ref state);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer on [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    /// <summary>Uniform integer on [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal (Box-Muller, one of the pair).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A log-normal factor with mean 1: <c>exp(sigma z - sigma^2 / 2)</c>.</summary>
    public double NextMeanOneFactor(double sigma) => Math.Exp((sigma * NextNormal()) - (sigma * sigma / 2));

    /// <summary>Exponential with the given mean.</summary>
    public double NextExponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    public int NextPoisson(double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        return lambda < 30 ? Knuth(lambda) : Ptrs(lambda);
    }

    private int Knuth(double lambda)
    {
        var limit = Math.Exp(-lambda);
        var product = NextDouble();
        var k = 0;
        while (product > limit)
        {
            k++;
            product *= NextDouble();
        }

        return k;
    }

    private int Ptrs(double lambda)
    {
        var slam = Math.Sqrt(lambda);
        var logLambda = Math.Log(lambda);
        var b = 0.931 + (2.53 * slam);
        var a = -0.059 + (0.02483 * b);
        var invAlpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invAlpha) - Math.Log((a / (us * us)) + b) <= -lambda + (k * logLambda) - LogFactorial(k))
            {
                return (int)k;
            }
        }
    }

    /// <summary>ln(k!) exactly below 10, else Stirling's series.</summary>
    private static double LogFactorial(double k)
    {
        if (k < 10)
        {
            var f = 1.0;
            for (var i = 2; i <= k; i++)
            {
                f *= i;
            }

            return Math.Log(f);
        }

        return (k * Math.Log(k)) - k + (0.5 * Math.Log(2 * Math.PI * k)) + (1 / (12 * k)) - (1 / (360 * k * k * k));
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
