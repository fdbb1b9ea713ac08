// WEFT0008: the slot's RunOnAllThreadsAsync callback adds into a captured Dictionary through
// CollectionsMarshal.GetValueRefOrAddDefault — a ref into the captured dictionary, written from every thread.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round4.CapturedDictionaryValueRef;

public sealed class ShardStats
{
    public string Shard { get; set; } = "";
    public long Keys { get; set; }
}

public static class ShardSummary
{
    public static async Task<Dictionary<string, long>> KeysByShardAsync(Slot<ShardStats> stats)
    {
        var byShard = new Dictionary<string, long>();
        await stats.RunOnAllThreadsAsync(s => CollectionsMarshal.GetValueRefOrAddDefault(byShard, s.Shard, out _) += s.Keys); // expect: WEFT0008
        return byShard;
    }
}
