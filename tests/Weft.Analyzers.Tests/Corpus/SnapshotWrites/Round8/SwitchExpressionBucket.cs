// WEFT0003: a switch expression selects one of the snapshot's token buckets; the bucket is decremented.
using Weft;

namespace Corpus.SnapshotWrites.R8.SwitchExpressionBucket;

public sealed class TokenBucket
{
    public int Tokens;
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Limits
{
    public TokenBucket Api { get; init; } = new();
    public TokenBucket Static { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Limiter
{
    public static bool TryTake(string path)
    {
        var bucket = path switch
        {
            ['/', 'a', 'p', 'i', ..] => Limits.Current.Api,
            _ => Limits.Current.Static,
        };
        if (bucket.Tokens <= 0)
        {
            return false;
        }

        bucket.Tokens--; // expect: WEFT0003
        return true;
    }
}
