// Twin: the ref is read, not assigned.
using Weft.Slots;

namespace Corpus.Views.R8.RefReturnHelperQuiet;

public static class Shards
{
    private static ref long At(long[] table, int shard) => ref table[shard % table.Length];

    public static long Publish(Slot<long[]> slot, long[] owners, int shard)
    {
        slot.Publish(owners);
        long owner = At(owners, shard);
        owner++;
        return owner;
    }
}
