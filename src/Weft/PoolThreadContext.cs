using System;
using Weft.Slots;
using Weft.Stats;
using Weft.Threading;

namespace Weft;

/// <summary>
/// Everything one pool thread owns: its dispatcher, its slot entries and its stats storage. Built by the pool and
/// installed as the very first thing the thread runs, so from its first callback on the thread belongs to the pool;
/// installing another context switches every per-thread table at once (a simulator running several loops on one
/// thread does exactly that).
/// </summary>
internal sealed class PoolThreadContext
{
    [ThreadStatic]
    private static PoolThreadContext? t_current;

    public PoolThreadContext(WorkerPool pool, Dispatcher dispatcher)
    {
        Dispatcher = dispatcher;
        Slots = new ThreadSlots(pool.Registry, dispatcher);
        Stats = pool.Stats.CreateThreadStats(dispatcher.Name);
    }

    /// <summary>The context installed on the calling thread, or null off the pool.</summary>
    public static PoolThreadContext? Current => t_current;

    public Dispatcher Dispatcher { get; }

    public ThreadSlots Slots { get; }

    public ThreadStats Stats { get; }

    /// <summary>Makes this the calling thread's context (its slot entries and stats storage with it).</summary>
    public void Install()
    {
        t_current = this;
        ThreadSlots.Install(Slots);
        ThreadStats.Install(Stats);
    }

    /// <summary>Posts the install to <paramref name="dispatcher"/>: call before anything else can be posted there.</summary>
    public static void InstallFirst(WorkerPool pool, Dispatcher dispatcher) =>
        dispatcher.Post(static context => context.Install(), new PoolThreadContext(pool, dispatcher));
}
