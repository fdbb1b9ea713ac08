// Quiet twin of PhysicsContactsThreadPool: the pool gets a range copy of the contacts, the scratch stays the worker's.
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
        Vector3[] contacts = scratch.Contacts[..scratch.Count];
        ThreadPool.QueueUserWorkItem(IslandSolver.Solve, contacts, preferLocal: false);
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
