// The per-worker type and the broadcast of a filter built over a list.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Broadcast.Round10.WrapperAroundListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Router
{
    private HostFilter? _filter;

    [WorkerUpdate]
    private void UseFilter(HostFilter filter) => _filter = filter;
}

public static class Deploy
{
    public static Task Run(WorkerPool pool, List<string> hosts) =>
        Router.UseFilterOnAllWorkersAsync(pool, new HostFilter(hosts));
}
