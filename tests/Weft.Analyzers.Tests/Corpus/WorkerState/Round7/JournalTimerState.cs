// Trading: each worker journals its fills and flushes the journal every second. The flush timer is a
// System.Threading.Timer whose state is the worker's journal list: the timer thread drains it while the worker appends.
// Twin: a dispatcher timer on the worker's own loop does the flush.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.JournalTimerState;

public sealed record Fill(long OrderId, decimal Price, long Quantity);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FillJournal
{
    public List<Fill> Pending { get; } = new();
}

public sealed class JournalFlusher
{
    private static readonly ConcurrentQueue<string> s_out = new();

    public static bool TryTake(out string? line) => s_out.TryDequeue(out line);

    public IDisposable Start()
    {
        List<Fill> pending = FillJournal.Current.Pending;
        return new Timer(Flush, pending, 1000, 1000); // expect: WEFT0004
    }

    private static void Flush(object? state)
    {
        var pending = (List<Fill>)state!;
        foreach (Fill fill in pending) s_out.Enqueue($"{fill.OrderId} {fill.Quantity}@{fill.Price}");
        pending.Clear();
    }
}
