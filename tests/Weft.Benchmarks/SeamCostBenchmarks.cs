using System;
using BenchmarkDotNet.Attributes;
using Weft.Threading;

namespace Weft.Benchmarks;

/// <summary>
/// The simulation seams (clock, wait/wake, thread start) must cost nothing in production. These paths read the clock
/// and touch the timer wheel through the public API only, so the same file runs against the code before the seams
/// (a checkout of the parent commit) and after; docs/benchmarks.md compares the two.
/// </summary>
[MemoryDiagnoser]
public class SeamCostBenchmarks
{
    private const int Batch = 256;
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(100);
    private static readonly Action<long> Sink = static _ => { };
    private Dispatcher _dispatcher = null!;
    private DispatcherTimer _timer = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Driven with RunOnce on the benchmark thread: no thread switch, so only the loop's own work is measured.
        _dispatcher = new Dispatcher("bench-seams");
        _timer = _dispatcher.CreateTimer(static () => { });
    }

    [GlobalCleanup]
    public void Cleanup() => _dispatcher.Dispose();

    /// <summary>Posts a batch with a value state and runs one iteration (two clock reads, the queue, the wheel).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public void PostStateThenRunOnce()
    {
        for (long i = 0; i < Batch; i++)
        {
            _dispatcher.Post(Sink, i);
        }

        _dispatcher.RunOnce();
    }

    /// <summary>An iteration with an armed timer that is not due: a clock read and the wheel's advance.</summary>
    [Benchmark]
    public void ArmTimerRunOnceCancel()
    {
        _timer.Enable(Delay);
        _dispatcher.RunOnce();
        _timer.Disable();
    }

    /// <summary>An idle iteration: what a loop pays per turn when nothing is queued.</summary>
    [Benchmark]
    public void IdleRunOnce() => _dispatcher.RunOnce();
}

/// <summary>
/// The same loop paths side by side in one process: a production dispatcher (seams unset: a null check) and one
/// whose clock seam is set (an interface call per clock read), so both see the same machine noise.
/// </summary>
[MemoryDiagnoser]
public class SeamSetBenchmarks
{
    private const int Batch = 256;
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(100);
    private static readonly Action<long> Sink = static _ => { };
    private Dispatcher _production = null!;
    private Dispatcher _withClock = null!;
    private DispatcherTimer _productionTimer = null!;
    private DispatcherTimer _withClockTimer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _production = new Dispatcher("bench-production");
        _withClock = new Dispatcher("bench-clock-seam", null, new DispatcherSeams { Clock = new StopwatchClock() });
        _productionTimer = _production.CreateTimer(static () => { });
        _withClockTimer = _withClock.CreateTimer(static () => { });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _production.Dispose();
        _withClock.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public void PostStateThenRunOnce_SeamsUnset() => PostBatch(_production);

    [Benchmark(OperationsPerInvoke = Batch)]
    public void PostStateThenRunOnce_ClockSeamSet() => PostBatch(_withClock);

    [Benchmark]
    public void ArmTimerRunOnceCancel_SeamsUnset() => ArmRunCancel(_production, _productionTimer);

    [Benchmark]
    public void ArmTimerRunOnceCancel_ClockSeamSet() => ArmRunCancel(_withClock, _withClockTimer);

    private static void PostBatch(Dispatcher dispatcher)
    {
        for (long i = 0; i < Batch; i++)
        {
            dispatcher.Post(Sink, i);
        }

        dispatcher.RunOnce();
    }

    private static void ArmRunCancel(Dispatcher dispatcher, DispatcherTimer timer)
    {
        timer.Enable(Delay);
        dispatcher.RunOnce();
        timer.Disable();
    }

    private sealed class StopwatchClock : IDispatcherClock
    {
        public long GetTimestamp() => System.Diagnostics.Stopwatch.GetTimestamp();
    }
}
