// Twin: the private nested type is a readonly struct.
using Weft;

namespace Corpus.Immutability.R8.PrivateNestedBucketQuiet;

[ThreadLocalSlot]
public sealed partial class Limiter
{
    private readonly Bucket _bucket = new(10);

    public int Capacity => _bucket.Tokens;

    private readonly struct Bucket(int tokens)
    {
        public int Tokens { get; } = tokens;
    }
}
