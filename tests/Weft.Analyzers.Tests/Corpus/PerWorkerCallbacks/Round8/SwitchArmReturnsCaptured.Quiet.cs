// Twin: the warm cache is copied into each worker's new instance.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.R8.SwitchArmReturnsCapturedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();

    public static DnsCache CopyOf(DnsCache source)
    {
        var copy = new DnsCache();
        foreach (var (k, v) in source.Names)
        {
            copy.Names[k] = v;
        }

        return copy;
    }
}

public static class Setup
{
    public static void Init(WorkerPool pool, DnsCache warm)
    {
        DnsCache.Initialize(pool, (Dispatcher d) => d.Name switch
        {
            "" => new DnsCache(),
            _ => DnsCache.CopyOf(warm),
        });
    }
}
