// Quiet twin of DelayContinueWith: the continuation only logs a count copied on the worker (an int is a copy).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5b.DelayContinueWithQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Expiry
{
    public static void ExpireSoon()
    {
        int entries = HostCache.Current.ByHost.Count;
        _ = Task.Delay(250).ContinueWith(_ => Console.WriteLine($"{entries} entries before expiry"));
    }
}
