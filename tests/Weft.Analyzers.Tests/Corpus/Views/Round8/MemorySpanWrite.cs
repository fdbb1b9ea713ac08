// WEFT0002: a Memory<byte> kept over the published buffer is written through its Span later.
using System;
using Weft.Slots;

namespace Corpus.Views.R8.MemorySpanWrite;

public sealed class BannerPublisher(Slot<byte[]> slot)
{
    private Memory<byte> _tail;

    public void Publish(byte[] banner)
    {
        _tail = banner.AsMemory(banner.Length / 2);
        slot.Publish(banner);
    }

    public void Stamp(byte version) => _tail.Span[0] = version; // expect: WEFT0002
}
