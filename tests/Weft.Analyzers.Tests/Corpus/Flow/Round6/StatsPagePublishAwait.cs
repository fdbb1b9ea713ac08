// Admin stats page: main flushes the pool's stats, renders a page model and publishes it for the workers' HTTP
// handlers. Defect: after awaiting the publish, the code appends the flush time to the published model's
// footer lines (WEFT0002: a write after the publish, across an await).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Stats;

namespace Corpus6b.StatsPagePublishAwait;

public sealed class StatsPage
{
    public List<string> Lines { get; } = new();
    public List<string> Footer { get; } = new();
}

public sealed class StatsPagePublisher
{
    private readonly WorkerPool _pool;
    private readonly Slot<StatsPage> _page;

    public StatsPagePublisher(WorkerPool pool)
    {
        _pool = pool;
        _page = pool.AllocateSlot<StatsPage>();
    }

    public async Task RefreshAsync()
    {
        StatsSnapshot snapshot = await _pool.Stats.FlushAsync();
        var page = new StatsPage();
        page.Lines.Add($"flushes {_pool.Stats.Flushes}");
        page.Lines.Add($"snapshot {snapshot}");
        await _page.PublishAsync(page);
        page.Footer.Add($"generated {DateTime.UtcNow:O}"); // expect: WEFT0002
    }
}
