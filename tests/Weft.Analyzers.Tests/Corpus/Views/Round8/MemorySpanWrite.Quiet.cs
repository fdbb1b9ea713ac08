// Twin: the kept memory is over a private copy.
using System;
using Weft.Slots;

namespace Corpus.Views.R8.MemorySpanWriteQuiet;

public sealed class BannerPublisher(Slot<byte[]> slot)
{
    private Memory<byte> _tail;

    public void Publish(byte[] banner)
    {
        _tail = banner[(banner.Length / 2)..].AsMemory();
        slot.Publish(banner);
    }

    public void Stamp(byte version) => _tail.Span[0] = version;
}
