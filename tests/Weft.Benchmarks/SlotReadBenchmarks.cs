using System;
using System.Runtime.CompilerServices;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Weft.Slots;

namespace Weft.Benchmarks;

/// <summary>
/// <c>Slot&lt;T&gt;.Get()</c> (runtime-allocated slot) against a raw <c>[ThreadStatic]</c> field, Envoy's layout
/// (a thread-static <c>object[]</c> indexed by slot) and <c>ThreadLocal&lt;T&gt;.Value</c>; 1,000 reads per
/// invocation, summed so nothing is hoisted away.
/// </summary>
[MemoryDiagnoser]
public class SlotReadBenchmarks
{
    private const int Reads = 1_000;

    [ThreadStatic]
    private static Payload? t_field;

    [ThreadStatic]
    private static object?[]? t_envoySlots;

    private readonly ThreadLocal<Payload> _threadLocal = new(() => new Payload());
    private WorkerPool _pool = null!;
    private Slot<Payload> _slot = null!;
    private int _envoyIndex;

    [GlobalSetup]
    public void Setup()
    {
        _pool = WorkerPool.Start(new WorkerPoolOptions { WorkerCount = 1 });
        _slot = _pool.AllocateSlot<Payload>();
        // The benchmark thread stands in for a pool thread: its own entry table holding its own value.
        var table = new ThreadSlots(_pool.Registry, _pool.Main);
        ref SlotEntry entry = ref table.EntryFor(_slot.Index);
        entry.Owner = _slot;
        entry.Value = new Payload();
        ThreadSlots.Install(table);
        t_field = new Payload();
        _envoyIndex = 3;
        t_envoySlots = new object?[8];
        t_envoySlots[_envoyIndex] = new Payload();
        _ = _threadLocal.Value;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ThreadSlots.Uninstall();
        _pool.Dispose();
        _threadLocal.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Reads)]
    public int ThreadStaticField()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ReadThreadStatic().Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int SlotGet()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ReadSlot().Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int EnvoyObjectArraySlot()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ReadEnvoy().Value;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int ThreadLocalValue()
    {
        int sum = 0;
        for (int i = 0; i < Reads; i++)
        {
            sum += ReadThreadLocal().Value;
        }

        return sum;
    }

    // Non-inlined readers: the read cannot be hoisted out of the loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Payload ReadThreadStatic() => t_field!;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Payload ReadSlot() => _slot.Get();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Payload ReadEnvoy() => (Payload)t_envoySlots![_envoyIndex]!;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Payload ReadThreadLocal() => _threadLocal.Value!;

    public sealed class Payload
    {
        public int Value = 1;
    }
}
