// Writes into a published byte array through span slice chains: a range of a slice reversed in place, an in-place
// Replace over a range, and a span local that is re-sliced and then indexed. Each slice is a view over the published
// array (issue 10: Span views), so each in-place operation is a write (WEFT0002).
using System;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.SpanSliceChainsAfterPublish;

public sealed class HeaderTemplate
{
    private readonly Slot<byte[]> _slot;

    public HeaderTemplate(WorkerPool pool) => _slot = pool.AllocateSlot<byte[]>();

    public void Publish(byte[] template)
    {
        _slot.Publish(template);
        Span<byte> window = template.AsSpan(4)[..8];
        window.Reverse(); // expect: WEFT0002
        template.AsSpan()[1..].Replace((byte)0, (byte)' '); // expect: WEFT0002
        Span<byte> cursor = template;
        cursor = cursor.Slice(2);
        cursor[0] = (byte)'\r'; // expect: WEFT0002
    }
}
