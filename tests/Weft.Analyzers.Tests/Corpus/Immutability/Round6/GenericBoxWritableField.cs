// WEFT0001: a member of a closed generic class `Box<int>` whose `T` field is writable.
using Weft;

namespace Corpus6a.GenericBoxWritableField;

public sealed class Box<T>
{
    public T? Value;
}

[ThreadLocalSlot]
public sealed partial class Limits
{
    public Box<int> Max { get; init; } = new(); // expect: WEFT0001 "Max"
}
