using System.Text.Json;

namespace Attribution.Cli.Tests.Paths;

/// <summary>
/// <c>attribution paths</c> on the ChannelAttribution white-paper case (Altomare and Loris: removal effects A = 1,
/// B = 0.5, credited conversions 2 and 1; tolerance 1e-12) and on small CSVs for the layout rules and bad input.
/// </summary>
public sealed class PathsCommandTests : IDisposable
{
    private const double Exact = 1e-12;
    private static readonly string WhitePaper = Path.Combine(AppContext.BaseDirectory, "Paths", "Fixtures", "white-paper.csv");
    private readonly string _directory = Directory.CreateTempSubdirectory("paths-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_WhitePaperCsv_ExactRemovalEffectsAndCredits()
    {
        var (code, json, stderr) = Run("paths", "--input", WhitePaper);

        Assert.Equal(0, code);
        var markov = json.RootElement.GetProperty("markov");
        Assert.Equal(1, markov.GetProperty("order").GetInt32());
        Assert.Equal(1, markov.GetProperty("conversionProbability").GetDouble(), Exact);
        var channels = markov.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("channel").GetString()!);
        Assert.Equal(1, channels["A"].GetProperty("removalEffect").GetDouble(), Exact);
        Assert.Equal(0.5, channels["B"].GetProperty("removalEffect").GetDouble(), Exact);
        Assert.Equal(2, channels["A"].GetProperty("conversions").GetDouble(), Exact);
        Assert.Equal(1, channels["B"].GetProperty("conversions").GetDouble(), Exact);
        Assert.Equal(40, channels["A"].GetProperty("value").GetDouble(), Exact);
        Assert.Equal(3, json.RootElement.GetProperty("totals").GetProperty("conversions").GetDouble());
        Assert.Equal(60, json.RootElement.GetProperty("totals").GetProperty("value").GetDouble());
        Assert.Contains("removal", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhitePaperCsv_HeuristicsCountRepeats()
    {
        var (_, json, _) = Run("paths", "--input", WhitePaper);

        var heuristics = json.RootElement.GetProperty("heuristics");
        Assert.Equal(["firstTouch", "lastTouch", "lastNonDirect", "linear", "positionBased"], heuristics.EnumerateObject().Select(p => p.Name));
        // Linear: A has 3 of 6, 3 of 5 and 2 of 2 touches -> 0.5 + 0.6 + 1 = 2.1 conversions, 5 + 12 + 30 = 47 value.
        Assert.Equal(2.1, Credit(heuristics, "linear", "A", "conversions"), Exact);
        Assert.Equal(47, Credit(heuristics, "linear", "A", "value"), Exact);
        Assert.Equal(3, Credit(heuristics, "firstTouch", "A", "conversions"), Exact);
        Assert.Equal(0, Credit(heuristics, "lastTouch", "B", "conversions"), Exact);
    }

    [Fact]
    public void Run_DuplicatePathsAndSpacing_AreSummedIntoOnePath()
    {
        var split = Csv("path;total_conversions;total_conversion_value;total_null", "A>B;1;10;2", "A > B;2;5;1", "B;1;1;1");
        var summed = Csv("path;total_conversions;total_conversion_value;total_null", "A>B;3;15;3", "B;1;1;1");

        var (_, a, _) = Run("paths", "--input", split);
        var (_, b, _) = Run("paths", "--input", summed);

        Assert.Equal(b.RootElement.GetRawText(), a.RootElement.GetRawText());
        Assert.Contains("2 distinct paths", Run("paths", "--input", split).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Repeats_CollapsedForTheChainButCountedByLinear()
    {
        var repeated = Csv("path;total_conversions;total_conversion_value;total_null", "A>A>B;1;30;1", "B;0;0;1");
        var collapsed = Csv("path;total_conversions;total_conversion_value;total_null", "A>B;1;30;1", "B;0;0;1");

        var (_, a, _) = Run("paths", "--input", repeated);
        var (_, b, _) = Run("paths", "--input", collapsed);

        Assert.Equal(b.RootElement.GetProperty("markov").GetRawText(), a.RootElement.GetProperty("markov").GetRawText());
        Assert.Equal(20, Credit(a.RootElement.GetProperty("heuristics"), "linear", "A", "value"), Exact);
        Assert.Equal(15, Credit(b.RootElement.GetProperty("heuristics"), "linear", "A", "value"), Exact);
    }

    [Fact]
    public void Run_CommaSeparatorWithoutNullColumnAndOutputFile_WritesTheFileOnly()
    {
        var input = Csv("path,total_conversions,total_conversion_value", "Display > Direct,2,100", "Direct,1,10");
        var output = Path.Combine(_directory, "out.json");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = CliApp.Run(["paths", "--input", input, "--separator", ",", "--output", output], stdout, stderr);

        Assert.Equal(0, code);
        Assert.Empty(stdout.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var heuristics = json.RootElement.GetProperty("heuristics");
        Assert.Equal(2, Credit(heuristics, "lastNonDirect", "Display", "conversions"), Exact);
        Assert.Equal(1, Credit(heuristics, "lastNonDirect", "Direct", "conversions"), Exact);
    }

    [Fact]
    public void Run_SecondOrder_ReportsOrder2()
    {
        var (code, json, _) = Run("paths", "--input", WhitePaper, "--order", "2");

        Assert.Equal(0, code);
        Assert.Equal(2, json.RootElement.GetProperty("markov").GetProperty("order").GetInt32());
    }

    [Theory]
    [InlineData("path;total_conversions\nA;1", "missing column(s) total_conversion_value")]
    [InlineData("path;total_conversions;total_conversion_value\nA;one;1", "line 2: total_conversions 'one' is not a number")]
    [InlineData("path;total_conversions;total_conversion_value;total_null\nA;1;1;0\nB;1;1;-2", "line 3: total_null must not be negative")]
    [InlineData("path;total_conversions;total_conversion_value\nA>>B;1;1", "line 2: path 'A>>B' has an empty channel name")]
    [InlineData("path;total_conversions;total_conversion_value\n", "has no paths")]
    [InlineData("", "the input is empty")]
    public void Run_BadCsv_Exits2WithOneLine(string content, string message)
    {
        var input = Csv(content.Split('\n'));

        AssertBadInput(message, "paths", "--input", input);
    }

    [Fact]
    public void Run_MissingInputOption_Exits2() => AssertBadInput("missing required option --input", "paths");

    [Fact]
    public void Run_UnknownOption_Exits2() => AssertBadInput("unknown option '--colour'", "paths", "--input", WhitePaper, "--colour", "red");

    [Fact]
    public void Run_MissingFile_Exits2() => AssertBadInput("cannot read", "paths", "--input", Path.Combine(_directory, "nope.csv"));

    [Fact]
    public void Run_BadOrder_Exits2() => AssertBadInput("--order must be an integer from 1 to 4", "paths", "--input", WhitePaper, "--order", "9");

    [Fact]
    public void Run_LongSeparator_Exits2() => AssertBadInput("--separator must be one ASCII character", "paths", "--input", WhitePaper, "--separator", ";;");

    private static void AssertBadInput(string message, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = CliApp.Run(args, stdout, stderr);

        Assert.Equal(CliApp.BadInput, code);
        Assert.Empty(stdout.ToString());
        var line = Assert.Single(stderr.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("attribution paths: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    private static double Credit(JsonElement heuristics, string model, string channel, string field) =>
        heuristics.GetProperty(model).EnumerateArray().Single(c => c.GetProperty("channel").GetString() == channel).GetProperty(field).GetDouble();

    private static (int Code, JsonDocument Json, string Stderr) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        return (code, JsonDocument.Parse(stdout.ToString()), stderr.ToString());
    }

    private string Csv(params string[] lines)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join('\n', lines));
        return path;
    }
}
