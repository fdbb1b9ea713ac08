// WEFT0001: the slot type derives from a generic base `Versioned<T>` instantiated over a mutable type; the inherited
// `Value` is a List<string>. The page: an inherited mutable member is reported on the slot type's name.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.GenericSnapshotBase;

public abstract class Versioned<T>
{
    public required T Value { get; init; }
    public long Version { get; init; }
}

[ThreadLocalSlot]
public sealed partial class AllowList : Versioned<List<string>> // expect: WEFT0001
{
}
