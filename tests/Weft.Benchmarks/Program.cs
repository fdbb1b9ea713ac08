using BenchmarkDotNet.Running;

namespace Weft.Benchmarks;

internal static class Program
{
    // dotnet run -c Release --project tests/Weft.Benchmarks -- --filter '*'
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
