// Quiet twin of ObjectsCarryingSnapshotData: the holder, the appender and the resetter get a copy of the snapshot's
// bytes (new List<byte>(x)).
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.ObjectsCarryingSnapshotDataQuiet;

[ThreadLocalSlot]
public sealed partial class Buffers
{
    public ImmutableArray<byte> Scratch { get; init; } = ImmutableArray<byte>.Empty;
}

public sealed class Holder
{
    public List<byte> Bytes { get; set; } = new();
}

public sealed class Appender(List<byte> target)
{
    public void Append(byte b) => target.Add(b);
}

public sealed class Resetter
{
    public List<byte> Target { set => value.Clear(); }
}

public static class Worker
{
    public static int Fill(byte b)
    {
        var holder = new Holder { Bytes = new List<byte>(Buffers.Current.Scratch) };
        holder.Bytes.Add(b);
        var appender = new Appender(new List<byte>(Buffers.Current.Scratch));
        appender.Append(b);
        var resetter = new Resetter();
        resetter.Target = new List<byte>(Buffers.Current.Scratch);
        return holder.Bytes.Count;
    }
}
