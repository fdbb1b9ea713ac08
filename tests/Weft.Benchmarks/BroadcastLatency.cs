using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Weft.Benchmarks;

/// <summary>
/// p50 and p99 of one broadcast-and-wait round trip, per call (BenchmarkDotNet reports means): the baseline of
/// performance.md (a queue per worker + CountdownEvent, called from the fanning-out thread), Weft's
/// RunOnAllThreadsAsync from outside the pool (hop to main, fan out, complete on main, resume the caller) and its
/// callback form started on main (where Envoy's publishers live).
/// </summary>
internal static class BroadcastLatency
{
    // dotnet run -c Release --project tests/Weft.Benchmarks -- --latency
    public static void Run()
    {
        const int Rounds = 20_000;
        int workers = Math.Max(2, Environment.ProcessorCount);
        using var baseline = new BroadcastBenchmarks.BaselineWorkers(workers);
        Report("queue per worker + CountdownEvent", Rounds, baseline.Broadcast);

        using var pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = workers, GuardDog = null, StatsFlushInterval = TimeSpan.Zero });
        Slot<object> slot = pool.AllocateSlot<object>();
        slot.SetAsync(static _ => new object()).GetAwaiter().GetResult();
        Action<object> touch = static _ => { };
        Report("Slot.RunOnAllThreadsAsync from outside the pool", Rounds, () => slot.RunOnAllThreadsAsync(touch).GetAwaiter().GetResult());

        using var done = new SemaphoreSlim(0);
        Action signal = () => done.Release();
        Action<object, int> update = static (_, _) => { };
        Action fromMain = () => slot.RunOnAllThreads(update, 0, signal);
        Report("Slot.RunOnAllThreads(update, state, onAllApplied) started on main", Rounds, () =>
        {
            pool.Main.Post(fromMain);
            done.Wait();
        });
    }

    private static void Report(string name, int rounds, Action broadcast)
    {
        for (int i = 0; i < 2_000; i++)
        {
            broadcast();
        }

        var samples = new List<double>(rounds);
        for (int i = 0; i < rounds; i++)
        {
            long start = Stopwatch.GetTimestamp();
            broadcast();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        samples.Sort();
        Console.WriteLine($"| {name} | {samples[rounds / 2]:F1} µs | {samples[(int)(rounds * 0.99)]:F1} µs |");
    }
}
