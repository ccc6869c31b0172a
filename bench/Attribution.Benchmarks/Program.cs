using Attribution.Analytics.Mmm;
using Attribution.Benchmarks.Ingestion;
using Attribution.Benchmarks.Journeys;
using Attribution.Benchmarks.Mmm;
using Attribution.Benchmarks.Optimization;
using BenchmarkDotNet.Running;

// Timed commands: dotnet run -c Release --project bench/Attribution.Benchmarks -- ingest --rows 1000000 --format ndjson
//                 dotnet run -c Release --project bench/Attribution.Benchmarks -- journeys | markov (see JourneysCommand.Usage)
//                 dotnet run -c Release --project bench/Attribution.Benchmarks -- journeys-latency --clients 50 --seconds 30
//                 dotnet run -c Release --project bench/Attribution.Benchmarks -- mmm --channels 8 --weeks 156 --chains 4 --draws 1000 --warmup 1000 --seed 1
//                 dotnet run -c Release --project bench/Attribution.Benchmarks -- optimize (see OptimizeCommand.Usage)
// BenchmarkDotNet suites: dotnet run -c Release --project bench/Attribution.Benchmarks -- --filter '*Name*'
switch (args.FirstOrDefault())
{
    case "ingest":
        return await IngestCommand.RunAsync(args[1..]);
    case "journeys-latency":
        return await JourneysLatencyCommand.RunAsync(args[1..]);
    case "journeys" or "markov":
        try
        {
            return args[0] == "journeys" ? JourneysCommand.RunJourneys(args[1..]) : JourneysCommand.RunMarkov(args[1..]);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }

    case "mmm":
        try
        {
            return MmmCommand.Run(args[1..]);
        }
        catch (Exception error) when (error is ArgumentException or MmmInputException)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }

    case "optimize":
        try
        {
            return OptimizeCommand.Run(args[1..]);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            return 2;
        }

    default:
        BenchmarkSwitcher.FromAssembly(typeof(IngestCommand).Assembly).Run(args);
        return 0;
}
