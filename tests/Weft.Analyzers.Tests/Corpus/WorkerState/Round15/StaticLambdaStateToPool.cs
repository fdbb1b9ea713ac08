// Round 15, WEFT0004, a short request handler: a `static` lambda cannot capture, so the handler passes the worker's
// pending list as the state of ThreadPool.QueueUserWorkItem<TState>; the callback clears it on the pool. The page: the
// state arguments of the entry-point table go where the callback goes.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round15.StaticLambdaStateToPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WriteBuffer
{
    public List<byte[]> Pending { get; } = [];
}

public static class ResetHandler
{
    public static int Reset()
    {
        var pending = WriteBuffer.Current.Pending;
        int dropped = pending.Count;
        ThreadPool.QueueUserWorkItem(static p => p.Clear(), pending, preferLocal: false); // expect: WEFT0004
        return dropped;
    }
}
