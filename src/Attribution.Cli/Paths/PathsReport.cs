using Attribution.Analytics.Journeys;

namespace Attribution.Cli.Paths;

/// <summary>The JSON of <c>attribution paths</c> (DESIGN.md section 8).</summary>
internal sealed record PathsReport(PathsTotals Totals, PathsHeuristics Heuristics, PathsMarkov Markov)
{
    public static PathsReport From(IReadOnlyList<ChannelPath> paths, int order)
    {
        var options = AttributionOptions.Default;
        IReadOnlyList<ChannelTotal> Heuristic(AttributionModel model) => PathHeuristics.Credit(paths, model, options);
        var model = MarkovAttribution.Fit(paths, order);
        var conversions = model.CreditedConversions;
        var value = model.CreditedValue;
        return new PathsReport(
            new PathsTotals(paths.Sum(p => p.Conversions), paths.Sum(p => p.Value)),
            new PathsHeuristics(
                Heuristic(AttributionModel.FirstTouch),
                Heuristic(AttributionModel.LastTouch),
                Heuristic(AttributionModel.LastNonDirect),
                Heuristic(AttributionModel.Linear),
                Heuristic(AttributionModel.PositionBased)),
            new PathsMarkov(
                model.Order,
                model.ConversionProbability,
                [.. model.RemovalEffects
                    .Select(e => new PathsMarkovChannel(e.Key, e.Value, conversions[e.Key], value[e.Key]))
                    .OrderByDescending(c => c.Conversions)
                    .ThenBy(c => c.Channel, StringComparer.Ordinal)]));
    }
}
