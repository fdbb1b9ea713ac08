// Game physics: each worker owns a contact scratch buffer; the broadphase hands the island solve to the thread pool
// with the scratch's contact array as the work item's state — the worker overwrites it on the next step. One-token
// twin: the state is a range copy `Contacts[..count]`, which the pool may keep.
using System.Numerics;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PhysicsContactsThreadPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PhysicsScratch
{
    public Vector3[] Contacts { get; } = new Vector3[4096];
    public int Count { get; set; }
}

public static class IslandSolver
{
    public static void Solve(Vector3[] contacts)
    {
        Vector3 sum = Vector3.Zero;
        foreach (Vector3 c in contacts) sum += c;
        _ = sum;
    }
}

public sealed class Broadphase
{
    public void Step(ReadOnlySpanProvider bodies)
    {
        PhysicsScratch scratch = PhysicsScratch.Current;
        scratch.Count = bodies.FillContacts(scratch.Contacts);
        if (scratch.Count < 256) return;
        Vector3[] contacts = scratch.Contacts;
        ThreadPool.QueueUserWorkItem(IslandSolver.Solve, contacts, preferLocal: false); // expect: WEFT0004
    }
}

public sealed class ReadOnlySpanProvider
{
    private readonly Vector3[] _positions;

    public ReadOnlySpanProvider(Vector3[] positions) => _positions = positions;

    public int FillContacts(Vector3[] into)
    {
        int n = System.Math.Min(into.Length, _positions.Length);
        System.Array.Copy(_positions, into, n);
        return n;
    }
}
