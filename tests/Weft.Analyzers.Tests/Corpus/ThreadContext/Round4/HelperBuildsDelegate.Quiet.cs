// Quiet twin of HelperBuildsDelegate: the returned delegate is posted to the calling loop.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.Round4.HelperBuildsDelegate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ShardCache
{
    public Dictionary<int, string> Owners { get; } = new();
}

public sealed class Rebalancer
{
    public void Rebalance(int shard)
    {
        var cache = ShardCache.Current;
        Dispatcher.Current!.Post(Forget(cache, shard));
    }

    static Action Forget(ShardCache cache, int shard) => () => cache.Owners.Remove(shard);
}
