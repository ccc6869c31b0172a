namespace Attribution.Api.Demo.Generation;

/// <summary>The 50 states and DC with their resident population (thousands), the weights regions are drawn by.</summary>
/// <remarks>Populations: U.S. Census Bureau, 2020 Census resident population (apportionment release, April 2021), rounded to thousands.</remarks>
public static class UsStates
{
    public static IReadOnlyList<(string Code, int Thousands)> Population { get; } =
    [
        ("CA", 39538), ("TX", 29146), ("FL", 21538), ("NY", 20201), ("PA", 13003), ("IL", 12813), ("OH", 11799),
        ("GA", 10712), ("NC", 10439), ("MI", 10077), ("NJ", 9289), ("VA", 8631), ("WA", 7705), ("AZ", 7152),
        ("MA", 7030), ("TN", 6911), ("IN", 6786), ("MD", 6177), ("MO", 6154), ("WI", 5894), ("CO", 5774),
        ("MN", 5706), ("SC", 5119), ("AL", 5024), ("LA", 4658), ("KY", 4506), ("OR", 4237), ("OK", 3959),
        ("CT", 3606), ("UT", 3272), ("IA", 3190), ("NV", 3105), ("AR", 3012), ("MS", 2961), ("KS", 2938),
        ("NM", 2118), ("NE", 1962), ("ID", 1839), ("WV", 1794), ("HI", 1455), ("NH", 1378), ("ME", 1362),
        ("RI", 1097), ("MT", 1084), ("DE", 990), ("SD", 887), ("ND", 779), ("AK", 733), ("DC", 690),
        ("VT", 643), ("WY", 577),
    ];

    public static IReadOnlyList<string> Codes { get; } = [.. Population.Select(p => p.Code)];

    /// <summary>Large and mid-sized states (2-7% of the population each) the geo experiment draws its test states from.</summary>
    public static IReadOnlyList<string> ExperimentCandidates { get; } =
        ["FL", "NY", "PA", "IL", "OH", "GA", "NC", "MI", "NJ", "VA", "WA", "AZ", "MA", "TN"];

    /// <summary>Population share of each state, in <see cref="Codes"/> order.</summary>
    public static IReadOnlyList<double> Shares { get; } = ComputeShares();

    private static double[] ComputeShares()
    {
        double total = Population.Sum(p => p.Thousands);
        return [.. Population.Select(p => p.Thousands / total)];
    }
}
