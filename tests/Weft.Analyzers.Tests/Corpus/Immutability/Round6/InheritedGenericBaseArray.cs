// WEFT0001: a generic base `Table<T>` with a `T[]` member, closed as `Table<int>` by the slot type.
using Weft;

namespace Corpus6a.InheritedGenericBaseArray;

public class Table<T>
{
    public T[] Items { get; init; } = [];
}

[ThreadLocalSlot]
public sealed partial class Ports : Table<int> // expect: WEFT0001 "Items"
{
}
