namespace Attribution.Analytics.Mmm;

/// <summary>
/// The prior and log-Jacobian terms of <see cref="MmmLogDensity"/> (the intercept's prior is in <see cref="Evaluate"/>, the
/// effects' in the media part, since both depend on the media coordinates).
/// </summary>
public sealed partial class MmmLogDensity
{
    /// <summary>Adds the log prior and log Jacobian gradients to <paramref name="gradient"/>; returns their sum.</summary>
    private double Prior(ReadOnlySpan<double> position, Span<double> gradient)
    {
        var priors = _problem.Priors;
        var layout = _layout;
        var total = Normal(position, gradient, layout.Trend, 1, priors.TrendScale)
            + Normal(position, gradient, layout.SeasonStart, layout.SeasonCount, priors.SeasonalityScale)
            + Normal(position, gradient, layout.ControlStart, layout.ControlCount, priors.ControlScale);
        var kPrecision = 1 / (priors.HalfSaturationLogScale * priors.HalfSaturationLogScale);
        for (var c = 0; c < layout.ChannelCount; c++)
        {
            var rho = position[layout.DecayStart + c];
            var decay = Logistic(rho);
            total -= (priors.DecayAlpha * Softplus(-rho)) + (priors.DecayBeta * Softplus(rho));
            gradient[layout.DecayStart + c] += (priors.DecayAlpha * (1 - decay)) - (priors.DecayBeta * decay);
            var kappa = position[layout.HalfSaturationStart + c] - priors.HalfSaturationLogMean;
            total -= 0.5 * kappa * kappa * kPrecision;
            gradient[layout.HalfSaturationStart + c] -= kappa * kPrecision;
            var logShape = position[layout.ShapeStart + c];
            var shape = Math.Exp(logShape);
            total += (priors.ShapeAlpha * logShape) - (priors.ShapeRate * shape);
            gradient[layout.ShapeStart + c] += priors.ShapeAlpha - (priors.ShapeRate * shape);
        }

        return total + HalfNormal(position, gradient, layout.Sigma, priors.SigmaScale);
    }

    private static double Normal(ReadOnlySpan<double> position, Span<double> gradient, int start, int count, double scale)
    {
        var total = 0.0;
        var precision = 1 / (scale * scale);
        for (var i = start; i < start + count; i++)
        {
            total -= 0.5 * position[i] * position[i] * precision;
            gradient[i] -= position[i] * precision;
        }

        return total;
    }

    /// <summary>A HalfNormal(scale) prior on <c>e^x</c> with the log Jacobian <c>x</c>.</summary>
    private static double HalfNormal(ReadOnlySpan<double> position, Span<double> gradient, int index, double scale)
    {
        var value = Math.Exp(position[index]);
        var ratio2 = value * value / (scale * scale);
        gradient[index] += 1 - ratio2;
        return position[index] - (0.5 * ratio2);
    }
}
