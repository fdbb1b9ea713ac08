// Quiet twin of ThisEscapesPerWorkerType: the audit runs inline, the report posts to the calling loop
// (Dispatcher.Current, [CallingThreadLoop]) and only an int goes to main, and the expiry is a loop-owned
// DispatcherTimer.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.Round4.ThisEscapesPerWorkerType;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionTracker
{
    readonly Dictionary<int, DateTime> _openedAt = new();
    DispatcherTimer? _expiry;

    public void Opened(int id) => _openedAt[id] = DateTime.UtcNow;

    public void ScheduleAudit() => Dispatcher.Current!.Post(static t => t.Audit(), this);

    public void ReportTo(WorkerPool pool) => pool.Main.Post(static n => Console.WriteLine(n), _openedAt.Count);

    public void StartExpiry()
    {
        _expiry = Dispatcher.Current!.CreateTimer(Expire);
        _expiry.Enable(TimeSpan.FromSeconds(10));
    }

    void Audit()
    {
        foreach (var (id, at) in _openedAt) Console.WriteLine($"{id} open since {at:O}");
    }

    void Expire()
    {
        _openedAt.Clear();
        _expiry!.Enable(TimeSpan.FromSeconds(10));
    }
}
