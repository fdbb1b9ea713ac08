// Quiet twin of GenericWrapperMembers: the same readonly wrapper over immutable type arguments (int, string,
// ImmutableArray<int>).
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.GenericWrapperMembersQuiet;

public sealed class Frozen<T>
{
    public Frozen(T value) => Value = value;
    public readonly T Value;
}

[ThreadLocalSlot]
public sealed partial class Tuning
{
    public Frozen<int> Threshold { get; init; } = new(3);
    public Frozen<ImmutableArray<int>> Buckets { get; init; } = new(ImmutableArray<int>.Empty);
    public Frozen<string> Name { get; init; } = new("t");
}
