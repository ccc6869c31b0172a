namespace Attribution.Api.Demo.Generation;

/// <summary>The daily budget multipliers of a <see cref="DemoFlighting"/> schedule.</summary>
internal static class DemoFlights
{
    public static double[] Schedule(DemoFlighting flighting, int days, DemoRandom random)
    {
        var factors = new double[days];
        switch (flighting)
        {
            case DemoFlighting.Bursts:
                Array.Fill(factors, 0.9);
                for (var t = random.Next(10, 40); t < days; t += random.Next(45, 76))
                {
                    Fill(factors, t, random.Next(10, 17), 1.6);
                }

                break;
            case DemoFlighting.Flights:
                var on = random.Chance(0.5);
                for (var t = 0; t < days; on = !on)
                {
                    var length = on ? random.Next(21, 43) : random.Next(10, 25);
                    Fill(factors, t, length, on ? 1.35 : 0.3);
                    t += length;
                }

                break;
            default:
                Array.Fill(factors, 1.0);
                break;
        }

        return factors;
    }

    private static void Fill(double[] factors, int start, int length, double value)
    {
        for (var t = start; t < Math.Min(factors.Length, start + length); t++)
        {
            factors[t] = value;
        }
    }
}
