namespace Attribution.Api.Incrementality;

/// <summary>A page of experiments, newest first; <c>nextCursor</c> is null at the end.</summary>
public sealed record ExperimentPage(IReadOnlyList<ExperimentView> Items, string? NextCursor);
