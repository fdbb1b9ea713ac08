// Quiet twin of ViewConstructorsOnCurrent: the same constructors over a worker copy (ToArray) of the snapshot's bytes;
// the snapshot is viewed only through ReadOnlySpan.
using System;
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus5a.ViewConstructorsOnCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Frame
{
    public ImmutableArray<byte> Bytes { get; init; } = ImmutableArray.Create(new byte[32]);
}

public static class Worker
{
    public static int Patch()
    {
        var mine = Frame.Current.Bytes.ToArray();
        var whole = new Span<byte>(mine);
        whole[0] = 1;
        var body = new Memory<byte>(mine, 4, 8);
        body.Span.Clear();
        var tail = new ArraySegment<byte>(mine, 16, 16);
        tail[0] = 2;
        ReadOnlySpan<byte> shared = Frame.Current.Bytes.AsSpan();
        return shared[0] + mine[0];
    }
}
