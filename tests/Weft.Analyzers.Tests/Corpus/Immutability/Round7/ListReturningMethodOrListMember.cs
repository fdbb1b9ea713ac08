// WEFT0001, precision: `List<string>` appears in the snapshot type. As an auto-property with an
// initializer: one list inside the shared instance, writable by every thread: reported.
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

namespace Corpus7b.ListReturningMethodOrListMember;

[ThreadLocalSlot]
public sealed partial class AllowList
{
    public ImmutableHashSet<string> Hosts { get; init; } = ImmutableHashSet<string>.Empty;
    public List<string> SortedCopy { get; } = new(); // expect: WEFT0001
    public bool Allows(string host) => Hosts.Contains(host);
}
