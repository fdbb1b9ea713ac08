// WEFT0003: views made with constructors rather than extension methods over a snapshot's array: `new Span<T>(array)`,
// `new Memory<T>(array, start, length)`, `new ArraySegment<T>(array, offset, count)`; each writes the shared array.
using System;
using Weft;

namespace Corpus5a.ViewConstructorsOnCurrent;

[ThreadLocalSlot]
public sealed partial class Frame
{
    public byte[] Bytes { get; init; } = new byte[32]; // expect: WEFT0001
}

public static class Worker
{
    public static void Patch()
    {
        var whole = new Span<byte>(Frame.Current.Bytes);
        whole[0] = 1; // expect: WEFT0003
        var body = new Memory<byte>(Frame.Current.Bytes, 4, 8);
        body.Span.Clear(); // expect: WEFT0003
        var tail = new ArraySegment<byte>(Frame.Current.Bytes, 16, 16);
        tail[0] = 2; // expect: WEFT0003
    }
}
