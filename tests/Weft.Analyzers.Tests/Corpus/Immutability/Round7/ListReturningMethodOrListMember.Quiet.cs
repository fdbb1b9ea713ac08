// WEFT0001, precision: `List<string>` appears in the snapshot type. Only as the return type of a method that builds a
// new list on every call: a method holds no state, so nothing is shared: quiet.
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

namespace Corpus7b.ListReturningMethodOrListMemberQuiet;

[ThreadLocalSlot]
public sealed partial class AllowList
{
    public ImmutableHashSet<string> Hosts { get; init; } = ImmutableHashSet<string>.Empty;
    public List<string> SortedCopy() => Hosts.OrderBy(h => h, StringComparer.Ordinal).ToList();
    public bool Allows(string host) => Hosts.Contains(host);
}
