// WEFT0002: views over an array published in its place: Array.AsReadOnly(array), `array.AsMemory()` as a
// ReadOnlyMemory<T>, and `new ReadOnlyMemory<T>(array, 0, n)`; the array itself is written after the publish.
using System;
using System.Collections.ObjectModel;
using Weft;

namespace Corpus5a.ArrayViewsPublished;

public sealed class Blob
{
    public ReadOnlyCollection<int> Ids { get; init; } = ReadOnlyCollection<int>.Empty;
    public ReadOnlyMemory<byte> Body { get; init; }
    public ReadOnlyMemory<char> Name { get; init; }
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Blob>();
        var ids = new[] { 1, 2 };
        var body = new byte[16];
        var name = "edge".ToCharArray();
        slot.Publish(new Blob { Ids = Array.AsReadOnly(ids), Body = body.AsMemory(), Name = new ReadOnlyMemory<char>(name, 0, 2) });
        ids[0] = 9; // expect: WEFT0002
        body[3] = 0xFF; // expect: WEFT0002
        name[1] = 'X'; // expect: WEFT0002
    }
}
