// Quiet twin of HolderMethodGroupToTaskRun: the holder gets a fresh copy of the dictionary, owned by nobody else.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.HolderMethodGroupToTaskRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly byte[] Buffer = new byte[64];
}

public sealed class Flusher(Dictionary<string, int> entries)
{
    public void Flush() => entries.Clear();
}

public static class Maintenance
{
    public static Task Run()
    {
        var flusher = new Flusher(new Dictionary<string, int>(HostCache.Current.ByHost));
        return Task.Run(flusher.Flush);
    }
}
