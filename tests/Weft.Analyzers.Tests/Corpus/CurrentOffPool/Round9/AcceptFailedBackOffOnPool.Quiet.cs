// Loop-owned I/O, WEFT0005: Listener.Open's onAcceptFailed runs on the listener's loop, where BackOff
// ([RequiresLoopThread]) may be called; deferred to the thread pool it may not.
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Weft.Net;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R9.AcceptFailedBackOffOnPool;

public static class Accepting
{
    public static Listener Open(IPEndPoint endPoint)
    {
        return Listener.Open(
            Dispatcher.Current!,
            endPoint,
            connection => connection.Start((c, d) => { }, (c, e) => { }),
            new ListenerOptions { Backlog = 256 },
            (listener, error) =>
            {
                if (error is SocketError.TooManyOpenSockets)
                {
                    listener.BackOff(error);
                }
            });
    }
}
