// WEFT0001: an immutable array of per-request hooks. Its elements are StringBuilders (one token apart): an immutable collection of mutable elements.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ImmutableArrayOfDelegatesOrBuilders;

[ThreadLocalSlot]
public sealed partial class Hooks
{
    public ImmutableArray<StringBuilder> OnRequest { get; init; } // expect: WEFT0001
    public string Name { get; init; } = "hooks";
}
