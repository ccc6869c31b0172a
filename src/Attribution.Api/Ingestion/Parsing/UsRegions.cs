using System.Collections.Frozen;

namespace Attribution.Api.Ingestion.Parsing;

/// <summary>The 50 US state codes and DC (USPS abbreviations), the regions of geo KPIs and experiments.</summary>
internal static class UsRegions
{
    public static FrozenSet<string> All { get; } = FrozenSet.ToFrozenSet(
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
        "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
        "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    ], StringComparer.Ordinal);
}
