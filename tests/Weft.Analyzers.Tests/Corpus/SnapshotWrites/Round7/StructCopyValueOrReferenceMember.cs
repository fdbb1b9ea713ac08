// WEFT0003: a struct copy of a snapshot member. Writing through the copy's List member reaches the shared list (the page: a struct
// copy's reference-typed members still point into the snapshot).
// The snapshot type is mutable on purpose (this file is about writes through Current, not about the
// declaration): WEFT0001 is suppressed around it with #pragma.
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

namespace Corpus7b.StructCopyValueOrReferenceMember;

public struct Limits
{
    public int Max;
    public List<string> Exempt;
}

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial class LimitTable
{
    public Limits Limits { get; init; }
}
#pragma warning restore WEFT0001

public static class Throttle
{
    public static int Tighten()
    {
        var l = LimitTable.Current.Limits;
        l.Exempt.Add("probe"); // expect: WEFT0003
        return l.Max;
    }
}
