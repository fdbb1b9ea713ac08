// Game physics: scratch buffers are large, so startup wraps their construction in a small memoizing helper (Once<T>)
// and the per-worker factory returns once.Value — the same buffer for every worker. Twin: the factory builds a new
// scratch per worker.
using System;
using System.Numerics;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PhysicsScratchOnceFactory;

public sealed class Once<T> where T : class
{
    private readonly Func<T> _create;
    private T? _value;

    public Once(Func<T> create) => _create = create;

    public T Value => _value ??= _create();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SolverScratch
{
    public SolverScratch(int capacity)
    {
        Velocities = new Vector3[capacity];
        Impulses = new float[capacity];
    }

    public Vector3[] Velocities { get; }
    public float[] Impulses { get; }
}

public static class PhysicsStartup
{
    public static void Configure(WorkerPool pool, int bodies)
    {
        int capacity = Math.Max(1024, bodies * 2);
        var scratch = new Once<SolverScratch>(() => new SolverScratch(capacity));
        SolverScratch.Initialize(pool, _ => scratch.Value); // expect: WEFT0008
    }
}
