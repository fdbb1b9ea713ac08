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

public static class ZoneNames
{
    public static bool IsValid(string zone) => zone.Length is > 0 and <= 32 && !zone.Contains(' ');

    public static IEnumerable<string> Normalize(IEnumerable<string> zones)
    {
        var seen = new HashSet<string>();
        foreach (string zone in zones)
        {
            string name = zone.Trim().ToLowerInvariant();
            if (IsValid(name) && seen.Add(name)) yield return name;
        }
    }
}
