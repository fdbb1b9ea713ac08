// Each publish gets its own array; the publisher's buffer stays private.
using System;
using Weft.Slots;

namespace Corpus.Views.MemoryInside;

public sealed record Banner(ReadOnlyMemory<byte> Bytes);

public sealed class BannerPublisher(Slot<Banner> slot)
{
    private readonly byte[] _buffer = new byte[1024];

    public void Publish(ReadOnlySpan<byte> banner)
    {
        banner.CopyTo(_buffer);
        slot.Publish(new Banner(_buffer.AsSpan(0, banner.Length).ToArray()));
    }

    public void Reset() => Array.Clear(_buffer);
}
