// A ticker raises its Tick event from Task.Run; worker code subscribes a handler over its per-worker cache. The page:
// "adding a handler over worker state to an event that its type raises on another thread is reported where the
// handler is added".
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.EventRaisedOnPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Hits { get; } = new();
}

public sealed class Ticker
{
    public event Action? Tick;

    public void Start(TimeSpan period) => Task.Run(async () =>
    {
        while (true)
        {
            await Task.Delay(period).ConfigureAwait(false);
            Tick?.Invoke();
        }
    });
}

public static class Expiry
{
    public static void Install(Ticker ticker)
    {
        var cache = Cache.Current;
        ticker.Tick += () => cache.Hits.Clear(); // expect: WEFT0004
        ticker.Start(TimeSpan.FromSeconds(1));
    }
}
