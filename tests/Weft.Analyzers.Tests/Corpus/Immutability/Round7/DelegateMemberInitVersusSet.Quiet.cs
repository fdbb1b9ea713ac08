// WEFT0001, precision: a snapshot holding a routing predicate. The page accepts delegates (a delegate object cannot
// change once made; what it captures is not this rule's business). With `init` the member is fixed after
// construction: quiet.
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

namespace Corpus7b.DelegateMemberInitVersusSetQuiet;

[ThreadLocalSlot]
public sealed partial class RoutingPolicy
{
    public Func<string, bool> Matches { get; init; } = static path => path.Length > 0;
    public Action<string>? OnMiss { get; init; }
    public ImmutableArray<string> Prefixes { get; init; } = ImmutableArray<string>.Empty;
    public bool Accepts(string path) => Matches(path) && Prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));
}
