// Short handler: a request's cancellation token closes the connection it opened on this worker. The Register callback
// only enqueues the id into the worker's ConcurrentQueue (a thread-safe type, captured through a local of that
// type), which the loop drains (quiet twin of
// CancelRegisterClosesConns).
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
        var closing = OpenConns.Current.ClosingQueue;
        return requestAborted.Register(() => closing.Enqueue(connId));
    }
}
