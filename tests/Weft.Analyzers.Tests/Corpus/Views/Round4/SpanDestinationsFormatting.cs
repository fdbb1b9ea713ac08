// Formatting APIs that write into a destination Span<char>/Span<byte>: int.TryFormat, Guid.TryWriteBytes,
// BitConverter.TryWriteBytes, string.TryCopyTo, Convert.TryToBase64Chars, each given a slice of a PUBLISHED buffer.
// Each fills the published array through a span view of it (WEFT0002; issue 10: Span views, BCL in-place writers). A
// generality check for F1: no table of method names can list every `TryFormat`; a writable Span<T> parameter is a
// destination.
using System;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.SpanDestinationsFormatting;

public sealed class StatusLine
{
    private readonly Slot<char[]> _text;
    private readonly Slot<byte[]> _bytes;

    public StatusLine(WorkerPool pool)
    {
        _text = pool.AllocateSlot<char[]>();
        _bytes = pool.AllocateSlot<byte[]>();
    }

    public void Publish(char[] line, byte[] id, int status, Guid request)
    {
        _text.Publish(line);
        _bytes.Publish(id);
        status.TryFormat(line.AsSpan(9), out _); // expect: WEFT0002
        "OK".TryCopyTo(line.AsSpan(13)); // expect: WEFT0002
        Convert.TryToBase64Chars(id, line.AsSpan(16), out _); // expect: WEFT0002
        request.TryWriteBytes(id); // expect: WEFT0002
        BitConverter.TryWriteBytes(id.AsSpan(0, 4), status); // expect: WEFT0002
    }
}
