// WEFT0003: snapshot data travels inside objects the worker builds: an object initializer stores Current's list in a
// fresh holder that is then written; a helper constructed with the list changes it in a later method call; a
// property setter of a helper clears the list it is given.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.ObjectsCarryingSnapshotData;

[ThreadLocalSlot]
public sealed partial class Buffers
{
    public List<byte> Scratch { get; init; } = new(); // expect: WEFT0001
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
    public static void Fill(byte b)
    {
        var holder = new Holder { Bytes = Buffers.Current.Scratch };
        holder.Bytes.Add(b); // expect: WEFT0003
        var appender = new Appender(Buffers.Current.Scratch);
        appender.Append(b); // expect: WEFT0003
        var resetter = new Resetter();
        resetter.Target = Buffers.Current.Scratch; // expect: WEFT0003
    }
}
