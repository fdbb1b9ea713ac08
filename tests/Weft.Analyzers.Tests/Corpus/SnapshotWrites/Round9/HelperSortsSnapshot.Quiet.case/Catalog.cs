// WEFT0003 across files: the snapshot type (a mutable member, WEFT0001 silenced here on purpose) is declared in this
// file, a helper that sorts the list it is given in Ordering.cs, and the worker code handing it Current's list in
// Pricing.cs. Reading taken: the write through a helper of yours is reported at the call (as WEFT0002 and the page's
// by-ref helper are), since the helper alone writes only its parameter.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R9.HelperSortsSnapshot;

[ThreadLocalSlot]
public sealed partial class Catalog
{
#pragma warning disable WEFT0001
    public List<decimal> Prices { get; init; } = new();
#pragma warning restore WEFT0001
}
