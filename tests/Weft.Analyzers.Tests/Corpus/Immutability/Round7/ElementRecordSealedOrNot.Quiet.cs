// WEFT0001, near miss on the element type of an immutable collection: a positional record of a string and an int.
// Sealed, it is deeply immutable and so is the ImmutableArray of it: quiet.
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

namespace Corpus7b.ElementRecordSealedOrNotQuiet;

public sealed record Backend(string Host, int Port);

[ThreadLocalSlot]
public sealed partial class BackendSet
{
    public ImmutableArray<Backend> Backends { get; init; } = ImmutableArray<Backend>.Empty;
    public int Generation { get; init; }
}
