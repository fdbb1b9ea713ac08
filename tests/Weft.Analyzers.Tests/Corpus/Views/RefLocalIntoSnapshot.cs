// A ref local into the snapshot's array: the increment lands in shared memory.
using Weft;

namespace Corpus.Views.RefLocal;

[ThreadLocalSlot]
public sealed partial class Shards
{
    public int[] Owners { get; init; } = []; // expect: WEFT0001
}

public static class ShardMap
{
    public static int Claim(int shard)
    {
        ref int owner = ref Shards.Current.Owners[shard];
        owner = System.Environment.CurrentManagedThreadId; // expect: WEFT0003
        return owner;
    }
}
