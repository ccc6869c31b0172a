using Attribution.Benchmarks.Ingestion;
using Attribution.Benchmarks.Journeys;
using BenchmarkDotNet.Running;

// Timed commands: dotnet run -c Release --project bench/Attribution.Benchmarks -- ingest --rows 1000000 --format ndjson
//                 dotnet run -c Release --project bench/Attribution.Benchmarks -- journeys | markov (see JourneysCommand.Usage)
//                 dotnet run -c Release --project bench/Attribution.Benchmarks -- journeys-latency --clients 50 --seconds 30
// BenchmarkDotNet suites: dotnet run -c Release --project bench/Attribution.Benchmarks -- --filter '*Name*'
if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] is "journeys" or "markov")
{
    try
    {
        return args[0] == "journeys" ? JourneysCommand.RunJourneys(args[1..]) : JourneysCommand.RunMarkov(args[1..]);
    }
    catch (ArgumentException error)
    {
        Console.Error.WriteLine(error.Message);
        return 2;
    }
}

if (args.Length > 0 && args[0] == "journeys-latency")
{
    return await JourneysLatencyCommand.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(IngestCommand).Assembly).Run(args);
return 0;
