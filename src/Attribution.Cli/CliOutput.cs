using System.Text.Json;
using System.Text.Json.Serialization;

namespace Attribution.Cli;

/// <summary>Where a command's JSON goes: the <c>--output</c> file when given, else stdout; and the JSON contract of the model files.</summary>
internal static class CliOutput
{
    /// <summary>camelCase, indented, enums as camelCase strings: what <c>mmm fit</c> writes and <c>mmm optimize</c> reads.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(string json, string? output, TextWriter stdout)
    {
        if (output is null)
        {
            stdout.WriteLine(json);
        }
        else
        {
            File.WriteAllText(output, json + Environment.NewLine);
        }
    }
}
