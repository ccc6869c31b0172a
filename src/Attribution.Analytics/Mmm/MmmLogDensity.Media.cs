namespace Attribution.Analytics.Mmm;

/// <summary>The media part of <see cref="MmmLogDensity"/>: standardised relative responses, their sum and their gradient.</summary>
public sealed partial class MmmLogDensity
{
    private const int Slopes = 3;

    /// <summary>
    /// Sets <c>_mean</c> to <c>sum_c effect_c (H_ct - mean H_c)</c>, keeps <c>H</c>, its per-period derivatives with
    /// respect to (kappa, varsigma, rho) and the channel statistics, and returns the intercept
    /// <c>level - sum_c effect_c mean H_c</c>; <paramref name="prior"/> receives the effects' log prior with Jacobian.
    /// </summary>
    private double Media(ReadOnlySpan<double> position, out double prior)
    {
        var periods = _problem.Periods;
        var intercept = position[_layout.Intercept];
        var effectScale = EffectScale;
        prior = 0;
        Array.Clear(_mean);
        for (var c = 0; c < _layout.ChannelCount; c++)
        {
            var average = Relative(position, c);
            var relative = _relative.AsSpan(c * periods, periods);
            var squares = VectorMath.SquaredDeviations(relative, average);
            var kappa = Centred(relative, _kappaSlope.AsSpan(c * periods, periods), c, 0, average);
            var shape = Centred(relative, _shapeSlope.AsSpan(c * periods, periods), c, 1, average);
            var decay = Centred(relative, _decaySlope.AsSpan(c * periods, periods), c, 2, average);
            var spread = Math.Sqrt(squares / periods);
            var effect = Math.Exp(position[_layout.EffectStart + c]) / spread;
            _effect[c] = effect;
            _spread[c] = spread;
            _average[c] = average;
            _spreadSlope[(c * Slopes) + 0] = kappa / periods / spread;
            _spreadSlope[(c * Slopes) + 1] = shape / periods / spread;
            _spreadSlope[(c * Slopes) + 2] = decay / periods / spread;
            intercept -= effect * average;
            prior += Math.Log(effect) - (0.5 * effect * effect / (effectScale * effectScale));
            VectorMath.AddScaledShifted(_mean, relative, effect, average);
        }

        return intercept;
    }

    /// <summary><c>sum_t (H_t - mean H) slope_t = sum_t H_t slope_t - mean H sum_t slope_t</c>.</summary>
    private double Centred(ReadOnlySpan<double> relative, ReadOnlySpan<double> slope, int c, int p, double average) =>
        VectorMath.Dot(relative, slope) - (average * _meanSlope[(c * Slopes) + p] * relative.Length);

    /// <summary>
    /// Fills <c>H(u_t)</c> of channel <paramref name="c"/> and its derivatives with respect to the sampler's kappa,
    /// varsigma and rho, and the mean slopes; returns <c>mean_t H(u_t)</c>.
    /// </summary>
    private double Relative(ReadOnlySpan<double> position, int c)
    {
        var periods = _problem.Periods;
        var decay = Logistic(position[_layout.DecayStart + c]);
        var kappa = position[_layout.HalfSaturationStart + c];
        var shape = Math.Exp(position[_layout.ShapeStart + c]);
        var hillAtOne = Logistic(-shape * kappa);
        var factor = Math.Exp(Softplus(shape * kappa));
        var decayFactor = decay * (1 - decay);
        GeometricAdstock.Apply(_problem.SpendOf(c), decay, _problem.AdstockMaxLag, _adstock, _adstockDerivative);
        var offset = c * periods;
        double sum = 0, kappaSum = 0, shapeSum = 0, decaySum = 0;
        for (var t = 0; t < periods; t++)
        {
            var u = _adstock[t];
            var i = offset + t;
            if (u > 0)
            {
                var logRatio = Math.Log(u) - kappa;
                var hill = HillSaturation.EvaluateLog(logRatio, shape, out var slope);
                var relative = factor * hill;
                var kappaSlope = shape * relative * (hill - hillAtOne);
                var shapeSlope = shape * ((relative * kappa * (1 - hillAtOne)) + (factor * slope * logRatio));
                var decaySlope = decayFactor * shape * factor * slope * _adstockDerivative[t] / u;
                _relative[i] = relative;
                _kappaSlope[i] = kappaSlope;
                _shapeSlope[i] = shapeSlope;
                _decaySlope[i] = decaySlope;
                sum += relative;
                kappaSum += kappaSlope;
                shapeSum += shapeSlope;
                decaySum += decaySlope;
            }
            else
            {
                _relative[i] = 0;
                _kappaSlope[i] = 0;
                _shapeSlope[i] = 0;
                _decaySlope[i] = 0;
            }
        }

        _meanSlope[(c * Slopes) + 0] = kappaSum / periods;
        _meanSlope[(c * Slopes) + 1] = shapeSum / periods;
        _meanSlope[(c * Slopes) + 2] = decaySum / periods;
        return sum / periods;
    }

    /// <summary>
    /// With <c>_mean</c> holding <c>g_t</c>, <paramref name="sum"/> = <c>G</c> and <paramref name="interceptSlope"/> =
    /// <c>p_mu</c>: the gradient of the likelihood, the intercept prior and the effects' prior in the media coordinates.
    /// </summary>
    private void MediaGradient(Span<double> gradient, double sum, double interceptSlope)
    {
        var periods = _problem.Periods;
        var g = _mean;
        var effectPrecision = 1 / (EffectScale * EffectScale);
        for (var c = 0; c < _layout.ChannelCount; c++)
        {
            var offset = c * periods;
            var relative = VectorMath.Dot(g, _relative.AsSpan(offset, periods));
            var kappa = VectorMath.Dot(g, _kappaSlope.AsSpan(offset, periods));
            var shape = VectorMath.Dot(g, _shapeSlope.AsSpan(offset, periods));
            var decay = VectorMath.Dot(g, _decaySlope.AsSpan(offset, periods));

            var effect = _effect[c];
            var average = _average[c];
            var centred = relative - (sum * average);
            var priorSlope = 1 - (effect * effect * effectPrecision);
            gradient[_layout.EffectStart + c] = (effect * centred) - (interceptSlope * effect * average) + priorSlope;
            gradient[_layout.HalfSaturationStart + c] = Coordinate(c, 0, kappa);
            gradient[_layout.ShapeStart + c] = Coordinate(c, 1, shape);
            gradient[_layout.DecayStart + c] = Coordinate(c, 2, decay);

            double Coordinate(int channel, int p, double weighted)
            {
                var meanSlope = _meanSlope[(channel * Slopes) + p];
                var logSpreadSlope = _spreadSlope[(channel * Slopes) + p] / _spread[channel];
                return (effect * (weighted - (sum * meanSlope))) - (effect * centred * logSpreadSlope)
                    - (interceptSlope * effect * (meanSlope - (average * logSpreadSlope))) - (priorSlope * logSpreadSlope);
            }
        }
    }
}
