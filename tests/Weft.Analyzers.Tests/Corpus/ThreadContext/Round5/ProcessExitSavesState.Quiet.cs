// Quiet twin of ProcessExitSavesState: the worker copies its dictionary into a fresh one and the exit handler saves the copy.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus5b.ProcessExitSavesStateQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Persist
{
    public static void SaveOnExit()
    {
        var copy = new Dictionary<string, int>(HostCache.Current.ByHost);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Save(copy);
    }

    private static void Save(IReadOnlyDictionary<string, int> entries)
    {
        foreach (var pair in entries)
        {
            Console.WriteLine($"{pair.Key}={pair.Value}");
        }
    }
}
