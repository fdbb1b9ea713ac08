// Quiet twin of CancellationRegisterAbandons: the Register callback only completes a fresh TaskCompletionSource; the
// removal runs after a plain await, back on the worker.
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
    public async Task Track(int id)
    {
        var pending = PendingRequests.Current;
        pending.ById[id] = new TaskCompletionSource<string>();
        var timedOut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var registration = timeout.Token.Register(() => timedOut.TrySetResult());
        await timedOut.Task;
        pending.ById.Remove(id);
    }
}
