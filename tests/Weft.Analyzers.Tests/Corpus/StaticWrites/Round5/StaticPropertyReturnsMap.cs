// WEFT0006: a static property whose getter returns a static Dictionary (`Routes.Map`); a [WorkerUpdate] method sets an
// entry through it. The property is only a way to the static collection.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.StaticPropertyReturnsMap;

public static class Routes
{
    private static readonly Dictionary<string, string> s_map = new();

    public static Dictionary<string, string> Map => s_map;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    [WorkerUpdate]
    private void Alias(string host, string target) => Routes.Map[host] = target; // expect: WEFT0006
}
