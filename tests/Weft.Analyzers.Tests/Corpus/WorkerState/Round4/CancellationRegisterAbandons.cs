// WEFT0004: a CancellationToken.Register callback runs on whatever thread cancels — here the timer thread of
// CancelAfter — and touches the worker's pending-request table (WEFT0004 page: Register callbacks are off the pool,
// like Task.Run).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.CancellationRegisterAbandons;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PendingRequests
{
    public Dictionary<int, TaskCompletionSource<string>> ById { get; } = new();
}

public sealed class RequestTimeouts
{
    public Task<string> Track(int id)
    {
        var pending = PendingRequests.Current;
        var completion = new TaskCompletionSource<string>();
        pending.ById[id] = completion;
        var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        timeout.Token.Register(() => pending.ById.Remove(id)); // expect: WEFT0004
        return completion.Task;
    }
}
