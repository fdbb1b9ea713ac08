// Round 2. MemoryMarshal.AsMemory strips the read-only wrapper off the snapshot's ReadOnlyMemory view.
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Views.Round2.AsMemory;

[ThreadLocalSlot]
public sealed partial class Banner
{
    public ImmutableArray<byte> Greeting { get; init; }
}

public static class Greeter
{
    public static void Uppercase()
    {
        var writable = MemoryMarshal.AsMemory(Banner.Current.Greeting.AsMemory());
        writable.Span[0] = (byte)'H'; // expect: WEFT0003
    }
}
