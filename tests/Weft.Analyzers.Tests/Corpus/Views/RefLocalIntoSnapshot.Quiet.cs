// A ref readonly into immutable snapshot data, copied into a local before it changes.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.RefLocal;

[ThreadLocalSlot]
public sealed partial class Shards
{
    public ImmutableArray<int> Owners { get; init; }
}

public static class ShardMap
{
    public static int NextOwner(int shard)
    {
        ref readonly int owner = ref Shards.Current.Owners.ItemRef(shard);
        int next = owner;
        next++;
        return next;
    }
}
