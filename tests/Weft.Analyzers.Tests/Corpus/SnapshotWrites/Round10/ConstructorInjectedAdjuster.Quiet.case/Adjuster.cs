// A price adjuster built over a dictionary it keeps, whose Bump writes it; built over
// a worker-local copy of them. Reading taken: the page does not say whether a write through an object constructed
// with snapshot data is reported at the call or inside the helper: #escape on both.
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

namespace Corpus.SnapshotWrites.Round10.ConstructorInjectedAdjusterQuiet;

public sealed class PriceAdjuster
{
    private readonly Dictionary<string, int> _prices;

    public PriceAdjuster(Dictionary<string, int> prices) => _prices = prices;

    public void Bump(string id) => _prices[id] = _prices.GetValueOrDefault(id) + 1;
}

public static class Pricing
{
    public static void OnSale(string id)
    {
        var adjuster = new PriceAdjuster(new Dictionary<string, int>(Shared.Catalog.Prices));
        adjuster.Bump(id);
    }
}
