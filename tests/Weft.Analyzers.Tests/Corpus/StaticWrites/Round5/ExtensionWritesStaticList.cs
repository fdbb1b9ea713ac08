// WEFT0006: a [WorkerUpdate] method adds to a static List through a user extension method that writes its `this`
// parameter (a helper that writes its parameter, called with static state).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.ExtensionWritesStaticList;

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
    private static readonly List<string> s_everSeen = new();

    [WorkerUpdate]
    private void Learn(string[] hosts) => s_everSeen.AddAll(hosts); // expect: WEFT0006
}
