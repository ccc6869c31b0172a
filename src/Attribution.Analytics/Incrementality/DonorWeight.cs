namespace Attribution.Analytics.Incrementality;

/// <summary>One donor location and its synthetic-control weight (weights are non-negative and sum to 1).</summary>
public sealed record DonorWeight(string Location, double Weight);
