// Quiet twin of ShardSaveLoopRead: the policy is read once on the worker, before the loop.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ShardSaveLoopRead;

[ThreadLocalSlot]
public sealed partial class SavePolicy
{
    public bool Compress { get; init; } = true;
    public int MaxShardBytes { get; init; } = 1 << 20;
}

public interface IShardStore
{
    Task SaveAsync(string shard, bool compress, int maxBytes);
}

public sealed class ShardSaver
{
    private readonly IShardStore _store;

    public ShardSaver(IShardStore store) => _store = store;

    public async Task<int> SaveAllAsync(IReadOnlyList<string> shards)
    {
        int saved = 0;
        SavePolicy policy = SavePolicy.Current;
        foreach (string shard in shards)
        {
            await _store.SaveAsync(shard, policy.Compress, policy.MaxShardBytes).ConfigureAwait(false);
            saved++;
        }

        return saved;
    }
}
