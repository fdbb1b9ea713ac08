// Short handler: a request's cancellation token closes the connection it opened on this worker. The Register callback
// runs on whatever thread cancels (a timer thread for CancelAfter) and changes the worker's connection list there
// (WEFT0004).
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.ThreadContext.R16.CancelRegisterClosesConns;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class OpenConns
{
    public List<long> Closing { get; } = new();
    public ConcurrentQueue<long> ClosingQueue { get; } = new();
}

public static class UpstreamCall
{
    public static CancellationTokenRegistration Track(long connId, CancellationToken requestAborted)
    {
        var conns = OpenConns.Current;
        return requestAborted.Register(() => conns.Closing.Add(connId)); // expect: WEFT0004
    }
}
