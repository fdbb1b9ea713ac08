// WEFT0001, precision: a snapshot holding a routing predicate. The page accepts delegates (a delegate object cannot
// change once made; what it captures is not this rule's business). With `set` any thread may swap the predicate under the readers: reported like any settable
// property, on that member.
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

namespace Corpus7b.DelegateMemberInitVersusSet;

[ThreadLocalSlot]
public sealed partial class RoutingPolicy
{
    public Func<string, bool> Matches { get; set; } = static path => path.Length > 0; // expect: WEFT0001
    public Action<string>? OnMiss { get; init; }
    public ImmutableArray<string> Prefixes { get; init; } = ImmutableArray<string>.Empty;
    public bool Accepts(string path) => Matches(path) && Prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));
}
