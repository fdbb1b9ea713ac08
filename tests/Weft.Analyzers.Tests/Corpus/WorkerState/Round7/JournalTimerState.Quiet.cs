// Quiet twin of JournalFlusher: the flush runs on a timer of the worker's own dispatcher.
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
        DispatcherTimer? timer = null;
        timer = Dispatcher.Current!.CreateTimer(() =>
        {
            Flush(pending);
            timer!.Enable(TimeSpan.FromSeconds(1));
        });
        timer.Enable(TimeSpan.FromSeconds(1));
        return timer;
    }

    private static void Flush(object? state)
    {
        var pending = (List<Fill>)state!;
        foreach (Fill fill in pending) s_out.Enqueue($"{fill.OrderId} {fill.Quantity}@{fill.Price}");
        pending.Clear();
    }
}
