// WEFT0003 across files: a user method marked [SharedSnapshot] (this file) returns data shared by every thread;
// Checkout.cs writes into what it returned.
using System.Collections.Generic;
using Weft;

namespace Corpus.SnapshotWrites.R9.SharedSnapshotMethodElsewhere;

public sealed class Catalog
{
    private readonly Dictionary<string, decimal> _prices = new();

    [SharedSnapshot]
    public Dictionary<string, decimal> Prices() => _prices;
}
