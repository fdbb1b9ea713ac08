using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Weft.Threading;

namespace Weft.Benchmarks;

/// <summary>Goal: an <c>await Task.Yield()</c> hop on a worker's context ≤ 0.6× a thread-pool hop, 0 bytes per hop.</summary>
[MemoryDiagnoser]
public class AwaitHopBenchmarks
{
    private const int Hops = 10_000;
    private Dispatcher _dispatcher = null!;

    [GlobalSetup]
    public void Setup() => _dispatcher = Dispatcher.Start("bench-hop");

    [GlobalCleanup]
    public void Cleanup() => _dispatcher.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Hops)]
    public void ThreadPoolHop() => Task.Run(HopAsync).GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Hops)]
    public void DispatcherHop()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _dispatcher.Post(static state => _ = RunAndSignal(state), done);
        done.Task.GetAwaiter().GetResult();

        static async Task RunAndSignal(TaskCompletionSource done)
        {
            await HopAsync();
            done.SetResult();
        }
    }

    private static async Task HopAsync()
    {
        for (int i = 0; i < Hops; i++)
        {
            await Task.Yield();
        }
    }
}
