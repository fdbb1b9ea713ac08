// Quiet twin of RetryQueueTimerState: the retry timer is a loop timer; the queue never leaves the worker.
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
    private readonly DispatcherTimer _timer;
    private readonly RetryQueue _queue;

    public RetryScheduler(Action<PendingRetry> resend)
    {
        _resend = resend;
        _queue = RetryQueue.Current;
        _timer = Dispatcher.Current!.CreateTimer(Tick);
        _timer.Enable(TimeSpan.FromMilliseconds(100));
    }

    private void Tick()
    {
        foreach (PendingRetry retry in _queue.TakeDue(DateTime.UtcNow)) _resend(retry);
        _timer.Enable(TimeSpan.FromMilliseconds(100));
    }

    public void Dispose() => _timer.Dispose();
}
