// Quiet twin of CapturedDictionaryValueRef: a ConcurrentDictionary's AddOrUpdate.
using System.Collections.Concurrent;
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
    public static async Task<ConcurrentDictionary<string, long>> KeysByShardAsync(Slot<ShardStats> stats)
    {
        var byShard = new ConcurrentDictionary<string, long>();
        await stats.RunOnAllThreadsAsync(s => byShard.AddOrUpdate(s.Shard, s.Keys, (_, old) => old + s.Keys));
        return byShard;
    }
}
