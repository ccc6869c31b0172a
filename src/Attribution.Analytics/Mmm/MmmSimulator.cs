namespace Attribution.Analytics.Mmm;

/// <summary>
/// Seeded MMM data with known truth, generated from the model's own form: baseline
/// <c>b_t = 10000 (1 + 0.2 t / (T - 1) + 0.08 sin(2 pi d / 365.25) + 0.04 cos(4 pi d / 365.25))</c> (d the day number),
/// spend per channel at a typical level U(1000, 5000) per period times a pattern (channels 1, 4, 7, ... always on,
/// 2, 5, 8, ... in campaign bursts, 3, 6, 9, ... pulsed; see <see cref="Pattern"/>), per channel decay U(0.1, 0.6), half
/// saturation U(0.6, 1.6) times the mean non-zero spend, shape U(0.8, 1.8), beta U(0.05, 0.25) times the baseline level, binary events (3 periods each) with
/// effects U(0.05, 0.2) times the level, and Normal noise of <see cref="MmmSimulationSpec.NoiseShare"/> times the level:
/// <c>y_t = b_t + sum_c beta_c hill(adstock(x_c)_t; k_c, s_c) + sum_j e_j z_jt + noise</c>.
/// </summary>
/// <remarks>
/// The media response is that of Jin, Wang, Sun, Chan and Koehler (2017), "Bayesian Methods for Media Mix Modeling with
/// Carryover and Shape Effects" (Google), whose section 4 validates the model the same way, on data simulated from it.
/// </remarks>
public static class MmmSimulator
{
    private const double Level = 10_000;

    public static MmmSimulation Simulate(MmmSimulationSpec spec, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Periods, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Channels, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(spec.Events);
        ArgumentOutOfRangeException.ThrowIfNegative(spec.NoiseShare);
        var random = SeededRandom.Create(seed, 0xD47A);
        var daily = spec.Granularity == MmmGranularity.Daily;
        var start = spec.Start ?? new DateOnly(2022, 1, 3);
        var count = spec.Periods;
        var periods = Enumerable.Range(0, count).Select(t => start.AddDays(t * (daily ? 1 : 7))).ToArray();
        var lag = spec.AdstockMaxLag ?? (daily ? 28 : 8);
        var target = new double[count];
        var baseline = 0.0;
        for (var t = 0; t < count; t++)
        {
            var angle = 2 * Math.PI * periods[t].DayNumber / 365.25;
            target[t] = Level * (1 + (0.2 * t / (count - 1)) + (0.08 * Math.Sin(angle)) + (0.04 * Math.Cos(2 * angle)));
            baseline += target[t];
        }

        var spend = Enumerable.Range(0, count).Select(_ => new double[spec.Channels]).ToArray();
        var truth = new MmmSimulatedChannel[spec.Channels];
        for (var c = 0; c < spec.Channels; c++)
        {
            truth[c] = Channel(random, c, spend, target, lag);
        }

        var controls = Enumerable.Range(0, count).Select(_ => new double[spec.Events]).ToArray();
        for (var j = 0; j < spec.Events; j++)
        {
            var effect = Level * SeededRandom.Uniform(random, 0.05, 0.2);
            for (var e = 0; e < 3; e++)
            {
                var t = random.Next(count);
                if (controls[t][j] == 0)
                {
                    controls[t][j] = 1;
                    target[t] += effect;
                    baseline += effect;
                }
            }
        }

        for (var t = 0; t < count; t++)
        {
            target[t] = Math.Max(0, target[t] + (spec.NoiseShare * Level * SeededRandom.Normal(random)));
        }

        var names = truth.Select(c => c.Channel).ToArray();
        var events = Enumerable.Range(1, spec.Events).Select(j => $"event_{j}").ToArray();
        return new MmmSimulation(new MmmDataset(periods, names, spend, target, events, controls, spec.Granularity), truth, baseline);
    }

    private static MmmSimulatedChannel Channel(Random random, int c, double[][] spend, double[] target, int lag)
    {
        var count = target.Length;
        var typical = SeededRandom.Uniform(random, 1000, 5000);
        var x = Pattern(random, c % 3, count);
        for (var t = 0; t < count; t++)
        {
            x[t] *= typical;
            spend[t][c] = x[t];
        }

        var scale = x.Where(v => v > 0).Average();
        var decay = SeededRandom.Uniform(random, 0.1, 0.6);
        var k = scale * SeededRandom.Uniform(random, 0.6, 1.6);
        var shape = SeededRandom.Uniform(random, 0.8, 1.8);
        var beta = Level * SeededRandom.Uniform(random, 0.05, 0.25);
        var weights = new double[lag];
        GeometricAdstock.Weights(decay, weights);
        var adstock = new double[count];
        GeometricAdstock.Apply(x, weights, adstock);
        double contribution = 0, raised = 0;
        for (var t = 0; t < count; t++)
        {
            var response = beta * HillSaturation.Evaluate(adstock[t], k, shape);
            target[t] += response;
            contribution += response;
            raised += beta * HillSaturation.Evaluate(1.01 * adstock[t], k, shape);
        }

        var total = x.Sum();
        return new MmmSimulatedChannel($"channel_{c + 1}", beta, decay, k, shape, total, contribution, contribution / total, (raised - contribution) / (0.01 * total));
    }

    /// <summary>
    /// Relative spend per period: always on (<paramref name="kind"/> 0, LogNormal(0, 0.5) around a slow yearly swing of
    /// +-30%), campaign bursts (1: on for 4-10 periods, off for 2-6), or pulsed (2: on in a random half of the periods).
    /// </summary>
    private static double[] Pattern(Random random, int kind, int count)
    {
        var x = new double[count];
        var phase = SeededRandom.Uniform(random, 0, 2 * Math.PI);
        var on = true;
        var left = random.Next(4, 11);
        for (var t = 0; t < count; t++)
        {
            var noise = Math.Exp(0.5 * SeededRandom.Normal(random));
            x[t] = kind switch
            {
                0 => noise * (1 + (0.3 * Math.Sin(phase + (2 * Math.PI * t / 52.0)))),
                1 => on ? noise : 0,
                _ => t == 0 || random.NextDouble() < 0.5 ? noise : 0,
            };
            if (kind == 1 && --left == 0)
            {
                on = !on;
                left = on ? random.Next(4, 11) : random.Next(2, 7);
            }
        }

        return x;
    }
}
