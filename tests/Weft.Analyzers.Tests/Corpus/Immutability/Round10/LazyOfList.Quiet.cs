// A Lazy<T> member: Lazy<ImmutableArray<string>> creates one immutable value under its lock (accepted by the page).
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

namespace Corpus.Immutability.Round10.LazyOfListQuiet;

[ThreadLocalSlot]
public sealed partial class MimeMap
{
    public Lazy<ImmutableArray<string>> Types { get; init; } = new(() => ImmutableArray.Create("text/html"));
}
