// Quiet twin of ArrayViewsPublished: the views are built over copies (ToArray / Clone), so the later writes to the
// original arrays reach nothing published.
using System;
using System.Collections.ObjectModel;
using Weft;

namespace Corpus5a.ArrayViewsPublishedQuiet;

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
        slot.Publish(new Blob { Ids = Array.AsReadOnly((int[])ids.Clone()), Body = body.AsSpan().ToArray(), Name = new ReadOnlyMemory<char>(name.AsSpan(0, 2).ToArray()) });
        ids[0] = 9;
        body[3] = 0xFF;
        name[1] = 'X';
    }
}
