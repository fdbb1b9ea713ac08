using System;
using System.Runtime.CompilerServices;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Slots;

namespace Weft.Benchmarks;

/// <summary>A snapshot slot type read through its generated <c>Current</c>.</summary>
[ThreadLocalSlot]
public sealed partial class BenchSnapshot
{
    public int Value { get; init; } = 1;
}

/// <summary>A per-worker slot type with a generated <c>[WorkerUpdate]</c> broadcast.</summary>
[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BenchCounter
{
    public long Total;

    [WorkerUpdate]
    private void Add(long amount) => Total += amount;
}

/// <summary>
/// Every way to read this thread's value, against a raw <c>[ThreadStatic]</c> field: the generated <c>Current</c>
/// (goal ≤ 1.1× the field, inside a loop and through a non-inlined call; ≥ 2× faster than <c>ThreadLocal&lt;T&gt;</c>
/// and an Envoy-style <c>object[]</c> slot), and the runtime <c>Slot&lt;T&gt;.Get()</c> of the slot behind it.
/// </summary>
[MemoryDiagnoser]
public class GeneratedCurrentBenchmarks
{
    private const int Reads = 1_000;

    [ThreadStatic]
    private static BenchSnapshot? t_field;

    [ThreadStatic]
    private static object?[]? t_envoySlots;

    private readonly ThreadLocal<BenchSnapshot> _threadLocal = new(() => new BenchSnapshot());
    private WorkerPool _pool = null!;
    private int _envoyIndex;
    private Slot<BenchSnapshot> _slot = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1 });
        BenchSnapshot.PublishAsync(_pool, new BenchSnapshot()).GetAwaiter().GetResult();
        Slot<BenchSnapshot> slot = _slot = _pool.Registry.StaticSlotFor<BenchSnapshot>();
        // The benchmark thread stands in for a pool thread: the registry writes its generated field the way it would.
        var table = new ThreadSlots(_pool.Registry, _pool.Main);
        ThreadSlots.Install(table);
        slot.ApplyOnCurrentThread(table, _ => new BenchSnapshot(), ownsValue: false);
        t_field = new BenchSnapshot();
        _envoyIndex = 3;
        t_envoySlots = new object?[8];
        t_envoySlots[_envoyIndex] = new BenchSnapshot();
        _ = _threadLocal.Value;
        if (BenchSnapshot.Current.Value != 1)
        {
            throw new InvalidOperationException("generated Current not wired");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ThreadSlots.Uninstall();
        _pool.Dispose();
        _threadLocal.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Reads)]
    public int ThreadStaticField_InLoop()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += t_field!.Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int GeneratedCurrent_InLoop()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += BenchSnapshot.Current.Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int EnvoyObjectArraySlot_InLoop()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ((BenchSnapshot)t_envoySlots![_envoyIndex]!).Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int ThreadLocalValue_InLoop()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += _threadLocal.Value!.Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int ThreadStaticField_NonInlined()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ReadField().Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int GeneratedCurrent_NonInlined()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ReadCurrent().Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int SlotGet_NonInlined()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ReadSlot().Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int EnvoyObjectArraySlot_NonInlined()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ReadEnvoy().Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int ThreadLocalValue_NonInlined()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ReadThreadLocal().Value;
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BenchSnapshot ReadField() => t_field!;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BenchSnapshot ReadCurrent() => BenchSnapshot.Current;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private BenchSnapshot ReadSlot() => _slot.Get();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private BenchSnapshot ReadEnvoy() => (BenchSnapshot)t_envoySlots![_envoyIndex]!;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private BenchSnapshot ReadThreadLocal() => _threadLocal.Value!;
}

/// <summary>Goal: 0 bytes per generated <c>[WorkerUpdate]</c> post in its callback form.</summary>
[MemoryDiagnoser]
public class GeneratedWorkerUpdateBenchmarks
{
    private WorkerPool _pool = null!;
    private SemaphoreSlim _done = null!;
    private Action _signal = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 2 });
        BenchCounter.InitializeAsync(_pool, _ => new BenchCounter()).GetAwaiter().GetResult();
        _done = new SemaphoreSlim(0);
        _signal = () => _done.Release();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pool.Dispose();
        _done.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void UpdateAllWithClosure()
    {
        long amount = 1;
        BenchCounter.UpdateAll(_pool, c => c.Total += amount, _signal);
        _done.Wait();
    }

    [Benchmark]
    public void GeneratedOnAllWorkersCallbackForm()
    {
        BenchCounter.AddOnAllWorkers(_pool, 1, _signal);
        _done.Wait();
    }
}
