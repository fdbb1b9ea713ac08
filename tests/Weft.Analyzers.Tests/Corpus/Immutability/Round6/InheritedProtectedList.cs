// WEFT0001 on a protected readonly List<T> inherited from an abstract base, two levels up.
using System.Collections.Generic;
using Weft;

namespace Corpus6a.InheritedProtectedList;

public abstract class TableBase
{
    protected readonly List<string> Entries = new();
}

public abstract class NamedTable : TableBase
{
    public string Name { get; init; } = "";
}

[ThreadLocalSlot]
public sealed partial class Routes : NamedTable // expect: WEFT0001 "Entries"
{
    public int Count => Entries.Count;
}
