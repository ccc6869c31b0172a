namespace Attribution.Analytics.Mmm;

/// <summary>
/// Checks an <see cref="MmmDataset"/> before fitting and throws <see cref="MmmInputException"/> naming the field:
/// fewer periods than <see cref="MmmOptions.MinimumPeriodsFor"/> or than the adstock window, periods that are not
/// consecutive weeks (7 days apart) or days, missing or duplicate channel or control names, rows of the wrong length,
/// NaN, infinite or negative spend or target, a channel whose spend is all zero or constant (it cannot be told apart
/// from the intercept), a constant target, and non-finite or constant controls.
/// </summary>
public static class MmmDatasetValidator
{
    public static void Validate(MmmDataset dataset, MmmOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Check(Enum.IsDefined(dataset.Granularity), "granularity", "The granularity must be weekly or daily.");
        var periods = CheckPeriods(dataset, options);
        var channels = CheckNames(dataset.Channels, "channels", "channel");
        Check(channels > 0, "channels", "At least one channel is needed.");
        CheckTable(dataset.Spend, periods, channels, "spend");
        for (var c = 0; c < channels; c++)
        {
            var name = dataset.Channels[c];
            for (var t = 0; t < periods; t++)
            {
                var value = dataset.Spend[t][c];
                Check(double.IsFinite(value) && value >= 0, "spend", $"The spend of channel '{name}' in period {dataset.Periods[t]:yyyy-MM-dd} is {value}; it must be a finite non-negative number.");
            }

            Check(dataset.Spend.Any(row => row[c] > 0), "spend", $"The spend of channel '{name}' is zero in every period.");
            Check(!IsConstant(dataset.Spend, c), "spend", $"The spend of channel '{name}' is the same in every period; its effect cannot be told apart from the baseline.");
        }

        Check(dataset.Target is not null && dataset.Target.Length == periods, "target", $"The target needs one value per period ({periods}).");
        for (var t = 0; t < periods; t++)
        {
            var value = dataset.Target![t];
            Check(double.IsFinite(value) && value >= 0, "target", $"The target in period {dataset.Periods[t]:yyyy-MM-dd} is {value}; it must be a finite non-negative number.");
        }

        Check(dataset.Target!.Any(v => v != dataset.Target![0]), "target", "The target is the same in every period; there is nothing to explain.");
        CheckControls(dataset, periods);
    }

    private static int CheckPeriods(MmmDataset dataset, MmmOptions options)
    {
        Check(dataset.Periods is not null, "periods", "The periods are missing.");
        var count = dataset.Periods!.Count;
        var minimum = options.MinimumPeriodsFor(dataset.Granularity);
        var unit = dataset.Granularity == MmmGranularity.Daily ? "days" : "weeks";
        Check(count >= minimum, "periods", $"At least {minimum} {unit} are needed; the dataset has {count}.");
        var lag = options.AdstockMaxLagFor(dataset.Granularity);
        Check(count > lag, "periods", $"The dataset needs more periods than the adstock window ({lag}); it has {count}.");
        var step = dataset.Granularity == MmmGranularity.Daily ? 1 : 7;
        for (var t = 1; t < count; t++)
        {
            Check(dataset.Periods[t].DayNumber - dataset.Periods[t - 1].DayNumber == step, "periods",
                $"The periods must be consecutive {unit}: {dataset.Periods[t]:yyyy-MM-dd} does not follow {dataset.Periods[t - 1]:yyyy-MM-dd} by {step} day(s).");
        }

        return count;
    }

    private static int CheckNames(IReadOnlyList<string>? names, string field, string what)
    {
        Check(names is not null, field, $"The {what} names are missing.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names!)
        {
            Check(!string.IsNullOrWhiteSpace(name), field, $"A {what} name is empty.");
            Check(seen.Add(name), field, $"The {what} name '{name}' appears more than once.");
        }

        return names.Count;
    }

    private static void CheckTable(double[][]? table, int periods, int columns, string field)
    {
        Check(table is not null && table.Length == periods, field, $"The {field} table needs one row per period ({periods}).");
        for (var t = 0; t < periods; t++)
        {
            Check(table![t] is not null && table[t].Length == columns, field, $"Row {t} of the {field} table needs {columns} value(s), one per name.");
        }
    }

    private static void CheckControls(MmmDataset dataset, int periods)
    {
        var controls = CheckNames(dataset.ControlNames, "controlNames", "control");
        var table = dataset.Controls ?? [];
        if (controls == 0 && (table.Length == 0 || table.All(row => row is null || row.Length == 0)))
        {
            return;
        }

        CheckTable(table, periods, controls, "controls");
        for (var j = 0; j < controls; j++)
        {
            var name = dataset.ControlNames[j];
            Check(table.All(row => double.IsFinite(row[j])), "controls", $"The control '{name}' has a NaN or infinite value.");
            Check(!IsConstant(table, j), "controls", $"The control '{name}' is the same in every period; it cannot be told apart from the intercept.");
        }
    }

    private static bool IsConstant(double[][] table, int column) => table.All(row => row[column] == table[0][column]);

    private static void Check(bool valid, string field, string message)
    {
        if (!valid)
        {
            throw new MmmInputException(field, message);
        }
    }
}
