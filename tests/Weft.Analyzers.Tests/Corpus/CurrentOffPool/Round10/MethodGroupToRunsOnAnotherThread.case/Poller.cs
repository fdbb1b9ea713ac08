// A user API whose callback parameter is [RunsOnAnotherThread], given a service's instance method group that reads
// Current; handed directly. #escape: read or hand-off.
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

namespace Corpus.CurrentOffPool.Round10.MethodGroupToRunsOnAnotherThread;

public sealed class Poller
{
    public void OnTick([RunsOnAnotherThread] Action tick) => ThreadPool.QueueUserWorkItem(_ => tick());
}

public sealed class RefreshService
{
    public void Refresh() => Console.WriteLine(SessionCache.Current.Hits.Count); // expect: WEFT0005 #escape
}

public static class Wiring
{
    public static void Connect(Poller poller, RefreshService service)
    {
        var home = Dispatcher.Current!;
        poller.OnTick(service.Refresh); // expect: WEFT0005 #escape
    }
}
