namespace Attribution.Analytics.Incrementality;

/// <summary>Validated split of a <see cref="SyntheticControlRequest"/> into treated and donor rows (periods 0..end).</summary>
internal sealed record GeoDesignMatrix(double[][] TreatedRows, double[][] DonorRows, string[] DonorNames)
{
    public static GeoDesignMatrix From(SyntheticControlRequest request)
    {
        var panel = request.Panel;
        if (request.TreatmentStart < 2 || request.TreatmentEnd < request.TreatmentStart
            || request.TreatmentEnd >= panel.PeriodCount)
        {
            throw new ArgumentException("Need at least 2 pre periods and a treatment window inside the panel.", nameof(request));
        }

        if (panel.Series.Count != panel.Locations.Count || panel.Series.Any(s => s.Count != panel.PeriodCount))
        {
            throw new ArgumentException("The panel must be balanced: one series per location, all the same length.", nameof(request));
        }

        var test = new HashSet<string>(request.TestLocations, StringComparer.OrdinalIgnoreCase);
        var unknown = test.Where(t => !panel.Locations.Contains(t, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (test.Count == 0 || unknown.Length > 0)
        {
            throw new ArgumentException($"Unknown or missing test locations: {string.Join(", ", unknown)}", nameof(request));
        }

        var length = request.TreatmentEnd + 1;
        double[] Row(int i) => panel.Series[i].Take(length).ToArray();
        var indices = Enumerable.Range(0, panel.Locations.Count).ToArray();
        var treated = indices.Where(i => test.Contains(panel.Locations[i])).Select(Row).ToArray();
        var donors = indices.Where(i => !test.Contains(panel.Locations[i])).ToArray();
        if (donors.Length == 0)
        {
            throw new ArgumentException("At least one donor location is required.", nameof(request));
        }

        return new GeoDesignMatrix(treated, donors.Select(Row).ToArray(), donors.Select(i => panel.Locations[i]).ToArray());
    }
}
