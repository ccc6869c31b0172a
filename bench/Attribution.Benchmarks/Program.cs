using BenchmarkDotNet.Running;

// Run one suite: dotnet run -c Release --project bench/Attribution.Benchmarks -- --filter '*Name*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
