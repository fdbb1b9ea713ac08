// WEFT0004: an object holding the worker's dictionary is handed to Task.Run as a method group of that object
// (`Task.Run(flusher.Flush)`); Flush clears the dictionary on a pool thread. Reported where handed over or built (#escape).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.HolderMethodGroupToTaskRun;

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
        var flusher = new Flusher(HostCache.Current.ByHost); // expect: WEFT0004 #escape
        return Task.Run(flusher.Flush); // expect: WEFT0004 #escape
    }
}
