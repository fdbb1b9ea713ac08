// Quiet twin of SpanSliceChainsAfterPublish: the slices are taken over a stackalloc'd copy of the published template;
// the published array is only read (SequenceEqual, IndexOf), and the field that remembers the last published array is
// swapped with Interlocked.Exchange (a write of the field, not of the array).
using System;
using System.Threading;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.SpanSliceChainsAfterPublishQuiet;

public sealed class HeaderTemplate
{
    private readonly Slot<byte[]> _slot;
    private byte[] _last = Array.Empty<byte>();

    public HeaderTemplate(WorkerPool pool) => _slot = pool.AllocateSlot<byte[]>();

    public int Publish(byte[] template)
    {
        _slot.Publish(template);
        byte[] previous = Interlocked.Exchange(ref _last, template);
        Span<byte> copy = stackalloc byte[template.Length];
        template.CopyTo(copy);
        Span<byte> window = copy[4..][..8];
        window.Reverse();
        copy[1..].Replace((byte)0, (byte)' ');
        Span<byte> cursor = copy;
        cursor = cursor.Slice(2);
        cursor[0] = (byte)'\r';
        bool same = previous.AsSpan().SequenceEqual(template);
        return same ? -1 : template.AsSpan().IndexOf((byte)'\n') + cursor.Length;
    }
}
