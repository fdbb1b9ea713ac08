// Game server: each worker is assigned a zone at start; the per-worker factory takes the next zone name from a
// captured Queue — Dequeue from every worker's factory call at once on one Queue. Twin: the zone is derived from the
// dispatcher's name (each call reads only its own argument).
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ZoneAssignmentQueue;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ZoneWorker
{
    public ZoneWorker(string zone) => Zone = zone;

    public string Zone { get; }
    public HashSet<int> Entities { get; } = new();
}

public static class ZoneStartup
{
    public static void Assign(WorkerPool pool, IEnumerable<string> zones)
    {
        var remaining = new Queue<string>(zones);
        ZoneWorker.Initialize(pool, _ => new ZoneWorker(remaining.Count > 0 ? remaining.Dequeue() : "overflow")); // expect: WEFT0008
    }
}
