// Quiet twin of ExtensionWritesStaticList: the same extension writes the worker's own (instance) list.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.ExtensionWritesStaticListQuiet;

public static class ListExtensions
{
    public static void AddAll(this List<string> target, IEnumerable<string> items)
    {
        foreach (string item in items)
        {
            target.Add(item);
        }
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly List<string> _seen = new();

    [WorkerUpdate]
    private void Learn(string[] hosts) => _seen.AddAll(hosts);
}
