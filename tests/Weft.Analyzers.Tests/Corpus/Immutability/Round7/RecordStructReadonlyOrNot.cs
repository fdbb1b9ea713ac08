// WEFT0001: a snapshot member whose type is a positional record struct of an int and a TimeSpan.
// A plain `record struct`: its positional
// properties are `{ get; set; }`, so the member's own type is not deeply immutable (the page: "a member whose own type is
// not deeply immutable"). Reading: reported on the member, although the property hands out copies.
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

namespace Corpus7b.RecordStructReadonlyOrNot;

public record struct Limits(int RequestsPerSecond, TimeSpan Window);

[ThreadLocalSlot]
public sealed partial class QuotaTable
{
    public Limits Default { get; init; } // expect: WEFT0001
    public ImmutableDictionary<string, int> PerTenant { get; init; } = ImmutableDictionary<string, int>.Empty;
}
