// The slot type itself: sealed, init-only members; what it inherits decides.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.Immutability.Round10.BaseClassInAnotherFileQuiet;

[ThreadLocalSlot]
public sealed partial class ListenerConfig : ConfigBase
{
    public string Address { get; init; } = "0.0.0.0";

    public int Port { get; init; }
}
