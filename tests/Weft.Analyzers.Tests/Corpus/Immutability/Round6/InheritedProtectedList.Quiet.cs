// Quiet twin of InheritedProtectedList: the grand-base holds an ImmutableArray<string>.
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.InheritedProtectedList;

public abstract class TableBase
{
    protected readonly ImmutableArray<string> Entries = ImmutableArray<string>.Empty;
}

public abstract class NamedTable : TableBase
{
    public string Name { get; init; } = "";
}

[ThreadLocalSlot]
public sealed partial class Routes : NamedTable
{
    public int Count => Entries.Length;
}
