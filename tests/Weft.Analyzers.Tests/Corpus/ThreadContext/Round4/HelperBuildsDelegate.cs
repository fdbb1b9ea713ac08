// WEFT0004: a helper returns a lambda capturing its parameter; the caller passes the worker's cache and hands the
// returned delegate to Task.Run (issue 10, Calls: worker-owned state handed to another thread through a helper).
// #escape: the report may sit on the Task.Run call or on the helper's lambda.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.HelperBuildsDelegate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ShardCache
{
    public Dictionary<int, string> Owners { get; } = new();
}

public sealed class Rebalancer
{
    public Task RebalanceAsync(int shard)
    {
        var cache = ShardCache.Current;
        return Task.Run(Forget(cache, shard)); // expect: WEFT0004 #escape
    }

    static Action Forget(ShardCache cache, int shard) => () => cache.Owners.Remove(shard); // expect: WEFT0004 #escape
}
