using System.Globalization;
using Attribution.Analytics.Mmm;
using CsvHelper;

namespace Attribution.Cli.Mmm;

/// <summary>
/// Reads an MMM table: one row per period with a date column (<c>yyyy-MM-dd</c>, ascending, equally spaced: 7 days =
/// weekly, 1 day = daily), the target, the spend columns and optional control columns (comma-separated CSV with a
/// header; names case-sensitive). An empty, non-numeric, NaN or infinite cell is bad input naming its line and column;
/// so is negative spend. The engine's own validation (too few periods, constant or all-zero spend) follows.
/// </summary>
internal static class MmmCsv
{
    public static MmmDataset Read(TextReader input, string dateColumn, string targetColumn, IReadOnlyList<string> spend, IReadOnlyList<string> controls)
    {
        var options = new CsvReaderOptions { HasHeader = true, TrackLineNumbers = true };
        using var csv = CsvReader.Create(input, options, leaveOpen: true);
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        var wanted = new[] { dateColumn, targetColumn }.Concat(spend).Concat(controls).ToList();
        var missing = wanted.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new CliInputException($"missing column(s) {string.Join(", ", missing)} (found: {string.Join(", ", header)})");
        }

        var periods = new List<DateOnly>();
        var (target, spendRows, controlRows) = (new List<double>(), new List<double[]>(), new List<double[]>());
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var dateText = csv.GetString(header.IndexOf(dateColumn)).Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new CliInputException($"line {line}: {dateColumn} '{dateText}' is not a date (yyyy-MM-dd)");
            }

            periods.Add(date);
            target.Add(Number(csv, header.IndexOf(targetColumn), targetColumn, line, allowNegative: false));
            spendRows.Add([.. spend.Select(c => Number(csv, header.IndexOf(c), c, line, allowNegative: false))]);
            controlRows.Add([.. controls.Select(c => Number(csv, header.IndexOf(c), c, line, allowNegative: true))]);
        }

        if (periods.Count < 2)
        {
            throw new CliInputException($"the input has {periods.Count} data row(s); a model needs at least a year of periods");
        }

        var step = periods[1].DayNumber - periods[0].DayNumber;
        var granularity = step switch
        {
            7 => MmmGranularity.Weekly,
            1 => MmmGranularity.Daily,
            _ => throw new CliInputException($"the dates must be 7 days (weekly) or 1 day (daily) apart; the first two are {step} days apart"),
        };
        return new MmmDataset(periods, [.. spend], [.. spendRows], [.. target], [.. controls], [.. controlRows], granularity);
    }

    private static double Number(CsvReader csv, int column, string name, int line, bool allowNegative)
    {
        var text = csv.GetString(column).Trim();
        if (text.Length == 0)
        {
            throw new CliInputException($"line {line}: {name} is empty");
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new CliInputException($"line {line}: {name} '{text}' is not a finite number");
        }

        return !allowNegative && value < 0 ? throw new CliInputException($"line {line}: {name} must not be negative ({text})") : value;
    }
}
