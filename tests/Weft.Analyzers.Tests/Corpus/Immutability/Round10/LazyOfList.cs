// A Lazy<T> member: Lazy<List<string>> hands every worker the same mutable list once created (Lazy of a mutable T is
// reported).
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

namespace Corpus.Immutability.Round10.LazyOfList;

[ThreadLocalSlot]
public sealed partial class MimeMap
{
    public Lazy<List<string>> Types { get; init; } = new(() => new List<string> { "text/html" }); // expect: WEFT0001 "Types"
}
