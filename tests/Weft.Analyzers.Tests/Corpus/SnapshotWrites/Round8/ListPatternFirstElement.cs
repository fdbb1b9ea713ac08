// WEFT0003: a list pattern takes the first backend of the snapshot and marks it down.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.ListPatternFirstElement;

public sealed class Backend
{
    public string Host { get; init; } = "";
    public bool Down { get; set; }
}

#pragma warning disable WEFT0001 // the mutable snapshot is the point of the case
[ThreadLocalSlot]
public sealed partial class Backends
{
    public List<Backend> All { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Health
{
    public static void MarkPrimaryDown()
    {
        if (Backends.Current.All is [var primary, ..])
        {
            primary.Down = true; // expect: WEFT0003
        }
    }
}
