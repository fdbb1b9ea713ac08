// Quiet twin of StructEnumeratorToTaskRun: the enumerator walks an array of pairs copied on the worker.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.StructEnumeratorToTaskRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Dump
{
    public static Task Print()
    {
        KeyValuePair<string, int>[] entries = HostCache.Current.ByHost.ToArray();
        return Task.Run(() =>
        {
            foreach (var entry in entries)
            {
                Console.WriteLine(entry.Key);
            }
        });
    }
}
