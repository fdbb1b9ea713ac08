// Retry scheduler: each worker queues failed requests and retries them on a timer. Defect: the scheduler's
// constructor hands the worker's retry queue to a System.Threading.Timer as its state, and the callback drains
// it on a timer thread (WEFT0004: a Timer's state goes where its callback goes).
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus6b.RetryQueueTimerState;

public sealed record PendingRetry(string RequestId, int Attempt, DateTime DueAt);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RetryQueue
{
    private readonly PriorityQueue<PendingRetry, DateTime> _due = new();

    public void Schedule(PendingRetry retry) => _due.Enqueue(retry, retry.DueAt);

    public IEnumerable<PendingRetry> TakeDue(DateTime now)
    {
        var ready = new List<PendingRetry>();
        while (_due.TryPeek(out var next, out var at) && at <= now) ready.Add(_due.Dequeue());
        return ready;
    }
}

public sealed class RetryScheduler : IDisposable
{
    private readonly Action<PendingRetry> _resend;
    private readonly Timer _timer;

    public RetryScheduler(Action<PendingRetry> resend)
    {
        _resend = resend;
        _timer = new Timer(Tick, RetryQueue.Current, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100)); // expect: WEFT0004
    }

    private void Tick(object? state)
    {
        var queue = (RetryQueue)state!;
        foreach (PendingRetry retry in queue.TakeDue(DateTime.UtcNow)) _resend(retry);
    }

    public void Dispose() => _timer.Dispose();
}
