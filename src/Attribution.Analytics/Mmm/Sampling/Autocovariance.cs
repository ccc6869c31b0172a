using MathNet.Numerics.IntegralTransforms;

namespace Attribution.Analytics.Mmm.Sampling;

/// <summary>
/// The biased autocovariance <c>acov(k) = (1/n) sum_{t=0}^{n-1-k} (y_t - ybar)(y_{t+k} - ybar)</c> for every lag, by
/// FFT: the centred series is zero-padded to a power of two of at least <c>2n</c> (so the circular correlation has
/// no wrap-around), and <c>acov = IFFT(|FFT(y - ybar)|^2) / n</c>.
/// </summary>
/// <remarks>
/// Geyer, "Practical Markov Chain Monte Carlo" (Statistical Science 7(4), 1992), on the biased estimate; Vehtari et
/// al., "Rank-normalization, folding, and localization" (Bayesian Analysis, 2021), section 3.2.
/// </remarks>
internal static class Autocovariance
{
    public static double[] Compute(double[] y)
    {
        var n = y.Length;
        var size = 1;
        while (size < 2 * n)
        {
            size <<= 1;
        }

        var mean = y.Average();
        var real = new double[size];
        var imaginary = new double[size];
        for (var t = 0; t < n; t++)
        {
            real[t] = y[t] - mean;
        }

        Fourier.Forward(real, imaginary, FourierOptions.Matlab);
        for (var k = 0; k < size; k++)
        {
            real[k] = (real[k] * real[k]) + (imaginary[k] * imaginary[k]);
            imaginary[k] = 0.0;
        }

        Fourier.Inverse(real, imaginary, FourierOptions.Matlab);
        var acov = new double[n];
        for (var k = 0; k < n; k++)
        {
            acov[k] = real[k] / n;
        }

        return acov;
    }
}
