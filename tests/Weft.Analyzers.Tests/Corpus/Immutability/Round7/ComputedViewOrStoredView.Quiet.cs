// WEFT0001, precision: a member typed `IReadOnlyList<string>`. Reading taken: a computed get-only property has no
// storage of its own; it returns the ImmutableArray the snapshot already holds (boxed; its IList members throw on
// writes), so nothing in the instance can be changed through it: quiet.
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

namespace Corpus7b.ComputedViewOrStoredViewQuiet;

[ThreadLocalSlot]
public sealed partial class HostDirectory
{
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
    public IReadOnlyList<string> Names => Hosts;
    public int Count => Hosts.Length;
}
