// Quiet twin of LazyOfList: Lazy<ImmutableArray<string>>.
using System;
using System.Collections.Immutable;
using Weft;

namespace Corpus6a.LazyOfList;

[ThreadLocalSlot]
public sealed partial class Names
{
    private readonly Lazy<ImmutableArray<string>> _all = new(() => ImmutableArray.Create("a"));

    public int Count => _all.Value.Length;
}
