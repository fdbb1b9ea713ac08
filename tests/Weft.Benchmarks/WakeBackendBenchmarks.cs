using System;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// What the epoll backend costs the post path: one producer posts in bursts to a loop that parks between them, so
/// wakes (eventfd write + epoll_wait return vs. event set + futex) are part of every burst. Same code, two backends.
/// </summary>
[MemoryDiagnoser]
public class WakeBackendBenchmarks
{
    private const int Bursts = 1_000;
    private const int PostsPerBurst = 100;

    private Dispatcher _dispatcher = null!;
    private ManualResetEventSlim _burstDone = null!;
    private Action _countDown = null!;
    private int _remaining;

    [Params(DispatcherIoBackend.Automatic, DispatcherIoBackend.Portable)]
    public DispatcherIoBackend Backend { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // No spinning before parking: every burst starts on a parked loop, so each one pays a wake.
        _dispatcher = Dispatcher.Start("bench-wake", new DispatcherOptions { IoBackend = Backend, SpinCountBeforePark = 0 });
        _burstDone = new ManualResetEventSlim();
        _countDown = () =>
        {
            if (--_remaining == 0)
            {
                _burstDone.Set();
            }
        };
    }

    [GlobalCleanup]
    public void Cleanup() => _dispatcher.Dispose();

    [Benchmark(OperationsPerInvoke = Bursts * PostsPerBurst)]
    public void PostBurstsToAParkedLoop()
    {
        for (int burst = 0; burst < Bursts; burst++)
        {
            _burstDone.Reset();
            _remaining = PostsPerBurst;
            for (int i = 0; i < PostsPerBurst; i++)
            {
                _dispatcher.Post(_countDown);
            }

            _burstDone.Wait();
        }
    }
}
