// Quiet twin of StaticPropertyReturnsMap: the static property returns a ConcurrentDictionary.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.StaticPropertyReturnsMapQuiet;

public static class Routes
{
    private static readonly ConcurrentDictionary<string, string> s_map = new();

    public static ConcurrentDictionary<string, string> Map => s_map;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    [WorkerUpdate]
    private void Alias(string host, string target) => Routes.Map[host] = target;
}
