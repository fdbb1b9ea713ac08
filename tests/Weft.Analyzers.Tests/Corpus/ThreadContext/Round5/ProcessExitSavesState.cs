// WEFT0004: AppDomain.ProcessExit runs on the thread that exits the process; the handler enumerates the worker's live
// dictionary while the worker may still be writing it. Reading: event raised on another thread, reported where added.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus5b.ProcessExitSavesState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Persist
{
    public static void SaveOnExit()
    {
        var byHost = HostCache.Current.ByHost;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Save(byHost); // expect: WEFT0004
    }

    private static void Save(IReadOnlyDictionary<string, int> entries)
    {
        foreach (var pair in entries)
        {
            Console.WriteLine($"{pair.Key}={pair.Value}");
        }
    }
}
