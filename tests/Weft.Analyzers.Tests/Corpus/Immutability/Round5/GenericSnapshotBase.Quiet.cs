// Quiet twin of GenericSnapshotBase: the same generic base instantiated over ImmutableArray<string>.
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.GenericSnapshotBaseQuiet;

public abstract class Versioned<T>
{
    public required T Value { get; init; }
    public long Version { get; init; }
}

[ThreadLocalSlot]
public sealed partial class AllowList : Versioned<ImmutableArray<string>>
{
}
