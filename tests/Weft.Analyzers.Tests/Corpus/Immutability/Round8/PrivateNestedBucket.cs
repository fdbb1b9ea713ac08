// WEFT0001: a private field of a private nested type whose field is writable.
using Weft;

namespace Corpus.Immutability.R8.PrivateNestedBucket;

[ThreadLocalSlot]
public sealed partial class Limiter
{
    private readonly Bucket _bucket = new(); // expect: WEFT0001

    public int Capacity => _bucket.Tokens;

    private sealed class Bucket
    {
        public int Tokens;
    }
}
