// WEFT0002: a helper returns a ref into its array argument; the caller assigns through it after the publish.
using Weft.Slots;

namespace Corpus.Views.R8.RefReturnHelper;

public static class Shards
{
    private static ref long At(long[] table, int shard) => ref table[shard % table.Length];

    public static void Publish(Slot<long[]> slot, long[] owners, int shard)
    {
        slot.Publish(owners);
        At(owners, shard) = 42; // expect: WEFT0002
    }
}
