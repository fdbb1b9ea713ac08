// WEFT0001, near miss on the element type of an immutable collection: a positional record of a string and an int.
// Not sealed: the page reports an unsealed
// type, and an immutable collection of such elements (a derived record could add a settable member). Reading: the
// report lands on the member that holds the collection.
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

namespace Corpus7b.ElementRecordSealedOrNot;

public record Backend(string Host, int Port);

[ThreadLocalSlot]
public sealed partial class BackendSet
{
    public ImmutableArray<Backend> Backends { get; init; } = ImmutableArray<Backend>.Empty; // expect: WEFT0001
    public int Generation { get; init; }
}
