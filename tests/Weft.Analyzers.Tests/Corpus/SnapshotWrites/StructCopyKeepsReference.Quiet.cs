// Value-type copies out of the snapshot are the reader's own: changing them touches nothing shared.
using System.Collections.Immutable;
using Weft;

namespace Corpus.SnapshotWrites.StructCopy;

public readonly record struct Window(int Size, int Step);

[ThreadLocalSlot]
public sealed partial class LatencyModel
{
    public Window Window { get; init; }
    public ImmutableArray<int> Buckets { get; init; }
}

public static class Recorder
{
    public static int Record(int bucket)
    {
        Window local = LatencyModel.Current.Window;
        local = local with { Size = local.Size * 2 };
        int expected = LatencyModel.Current.Buckets[bucket];
        expected++;
        return expected + local.Size;
    }
}
