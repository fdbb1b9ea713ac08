// WEFT0001 on a List<Func<int>> (a mutable list of delegates); the quiet twin holds a Func<List<int>>.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus6a.DelegateReturningList;

[ThreadLocalSlot]
public sealed partial class Selectors
{
    public List<Func<int>> Pickers { get; init; } = new(); // expect: WEFT0001 "Pickers"
}
