// WEFT0003: a ref struct cursor holding a Span over the snapshot's array writes through the span.
using System;
using Weft;

namespace Corpus.Views.R8.RefStructCursorOverSnapshot;

public ref struct Cursor
{
    private readonly Span<byte> _span;
    private int _position;

    public Cursor(Span<byte> span)
    {
        _span = span;
        _position = 0;
    }

    public void Write(byte value) => _span[_position++] = value;
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Banner
{
    public byte[] Bytes { get; init; } = new byte[64];
}
#pragma warning restore WEFT0001

public static class Stamp
{
    public static void Version(byte version)
    {
        var cursor = new Cursor(Banner.Current.Bytes);
        cursor.Write(version); // expect: WEFT0003
    }
}
