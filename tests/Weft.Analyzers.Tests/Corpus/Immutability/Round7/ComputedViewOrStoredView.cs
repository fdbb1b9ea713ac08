// WEFT0001, precision: a member typed `IReadOnlyList<string>`. Stored in an init property, the declared
// view type says nothing about who else holds the list behind it: the page reports read-only views.
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

namespace Corpus7b.ComputedViewOrStoredView;

[ThreadLocalSlot]
public sealed partial class HostDirectory
{
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
    public IReadOnlyList<string> Names { get; init; } = ImmutableArray<string>.Empty; // expect: WEFT0001
    public int Count => Hosts.Length;
}
