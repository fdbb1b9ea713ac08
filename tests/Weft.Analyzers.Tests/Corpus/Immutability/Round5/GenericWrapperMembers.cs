// WEFT0001: members typed as user generic wrappers: `Cell<int>` whose field is writable, and `Frozen<List<int>>` whose
// readonly field holds a mutable type argument.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.GenericWrapperMembers;

public sealed class Cell<T>
{
    public T Value = default!;
}

public sealed class Frozen<T>
{
    public Frozen(T value) => Value = value;
    public readonly T Value;
}

[ThreadLocalSlot]
public sealed partial class Tuning
{
    public Cell<int> Threshold { get; init; } = new(); // expect: WEFT0001
    public Frozen<List<int>> Buckets { get; init; } = new(new List<int>()); // expect: WEFT0001
    public Frozen<string> Name { get; init; } = new("t");
}
