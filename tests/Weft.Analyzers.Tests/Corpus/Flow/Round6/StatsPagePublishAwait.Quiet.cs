// Quiet twin of StatsPagePublishAwait: the footer is added before the model is published.
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
        page.Footer.Add($"generated {DateTime.UtcNow:O}");
        await _page.PublishAsync(page);
    }
}
