// WEFT0004: NetworkChange events are raised on the library's own threads (the page's list of such events). A handler
// over the worker's connection table added there clears it off the loop; where the page says it is reported: "where
// the handler is added".
using System.Collections.Generic;
using System.Net.NetworkInformation;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R9.NetworkChangeHandler;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class IdleConnections
{
    public Stack<System.Net.Sockets.Socket> Idle { get; } = new();
}

public static class NetworkWatch
{
    public static void DropIdleOnChange()
    {
        IdleConnections pool = IdleConnections.Current;
        Dispatcher home = Dispatcher.Current!;
        NetworkChange.NetworkAddressChanged += (_, _) => pool.Idle.Clear(); // expect: WEFT0004
    }
}
