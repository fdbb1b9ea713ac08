// A project of several files: an abstract batch-size source whose override (this file) reads a snapshot's Current in
// its getter; the other file reads the property through the base type. The override's body is in another file than
// the code that reads it: reported at the read of the property.
using Weft;

namespace Corpus.CurrentOffPool.VirtualGetterOnPoolQuiet;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBatch { get; init; }
}

public abstract class BatchSize
{
    public abstract int Value { get; }
}

public sealed class CurrentBatchSize : BatchSize
{
    public override int Value => Limits.Current.MaxBatch;
}
