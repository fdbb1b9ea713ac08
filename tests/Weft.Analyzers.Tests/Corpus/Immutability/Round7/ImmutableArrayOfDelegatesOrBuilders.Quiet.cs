// WEFT0001: an immutable array of per-request hooks. Its elements are delegates (`Func<string, bool>`), accepted by
// the page: quiet.
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

namespace Corpus7b.ImmutableArrayOfDelegatesOrBuildersQuiet;

[ThreadLocalSlot]
public sealed partial class Hooks
{
    public ImmutableArray<Func<string, bool>> OnRequest { get; init; }
    public string Name { get; init; } = "hooks";
}
