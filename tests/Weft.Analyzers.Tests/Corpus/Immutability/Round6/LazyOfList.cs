// WEFT0001: Lazy<List<string>> ("Lazy<T> of an immutable T is accepted" — here T is mutable).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus6a.LazyOfList;

[ThreadLocalSlot]
public sealed partial class Names
{
    private readonly Lazy<List<string>> _all = new(() => new List<string> { "a" }); // expect: WEFT0001 "_all"

    public int Count => _all.Value.Count;
}
