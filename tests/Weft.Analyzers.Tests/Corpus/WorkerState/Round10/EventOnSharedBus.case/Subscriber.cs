// Worker code subscribes a handler over its own list; the handler adds to it where the bus raises (the pool). Reported where the handler is added (the page).
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

namespace Corpus.WorkerState.Round10.EventOnSharedBus;

public static class Subscriber
{
    public static void Attach(Bus bus)
    {
        var recent = SessionCache.Current.Recent;
        var home = Dispatcher.Current!;
        bus.Message += text => recent.Add(text); // expect: WEFT0004
    }
}
