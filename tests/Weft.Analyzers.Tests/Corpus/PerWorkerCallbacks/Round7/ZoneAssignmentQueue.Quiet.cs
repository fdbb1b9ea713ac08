// Quiet twin of ZoneAssignmentQueue: each worker's zone comes from its own dispatcher's name.
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
        string[] names = new List<string>(zones).ToArray();
        ZoneWorker.Initialize(pool, d => new ZoneWorker(names.Length > 0 ? names[(d.Name.GetHashCode() & 0x7fffffff) % names.Length] : "overflow"));
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
