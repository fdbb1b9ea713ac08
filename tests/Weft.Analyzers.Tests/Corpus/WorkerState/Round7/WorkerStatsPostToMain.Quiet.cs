// Quiet twin of WorkerStatsPostToMain: a FrozenDictionary copy goes to main.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.WorkerStatsPostToMain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ZoneCounts
{
    public Dictionary<string, int> Players { get; } = new();

    public void Enter(string zone) => Players[zone] = Players.GetValueOrDefault(zone) + 1;
}

public sealed class AdminPage
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, int>> _byWorker = new();

    public void Receive(string worker, IReadOnlyDictionary<string, int> counts) => _byWorker[worker] = counts;

    public int Total(string zone)
    {
        int n = 0;
        foreach (var counts in _byWorker.Values) n += counts.GetValueOrDefault(zone);
        return n;
    }
}

public sealed class ZoneReporter
{
    private readonly WorkerPool _pool;
    private readonly AdminPage _page;

    public ZoneReporter(WorkerPool pool, AdminPage page)
    {
        _pool = pool;
        _page = page;
    }

    public void Report()
    {
        string worker = Dispatcher.Current!.Name;
        IReadOnlyDictionary<string, int> counts = ZoneCounts.Current.Players.ToFrozenDictionary();
        _pool.Main.Post(() => _page.Receive(worker, counts));
    }
}
