// Quiet twin of StreamsOverSnapshotBytes: a read-only MemoryStream (writable: false) is read; the BinaryWriter writes a
// growable stream of the worker's own; Buffer.BlockCopy takes the snapshot's bytes as the source.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Weft;

namespace Corpus5a.StreamsOverSnapshotBytesQuiet;

[ThreadLocalSlot]
public sealed partial class Template
{
    public ImmutableArray<byte> Header { get; init; } = ImmutableArray.Create(new byte[64]);
}

public static class Worker
{
    public static byte[] Stamp(byte[] id)
    {
        var header = Template.Current.Header.ToArray();
        var reader = new MemoryStream(header, writable: false);
        int first = reader.ReadByte();
        var output = new MemoryStream();
        using var writer = new BinaryWriter(output);
        writer.Write(first);
        var stamped = new byte[64];
        Buffer.BlockCopy(header, 0, stamped, 0, 64);
        Buffer.BlockCopy(id, 0, stamped, 8, 4);
        return stamped;
    }
}
