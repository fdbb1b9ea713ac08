// The published banner holds a ReadOnlyMemory window on the publisher's reusable buffer: Reset clears it, and the
// next Publish overwrites it (the copy sits above the publish, but runs after the previous call's publish).
using System;
using Weft.Slots;

namespace Corpus.Views.MemoryInside;

public sealed record Banner(ReadOnlyMemory<byte> Bytes);

public sealed class BannerPublisher(Slot<Banner> slot)
{
    private readonly byte[] _buffer = new byte[1024];

    public void Publish(ReadOnlySpan<byte> banner)
    {
        banner.CopyTo(_buffer); // expect: WEFT0002
        slot.Publish(new Banner(_buffer.AsMemory(0, banner.Length)));
    }

    public void Reset() => Array.Clear(_buffer); // expect: WEFT0002
}
