// Twin: the pattern reads the first backend's host; the down mark is kept per worker.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R8.ListPatternFirstElementQuiet;

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
    public static HashSet<string> MarkPrimaryDown()
    {
        var down = new HashSet<string>();
        if (Backends.Current.All is [{ Host: var host }, ..])
        {
            down.Add(host);
        }

        return down;
    }
}
