// Quiet twin of ElementAccessorsReturnSnapshotData: the same accessors over a per-worker index (each worker owns its
// backends and their load counters).
using System.Collections.Generic;
using System.Linq;
using Weft;

namespace Corpus.Round4.ElementAccessorsReturnSnapshotDataQuiet;

public sealed class Backend
{
    public string Host { get; set; } = "";
    public int Load { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BackendIndex
{
    public Dictionary<string, Backend> ByHost { get; init; } = new();
    public List<Backend> Ordered { get; init; } = new();
    public Queue<Backend> Standby { get; init; } = new();
}

public static class LoadTracking
{
    public static void OnAssign(string host)
    {
        BackendIndex index = BackendIndex.Current;
        Backend? byHost = index.ByHost.GetValueOrDefault(host);
        if (byHost is not null)
        {
            byHost.Load++;
        }

        Backend? found = index.Ordered.Find(b => b.Host == host);
        found!.Load = 0;
        index.Ordered.ElementAt(0).Host = host;
        index.Ordered.LastOrDefault()!.Load--;
        index.Ordered.MaxBy(b => b.Load)!.Load /= 2;
        index.ByHost.Values.Single(b => b.Host == host).Load = 1;
        index.Standby.Peek().Load = -1;
        Backend[] copy = index.Ordered.ToArray();
        copy[0].Load = 7;
        copy[1] = new Backend();
    }
}
