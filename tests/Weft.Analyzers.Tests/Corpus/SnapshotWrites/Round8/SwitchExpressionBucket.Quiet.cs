// Twin: the switch picks a per-worker bucket; the snapshot only gives the limit.
using Weft;

namespace Corpus.SnapshotWrites.R8.SwitchExpressionBucketQuiet;

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Limits
{
    public int ApiLimit { get; init; }
    public int StaticLimit { get; init; }
}
#pragma warning restore WEFT0001

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Buckets
{
    public int Api;
    public int Static;
}

public static class Limiter
{
    public static bool TryTake(string path)
    {
        var mine = Buckets.Current;
        ref int bucket = ref path.StartsWith("/api") ? ref mine.Api : ref mine.Static;
        int limit = path.StartsWith("/api") ? Limits.Current.ApiLimit : Limits.Current.StaticLimit;
        if (bucket >= limit)
        {
            return false;
        }

        bucket++;
        return true;
    }
}
