namespace Attribution.Cli;

/// <summary>
/// <c>--name value</c> options of a command. Every option takes a value; unknown or repeated options and a missing value
/// are bad input.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string> _values;

    private CliArguments(Dictionary<string, string> values) => _values = values;

    public static CliArguments Parse(string[] args, params string[] known)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !known.Contains(name[2..]))
            {
                throw new CliInputException($"unknown option '{name}' (expected {string.Join(", ", known.Select(k => "--" + k))})");
            }

            if (i + 1 >= args.Length)
            {
                throw new CliInputException($"option '{name}' needs a value");
            }

            if (!values.TryAdd(name[2..], args[i + 1]))
            {
                throw new CliInputException($"option '{name}' is given twice");
            }
        }

        return new CliArguments(values);
    }

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new CliInputException($"missing required option --{name}");

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public int Integer(string name, int fallback, int min, int max)
    {
        if (!_values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CliInputException($"--{name} must be an integer from {min} to {max}, not '{text}'");
    }
}
