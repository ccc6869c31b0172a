using System.Globalization;
using System.Text.Json;

namespace Attribution.Cli.Paths;

/// <summary>
/// <c>attribution paths --input F [--separator ";"] [--order 1] [--output FILE]</c>: heuristic and exact Markov
/// attribution of a ChannelAttribution path file (see <see cref="PathsCsv"/>), JSON to stdout or <c>--output</c>, a
/// summary table on stderr, exit 2 with a one-line message on bad input.
/// </summary>
internal static class PathsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        PathsReport report;
        string? output;
        try
        {
            var options = CliArguments.Parse(args, "input", "separator", "order", "output");
            var input = options.Required("input");
            var separator = options.Optional("separator") ?? ";";
            var order = options.Integer("order", 1, 1, Analytics.Journeys.MarkovTransitions.MaxOrder);
            output = options.Optional("output");
            if (separator.Length != 1 || !char.IsAscii(separator[0]) || separator[0] is '"' or '\r' or '\n')
            {
                throw new CliInputException($"--separator must be one ASCII character other than a quote or line break, not '{separator}'");
            }

            var paths = ReadPaths(input, separator[0]);
            report = PathsReport.From(paths, order);
            WriteSummary(stderr, paths.Count, report);
        }
        catch (CliInputException e)
        {
            stderr.WriteLine($"attribution paths: {e.Message}");
            return CliApp.BadInput;
        }

        var json = JsonSerializer.Serialize(report, Json);
        CliOutput.Write(json, output, stdout);

        return 0;
    }

    private static IReadOnlyList<Analytics.Journeys.ChannelPath> ReadPaths(string input, char separator)
    {
        try
        {
            using var reader = new StreamReader(input);
            var paths = PathsCsv.Read(reader, separator);
            return paths.Count == 0 ? throw new CliInputException($"'{input}' has no paths") : paths;
        }
        catch (IOException e)
        {
            throw new CliInputException($"cannot read '{input}': {e.Message}");
        }
        catch (CsvHelper.CsvFormatException e)
        {
            throw new CliInputException($"'{input}' is not valid CSV: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliInputException($"cannot read '{input}': {e.Message}");
        }
    }

    private static void WriteSummary(TextWriter stderr, int paths, PathsReport report)
    {
        var c = CultureInfo.InvariantCulture;
        stderr.WriteLine(string.Format(c, "{0} distinct paths, {1:N2} conversions, value {2:N2}; Markov order {3}, P(conversion) = {4:F4}", paths, report.Totals.Conversions, report.Totals.Value, report.Markov.Order, report.Markov.ConversionProbability));
        stderr.WriteLine(string.Format(c, "{0,-24} {1,8} {2,12} {3,12} {4,12} {5,12}", "channel", "removal", "markov", "last touch", "first touch", "linear"));
        var last = report.Heuristics.LastTouch.ToDictionary(t => t.Channel, t => t.Conversions);
        var first = report.Heuristics.FirstTouch.ToDictionary(t => t.Channel, t => t.Conversions);
        var linear = report.Heuristics.Linear.ToDictionary(t => t.Channel, t => t.Conversions);
        foreach (var channel in report.Markov.Channels)
        {
            stderr.WriteLine(string.Format(c, "{0,-24} {1,8:F4} {2,12:N2} {3,12:N2} {4,12:N2} {5,12:N2}", channel.Channel, channel.RemovalEffect, channel.Conversions, last.GetValueOrDefault(channel.Channel), first.GetValueOrDefault(channel.Channel), linear.GetValueOrDefault(channel.Channel)));
        }
    }
}
