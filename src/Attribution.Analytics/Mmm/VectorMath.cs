using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Attribution.Analytics.Mmm;

/// <summary>SIMD helpers for the density's hot loops (256-bit lanes when available, scalar tail).</summary>
internal static class VectorMath
{
    /// <summary><c>sum_i a_i b_i</c>.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        var sum = 0.0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<double>.Count)
        {
            ref var ra = ref MemoryMarshal.GetReference(a);
            ref var rb = ref MemoryMarshal.GetReference(b);
            var acc = Vector256<double>.Zero;
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                acc += Vector256.LoadUnsafe(ref ra, (nuint)i) * Vector256.LoadUnsafe(ref rb, (nuint)i);
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary><c>target_i += factor * (values_i - shift)</c>.</summary>
    public static void AddScaledShifted(Span<double> target, ReadOnlySpan<double> values, double factor, double shift)
    {
        var n = Math.Min(target.Length, values.Length);
        var i = 0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<double>.Count)
        {
            ref var rt = ref MemoryMarshal.GetReference(target);
            ref var rv = ref MemoryMarshal.GetReference(values);
            var f = Vector256.Create(factor);
            var s = Vector256.Create(shift);
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                (Vector256.LoadUnsafe(ref rt, (nuint)i) + (f * (Vector256.LoadUnsafe(ref rv, (nuint)i) - s))).StoreUnsafe(ref rt, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            target[i] += factor * (values[i] - shift);
        }
    }

    /// <summary><c>sum_i (values_i - mean)^2</c>.</summary>
    public static double SquaredDeviations(ReadOnlySpan<double> values, double mean)
    {
        var n = values.Length;
        var i = 0;
        var sum = 0.0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<double>.Count)
        {
            ref var rv = ref MemoryMarshal.GetReference(values);
            var m = Vector256.Create(mean);
            var acc = Vector256<double>.Zero;
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var d = Vector256.LoadUnsafe(ref rv, (nuint)i) - m;
                acc += d * d;
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < n; i++)
        {
            sum += (values[i] - mean) * (values[i] - mean);
        }

        return sum;
    }
}
