// WEFT0004: inside a per-worker slot type, `this` is the worker's instance (WEFT0004 page). Here it leaves the worker
// as a *value*, not through a field access: a method group on `this` given to Task.Run, `this` as the [PassedToCallback]
// state of Post<TState> to the main dispatcher, and `this` as a System.Threading.Timer's state.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ThisEscapesPerWorkerType;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionTracker
{
    readonly Dictionary<int, DateTime> _openedAt = new();
    Timer? _expiry;

    public void Opened(int id) => _openedAt[id] = DateTime.UtcNow;

    public Task ScheduleAudit() => Task.Run(Audit); // expect: WEFT0004

    public void ReportTo(WorkerPool pool) => pool.Main.Post(static t => t.Print(), this); // expect: WEFT0004

    public void StartExpiry() =>
        _expiry = new Timer(static s => ((ConnectionTracker)s!).Expire(), this, 10_000, 10_000); // expect: WEFT0004

    void Audit()
    {
        foreach (var (id, at) in _openedAt) Console.WriteLine($"{id} open since {at:O}");
    }

    void Print() => Console.WriteLine(_openedAt.Count);

    void Expire() => _openedAt.Clear();
}
