// WEFT0003 through a helper: the worker asks a helper for a writable list of the snapshot's hosts. The helper casts the IReadOnlyList back to the List behind it: the caller writes the
// snapshot's list.
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

namespace Corpus7b.HelperCopiesOrCastsSnapshotList;

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial class HostTable
{
    public IReadOnlyList<string> Hosts { get; init; } = new List<string>();
}
#pragma warning restore WEFT0001

public static class Editable
{
    private static List<string> Writable(IReadOnlyList<string> hosts) => (List<string>)hosts;

    public static int With(string extra)
    {
        var list = Writable(HostTable.Current.Hosts);
        list.Add(extra); // expect: WEFT0003
        return list.Count;
    }
}
