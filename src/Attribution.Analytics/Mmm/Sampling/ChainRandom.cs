using System.Numerics;

namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// The random stream of one chain: xoshiro256** seeded from <c>seed</c> by SplitMix64, then advanced by
/// <c>chain</c> jumps of <c>2^128</c> steps, so chains of one seed draw from non-overlapping sub-sequences. Uniforms are
/// <c>(x &gt;&gt; 11) 2^-53</c>; standard normals come from Marsaglia's polar method. The same (seed, chain) always
/// gives the same sequence.
/// </summary>
/// <remarks>
/// Blackman and Vigna, "Scrambled linear pseudorandom number generators" (ACM TOMS, 2021); Steele, Lea and Flood,
/// "Fast splittable pseudorandom number generators" (OOPSLA 2014) for SplitMix64; Marsaglia and Bray, "A convenient
/// method for generating normal variables" (SIAM Review, 1964).
/// </remarks>
internal sealed class ChainRandom
{
    private static readonly ulong[] Jump = [0x180ec6d33cfd0abaUL, 0xd5a61266f0c9392cUL, 0xa9582618e03fc9aaUL, 0x39abdc4529b1661cUL];

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareNormal;
    private bool _hasSpare;

    public ChainRandom(ulong seed, int chain)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chain);
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
        for (var i = 0; i < chain; i++)
        {
            JumpAhead();
        }
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextUniform() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal by the polar method (the second value of each pair is kept for the next call).</summary>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }

        double u, v, s;
        do
        {
            u = (2.0 * NextUniform()) - 1.0;
            v = (2.0 * NextUniform()) - 1.0;
            s = (u * u) + (v * v);
        }
        while (s >= 1.0 || s == 0.0);

        var factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9e3779b97f4a7c15UL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }

    private void JumpAhead()
    {
        ulong s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        foreach (var word in Jump)
        {
            for (var bit = 0; bit < 64; bit++)
            {
                if ((word & (1UL << bit)) != 0)
                {
                    s0 ^= _s0;
                    s1 ^= _s1;
                    s2 ^= _s2;
                    s3 ^= _s3;
                }

                NextUInt64();
            }
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }
}
