// WEFT0003: a writable MemoryStream over a snapshot's byte array, a BinaryWriter over that stream, and
// Buffer.BlockCopy with the snapshot's array as destination all write the shared bytes.
// Reading: the report sits on the call that writes (stream.Write / writer.Write / BlockCopy), not on the constructor.
using System;
using System.IO;
using Weft;

namespace Corpus5a.StreamsOverSnapshotBytes;

[ThreadLocalSlot]
public sealed partial class Template
{
    public byte[] Header { get; init; } = new byte[64]; // expect: WEFT0001
}

public static class Worker
{
    public static void Stamp(byte[] id)
    {
        var stream = new MemoryStream(Template.Current.Header, writable: true);
        stream.Write(id, 0, 4); // expect: WEFT0003
        using var writer = new BinaryWriter(new MemoryStream(Template.Current.Header));
        writer.Write(42); // expect: WEFT0003
        Buffer.BlockCopy(id, 0, Template.Current.Header, 8, 4); // expect: WEFT0003
    }
}
