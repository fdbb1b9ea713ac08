// Quiet twin of GenericBoxWritableField: the generic box's value is init-only.
using Weft;

namespace Corpus6a.GenericBoxWritableField;

public sealed class Box<T>
{
    public T? Value { get; init; }
}

[ThreadLocalSlot]
public sealed partial class Limits
{
    public Box<int> Max { get; init; } = new();
}
